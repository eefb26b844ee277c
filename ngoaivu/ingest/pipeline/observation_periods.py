"""The period a figure covers: its own words first, then its sentence, its paragraph, the text
so far (a part of `ObservationFinder`)."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from .fast_scan import letter_led
from .numbers import Quantity
from .period_patterns import month_end
from .periods import Period, PeriodMention, ResolvedPeriod, Timeline, period_for, resolve
from .segments import Layout, Sentence, bracketed_aside

_YEAR_OF_A_TERM_BEFORE = re.compile(
    r"năm\s+\d{4}\s*,\s*(?:là\s+)?năm\s+(?:đầu(?:\s+tiên)?|thứ\s+[^\W\d_]+|cuối(?:\s+cùng)?|bản\s+lề|giữa)\s+(?:của\s+)?"
    r"(?:nhiệm\s+kỳ|giai\s+đoạn|kế\s+hoạch)[^,;.\d]{0,30}$")
_GOAL_SET_AFTER = re.compile(r"(?:đặt|đề)\s+(?:ra\s+)?mục\s+tiêu|chỉ\s+tiêu")
_PLAN_YEAR_BEFORE = re.compile(r"%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)\s+(?:của\s+)?$")
# (within a line: a heading "So với năm 2023" compares nothing in the paragraph under it)
_COMPARED = re.compile(r"(?:so\s+với|so\s+cùng\s+kỳ|cùng\s+kỳ|k(?<!\wk)hi|gấp\s+(?:gần\s+|hơn\s+|khoảng\s+|trên\s+)?[\d.,]+\s+lần)"
                       r"[^\S\n]+(?:\w+[^\S\n]+){0,4}$")
# "hơn 5,9 triệu USD/dự án, so với 4,9 triệu USD/dự án của 7 tháng năm 2023": the base's own period, after its figure
_COMPARED_FIGURE = re.compile(r"so\s+với\s+[^.;:]{1,50}?\s(?:của|trong|vào)\s+(?:cùng\s+kỳ\s+)?$")
# "tăng 9% so với năm 2022 (năm 2022 đạt 1,93 tỷ USD)": the base's own figure, in a bracket after the comparison
_COMPARED_BRACKET = re.compile(r"(?:so\s+với|cùng\s+kỳ)[^.;:()]{0,40}\(\s*$")
# "Riêng tháng 7, cả nước …": a span singled out in its sentence sets no period for the paragraphs after it
# ("Cả giai đoạn, tỉnh tiếp nhận 286 khoản viện trợ": the whole span named before)
_SAME_TIME_AS_ABOVE = re.compile(r"\W*(?:cũng\s+)?(?:trong\s+(?:khoảng\s+)?(?:thời\s+gian|giai\s+đoạn)\s+(?:trên|này|đó|nói\s+trên)"
                                 r"|(?:trong\s+)?(?:cả|toàn|suốt)\s+(?:giai\s+đoạn|thời\s+kỳ)(?!\s*(?:\d|này\s+\d)))(?!\w)")
_AT_YEAR = re.compile(r"(?:vào|đến|tới)\s+$")
_SINGLED_OUT = re.compile(r"r(?<!\wr)iêng\s+(?:trong\s+)?$")
# a speaker's words (`_day_of_the_meeting`), and a sentence opening on a day: "Chiều 21/8/2025, …", "Ngày 5/3/2024, …"
_TOLD = re.compile(r"(?<!\w)(?:cho\s+biết|cho\s+hay|thông\s+tin|báo\s+cáo|nhấn\s+mạnh|khẳng\s+định)(?!\w)")
_DATA_DATE_LEAD = re.compile(r"số\s+liệu\s+(?:tính\s+)?(?:(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?)?$")
_DAY_OPENING = re.compile(r"\W*(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa)\s+(?:nay\s+)?(?:ngày\s+)?|ngày\s+|hôm\s+)?")
# "Ngay tại hội nghị, tỉnh đã ký thỏa thuận với 6 tổ chức": signed at the event the text reports, on its date
_SIGNED_AT_EVENT = re.compile(
    r"\W*(?:ngay\s+)?(?:tại|trong)\s+(?:hội\s+nghị|buổi\s+lễ|lễ|sự\s+kiện|diễn\s+đàn|hội\s+thảo|buổi\s+làm\s+việc|dịp\s+này)"
    r"(?:\s+này)?\s*,?[^.;]*?(?<!\w)ký(?!\w)"
)

# a period mention joined to the figure before it: "6 tỷ USD trong giai đoạn 2026-2030", "1 tỷ USD vào năm 2030"
# ("436 người năm 2020, 395 người năm 2021": a counted noun may stand between)
_ATTACHED = re.compile(r"\s*(?:usd|đồng|người|lao\s+động|dự\s+án|đoàn|lượt(?:\s+người)?)?\s*(?:trong|vào|cho|của)?\s*(?:cả\s+)?"
                       r"(?:giai\s+đoạn|thời\s+kỳ|năm)?\s*")

# "9 tháng năm 2023 thu hút 700 triệu USD, bỏ xa con số 225 triệu USD của cả năm 2022": an earlier year owning the figure
_OWNED_BY = re.compile(r"(?<!\w)(?:của|trong)(?!\w)")

# "Mục tiêu cả nhiệm kỳ đạt 500 triệu USD": the term the text named ("nhiệm kỳ 2020-2025"), not the year just named
_WHOLE_TERM = re.compile(r"(?:c(?<!\wc)ả|t(?<!\wt)oàn|s(?<!\ws)uốt|t(?<!\wt)rong)\s+nhiệm\s+kỳ(?!\s*(?:\d|này\s+\d))")
# "… với chỉ tiêu 5 tỷ đồng cả nhiệm kỳ": the term written after the figure
_WHOLE_TERM_AFTER = re.compile(r"\s*(?:cho\s+|trong\s+)?(?:cả|toàn|suốt)\s+nhiệm\s+kỳ(?!\s*(?:\d|này\s+\d))")
# "650 - 700 triệu USD mỗi năm": a yearly level
_PER_YEAR_AFTER = re.compile(r"[^,;.\d]{0,30}?(?<!\w)(?:mỗi|hằng|hàng)\s+năm(?!\w)")
_RESPECTIVELY = letter_led(r"(?<!\w)lần\s+lượt(?!\w)")
_PERIOD_LEAD = re.compile(r"(?<!\w)(?:trong|vào|đến|tới|cho)\s+(?:cả\s+)?(?:giai\s+đoạn\s+|thời\s+kỳ\s+)?$")
_PER_YEAR_BEFORE = letter_led(
    r"(?:(?:bình|trung)\s+quân|(?:mỗi|hằng|hàng)\s+năm)(?:\s+(?:mỗi|hằng|hàng)\s+năm)?(?:\s+(?!(?:và|còn|nhưng)(?!\w))[^\W\d]+){0,3}?\s+"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+|từ\s+)?$")
_TERM_BEFORE = re.compile(r"nhiệm\s+kỳ\s*(?:đại\s+hội\s+)?(?:[^\W\d_]+\s+){0,3}?(?:\(\s*)?$")

# "lũy kế", "cộng dồn" with no date of their own: a running total of the year up to the period just named
_RUNNING_TOTAL = re.compile(r"(?<!\w)(?:l(?:ũy|uỹ)\s+kế|cộng\s+dồn)(?!\s+(?:đến|tới|từ|\d))")

# "3. Hoạt động đối ngoại", "II. KẾT QUẢ", "a) Đoàn ra": a report's numbered section heading on a line of its own
_NUMBERED_HEADING = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.|[a-zđ]\))\s+[^\W\d_]")
_HEADING_LENGTH = 90
_LIST_ITEM = re.compile(r"\s*[-–+•*]\s")  # "- 33 dự án …", "+ …": an item of a list
_LIST_ITEMS_MAX = 12
_TITLE_PARAGRAPHS = 4  # a letterhead, the document's kind, its title
_TITLE_LENGTH = 200
_PROJECTS_SPAN = re.compile(r"(?:dự\s+án|chương\s+trình|đề\s+án)(?:\s+[^\W\d_]+){0,6}?\s+(?:giai\s+đoạn|thời\s+kỳ)\s*$")


class PeriodReading:
    """Mixed into `ObservationFinder`; needs `periods`, `_period_starts`, `layout`, `timeline`."""

    folded: str
    quantities: list[Quantity]
    _quantity_starts: list[int]
    periods: list[PeriodMention]
    _period_starts: list[int]
    layout: Layout
    timeline: Timeline

    def _period(self, quantity: Quantity, sentence: Sentence, left_start: int, right_end: int, *, stock: bool, target: bool,
                counted: bool = False, over_years: bool = False, donors: bool = False, accrues: bool = False) -> Period | None:
        """`over_years`: a tally of those present that a span of years counts as a span (organisations); `donors`:
        such a tally of those who gave a period's aid, a span whatever its length; `accrues`: a goal of investment
        attracted, which "đến năm 2030" counts from the year it is set in."""
        mention, stated = self._period_mention(quantity, sentence, left_start, right_end, stock=stock, target=target)
        ref = self.timeline.reference_date
        if not stated and not target and ref is not None and self.timeline.dated \
                and _SIGNED_AT_EVENT.match(self.folded, sentence.start, quantity.start):
            return Period(start=date(ref.year, 1, 1), end=ref)
        if mention is not None and mention.anaphoric:
            mention = self._named_year(mention)
        elif mention is not None and mention.relative and not mention.now and not mention.year_offset and not mention.event \
                and mention.first_year is None and "nay" not in self.folded[mention.start : mention.end]:
            # "Năm 2023, thị trường khó khăn: trong 9 tháng đầu năm, kim ngạch …": the months of the year the sentence opened on
            opening = [p for p in self._periods_between(sentence.start, mention.start)
                       if p.explicit and p.first_year == p.last_year and (p.first_month, p.last_month) == (1, 12)
                       and not self._compared_with(p)]
            if not opening and mention.mode == "span" and mention.day is None:
                # "Kim ngạch xuất khẩu 6 tháng đầu năm 2025 ước đạt …; nhập khẩu 6 tháng ước đạt …": the same months the
                # sentence has just named with their year
                opening = [p for p in self._periods_between(sentence.start, mention.start)
                           if p.explicit and p.mode == "span" and p.day is None and p.first_year is not None
                           and p.first_year == p.last_year and (p.first_month, p.last_month) == (mention.first_month, mention.last_month)
                           and not self._compared_with(p)][-1:]
            if not opening and mention.mode == "span" and mention.day is None:
                # "Tháng 7/2023, kim ngạch đạt 149 triệu USD, đưa tổng 7 tháng lên …": the months up to the month its
                # sentence named, of that month's year
                opening = [p for p in self._periods_between(sentence.start, mention.start)
                           if p.explicit and p.first_year is not None and p.first_year == p.last_year
                           and p.last_month == mention.last_month and not self._compared_with(p)][-1:]
            if not opening and not self._periods_between(sentence.start, mention.start):
                # "Sang quý I/2018, tỉnh đã thu hút … . Kim ngạch xuất khẩu ba tháng đầu năm đạt …": the year the paragraph
                # has just moved to
                paragraph_start = self.layout.paragraphs[sentence.paragraph].start
                opening = [p for p in self._periods_between(paragraph_start, sentence.start)
                           if p.explicit and p.first_year is not None and p.first_year == p.last_year and not p.now
                           and not self._compared_with(p)]
            if not opening and mention.mode == "span" and mention.day is None and mention.last_month < 12 \
                    and not self._periods_between(sentence.start, mention.start):
                # "Tính chung 4 tháng đầu năm 2018, … . [¶] Ở chiều xuất khẩu, … trong 4 tháng ước đạt …": the same months
                # named last, whatever other years the text recalls in between or votes for
                opening = [p for p in self._periods_between(0, mention.start)
                           if p.explicit and p.mode == "span" and p.day is None and p.first_year is not None
                           and p.first_year == p.last_year and (p.first_month, p.last_month) == (mention.first_month, mention.last_month)
                           and not self._compared_with(p)][-1:]
            if opening:
                mention = replace(mention, first_year=opening[-1].first_year, last_year=opening[-1].first_year)
        if mention is not None and not target and not stock and mention.mode == "span" and mention.first_month > 1 \
                and mention.day is None and mention.first_year == mention.last_year and mention.start < quantity.start \
                and (running := _RUNNING_TOTAL.search(self.folded, left_start, quantity.start)) is not None \
                and not self._periods_between(running.start(), quantity.start):
            # "tháng 4 ước đạt 229 triệu USD …; lũy kế ước đạt 779 triệu USD": the year so far, to the month's end
            mention = replace(mention, first_month=1)
        if target and mention is not None and mention.relative and mention.year_offset < 0:
            # "nối đà của năm trước, tỉnh phấn đấu ...": a goal is not for a past year, but for the
            # year the text last named ("Kế hoạch năm 2026"), else the reporting year
            named = [p for p in self._periods_between(0, quantity.start) if p.explicit and p.first_year == p.last_year]
            mention = named[-1] if named else None
        told = self._told_on(sentence, mention) if mention is not None and mention.now and stated else None
        # ("Tại buổi tiếp ngày 9/8/2022, Chủ tịch UBND tỉnh cho biết, kể từ năm 2000, tỉnh đã tiếp nhận 21 dự án": "now" is
        # the day it was told, not the page's)
        timeline = replace(self.timeline, reference_date=told, reporting_year=told.year) if told is not None else self.timeline
        if mention is None and not stock and not target and not self._year_told(self.timeline.reporting_year) \
                and "lũy kế" not in self.folded[left_start : quantity.start]:
            # "Tỉnh đã cử 64 đoàn …" with no period anywhere before it (a headline, a lead, an undated aside) in a text that
            # tells no result of the year it was published in: a flow of no known period
            return None
        resolved = resolve(mention, timeline) if mention is not None else self._reporting_year()
        if accrues and stated and mention is not None and mention.mode == "up_to" and mention.day is None \
                and (mention.first_month, mention.last_month) == (1, 12) and resolved is not None \
                and (set_in := self._goal_set_in(resolved.end.year)) is not None:
            # "tỉnh đặt mục tiêu đến năm 2030 thu hút tổng cộng 1,5 tỷ USD": attracted over the years up to 2030
            return Period(start=date(set_in, 1, 1), end=resolved.end)
        if target and not stated and resolved is not None and self.timeline.reporting_year is not None \
                and resolved.end.year < self.timeline.reporting_year:
            resolved = self._reporting_year()  # a plan's goals under its own year, not the results' year before
        if resolved is None:
            return None
        running = mention is not None and mention.running
        if over_years and not target and mention is not None and mention.mode == "span" and (donors or (
                resolved.start.year < resolved.end.year
                and (stated or not self._running_now(resolved) or self._years_framing_the_paragraph(mention, sentence)))):
            # "trong 15 năm từ 1996 đến 2011, … 197 dự án của 38 tổ chức": those who worked here over the years
            return Period(start=resolved.start, end=resolved.end)
        return period_for(resolved, stock=stock, stated=stated, target=target, timeline=self.timeline, running=running,
                          counted=counted)

    def _told_on(self, sentence: Sentence, mention: PeriodMention) -> date | None:
        """The day a sentence says its figures were told on, before they are ("Ngày 5/6/2023, … cho biết, …"), when it is
        earlier than the text's own "now"."""
        ref = self.timeline.reference_date
        for p in reversed(self._periods_between(sentence.start, mention.start)):
            if p.day is None or not p.explicit or p.first_year is None or p.mode != "span" or p.first_day is not None:
                continue
            told = date(p.first_year, p.first_month, min(p.day, month_end(p.first_year, p.first_month)))
            if ref is not None and told < ref and _TOLD.search(self.folded, p.end, mention.start):
                return told
            return None
        return None

    def _goal_set_in(self, until: int) -> int | None:
        """The first year a goal set in the text's year counts: that year, or the next when the text speaks at a five-year
        term's last year (a plan for 2021-2030 written in 2020); None when the goal's year is not ahead."""
        year = self.timeline.reporting_year
        if year is None or year >= until:
            return None
        if until % 5 == 0 and until - 4 < year:
            return until - 4  # "phấn đấu đến năm 2025 thu hút …" said in 2022: the goal of the term 2021-2025
        return year + 1 if year % 5 == 0 and year + 1 < until else year

    def _years_framing_the_paragraph(self, mention: PeriodMention, sentence: Sentence) -> bool:
        """"Từ năm 2019 đến năm 2025, … . Nhờ đó, tỉnh đã tiếp nhận 161 chương trình …": years written out earlier in
        the same paragraph frame its tallies, even when they run to now (not a stock "đang hoạt động")."""
        return mention.explicit and not mention.now and mention.start >= self.layout.paragraphs[sentence.paragraph].start \
            and _AT_WORK_NOW.search(self.folded, sentence.start, sentence.end) is None

    def _named_year(self, mention: PeriodMention) -> PeriodMention:
        """"Cũng trong năm, ..." after "Năm 2024, ...": the year the text last named; "Tháng 12, … ; cả năm …" in a
        text of January: the year of the month just named."""
        # (not a year still ahead: "… phát triển tỉnh đến năm 2030" names a plan's horizon, no year a result is told in)
        now = self.timeline.reference_date.year if self.timeline.reference_date is not None else None
        named = [p for p in self._periods_between(0, mention.start)
                 if p.first_year == p.last_year and p.votes and not self._compared_with(p) and (p.explicit or (p.relative and not p.event and not p.year_offset
                                                                                  and p.first_month == p.last_month))
                 and not (now is not None and p.explicit and p.first_year is not None and p.first_year > now)]
        # ("Kế hoạch thu hút đầu tư năm 2025 được giao … . Trong năm, tỉnh dự kiến thu hút …": the year its paragraph has
        # just named, even a plan's, which votes for no reporting year)
        paragraph_start = self.layout.paragraphs[self.layout.sentence_at(mention.start).paragraph].start
        named += [p for p in self._periods_between(paragraph_start, mention.start)
                  if p.explicit and p.first_year is not None and p.first_year == p.last_year and not p.votes
                  and not self._compared_with(p) and not (now is not None and p.first_year > now)]
        named.sort(key=lambda p: p.start)
        if not named:
            return mention
        last = named[-1]
        if mention.same_span and last.explicit and last.mode == "span" and last.first_year is not None:
            return replace(mention, first_year=last.first_year, last_year=last.last_year, first_month=last.first_month,
                           last_month=last.last_month, day=last.day, first_day=last.first_day, anaphoric=False)
        if last.explicit:
            year = last.first_year
        else:
            resolved = resolve(last, self.timeline)
            if resolved is None:
                return mention
            year = resolved.start.year
        reporting = self.timeline.reporting_year
        if reporting is not None and year == reporting + 1 and last.explicit and self.folded.endswith("đầu ", 0, last.start):
            # "Đầu năm 2016, … khảo sát …" in a report on 2015, then "Trong năm, tỉnh tiếp nhận …": an aside on the next
            # year's first months, the section's year still the report's
            year = reporting
        return replace(mention, first_year=year, last_year=year, anaphoric=False)

    def _year_told(self, year: int | None) -> bool:
        """Whether the text writes out a period within `year` (a day's date, an event's, sets none)."""
        return year is not None and any(p.explicit and p.day is None and p.first_year <= year <= (p.last_year or p.first_year)
                                        for p in self.periods)

    def _reporting_year(self) -> ResolvedPeriod | None:
        year = self.timeline.reporting_year
        if year is None:
            return None
        return ResolvedPeriod("span", date(year, 1, 1), date(year, 12, 31), now=False)

    def _period_mention(
        self, quantity: Quantity, sentence: Sentence, left_start: int, right_end: int, *, stock: bool, target: bool = False
    ) -> tuple[PeriodMention | None, bool]:
        """The period mention a figure belongs to, and whether its own sentence states it."""
        base = next((b for b in self._bases if b.end <= quantity.start and quantity.end <= b.base_until), None)
        if base is not None:
            return base, True  # "cao hơn thời điểm ngày 20/6/2022 (10.726 dự án, …)": the base's own figures
        in_sentence = self._periods_between(sentence.start, sentence.end)
        before = [p for p in in_sentence if p.end <= quantity.start]
        # "tiếp nhận mới các dự án giai đoạn 2024 - 2027 với tổng giá trị …": the projects' own span is not the
        # period of the figure when the sentence states another
        before = [p for p in before if not self._projects_span(p)] or before
        # "Nhìn lại năm 2021, năm đầu của nhiệm kỳ 2021 - 2025, … tổng kim ngạch đạt …": the term describes the year named
        before = [p for p in before if not _YEAR_OF_A_TERM_BEFORE.search(self.folded, max(0, p.start - 90), p.start)]
        # "xuất khẩu đạt 1.300 triệu USD, tăng 10% so với năm 2023; nhập khẩu đạt 680 triệu USD": a base compared with
        # frames no figure of a later clause (its own figures follow it in its clause: "so với năm 2023 (977 triệu USD)")
        before = [p for p in before if not (";" in self.folded[p.end : quantity.start] and self._compared_with(p))]
        # "…, đạt 97% kế hoạch năm 2018; trong đó 66 dự án cấp mới …": the plan's year frames none of the figures after it
        if not target:
            before = [p for p in before if not _PLAN_YEAR_BEFORE.search(self.folded, max(0, p.start - 30), p.start)] or before
        near = [p for p in before if p.start >= left_start]
        if (yearly := self._yearly_span(sentence, quantity, left_start, right_end)) is not None:
            return yearly, True
        if (respective := self._respective(sentence, quantity, in_sentence)) is not None:
            return respective, True
        if target and before and "," in self.folded[(near or before)[-1].end : quantity.start]:
            # "Phát huy kết quả Hội nghị … năm 2018, tỉnh phấn đấu thu hút 80 - 100 dự án mới trong giai đoạn 2019 - 2020":
            # a goal's own clause names its period after it; an earlier clause's year is an event's
            own = self._own_clause_after(quantity, sentence, in_sentence)
            if own is not None:
                return own, True
        if near or before:
            chosen = (near or before)[-1]
            if chosen.now and not chosen.running:
                # "Tính đến tháng 6/2024, tỉnh hiện có ...": the date written wins over "hiện" (and so does the day the
                # figures were given: "Theo số liệu … công bố ngày 03/01/2024, toàn tỉnh hiện có …")
                dated = [d for p in before if (d := _written_date(p, chosen, stock)) is not None]
                chosen = dated[-1] if dated else (stock and (self._day_of_the_meeting(sentence, quantity)
                                                             or self._data_date_of_the_paragraph(sentence))) or chosen
            attached = self._attached_after(quantity, in_sentence)
            if target and attached is not None and self._level_year(attached) and chosen.mode == "up_to" \
                    and _GOAL_SET_AFTER.search(self.folded, chosen.end, quantity.start):
                # "Quy hoạch … đến năm 2020 từng đặt mục tiêu xuất khẩu trên 380 triệu USD vào năm 2015": the plan's horizon
                # before the goal words, the goal's own year after its level
                return attached, True
            if attached is not None and (self._attached_to_a_figure(chosen) or (
                    attached.explicit and attached.mode == "span" and attached.first_year < (attached.last_year or 0)
                    and (self._yearly(quantity, left_start, right_end) or (
                        _years_apart(chosen) and self._figure_between(sentence.start, chosen.start))))):
                # "5-6 tỷ USD trong giai đoạn 2021-2025 và 6-7 tỷ USD trong giai đoạn 2026-2030": each its own; so is a
                # yearly rate's span after it ("Chiến lược … đến năm 2030 … tăng 13,5%/năm trong giai đoạn 2021-2030")
                return attached, True
            if attached is not None and _within(attached, chosen) or (
                    attached is not None and attached.explicit and attached.first_year is not None and chosen.first_year is not None
                    and (attached.last_year or attached.first_year) < chosen.first_year
                    and _OWNED_BY.search(self.folded, quantity.end, attached.start)):
                # "Giai đoạn 2015 - 2020, … tăng từ 545,5 triệu USD năm 2015 lên …": the figure's own year in the span
                return attached, True
            if self._attached_to_a_figure(chosen) and self._yearly(quantity, left_start, right_end):
                # "… lên 1,9 tỷ USD năm 2020; riêng xuất khẩu tăng bình quân 29,61%/năm": another figure's year frames
                # no yearly rate, the span the sentence named does
                span = next((p for p in reversed(before) if _years_apart(p)), None)
                if span is not None:
                    return span, True
            if not near and attached is not None and attached.explicit and ";" in self.folded[chosen.end : quantity.start]:
                # "Tại Hội nghị … tháng 8/2025, …; kim ngạch xuất khẩu … đạt trên 201 triệu USD năm 2024 và …": the figure's
                # own year after it, not an earlier clause's
                return attached, True
            return chosen, True
        clause_end = self.layout.clause_end(sentence, quantity.end)
        # ("…, tăng 15% so với tháng 3/2024 và 60% so với cùng kỳ năm 2023": the bases' periods are not the figure's)
        after = [p for p in in_sentence if quantity.end <= p.start < max(right_end, clause_end) and not self._in_aside(quantity, p)
                 and not self._compared_with(p)]
        yearly = self._yearly(quantity, left_start, right_end)
        if after and yearly:
            # "tăng bình quân 9 - 10%/năm, phấn đấu đạt 650 triệu USD vào năm 2025": the level's year, not the rate's
            after = [p for p in after if not self._level_year(p)]
        if after:
            return after[0], True
        if _WHOLE_TERM.search(self.folded, sentence.start, quantity.start) or _WHOLE_TERM_AFTER.match(self.folded, quantity.end):
            term = self._term_named(sentence.start)
            if term is not None:
                return term, True
        # Not stated in its sentence: the paragraph's period before it, then the text's
        # period so far, then a period the paragraph states later. A stock's date
        # ("lũy kế đến ...") is no period for a flow.
        base = _inheritable_by_stock if stock else _inheritable_by_flow

        def inheritable(p: PeriodMention) -> bool:
            # "Chương trình … giai đoạn 2019 - 2025" in a text of 2020: a plan's years not yet run frame no result;
            # the year a level is to be reached by frames no yearly rate after it
            return base(p) and (target or not self._unfinished_name(p)) and not (yearly and self._level_year(p))

        if not stock and self._yearly(quantity, left_start, right_end):
            span = self._span_behind_now(sentence.start, inheritable) or self._title_span(inheritable)
            if span is not None:
                # "Giai đoạn 2023 - 2025, … Hiện có … . Kiều hối đạt 650 triệu USD mỗi năm": a yearly level over the span
                return span, False
        if (same_time := _SAME_TIME_AS_ABOVE.match(self.folded, sentence.start)) is not None:
            # "Cũng trong thời gian trên, tỉnh đã cho phép 582 đoàn": the span named before, not a "hiện" beside it;
            # "Cả giai đoạn, …": the last span of several years
            whole = same_time.group().rstrip().endswith(("đoạn", "kỳ")) and "cả" in same_time.group()
            named = [p for p in self._periods_between(0, sentence.start)
                     if p.explicit and not p.now and p.mode == "span" and inheritable(p) and not self._compared_with(p)
                     and (not whole or (p.first_year or 0) < (p.last_year or 0))]
            if named:
                return named[-1], False
        paragraph = self.layout.paragraphs[sentence.paragraph]
        earlier = [p for p in self._periods_between(paragraph.start, sentence.start) if inheritable(p) and not self._compared_with(p)]
        if not stock and not target and len(earlier) > 1 and self._present_of_a_standing(earlier[-1]) \
                and any(p.explicit and not p.now for p in earlier[:-1]):
            # "Năm 2021 tỉnh thu hút 8 dự án … . Đến nay có 85 dự án còn hiệu lực … . Kim ngạch xuất khẩu đạt …": the
            # paragraph's year, not the present of the standing between
            earlier = [p for p in earlier if not self._present_of_a_standing(p)]
        if earlier:
            return earlier[-1], False
        if (introduction := self._list_introduction(sentence.paragraph)) is not None:
            # "Riêng tháng 7/2015, tỉnh thu hút 631 triệu USD, gồm:" then "- 33 dự án cấp mới …": the items' period is
            # their introduction's, even a span singled out there
            framing = [p for p in self._periods_between(introduction.start, introduction.end)
                       if inheritable(p) and not self._compared_with(p)]
            if framing:
                return framing[-1], False
        if not stock and (year := self._event_year_before(paragraph.start, sentence.start)) is not None:
            return year, False
        # (not a term still running that a later sentence tells its own figures in: "Tỉnh phê duyệt 12 khoản viện trợ … .
        # Lũy kế từ đầu nhiệm kỳ 2021 - 2026 đến nay, …" in a text of 2021; a span reviewed, "05 năm 2016-2020", still does)
        ref = self.timeline.reference_date
        later = [p for p in self._periods_between(sentence.end, paragraph.end)
                 if p.mode == "span" and inheritable(p) and not self._compared_with(p)
                 and not (p.explicit and ref is not None and (p.first_year or 0) < (p.last_year or 0) > ref.year
                          and self._periods_between(0, paragraph.start))]
        if later and not stock:
            return later[0], False
        # a year a plan is for ("nhiệm vụ trọng tâm năm 2024") sets no period for the results of the paragraphs after it
        previous = [p for p in self._periods_between(0, paragraph.start)
                    if inheritable(p) and not self._compared_with(p) and (target or p.votes or not p.explicit)
                    # ("Hội chợ … sẽ diễn ra từ ngày 13 đến 19/12": an event's days frame no figure of a later paragraph)
                    and p.first_day is None and not self._in_bracketed_paragraph(p)
                    and not _SINGLED_OUT.search(self.folded, max(0, p.start - 12), p.start) and not self._figure_s_own_span(p)
                    and (stock or target or not self._present_of_a_standing(p) or not self._under_a_heading(sentence.paragraph))]
        if previous:
            return previous[-1], False
        if later and stock and self.timeline.dated:
            # "Thành phố đã thiết lập quan hệ với 40 địa phương. Giai đoạn 2011-2014, mỗi năm đón 200 đoàn": a
            # standing with no period of its own is held at the text's date, not at the end of a span named after it
            return None, False
        return (later[0], False) if later else (None, False)

    def _list_introduction(self, paragraph: int):
        """The line ending with a colon that the list item `paragraph` (and the items between) follows, if any."""
        index = self._list_introduction_index(paragraph)
        return None if index is None else self.layout.paragraphs[index]

    def _list_introduction_index(self, paragraph: int) -> int | None:
        paragraphs = self.layout.paragraphs
        if not _LIST_ITEM.match(self.folded, paragraphs[paragraph].start):
            return None
        for index in range(paragraph - 1, max(-1, paragraph - 1 - _LIST_ITEMS_MAX), -1):
            line = paragraphs[index]
            if self.folded[line.start : line.end].rstrip().endswith(":"):
                return index
            if not _LIST_ITEM.match(self.folded, line.start):
                return None
        return None

    def _day_of_the_meeting(self, sentence: Sentence, quantity: Quantity) -> PeriodMention | None:
        """"Chiều 21/8/2025, lãnh đạo tỉnh làm việc với … . Chủ tịch UBND tỉnh cho biết tỉnh hiện có 114 dự án": what a
        speaker says the province holds "now" at a meeting the paragraph opened on is held on that day."""
        if not _TOLD.search(self.folded, sentence.start, quantity.start):
            return None
        return self._last_day_of_the_paragraph(sentence, lambda p: p.mode == "span" and _DAY_OPENING.fullmatch(
            self.folded, self.layout.sentence_at(p.start).start, p.start) is not None)

    def _data_date_of_the_paragraph(self, sentence: Sentence) -> PeriodMention | None:
        """"Theo báo cáo của Sở (số liệu đến ngày 11/5/2023), … . …; cả tỉnh hiện có 86 dự án FDI": what the paragraph's
        source says it holds now is held on the day its figures are given to."""
        paragraph_start = self.layout.paragraphs[sentence.paragraph].start
        return self._last_day_of_the_paragraph(sentence, lambda p: _DATA_DATE_LEAD.search(
            self.folded, max(paragraph_start, p.start - 30), p.start) is not None)

    def _last_day_of_the_paragraph(self, sentence: Sentence, chosen) -> PeriodMention | None:
        """The last full date before the sentence in its paragraph that `chosen` accepts, as a date a stock is held at."""
        paragraph = self.layout.paragraphs[sentence.paragraph]
        days = [p for p in self._periods_between(paragraph.start, sentence.start)
                if p.day is not None and p.first_year is not None and not p.now and chosen(p)]
        return replace(days[-1], mode="as_of", event=False) if days else None

    def _event_year_before(self, start: int, end: int) -> PeriodMention | None:
        """"Ngày 26/3/2023, tỉnh tổ chức giao lưu … . Các tổ chức đã cam kết hơn 2 triệu USD" in a text of 2024: the
        day sets no period, but its year, not the text's, frames the flows told of it."""
        ref = self.timeline.reference_date
        days = [p for p in self._periods_between(start, end) if p.day is not None and p.first_year is not None and p.mode == "span"]
        if not days or ref is None or days[-1].first_year == ref.year:
            return None
        return replace(days[-1], day=None, first_day=None, first_month=1, last_month=12, event=False)

    def _span_behind_now(self, end: int, inheritable) -> PeriodMention | None:
        """The last span of years before `end`, when nothing but a "now" ("Hiện có") was named after it."""
        for mention in reversed(self._periods_between(0, end)):
            if not inheritable(mention) or self._compared_with(mention):
                continue
            if mention.now and not mention.running and mention.since_year is None:
                continue
            wide = mention.since_year is not None or (mention.explicit and mention.first_year < mention.last_year)
            return mention if wide else None
        return None

    def _title_span(self, inheritable) -> PeriodMention | None:
        """The span of years a report's title names ("Báo cáo tổng kết … giai đoạn 2016 - 2020"), before any figure: the
        frame of a yearly rate that names no years of its own."""
        for paragraph in self.layout.paragraphs[:_TITLE_PARAGRAPHS]:
            line = self.folded[paragraph.start:paragraph.end].rstrip()
            if paragraph.end - paragraph.start > _TITLE_LENGTH or line.endswith((".", ";")):
                break  # the body has begun: a title ends with no full stop
            for mention in self._periods_between(paragraph.start, paragraph.end):
                if mention.explicit and mention.first_year is not None and mention.first_year < (mention.last_year or 0) \
                        and inheritable(mention):
                    return mention
        return None

    def _running_now(self, resolved: ResolvedPeriod) -> bool:
        """A span the text's own date falls in ("giai đoạn 2020 - 2025" in a page of 2022)."""
        ref = self.timeline.reference_date
        return self.timeline.dated and ref is not None and resolved.start <= ref < resolved.end

    def _unfinished_name(self, mention: PeriodMention) -> bool:
        ref = self.timeline.reference_date
        return mention.named and ref is not None and mention.last_year is not None and mention.last_year > ref.year

    def _in_aside(self, quantity: Quantity, mention: PeriodMention) -> bool:
        """"… 24 triệu USD, tăng 131% so với cùng kỳ (năm 2023 có 71 dự án, vốn 10 triệu USD)": a bracket opened
        after the figure that holds figures of its own is another statement; its period is not the figure's."""
        opened = self.folded.rfind("(", quantity.end, mention.start)
        if opened < 0 or ")" in self.folded[opened:mention.start]:
            return False
        closed = self.folded.find(")", mention.end)
        closed = len(self.folded) if closed < 0 else closed
        i = bisect_left(self._quantity_starts, opened)
        return i < len(self.quantities) and self.quantities[i].start < closed

    def _in_bracketed_paragraph(self, mention: PeriodMention) -> bool:
        """"(Ghi chú: từ ngày 01/7/2025, tỉnh A hợp nhất với tỉnh B …)": a paragraph wholly in brackets is an editor's
        aside; its dates frame no figure of the paragraphs after it."""
        paragraph = self.layout.paragraphs[self.layout.sentence_at(mention.start).paragraph]
        return bracketed_aside(self.folded[paragraph.start : paragraph.end])

    def _term_named(self, end: int) -> PeriodMention | None:
        """The last span of years before `end` written as a term of office ("nhiệm kỳ 2020 - 2025")."""
        for mention in reversed(self._periods_between(0, end)):
            if mention.explicit and mention.first_year is not None and mention.last_year is not None \
                    and mention.first_year < mention.last_year \
                    and _TERM_BEFORE.search(self.folded, max(0, mention.start - 40), mention.start):
                return mention
        return None

    def _attached_after(self, quantity: Quantity, mentions: list[PeriodMention]) -> PeriodMention | None:
        after = next((p for p in mentions if p.start >= quantity.end), None)
        return after if after is not None and _ATTACHED.fullmatch(self.folded, quantity.end, after.start) else None

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether a figure stands in start..end ("thu hút khoảng 1,1 tỷ USD vốn FDI trong giai đoạn 2021-2025 và 1,7 tỷ
        USD trong giai đoạn 2026-2030": the span before is the earlier figure's, the next figure has its own)."""
        i = bisect_left(self._quantity_starts, start)
        return i < len(self._quantity_starts) and self._quantity_starts[i] < end

    def _attached_to_a_figure(self, mention: PeriodMention) -> bool:
        """The period is written right after a figure, as that figure's own."""
        i = bisect_left(self._quantity_starts, mention.start) - 1
        return i >= 0 and _ATTACHED.fullmatch(self.folded, self.quantities[i].end, mention.start) is not None

    def _present_of_a_standing(self, mention: PeriodMention) -> bool:
        """"Hiện có 35 tổ chức … đang hoạt động": the present of a standing sentence frames no flow of a later paragraph."""
        return mention.now and not mention.running and mention.mode != "span" and mention.first_year is None
    
    def _under_a_heading(self, paragraph: int) -> bool:
        """The paragraph opens a numbered section of a report ("3. Hoạt động đối ngoại" on the line before)."""
        if paragraph == 0:
            return False
        heading = self.layout.paragraphs[paragraph - 1]
        return heading.end - heading.start <= _HEADING_LENGTH and _NUMBERED_HEADING.match(self.folded, heading.start) is not None

    def _figure_s_own_span(self, mention: PeriodMention) -> bool:
        """"Dự án … có tổng vốn 1,2 triệu USD cho giai đoạn 2022-2026": years written after a figure as its own frame no
        paragraph after it."""
        return mention.mode == "span" and mention.first_year is not None and mention.first_year < (mention.last_year or 0) \
            and self._attached_to_a_figure(mention)

    def _projects_span(self, mention: PeriodMention) -> bool:
        return _PROJECTS_SPAN.search(self.folded, max(0, mention.start - 40), mention.start) is not None

    def _level_year(self, mention: PeriodMention) -> bool:
        """"… vào năm 2025", "đến năm 2030" after a level: a single year a level is to be reached by."""
        return mention.mode == "span" and mention.first_year is not None and mention.first_year == mention.last_year \
            and _AT_YEAR.search(self.folded, max(0, mention.start - 8), mention.start) is not None

    def _compared_with(self, mention: PeriodMention) -> bool:
        """"... thấp hơn so với 6 tháng đầu năm 2017": the period a later sentence compares with
        is not the one the figures before it cover."""
        return _COMPARED.search(self.folded, max(0, mention.start - 30), mention.start) is not None \
            or _COMPARED_FIGURE.search(self.folded, max(0, mention.start - 80), mention.start) is not None \
            or _COMPARED_BRACKET.search(self.folded, max(0, mention.start - 50), mention.start) is not None

    def _periods_between(self, start: int, end: int) -> list[PeriodMention]:
        """The mentions setting periods in [start, end); a document's years that yield to its goal's year are left
        out (`_yearly_span` reads them)."""
        found = self.periods[bisect_left(self._period_starts, start) : bisect_left(self._period_starts, end)]
        return [p for p in found if not p.yields] if any(p.yields for p in found) else found

    def _respective(self, sentence: Sentence, quantity: Quantity, in_sentence: list[PeriodMention]) -> PeriodMention | None:
        """"Trong tháng 12 và cả năm 2023, kim ngạch … lần lượt đạt 150 triệu USD và 1,6 tỷ USD": the periods named
        before "lần lượt" go, in order, with the figures after it, as many of each."""
        word = _RESPECTIVELY.search(self.folded, sentence.start, quantity.start)
        if word is None:
            return None
        # "Tại Hội nghị tháng 8/2025, …; xuất khẩu … năm 2024 và … 6 tháng đầu năm 2025, nhập khẩu … lần lượt đạt A và B",
        # "Tính đến tháng 4/2024, …; năm 2023, xuất khẩu và nhập khẩu … lần lượt đạt A và B": the periods of the figures'
        # own clause, not an earlier clause's
        clause_start = self.folded.rfind(";", sentence.start, word.start()) + 1 or sentence.start
        named = [p for p in in_sentence if clause_start <= p.start and p.end <= word.start()]
        figures = [q for q in self.quantities if word.end() <= q.start < sentence.end and q.kind == quantity.kind]
        if len(named) < 2 or len(figures) != len(named) or quantity not in figures:
            return None
        return named[figures.index(quantity)]

    def _own_clause_after(self, quantity: Quantity, sentence: Sentence, in_sentence: list[PeriodMention]) -> PeriodMention | None:
        clause_end = self.layout.clause_end(sentence, quantity.end)
        for mention in in_sentence:
            if quantity.end <= mention.start < clause_end and not self._in_aside(quantity, mention) \
                    and not any(c in self.folded[quantity.end : mention.start] for c in ",;:"):
                lead = _PERIOD_LEAD.search(self.folded, max(quantity.end, mention.start - 30), mention.start)
                return mention if lead is not None else None
        return None

    def _yearly(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """A yearly level or rate by its own words: "12%/năm", "… 650 triệu USD mỗi năm", "bình quân mỗi năm 7.000"
        (not the rate's words before the level that follows it: "13% mỗi năm và đạt 2,6 tỷ USD")."""
        return quantity.per_year or _PER_YEAR_AFTER.match(self.folded, quantity.end, right_end) is not None \
            or _PER_YEAR_BEFORE.search(self.folded, left_start, quantity.start) is not None

    def _yearly_span(self, sentence: Sentence, quantity: Quantity, left_start: int, right_end: int) -> PeriodMention | None:
        """"kế hoạch … giai đoạn 2021 - 2025, theo đó kim ngạch tăng bình quân 13% mỗi năm và đạt 2,6 tỷ USD vào năm
        2025": a yearly rate runs over the document's years, not in its goal's year."""
        if not self._yearly(quantity, left_start, right_end):
            return None
        found = self.periods[bisect_left(self._period_starts, sentence.start) : bisect_left(self._period_starts, quantity.start)]
        return next((p for p in reversed(found) if p.yields), None)



_AT_WORK_NOW = re.compile(r"(?<!\w)(?:đang|hiện)(?!\w)")


def _years_apart(mention: PeriodMention) -> bool:
    return mention.explicit and mention.mode == "span" and mention.first_year is not None \
        and mention.first_year < (mention.last_year or 0)


def _within(year: PeriodMention, span: PeriodMention) -> bool:
    """A single year named inside a span of years named before it."""
    return _years_apart(span) and year.explicit and year.mode == "span" and year.first_year is not None \
        and year.first_year == year.last_year and span.first_year <= year.first_year <= span.last_year


def _inheritable_by_stock(mention: PeriodMention) -> bool:
    """A single day (an event) does not set the period of the figures that follow (a span of days does)."""
    return mention.day is None or mention.mode != "span" or mention.first_day is not None


def _inheritable_by_flow(mention: PeriodMention) -> bool:
    return _inheritable_by_stock(mention) and mention.mode != "as_of"


def _written_date(mention: PeriodMention, now: PeriodMention, stock: bool) -> PeriodMention | None:
    """A date written in the sentence of a stock said `now` ("hiện có"), which it is held at instead: a date reached
    ("Tính đến tháng 6/2024", "Lũy kế đến hết tháng 9"), or the day the figures were given ("… công bố ngày 03/01/2024"; not an event's day, nor
    against a span to now)."""
    if mention.now:
        return None
    if mention.mode != "span":
        return mention  # (with its year or without: "Lũy kế đến hết tháng 9, … hiện có …", the reported year's September)
    if mention.first_year is None:
        return None
    if stock and mention.day is not None and not mention.event and now.since_year is None and now.mode != "span":
        return replace(mention, mode="as_of")
    return None
