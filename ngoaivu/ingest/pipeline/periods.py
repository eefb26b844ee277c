"""Dates and reporting periods: find them in a text and resolve them to calendar dates.

Reports speak relative to their own time ("6 tháng đầu năm nay", "Đến nay", "Hiện có"),
so periods are resolved against a `Timeline`: the year the text reports on and the
date "now" means. Both come from the publication date when it fits the text, else
from the text itself (`build_timeline`).
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Iterable

from .segments import at_word_start

YEAR = r"(?:19|20)\d{2}"
_FLAGS = re.VERBOSE  # patterns run on case-folded text (normalize.fold_case)
# "(lũy kế) (tính) đến (hết) (thời điểm)" before a date makes it the end of a running total; "từ"
# makes it the start of a period running to the end of that year.
_PREFIX_BEFORE = re.compile(
    r"(?:(?P<upto>(?:(?P<cum>(?:l(?:ũy|uỹ)|tích\s+l(?:ũy|uỹ))(?:\s+kế)?)\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)"
    r"|(?P<since>từ\s+))(?:(?:thời\s+điểm|thời\s+điểm\s+ngày|ngày)\s+)?$"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class PeriodMention:
    """A period as written; years left None are relative to the reporting year."""

    start: int
    end: int
    mode: str  # "span", "up_to" (a running total up to `end`) or "as_of" (a stock)
    first_year: int | None
    last_year: int | None
    first_month: int = 1
    last_month: int = 12
    day: int | None = None  # a single day: "ngày 15/4/2010", "đến ngày 31/12/2020"
    now: bool = False  # "đến nay", "hiện có": the timeline's reference date
    year_offset: int = 0  # "năm trước": one year before the reporting year
    event: bool = False  # "Chiều 8/12": the day the reported event happened
    votes: bool = True  # counts towards the text's dominant year
    running: bool = False  # "từ đầu năm đến nay": a span from the year's start to now, even for a stock
    anaphoric: bool = False  # "(cũng) trong năm": the year the text last named, else the reporting year
    first_day: int | None = None  # "từ ngày 1 đến hết ngày 15-12": the span's first day
    since_year: int | None = None  # "từ năm 2021 đến nay": a span from that year to now
    past: bool = False  # "năm qua": early in a year, the year just ended

    @property
    def relative(self) -> bool:
        return self.first_year is None and not self.now

    @property
    def explicit(self) -> bool:
        return self.first_year is not None


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


# --- finding ------------------------------------------------------------------------


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year(text: str | None) -> int | None:
    """An explicit year, or None for "nay" (this year)."""
    return int(text) if text and text.isdigit() else None


@dataclass(frozen=True)
class _Prefix:
    start: int | None = None  # where the prefix begins; None when there is none
    up_to: bool = False
    cumulative: bool = False
    since: bool = False


def _prefix_before(text: str, pos: int) -> _Prefix:
    if pos == 0 or not text[pos - 1].isspace():
        return _NO_PREFIX  # every prefix ends with a space: most periods have none, and no search is needed
    match = _PREFIX_BEFORE.search(text, max(0, pos - 40), pos)
    if match is None:
        return _NO_PREFIX
    return _Prefix(match.start(), bool(match["upto"]), bool(match["cum"]), bool(match["since"]))


_NO_PREFIX = _Prefix()


def _prefixed(prefix: _Prefix, mention: PeriodMention) -> PeriodMention:
    if prefix.start is None:
        return mention
    mention = replace(mention, start=prefix.start)
    if prefix.up_to:
        mode = "as_of" if prefix.cumulative else "up_to"
        return replace(mention, mode=mode, first_year=mention.last_year, first_month=1)
    if prefix.since:
        return replace(mention, last_month=12, day=None)
    return mention


def _full_date(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= month <= 12 and 1 <= day <= _month_end(year, month)):
        return None
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, month, month, day=day))


def _month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    month = int(m["m"])
    year_text = m["y"] or m["y_"]
    if not 1 <= month <= 12:
        return None
    if year_text is None and prefix.start is None and not _OPENS_SENTENCE_WITH_MONTH.search(m.string, max(0, m.start() - 3), m.start()) \
            or year_text is None and prefix.start is None and not _COMMA_AFTER.match(m.string, m.end()):
        return None  # a bare "tháng 5" is too vague, unless it opens a sentence: "Tháng 7, kim ngạch …"
    year = _year(year_text)
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, month, month))


_OPENS_SENTENCE_WITH_MONTH = re.compile(r"(?:^|[.!?\n]\s*)$")
_COMMA_AFTER = re.compile(r"\s*,")
_MONTH_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "mười một": 11, "mười hai": 12, "nửa": 6}


def _first_months(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    months = int(m["n"])
    if not 1 <= months <= 12:
        return None
    year = _year(m["y"])
    if m["last"]:
        return PeriodMention(m.start(), m.end(), "span", year, year, 13 - months, 12)
    return PeriodMention(m.start(), m.end(), "span", year, year, 1, months)


def _quarter(m: re.Match, prefix: _Prefix) -> PeriodMention:
    q = m["q"].lower()
    quarter = _ROMAN.get(q) or int(q)
    year = _year(m["y"] or m["y2"])
    return PeriodMention(m.start(), m.end(), "span", year, year, 3 * quarter - 2, 3 * quarter)


_RANGE_LEAD = re.compile(r"(?:từ\s+)?năm\s+$")


def _year_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last = int(m["y1"]), int(m["y2"])
    if not first < last <= first + 30:
        return None
    lead = _RANGE_LEAD.search(m.string, max(0, m.start() - 12), m.start())  # "(từ) năm 2016-2020"
    return PeriodMention(lead.start() if lead else m.start(), m.end(), "span", first, last)


def _single_year(m: re.Match, prefix: _Prefix) -> PeriodMention:
    year = int(m["y"])
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year))


_MONTHS_FIGURE_AFTER = re.compile(r"\s*(?:,|ước|đạt)")


def _months_of_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Trong 9 tháng, ...", "giải ngân 6 tháng đạt ...": the first months of the reported year."""
    if not (_preceded_by(m, "trong") or (_MONTHS_FIGURE_AFTER.match(m.string, m.end()) and not _preceded_by(m, "sau|mỗi|hơn|khoảng|vòng"))):
        return None
    return _first_months(m, prefix)


def _months_so_far(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if not 1 <= int(m["n"]) <= 11 or _preceded_by(m, "sau|mỗi|hơn|khoảng|vòng|gần"):
        return None
    return _first_months(m, prefix)


def _months_in_words(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"ba tháng đầu năm", "nửa đầu năm": the number word before "(tháng) đầu năm"."""
    before = _MONTH_WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None or not at_word_start(m.string, before.start()):
        return None
    n = " ".join(before["n"].split())
    if n != "nửa" and not before["month"]:
        return None  # "ba đầu năm" is no period
    months = _MONTH_WORDS[n]
    year = _year(m["y"])
    first, last = (13 - months, 12) if m["last"] else (1, months)
    return PeriodMention(before.start(), m.end(), "span", year, year, first, last)


def _word_months_of_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Chín tháng năm 2026": the first (or last) months of the year, counted in a word."""
    before = _MONTH_WORD_ONLY_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None or not at_word_start(m.string, before.start()) or before["n"] == "nửa":
        return None
    months = _MONTH_WORDS[" ".join(before["n"].split())]
    year = _year(m["y"])
    first, last = (13 - months, 12) if m["last"] else (1, months)
    return _prefixed(prefix, PeriodMention(before.start(), m.end(), "span", year, year, first, last))


def _since_start_until_now(m: re.Match, prefix: _Prefix) -> PeriodMention:
    year = _year(m["y"])
    return PeriodMention(m.start(), m.end(), "up_to", year, year, now=year is None, running=True)


def _until_now(m: re.Match, prefix: _Prefix) -> PeriodMention:
    start = prefix.start if prefix.cumulative else m.start()
    return PeriodMention(start, m.end(), "as_of" if prefix.cumulative else "up_to", None, None, now=True)


def _present(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if not at_word_start(m.string, m.start()) or _preceded_by(m, r"thực|thể|xuất|phát|biểu|trình|ẩn"):
        return None  # "thực hiện", "thể hiện": not "now"
    return PeriodMention(m.start(), m.end(), "up_to", None, None, now=True)


def _this_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if (m["past"] or m["prev"]) and _preceded_by(m, r"\d+|những|các|nhiều|mấy|vài"):
        return None  # "5 năm qua", "những năm qua", "các năm trước" are not the reported year (or the one before)
    offset = -1 if m["prev"] else 0
    return PeriodMention(m.start(), m.end(), "span", None, None, year_offset=offset, past=bool(m["past"]))


def _in_the_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    mention = _this_year(m, prefix)
    return replace(mention, anaphoric=True) if mention is not None else None


def _day_month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Chiều 8/12": the day of the reported event, in the reported year."""
    if not _preceded_by(m, r"sáng|chiều|tối|trưa|ngày|hôm(?:\s+nay)?|\("):
        return None
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return PeriodMention(m.start(), m.end(), "span", None, None, month, month, day=day, event=True)


def _day_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Từ ngày 1 đến hết ngày 15-12", "từ 1/3 đến 20/3": days of one month in the reported year."""
    first_day, day, month = int(m["d1"]), int(m["d"]), int(m["m"])
    first_month = int(m["m1"]) if m["m1"] else month
    if not (1 <= first_month <= month <= 12 and 1 <= first_day <= 31 and 1 <= day <= 31):
        return None
    return PeriodMention(m.start(), m.end(), "span", None, None, first_month, month, day=day, first_day=first_day)


def _month_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"tháng 1-9/2026": months of one year."""
    first, last = int(m["m1"]), int(m["m2"])
    if not 1 <= first <= last <= 12:
        return None
    year = int(m["y"])
    return PeriodMention(m.start(), m.end(), "span", year, year, first, last)


def _since_year_until_now(m: re.Match, prefix: _Prefix) -> PeriodMention:
    """"Từ năm 2021 đến nay": from that year's start to the text's now."""
    return PeriodMention(m.start(), m.end(), "span", None, None, now=True, since_year=int(m["y"]), votes=False)


def _year_to_month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last, month = int(m["y1"]), int(m["y2"]), int(m["m"])
    if not (1 <= month <= 12 and first <= last <= first + 30):
        return None
    return PeriodMention(m.start(), m.end(), "span", first, last, 1, month)


def _preceded_by(m: re.Match, words: str) -> bool:
    return _word_before_pattern(words).search(m.string, max(0, m.start() - 12), m.start()) is not None


@lru_cache(maxsize=None)
def _word_before_pattern(words: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{words})\s*$")


_MONTH_WORD = r"mười\s+một|mười\s+hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa"  # "sáu tháng", "nửa đầu năm"
_MONTH_WORD_ONLY_BEFORE = re.compile(rf"(?<!những\s)(?P<n>{_MONTH_WORD})\s+$")
_MONTH_WORD_BEFORE = re.compile(rf"(?P<n>{_MONTH_WORD})\s+(?P<month>tháng\s+)?$")
# A leading "\d\d?" rather than "\d{1,2}" (the same matches): the engine then skips to the next
# digit instead of trying the whole pattern at every position of the text.
_PATTERNS = [
    (re.compile(rf"tháng\s+(?P<m1>\d{{1,2}})\s*[-–]\s*(?P<m2>\d{{1,2}})\s*/\s*(?P<y>{YEAR})(?!\d)", _FLAGS), _month_range),
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y>{YEAR})\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại)(?!\w)", _FLAGS), _since_year_until_now),
    # "từ năm 2007 đến tháng 6/2010": from that year's start to the month's end
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y2>{YEAR})(?!\d)",
                _FLAGS), _year_to_month),
    (re.compile(rf"(?P<d>\d\d?)\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{YEAR})(?!\d)", _FLAGS), _full_date),
    (re.compile(rf"ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+(?P<y>{YEAR})", _FLAGS), _full_date),
    # "tháng 7/2016", "tháng 7-2016", "tháng 7.2016" (a year after the dash or dot; "tháng 1-9/2026" is a range, read above)
    (re.compile(rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|[-–.]\s*(?={YEAR}(?!\d)))\s*(?P<y>{YEAR})|\s+năm\s+(?P<y_>{YEAR}|nay))?(?![\d/])", _FLAGS), _month),
    (re.compile(rf"(?P<n>\d\d?)\s+tháng\s+(?:(?P<last>cuối)\s+|đầu\s+)?năm(?:\s+(?P<y>{YEAR}|nay))?", _FLAGS), _first_months),
    # led by the literal words (a leading alternation of number words scans slowly); the
    # number word is read before the match
    (re.compile(rf"(?P<last>)đầu\s+năm(?:\s+(?P<y>{YEAR}|nay))?", _FLAGS), _months_in_words),
    (re.compile(rf"(?P<last>cuối)\s+năm(?:\s+(?P<y>{YEAR}|nay))?", _FLAGS), _months_in_words),
    # "chín tháng năm 2026", "mười tháng đầu năm": the number word is read before "tháng"
    (re.compile(rf"tháng\s+(?:(?P<last>cuối)\s+|đầu\s+)?năm(?:\s+(?P<y>{YEAR}|nay))?", _FLAGS), _word_months_of_year),
    (re.compile(rf"từ\s+đầu\s+năm(?:\s+(?P<y>{YEAR}|nay))?\s*(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)(?!\w)", _FLAGS),
     _since_start_until_now),
    (re.compile(r"(?P<n>\d\d?)\s+tháng(?P<last>)(?P<y>)(?!\s+(?:qua|tới|gần|cuối|đầu|trước|sau|năm))(?!\w)", _FLAGS), _months_of_year),
    # "đưa 7 tháng qua đạt 4,78 tỷ USD": the year's first months so far (not a rolling twelve)
    (re.compile(r"(?P<n>\d\d?)\s+tháng\s+(?:vừa\s+)?qua(?P<last>)(?P<y>)(?!\w)", _FLAGS), _months_so_far),
    (re.compile(rf"quý\s+(?P<q>iv|i{{1,3}}|[1-4])(?!\w)(?:\s*/\s*(?P<y>{YEAR})|\s+năm\s+(?P<y2>{YEAR}|nay))?", _FLAGS), _quarter),
    (re.compile(rf"(?P<y1>{YEAR})\s*(?:-|đến|tới)\s*(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<y2>{YEAR})(?!\d)", _FLAGS), _year_range),
    (re.compile(rf"năm\s+(?P<y>{YEAR})(?!\d)", _FLAGS), _single_year),
    (re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:(?:thời\s+điểm\s+)?(?:hiện\s+nay|hiện\s+tại|nay)|thời\s+điểm\s+này)(?!\w)", _FLAGS), _until_now),
    (re.compile(r"hiện(?:\s+(?:có|nay|tại|đang|vẫn|còn)(?!\w)|\s*,|\s+(?:\w+\s+){1,2}?(?:có|đang)(?!\w))", _FLAGS), _present),
    (re.compile(r"năm\s+(?:nay|(?P<prev>trước|ngoái)|(?P<past>(?:vừa\s+)?qua))(?!\w)", _FLAGS), _this_year),
    (re.compile(r"trong\s+năm(?P<prev>)(?P<past>)(?!\s*(?:\d|nay|qua|tới|sau|trước|học|mới|ngoái))(?!\w)", _FLAGS), _in_the_year),
    (re.compile(r"từ\s+(?:ngày\s+)?(?P<d1>\d{1,2})(?:\s*[/-]\s*(?P<m1>\d{1,2}))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
                r"(?P<d>\d{1,2})\s*[/-]\s*(?P<m>\d{1,2})(?!\s*[/\d-])", _FLAGS), _day_range),
    (re.compile(r"(?P<d>\d\d?)\s*/\s*(?P<m>\d{1,2})(?!\s*[/\d])", _FLAGS), _day_month),
]


# Text just before a period that makes it a comparison base or a far horizon, not the
# period a figure covers: "so với năm 2022", "gấp 2,5 lần năm 2010", "tầm nhìn đến năm 2045".
_NOT_A_PERIOD_BEFORE = re.compile(
    r"""(?:
        so\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:của\s+)?
      | cùng\s+kỳ\s+
      | gấp\s+[\d.,]+\s+lần\s+(?:so\s+với\s+)?
      | (?:tầm\s+nhìn|định\s+hướng|hướng\s+tới)\s+(?:đến\s+)?
      | kỷ\s+niệm\s+
    )$""",
    _FLAGS,
)
_NOT_A_PERIOD_START = re.compile(r"(?:đến|tới)\s")
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
_GOAL_YEAR_AHEAD = re.compile(rf"[^.;\n]*?(?:vào|đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+{YEAR}(?!\s*[-–])")


def find_periods(folded: str, exclude: Iterable[tuple[int, int]] = ()) -> list[PeriodMention]:
    """Period mentions in `folded` (the case-folded text), left to right, skipping those
    inside `exclude` spans (e.g. the date of a cited decree) and comparison bases."""
    text = folded
    candidates: list[PeriodMention] = []
    for pattern, build in _PATTERNS:
        for match in pattern.finditer(text):
            mention = build(match, _prefix_before(text, match.start()))
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
        if _NOT_A_PERIOD_BEFORE.search(before) and not _opening_horizon(text, mention):
            continue
        if _NOT_A_PERIOD_START.match(text, mention.start) and _HORIZON_BEFORE.search(before) and not _opening_horizon(text, mention):
            continue
        if _PLAN_BEFORE.search(before):
            mention = replace(mention, votes=False)
        if mention.first_year != mention.last_year and _DOCUMENT_NAME_BEFORE.search(text, max(0, mention.start - 80), mention.start) \
                and _GOAL_YEAR_AHEAD.match(text, mention.end):
            continue
        chosen.append(mention)
        last_end = mention.end
    return chosen


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


def build_timeline(mentions: list[PeriodMention], published: date | None, other_years: Iterable[int] = ()) -> Timeline:
    explicit_years = [m.first_year for m in mentions if m.explicit and m.votes and m.first_year == m.last_year]
    if published is not None:
        reporting_year = published.year
        if any((n := _month_needed(m)) is not None and n > published.month for m in mentions):
            # Republished later: the text's own "this year" is the latest year it names.
            earlier = [y for y in [*explicit_years, *(m.first_year for m in mentions if m.explicit), *other_years] if y < published.year]
            reporting_year = max(earlier, default=published.year - 1)
    else:
        counts = Counter(explicit_years)
        # a tie goes to the year named first: a report states its own period before any other …
        first = {y: -i for i, y in reversed(list(enumerate(explicit_years)))}
        # … unless a later one is a span of months ("9 tháng năm 2019"): what a report covers, not a year it recalls
        months = {m.first_year for m in mentions if m.explicit and m.votes and m.first_year == m.last_year
                  and (m.first_month, m.last_month) != (1, 12)}
        reporting_year = max(counts, key=lambda y: (counts[y], y in months, first[y])) if counts else None
    if reporting_year is None:
        return Timeline(None, None)
    data_date = _data_date(mentions, published)
    if data_date is not None:
        return Timeline(data_date.year, data_date, dated=True)
    if published is not None and published.year == reporting_year:
        return Timeline(reporting_year, published, dated=True)
    event = next((m for m in mentions if m.event), None)
    if event is not None:
        return Timeline(reporting_year, date(reporting_year, event.first_month, min(event.day, _month_end(reporting_year, event.first_month))))
    reached = [_month_needed(m) for m in mentions]
    last_month = max((n for n in reached if n is not None), default=12)
    return Timeline(reporting_year, date(reporting_year, last_month, _month_end(reporting_year, last_month)))


_PAST_YEAR_MONTHS = 3  # a review of "năm qua" published by March speaks of the year before
_DATA_DATE_WINDOW = 62  # days: "tính đến ngày 15/12" in a text of mid-January speaks from 15/12


def _data_date(mentions: list[PeriodMention], published: date | None) -> date | None:
    """The date the text's figures are given at ("tính đến ngày 26/3/2018"), shortly before
    its publication: what "đến nay", "hiện có" mean in it."""
    if published is None:
        return None
    dates = []
    for m in mentions:
        if m.mode in ("up_to", "as_of") and m.day is not None and m.first_year is not None:
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
        if timeline.reference_date is None:
            return None
        ref = timeline.reference_date
        return ResolvedPeriod(mention.mode, date(min(mention.since_year or ref.year, ref.year), 1, 1), ref, now=True)
    if mention.relative:
        if timeline.reporting_year is None:
            return None
        first = last = timeline.reporting_year + mention.year_offset
        ref = timeline.reference_date
        if mention.past and timeline.dated and ref is not None and ref.year == first and ref.month <= _PAST_YEAR_MONTHS:
            first = last = first - 1  # "năm qua" in a text of January: the year just ended
    else:
        first, last = mention.first_year, mention.last_year
    if mention.day is not None and first == last and mention.first_month == mention.last_month and mention.mode == "span" \
            and mention.first_day is None:
        day = date(first, mention.first_month, min(mention.day, _month_end(first, mention.first_month)))
        return ResolvedPeriod("span", day, day, now=False)
    start = date(first, mention.first_month, min(mention.first_day or 1, _month_end(first, mention.first_month)))
    end_day = mention.day if mention.day is not None else _month_end(last, mention.last_month)
    end = date(last, mention.last_month, min(end_day, _month_end(last, mention.last_month)))
    return ResolvedPeriod(mention.mode, start, end, now=False)


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
        if resolved.now and end.day != _month_end(end.year, end.month) and end.month > 1:
            end = date(end.year, end.month - 1, _month_end(end.year, end.month - 1))
        return Period(start=date(end.year, 1, 1), end=end)
    if stock and not stated:
        # a stock inherits a period from the context: it is the value at its end
        ref = timeline.reference_date
        return Period(as_of=min(resolved.end, ref) if ref and ref.year == resolved.end.year else resolved.end)
    return Period(start=resolved.start, end=resolved.end)
