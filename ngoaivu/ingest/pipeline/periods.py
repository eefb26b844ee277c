"""Dates and reporting periods: find them in a text and resolve them to calendar dates.

Reports speak relative to their own time ("6 tháng đầu năm nay", "Đến nay", "Hiện có"),
so periods are resolved against a `Timeline`: the year the text reports on and the
date "now" means. Both come from the publication date when it fits the text, else
from the text itself (`build_timeline`).

This file holds the finder (`find_periods`: which matches are periods), the timeline and the
resolving; how each way of writing a date reads, and the pattern table, are in `period_patterns`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from .fast_scan import letter_led
from .period_patterns import FLAGS as _FLAGS
from .period_patterns import PATTERNS, YEAR, YEAR_NUMBER, PeriodMention, matches, month_end, prefix_before


@dataclass(frozen=True)
class Period:
    start: date | None = None
    end: date | None = None
    as_of: date | None = None

    def to_json(self) -> dict:
        if self.as_of is not None:
            return {"as_of": self.as_of.isoformat()}
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}


@dataclass(frozen=True)
class Timeline:
    reporting_year: int | None
    reference_date: date | None  # what "now" means in the text
    dated: bool = False  # "now" comes from the text's publication date, not from its content
    lead_date: date | None = None  # an undated text's lead opening on a full date ("Ngày 10/1/2025, tỉnh …"): its "now"


# --- finding ------------------------------------------------------------------------


# Text just before a period that makes it a comparison base or a far horizon, not the
# period a figure covers: "so với (cả) năm 2022", "bằng 19% của năm 2022", "gấp 2,5 lần năm 2010", "nhiều hơn năm
# 2022 là 5 dự án", "tầm nhìn đến năm 2045";
# nor is the base year of constant prices ("theo giá so sánh năm 2010").
_NOT_A_PERIOD_BEFORE = letter_led(
    r"""(?:
        so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:của\s+)?(?:cả\s+)?
      | cùng\s+kỳ\s+
      | bằng\s+[\d.,]+\s*%\s+(?:so\s+với\s+)?(?:của\s+)?(?:cùng\s+kỳ\s+)?(?:cả\s+)?
      | gấp\s+(?:gần\s+|hơn\s+|khoảng\s+|trên\s+)?[\d.,]+\s+lần\s+(?:so\s+với\s+)?
      | gấp\s+(?:đôi|rưỡi)\s+(?:so\s+với\s+)?
      | (?:nhiều|ít|cao|thấp)\s+hơn\s+(?:so\s+với\s+)?(?:cùng\s+kỳ\s+)?(?:của\s+)?
      | (?:tầm\s+nhìn|định\s+hướng|hướng\s+tới)\s+(?:đến\s+)?
      | kỷ\s+niệm\s+
      | giá\s+(?:so\s+sánh|cố\s+định)\s+(?:năm\s+)?
    )$""",
    _FLAGS,
)
_RECORD_BEFORE = re.compile(r"(?:cao|thấp|lớn|nhỏ|nhiều|ít|nhanh|mạnh)\s+nhất\s+(?:trong\s+)?(?:vòng\s+)?$")
_YEARS_COUNTED = re.compile(r"(?:trong\s+)?(?:vòng\s+)?(?:\d+|mấy|vài|nhiều|hai|ba|năm|mười)\s+năm(?!\s+\d)")
# ... unless a clause on that time follows: "So với năm 1997, khi tỉnh chỉ có 4 dự án FDI, …" (the base's own figures),
# or a bracket of them (`_BASE_BRACKET`)
_WHEN_AFTER = re.compile(r"\s*,\s*(?:khi|lúc|thời\s+điểm)\s")
# "cao hơn thời điểm ngày 20/6/2022 (10.726 dự án, 55,19 tỷ USD)": the base's own figures bracketed after it
_BASE_BRACKET = re.compile(r"\s*\(\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[^()]{0,120}\)")
_NOT_A_PERIOD_START = re.compile(r"(?:đến|tới)\s")
# a span reviewed ("tổng kết công tác … giai đoạn 2010 - 2015"), not one proposed ("đề xuất 3 dự án cho giai đoạn 2025 - 2030")
_REVIEW_BEFORE = re.compile(r"(?:tổng\s+kết|sơ\s+kết|nhìn\s+lại|kết\s+quả|đánh\s+giá)[^.;]{0,100}$")
_GOAL_OF_BEFORE = re.compile(r"(?:mục\s+tiêu|kế\s+hoạch|chỉ\s+tiêu)[^.;,\d]{0,40}?\s(?:của|trong)\s+$")
_HORIZON_BEFORE = re.compile(r"(?:tầm\s+nhìn|định\s+hướng|hướng\s+tới)\s+$")
# ... unless the horizon opens its sentence and the goal follows it: "Định hướng đến năm 2030, kim ngạch
# xuất khẩu đạt 5 tỷ USD" sets the goal's year, "quy hoạch …, tầm nhìn đến năm 2045" names a plan
_HORIZON_WORDS = re.compile(r"(?:tầm\s+nhìn|định\s+hướng|hướng\s+tới)\s+(?:đến\s+)?$", _FLAGS)
_SENTENCE_OPENING = re.compile(r"(?:^|[.;:!?\n])[\s*+•-]*$")


def _opening_horizon(text: str, mention) -> bool:
    if not text.startswith(",", mention.end):
        return False
    horizon = _HORIZON_WORDS.search(text, max(0, mention.start - 30), mention.start)
    return horizon is not None \
        and _SENTENCE_OPENING.search(text, max(0, horizon.start() - 20), horizon.start()) is not None
# Years named as the next plan ("nhiệm vụ năm 2024") do not vote for the reported year.
# a year a plan is for does not vote for the text's own year; a few words may stand between
# ("nhiệm vụ trọng tâm năm 2024", "các chỉ tiêu dự kiến của ngành cho năm 2024")
_PLAN_BEFORE = re.compile(
    r"(?:nhiệm\s+vụ|kế\s+hoạch|phương\s+hướng|mục\s+tiêu|dự\s+toán|chỉ\s+tiêu)(?:\s+[^\W\d]+){0,5}?\s+(?:cho\s+|trong\s+)?$")


# "Theo đề án phát triển xuất khẩu giai đoạn 2016 – 2020, tỉnh phấn đấu đạt 1,2 tỷ USD vào năm 2020":
# the years in a document's name yield to the year its sentence sets for the goal
_DOCUMENT_NAME_BEFORE = re.compile(
    r"(?:đề\s+án|kế\s+hoạch|chiến\s+lược|chương\s+trình|quy\s+hoạch)(?:\s+[^\W\d]+){0,8}?\s+(?:giai\s+đoạn|thời\s+kỳ)\s+$")
# "Chương trình tăng cường hợp tác và vận động viện trợ … giai đoạn 2019 - 2025", "Kế hoạch 5 năm 2021 - 2025": the
# span names a plan or programme (`PeriodMention.named`)
_NAME_BEFORE_SPAN = re.compile(
    r"(?<!\w)(?:đề\s+án|kế\s+hoạch|chiến\s+lược|chương\s+trình|quy\s+hoạch|nghị\s+quyết)(?:\s+(?:[^\W\d]+|\d{1,2})){0,14}?"
    r"\s+(?:(?:giai\s+đoạn|thời\s+kỳ)\s+)?[\"“]?$")
_NAME_REACH = 120
_NAME_WORDS = ("đề án", "kế hoạch", "chiến lược", "chương trình", "quy hoạch", "nghị quyết")
# a source line at the foot giving the month it was printed: "(Theo Báo Nghệ An, tháng 3/2021)"
_SOURCE_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*\(?[ \t]*(?:theo|nguồn[ \t]*:?)[ \t]+[^\n()]{2,60}?,[ \t]*$")
_GOAL_YEAR_AHEAD = re.compile(rf"[^.;\n]*?(?:vào|đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+{YEAR}(?!\s*[-–])")


def find_periods(folded: str, exclude: Iterable[tuple[int, int]] = ()) -> list[PeriodMention]:
    """Period mentions in `folded` (the case-folded text), left to right, skipping those
    inside `exclude` spans (e.g. the date of a cited decree) and comparison bases."""
    text = folded
    candidates: list[PeriodMention] = []
    for pattern, build in PATTERNS:
        for match in matches(pattern, text):
            mention = build(match, prefix_before(text, match.start()))
            if mention is not None:
                candidates.append(mention)
    candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
    excluded = sorted(exclude)
    chosen: list[PeriodMention] = []
    last_end = -1
    for mention in candidates:
        if mention.start < last_end or _overlaps(mention, excluded):
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        if _NOT_A_PERIOD_BEFORE.search(before) and not _opening_horizon(text, mention) and not _WHEN_AFTER.match(text, mention.end):
            if "cùng kỳ" in before or (bracket := _BASE_BRACKET.match(text, mention.end)) is None:
                continue  # ("so với cùng kỳ năm 2018 (1,09 tỷ USD)": the same months a year before, read as before)
            mention = replace(mention, base_until=bracket.end(), votes=False)
        if "nhất" in before and _RECORD_BEFORE.search(before) and _YEARS_COUNTED.match(text, mention.start):
            continue  # "mức cao nhất (trong) 10 năm trở lại đây": the span a record is set in, not the figure's ("lớn nhất năm ngoái" is)
        if text.startswith("cả", mention.start) and _GOAL_OF_BEFORE.search(before):
            continue  # "hoàn thành mục tiêu thu hút vốn FDI của cả năm với 59 dự án": the goal's year, not the figure's
        if _NOT_A_PERIOD_START.match(text, mention.start) and _HORIZON_BEFORE.search(before) and not _opening_horizon(text, mention):
            continue
        if _PLAN_BEFORE.search(before):
            mention = replace(mention, votes=False)
        if mention.explicit and mention.first_month == mention.last_month and mention.day is None \
                and ("theo" in (line := text[max(0, mention.start - 80) : mention.start]) or "nguồn" in line) \
                and _SOURCE_LINE_BEFORE.search(text, max(0, mention.start - 80), mention.start):
            mention = replace(mention, printed=True, votes=False)
        if mention.explicit and mention.first_year != mention.last_year \
                and any(word in text[max(0, mention.start - _NAME_REACH) : mention.start] for word in _NAME_WORDS) \
                and _NAME_BEFORE_SPAN.search(text, max(0, mention.start - _NAME_REACH), mention.start):
            mention = replace(mention, named=True)
        if mention.first_year != mention.last_year and _DOCUMENT_NAME_BEFORE.search(text, max(0, mention.start - 80), mention.start) \
                and _GOAL_YEAR_AHEAD.match(text, mention.end):
            mention = replace(mention, yields=True, votes=False)
        if mention.then:
            mention = _date_referred_to(mention, chosen, text)
            if mention is None:
                continue
        if mention.relative and not mention.year_offset and not mention.past and not mention.anaphoric and chosen \
                and chosen[-1].explicit and chosen[-1].first_year == chosen[-1].last_year \
                and _BRACKET_AFTER_A_YEAR.fullmatch(text, chosen[-1].end, mention.start):
            # "hai tháng đầu năm 2021 (tính đến ngày 20/2)": a day bracketed after a year named is of that year
            mention = replace(mention, first_year=chosen[-1].last_year, last_year=chosen[-1].last_year)
        if chosen and (since := _since_year_before(text, chosen[-1], mention)) is not None:
            chosen.pop()  # "Kể từ năm 2022, khi …, đến hết năm 2023 …": the two ends of one span
            mention = replace(mention, mode="span", first_year=since, first_month=1)
        chosen.append(mention)
        last_end = mention.end
    return chosen


def _since_year_before(text: str, since: PeriodMention, until: PeriodMention) -> int | None:
    """The first year of a span whose ends a clause parts: "từ năm A" then, in the same sentence, "đến hết năm B"."""
    if until.mode != "up_to" or until.day is not None or until.first_year is None \
            or since.first_year is None or since.first_year != since.last_year or since.first_year >= until.first_year:
        return None
    if not text.startswith("từ", since.start) or until.start - since.end > _SPAN_ENDS_REACH \
            or any(mark in text[since.end : until.start] for mark in ".;:"):
        return None
    return since.first_year if _UNTIL_YEAR_END.match(text, until.start) else None


_BRACKET_AFTER_A_YEAR = re.compile(r"\s*\(\s*(?:tính\s+)?(?:(?:đến|tới)\s+)?(?:hết\s+)?")
_SPAN_ENDS_REACH = 120
_UNTIL_YEAR_END = re.compile(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+\d{4}(?!\s*[/\d])")


_THEN_REACH = 600  # "tính đến thời điểm đó" looks back this far (a paragraph or two) for the date it means


def _date_referred_to(then: PeriodMention, before: list[PeriodMention], text: str) -> PeriodMention | None:
    """The date written last before "thời điểm đó", "khi ấy" (a day or a month of a named year), read where they stand:
    a running total or stock up to it after "tính đến", what stood on that day, that month; "N năm trước đó": the N
    years before a year named, or up to a day named; None when none is near, or when a year stands before it in its own
    clause (that year is the figure's)."""
    for mention in reversed(before):
        if mention.end < then.start - _THEN_REACH:
            return None
        if then.years_before and mention.explicit and mention.last_year is not None:
            if mention.day is not None:  # "tính đến 23/9/2019 … ba năm trước đó": the years up to that day
                return replace(then, mode="span", first_year=mention.last_year - then.years_before + 1,
                               last_year=mention.last_year, first_month=1, last_month=mention.last_month,
                               day=mention.day, first_day=1, then=False, years_before=0)
            last = mention.first_year - 1  # "năm 2015 … 5 năm trước đó": 2010-2014
            return replace(then, mode="span", first_year=last - then.years_before + 1, last_year=last, first_month=1,
                           last_month=12, then=False, years_before=0)
        if mention.explicit and mention.first_year == mention.last_year \
                and (mention.first_month == mention.last_month or mention.mode == "as_of"):
            # a moment ("khi ấy" after a day, "Khi đó" after "Tại thời điểm tháng 9/2018") holds what stood then
            moment = mention.day is not None or mention.mode == "as_of"
            mode = "as_of" if then.mode == "span" and moment else then.mode
            first_month = 1 if mode != "span" else mention.first_month
            return replace(then, mode=mode, first_year=mention.last_year, last_year=mention.last_year, first_month=first_month,
                           last_month=mention.last_month, day=mention.day, then=False)
        if mention.explicit and not then.years_before and not any(mark in text[mention.end : then.start] for mark in ".,;:"):
            # "Kế hoạch xuất khẩu năm 2023 của tỉnh khi đó là …": the year its own sentence writes, not an earlier moment
            return None
    return None


def _overlaps(mention: PeriodMention, spans: list[tuple[int, int]]) -> bool:
    return any(start < mention.end and mention.start < end for start, end in spans)


# --- the timeline -----------------------------------------------------------------


def _month_needed(mention: PeriodMention) -> int | None:
    """The month a relative period must have reached to be reported on."""
    if not mention.relative or mention.event or mention.year_offset:
        return None
    if mention.first_month == 1 and mention.last_month < 12:
        return mention.last_month  # "6 tháng đầu năm nay", "tính đến tháng 5"
    if mention.first_month > 1 and mention.last_month - mention.first_month == 2:
        return mention.last_month  # a quarter
    return None


# "Trong quý IV, Sở sẽ tham mưu …", "phấn đấu 6 tháng cuối năm …": a time still ahead, named for what is to be done
# ("đạt 39,8% kế hoạch", "vượt kế hoạch": a share of the plan met is a result, not a period ahead); orders and
# contracts run into the months ahead ("doanh nghiệp ký hợp đồng đến hết quý III"); a request with its deadline asks
# for what is still to be done ("Đề nghị các sở … gửi về trước ngày 20/10 để phục vụ các buổi làm việc trong quý IV")
_AHEAD_AROUND = re.compile(r"(?<!\w)(?:sẽ|phấn\s+đấu|dự\s+kiến|(?<!%\s)(?<!%)(?<!với\s)(?<!vượt\s)kế\s+hoạch|nhiệm\s+vụ|mục\s+tiêu"
                           r"|chỉ\s+tiêu|đơn\s+hàng|hợp\s+đồng|đề\s+nghị)(?!\w)")


def _ahead(folded: str, mention: PeriodMention) -> bool:
    sentence_start = max(folded.rfind(".", 0, mention.start), folded.rfind("\n", 0, mention.start)) + 1
    sentence_end = min((i for i in (folded.find(".", mention.end), folded.find("\n", mention.end)) if i >= 0), default=len(folded))
    return _AHEAD_AROUND.search(folded, sentence_start, sentence_end) is not None




def _after_an_earlier_year(folded: str, mention: PeriodMention, year: int) -> bool:
    """"Quý I/2024, tăng trưởng đạt 5,02%; đến 9 tháng, …" printed in March 2025: the months are the earlier year's
    the sentence named before them, no sign the whole text was printed again later."""
    sentence_start = max(folded.rfind(".", 0, mention.start), folded.rfind("\n", 0, mention.start)) + 1
    return any(int(m.group()) < year for m in YEAR_NUMBER.finditer(folded, sentence_start, mention.start))


# a letterhead's date with its day left blank: the month and year the report was written in
_UNDATED_LETTERHEAD = re.compile(r"ngày[\s.…_]*tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d{2})")
_LETTERHEAD_REACH = 600


def build_timeline(mentions: list[PeriodMention], published: date | None, other_years: Iterable[int] = (),
                   folded: str = "") -> Timeline:
    explicit_years = [m.first_year for m in mentions if m.explicit and m.votes and m.first_year == m.last_year]
    # a letterhead dated without its day ("ngày    tháng 7 năm 2019"): when an undated report was written
    head = _UNDATED_LETTERHEAD.search(folded, 0, _LETTERHEAD_REACH) if published is None else None
    if published is not None and (reposted := _reported_long_before(mentions, published)) is not None:
        # "6 tháng đầu năm 2017" on a page printed in 2021: an old report printed again speaks at its span's end
        return Timeline(reposted.year, reposted)
    if published is not None:
        reporting_year = published.year
        if any((n := _month_needed(m)) is not None and n > published.month and not _ahead(folded, m)
               and not _after_an_earlier_year(folded, m, published.year) for m in mentions):
            # Republished later: the text's own "this year" is the latest year it names.
            earlier = [y for y in [*explicit_years, *(m.first_year for m in mentions if m.explicit), *other_years] if y < published.year]
            reporting_year = max(earlier, default=published.year - 1)
    else:
        counts = Counter(explicit_years)
        if head is not None:
            # "Đà Nẵng, ngày    tháng 7 năm 2019" over a report looking back to 2013: the report speaks of the year
            # it was written in or the one before, however often it names older years
            written = int(head["y"])
            counts = Counter({y: n for y, n in counts.items() if written - 1 <= y <= written}) or counts
        # a tie goes to the year named first: a report states its own period before any other …
        first = {y: -i for i, y in reversed(list(enumerate(explicit_years)))}
        # … unless a later one is a span of months ("9 tháng năm 2019"): what a report covers, not a year it recalls
        months = {m.first_year for m in mentions if m.explicit and m.votes and m.first_year == m.last_year
                  and (m.first_month, m.last_month) != (1, 12)}
        reporting_year = max(counts, key=lambda y: (counts[y], y in months, first[y])) if counts else None
        if reporting_year is None:
            # "tổng kết … giai đoạn 2010 - 2015 và định hướng giai đoạn 2016 - 2020" with no single year: the text
            # speaks at the end of the span it names first (a report states its own period before the next plan's)
            reporting_year = next((m.last_year for m in mentions if m.explicit and m.votes and m.first_year < m.last_year
                                   and _REVIEW_BEFORE.search(folded, max(0, m.start - 120), m.start)), None)
        if "tái lập" in folded and (anniversary := _ANNIVERSARY.search(folded)) is not None:
            year = int(anniversary["end"] or int(anniversary["start"]) + int(anniversary["n"]))
            reporting_year = year if reporting_year is None or year > reporting_year else reporting_year
        happened = _latest_month_told(mentions, folded)
        if reporting_year is not None and happened is not None and happened > reporting_year and head is None:
            # "Đầu tháng 3/2024, tỉnh đón thêm một dự án" in an undated article recalling 2017 most: it was written no
            # earlier than the latest month it tells of as done, and its "hiện có" stands then
            reporting_year = happened
        if reporting_year is None and (compared := compared_years(folded)):
            # "Chỉ trong 11 tháng, … tăng gấp 3 lần so với năm 2024": a text naming only the year it
            # compares with speaks of the year after it
            reporting_year = max(compared) + 1
    if published is None and "tại" in folded and (meeting := _MEETING_MONTH.search(folded)) is not None \
            and (reporting_year is None or int(meeting["y"]) >= reporting_year):
        # "Tại buổi làm việc đầu tháng 4/2021, Chủ tịch UBND tỉnh cho biết …": an undated text speaks at the meeting
        # it reports, whatever earlier year its figures name most
        year, month = int(meeting["y"]), int(meeting["m"])
        if 1 <= month <= 12:
            day = {"đầu": 1, "giữa": 15}.get(meeting["part"] or "", month_end(year, month))
            return Timeline(year, date(year, month, day))
    if reporting_year is None:
        return Timeline(None, None)
    if head is not None and int(head["y"]) == reporting_year + 1 and 1 <= int(head["m"]) <= 12:
        # a report on 2023 written "ngày … tháng 10 năm 2024": its "hiện nay", "đến nay" stand in the month it was written
        year, month = int(head["y"]), int(head["m"])
        return Timeline(reporting_year, date(year, month, month_end(year, month)))
    printed = next((m for m in mentions if m.printed), None) if published is None else None
    if printed is not None and printed.last_year >= reporting_year:
        # an undated text whose source line gives the month it was printed: its "hiện có" stands then
        year, month = printed.last_year, printed.last_month
        return Timeline(reporting_year, date(year, month, month_end(year, month)))
    data_date = _data_date(mentions, published, folded)
    if data_date is not None:
        return Timeline(data_date.year, data_date, dated=True)
    if published is not None and (published.year == reporting_year or (
            published.year == reporting_year + 1 and published.month <= _PAST_YEAR_MONTHS)):
        return Timeline(reporting_year, published, dated=True)
    event = next((m for m in mentions if m.event), None)
    if event is not None:
        return Timeline(reporting_year, date(reporting_year, event.first_month, min(event.day, month_end(reporting_year, event.first_month))))
    reached = [_month_needed(m) for m in mentions]
    last_month = max((n for n in reached if n is not None), default=None)
    if published is not None and published.year > reporting_year and any(
            m.explicit and m.votes and m.first_year == m.last_year == reporting_year and (m.first_month, m.last_month) == (1, 12)
            for m in mentions):
        # a review of 2023 printed in January 2024 that tells the whole year ("Kết quả cả năm 2023"): its "đến cuối năm"
        # stands at the year's end, not at the latest month it recalls ("Hết tháng 10, …")
        last_month = 12
    lead = _lead_date(mentions, folded) if published is None else None
    lead = lead if lead is not None and lead.year == reporting_year else None
    if last_month is None and published is None and (stated := _stated_to_date(mentions, reporting_year)) is not None:
        # "Tính đến tháng 11/2020, tỉnh dẫn đầu … . Hiện trên địa bàn có 155 dự án": an undated text's "now" is the
        # latest date its figures are stated at in its own year
        return Timeline(reporting_year, stated, lead_date=lead)
    if last_month is None and published is None and head is None:
        # "Trong 5 tháng đầu năm 2016, … . Hiện thành phố có hơn 450 dự án": an undated text on its year's first months
        # speaks at their end, unless it tells the whole year too
        last_month = _months_reported(mentions, reporting_year, folded)
    if last_month is None and head is not None and int(head["y"]) == reporting_year:
        # a report written in July on "6 tháng đầu năm 2019": its "đến nay" is the end of the months it reports
        last_month = max((m.last_month for m in mentions if m.explicit and m.first_year == m.last_year == reporting_year
                          and m.first_month == 1 and m.last_month < min(12, int(head["m"]) + 1)), default=None)
    last_month = last_month or 12
    return Timeline(reporting_year, date(reporting_year, last_month, month_end(reporting_year, last_month)), lead_date=lead)


def _latest_month_told(mentions: list[PeriodMention], folded: str) -> int | None:
    """The year of the latest month (or day) of a named year a text tells of as done, not as a plan's time ahead."""
    # (or the first months of a year, "Trong 5 tháng đầu năm 2021, tỉnh thu hút …": told once they are over)
    told = [m.last_year for m in mentions if m.explicit and m.votes and m.first_year == m.last_year and not m.named
            and (m.first_month == m.last_month or (m.first_month == 1 and m.last_month < 12)) and not _ahead(folded, m)]
    return max(told, default=None)


def _months_reported(mentions: list[PeriodMention], year: int, folded: str) -> int | None:
    told = [m for m in mentions if m.explicit and m.votes and not m.named and m.mode == "span" and m.day is None
            and m.first_year == m.last_year == year and m.first_month == 1 and not _ahead(folded, m)]
    if not told or any(m.last_month == 12 for m in told):
        return None
    return max(m.last_month for m in told)


def _stated_to_date(mentions: list[PeriodMention], year: int) -> date | None:
    ends = [date(year, m.last_month, min(m.day or 31, month_end(year, m.last_month))) for m in mentions
            if m.explicit and m.mode in ("as_of", "up_to") and m.first_year == m.last_year == year and m.last_month < 12]
    return max(ends, default=None)


# "Ngày 10/1/2025, Sở … cho biết …", "Sáng 5/1/2024, …": a full date opening a paragraph, the day the text speaks on
_LEAD_DATE_BEFORE = re.compile(r"(?:^|\n)[\s*•-]*(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?$")


def _lead_date(mentions: list[PeriodMention], folded: str) -> date | None:
    for m in mentions:
        if m.day is None or m.first_year is None or m.mode != "span" or m.first_day is not None:
            continue
        if _LEAD_DATE_BEFORE.search(folded, max(0, m.start - 16), m.start) is None:
            return None  # only the text's first full date may be its lead's
        try:
            return date(m.first_year, m.first_month, m.day)
        except ValueError:
            return None
    return None


_REPOST_LAG = 365  # days: a report of months printed more than a year after them is an old report printed again


def _reported_long_before(mentions: list[PeriodMention], published: date) -> date | None:
    """The end of the months a text reports ("6 tháng đầu năm 2017") when its page was printed more than a year
    later and the text names nothing after them, no whole year of them and nothing relative to the printing
    ("năm nay", "tháng 5") but those months again (a title's "6 tháng đầu năm"): what its "Đến nay" means."""
    explicit = [m for m in mentions if m.explicit and m.votes]
    spans = [m for m in explicit if m.mode == "span" and m.day is None and m.first_year == m.last_year
             and m.first_month == 1 and m.last_month < 12]
    if not spans:
        return None
    year = max(m.first_year for m in spans)
    if any(m.last_year > year or (m.first_year == year and m not in spans) for m in explicit):
        return None
    month = max(m.last_month for m in spans if m.first_year == year)
    if any(m.relative and not (m.mode == "span" and m.first_month == 1 and m.last_month <= month and not m.year_offset
                               and m.day is None) for m in mentions):
        return None
    end = date(year, month, month_end(year, month))
    return end if (published - end).days > _REPOST_LAG else None


_COMPARED_YEAR = re.compile(rf"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:cả\s+)?năm\s+(?P<y>{YEAR})(?!\d)")


def compared_years(folded: str) -> list[int]:
    """The years a text compares its figures with ("so với cùng kỳ năm 2024")."""
    return [int(m["y"]) for m in _COMPARED_YEAR.finditer(folded)]


# "Nhân dịp kỷ niệm 10 năm tái lập tỉnh (2004 - 2014)", "Sau 13 năm tái lập (từ năm 1997)": an undated text on the
# province's anniversary speaks in the anniversary's year
_ANNIVERSARY = letter_led(
    rf"(?<!\w)(?P<n>\d{{1,3}})\s+năm\s+tái\s+lập(?:\s+tỉnh)?\s*\(\s*(?:từ\s+(?:năm\s+)?)?(?:\d{{1,2}}/\d{{1,2}}/)?(?P<start>{YEAR})"
    rf"(?:\s*[-–]\s*(?:\d{{1,2}}/\d{{1,2}}/)?(?P<end>{YEAR}))?\s*\)")
_MEETING_MONTH = letter_led(
    rf"(?<!\w)tại\s+(?:buổi\s+làm\s+việc|hội\s+nghị|cuộc\s+họp|buổi\s+tiếp|buổi\s+gặp)\s+(?:(?P<part>đầu|giữa|cuối)\s+)?"
    rf"tháng\s+(?P<m>\d{{1,2}})\s*/\s*(?P<y>{YEAR})(?!\d)")
_PAST_YEAR_MONTHS = 3  # a review of "năm qua" published by March speaks of the year before
_DATA_DATE_WINDOW = 62  # days: "tính đến ngày 15/12" in a text of mid-January speaks from 15/12


# "lũy kế đến ngày 31/12/2025, cả nước có 45.416 dự án": the date of the nation's figures, not the text's
# ("tính từ đầu năm đến ngày 25/12/2023, tỉnh đã cấp …": the year's running total to that day, not the text's now)
_FROM_THE_YEAR_S_START = re.compile(r"từ\s+đầu\s+năm\s*(?:\d{4}\s*)?$")
_NATION_AFTER = re.compile(r"\s*,?\s*(?:cả\s+nước|toàn\s+quốc)(?!\w)")


def _data_date(mentions: list[PeriodMention], published: date | None, folded: str = "") -> date | None:
    """The date the text's figures are given at ("tính đến ngày 26/3/2018"), shortly before
    its publication: what "đến nay", "hiện có" mean in it."""
    if published is None:
        return None
    # (a date written only after the text's first "đến nay", "hiện có" dates a later passage, not what they mean:
    # "đến nay toàn tỉnh có 111 dự án FDI …" in a speech, "Tính đến ngày 30/11/2025, tỉnh thu hút 172 dự án" paragraphs on)
    first_now = next((m.start for m in mentions if m.now), None)
    dates = []
    for m in mentions:
        if first_now is not None and m.start > first_now:
            break
        if m.mode in ("up_to", "as_of") and m.day is not None and m.first_year is not None \
                and not _NATION_AFTER.match(folded, m.end) and not _FROM_THE_YEAR_S_START.search(folded, max(0, m.start - 20), m.start):
            try:
                day = date(m.last_year, m.last_month, m.day)
            except ValueError:
                continue
            if 0 < (published - day).days <= _DATA_DATE_WINDOW:
                dates.append(day)
    return max(dates, default=None)


# --- resolving ------------------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedPeriod:
    mode: str  # as PeriodMention.mode
    start: date
    end: date
    now: bool


def resolve(mention: PeriodMention, timeline: Timeline) -> ResolvedPeriod | None:
    if mention.now:
        ref = timeline.reference_date
        if mention.running and mention.since_year is not None and (ref is None or mention.since_year != ref.year):
            # "từ đầu năm 2023 đến nay" quoted in a text of 2024, or in one whose day is unknown: that year
            year = mention.since_year
            return ResolvedPeriod(mention.mode, date(year, 1, 1), date(year, 12, 31), now=False)
        if ref is None:
            return None
        if mention.years_to_now:
            # "trong 5 năm qua" at the end of a year counts that year; in its course, the five years before it too
            first = ref.year - mention.years_to_now + (1 if ref.month == 12 else 0)
            return ResolvedPeriod("span", date(first, 1, 1), ref, now=True)
        return ResolvedPeriod(mention.mode, date(min(mention.since_year or ref.year, ref.year), 1, 1), ref, now=True)
    if mention.relative:
        if timeline.reporting_year is None and mention.until_year is not None:
            return ResolvedPeriod(mention.mode, date(mention.until_year, 1, 1), date(mention.until_year, 12, 31), now=False)
        if timeline.reporting_year is None:
            return None
        first = last = timeline.reporting_year + mention.year_offset
        if mention.until_year is not None and mention.until_year > first:
            last = mention.until_year  # "từ nay đến năm 2030"
        ref = timeline.reference_date
        if mention.past and not timeline.dated:
            ref = timeline.lead_date  # an undated text speaks on the day its lead opens with
        if mention.past and ref is not None and ref.year == first and ref.month <= _PAST_YEAR_MONTHS \
                and (timeline.dated or timeline.lead_date is not None):
            first = last = first - 1  # "năm qua" in a text of January: the year just ended
        elif _month_not_come(mention, timeline) and first == ref.year:
            first = last = first - 1  # "Tháng 12, kim ngạch đạt …" in a text of January: last December
    else:
        first, last = mention.first_year, mention.last_year
    if mention.day is not None and first == last and mention.first_month == mention.last_month and mention.mode == "span" \
            and mention.first_day is None:
        day = date(first, mention.first_month, min(mention.day, month_end(first, mention.first_month)))
        return ResolvedPeriod("span", day, day, now=False)
    start = date(first, mention.first_month, min(mention.first_day or 1, month_end(first, mention.first_month)))
    end_day = mention.day if mention.day is not None else month_end(last, mention.last_month)
    end = date(last, mention.last_month, min(end_day, month_end(last, mention.last_month)))
    return ResolvedPeriod(mention.mode, start, end, now=False)


def _month_not_come(mention: PeriodMention, timeline: Timeline) -> bool:
    """A month (or a day of it) of "this year" still to come early in the year of a dated text: reported on, it is
    last year's."""
    ref = timeline.reference_date
    if not timeline.dated or ref is None or ref.month > _PAST_YEAR_MONTHS or mention.year_offset or mention.past:
        return False
    if mention.first_month != mention.last_month or mention.mode != "span":
        return False
    return (mention.first_month, mention.day or 1) > (ref.month, ref.day)


def period_for(resolved: ResolvedPeriod, *, stock: bool, stated: bool, target: bool, timeline: Timeline,
               running: bool = False, counted: bool = False) -> Period:
    """The period a figure covers, given how it was stated.

    A stock (projects in force, organisations present) is a value at a date; a flow
    (exports, new projects) covers an interval. A running total "đến nay" of a flow
    covers the year so far, up to the last full month."""
    if target:
        return Period(start=resolved.start, end=resolved.end)
    if resolved.mode == "as_of":
        return Period(as_of=resolved.end)
    if resolved.mode == "up_to":
        if running:
            return Period(start=date(resolved.end.year, 1, 1), end=resolved.end)
        if stock or (counted and resolved.now):  # "Đến nay, tỉnh đã ký 26 thỏa thuận": the tally so far
            return Period(as_of=resolved.end)
        end = resolved.end
        if resolved.now and end.day != month_end(end.year, end.month) and end.month > 1:
            end = date(end.year, end.month - 1, month_end(end.year, end.month - 1))
        return Period(start=date(end.year, 1, 1), end=end)
    if stock and not stated:
        # a stock inherits a period from the context: it is the value at its end, or at the text's date when that
        # falls inside it ("… giai đoạn 2019 - 2025" in a page of 2020: what stands now, not in 2025)
        ref = timeline.reference_date
        now = ref is not None and (ref.year == resolved.end.year or (timeline.dated and resolved.start <= ref < resolved.end))
        return Period(as_of=min(resolved.end, ref) if now else resolved.end)
    return Period(start=resolved.start, end=resolved.end)
