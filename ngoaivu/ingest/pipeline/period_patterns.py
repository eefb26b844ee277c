"""How each way of writing a date or a period reads: the `PeriodMention` a match yields, the
prefixes that turn it into a running total or a span ("lũy kế đến", "từ"), and the table of
patterns with their readers (`PATTERNS`), most specific first. `periods.find_periods` runs the
table and keeps the mentions that are periods.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .fast_scan import letter_led
from .segments import at_word_start

YEAR = r"(?:19|20)\d{2}"
YEAR_NUMBER = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d/])")  # a year written alone (not in "1.234", "2019/QĐ")
CENTURIES = ("19", "20")  # a pattern led by a year is written once per century: a literal start keeps the scan fast
FLAGS = re.VERBOSE  # patterns run on case-folded text (normalize.fold_case)
# "(lũy kế) (tính) đến (hết) (thời điểm)" before a date makes it the end of a running total; "từ"
# makes it the start of a period running to the end of that year ("ngay từ quý I" is that quarter: "already in").
# ("Hết quý III năm 2024, tỉnh thu hút …": a sentence opening on "hết" runs from the year's start too)
# ("thời điểm tháng 3/2023 có 34 tổ chức", "ở mốc cuối tháng 4/2017, tỉnh có 181 dự án": a moment, a stock held then)
_PREFIX_BEFORE = re.compile(
    r"(?:(?:(?P<upto>(?:(?P<cum>(?:l(?:ũy|uỹ)|tích\s+l(?:ũy|uỹ))(?:\s+kế)?)\s+)?(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+|giữa\s+|đầu\s+)?"
    r"|(?:(?<=\n)|(?<=[.!?] )|(?<=\n[-•*] ))hết\s+)"
    # ("Tính đến thời điểm tổng kết 7 tháng đầu năm 2018, …": up to the end of the months reviewed)
    r"|(?<!ngay\s)(?P<since>từ\s+))(?:(?:thời\s+điểm|thời\s+điểm\s+ngày|ngày)\s+)?(?:(?:tổng|sơ)\s+kết\s+|kết\s+thúc\s+)?"
    r"|(?P<at>(?<!\w)(?:(?:tại\s+|vào\s+)?thời\s+điểm|(?:ở|tại|vào)\s+mốc)\s+(?:cuối\s+)?(?:ngày\s+)?))$"
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
    same_span: bool = False  # with `anaphoric`: "Cùng thời gian, …", the whole span last named (its months too)
    first_day: int | None = None  # "từ ngày 1 đến hết ngày 15-12": the span's first day
    since_year: int | None = None  # "từ năm 2021 đến nay": a span from that year to now
    until_year: int | None = None  # "từ nay đến năm 2030": a span from the reporting year to that year
    past: bool = False  # "năm qua": early in a year, the year just ended
    named: bool = False  # years in a plan's or programme's name: "Chương trình … giai đoạn 2019 - 2025"
    printed: bool = False  # the month a source line gives: "(Theo Báo X, tháng 3/2021)", when the text was written
    then: bool = False  # "tính đến thời điểm đó", "khi ấy": the date written just before (`periods.find_periods` sets it)
    years_before: int = 0  # with `then`: "(trong) 5 năm trước đó", the years before that date
    years_to_now: int = 0  # "trong 5 năm qua": the years up to the text's now (now=True)
    yields: bool = False  # a document's years before its goal's own year ("đề án … giai đoạn 2016 – 2020, … vào năm
    # 2020"): the period of a yearly rate only ("tăng bình quân 12% mỗi năm"), no level's
    base_until: int | None = None  # a comparison's base whose own figures follow in a bracket ("cao hơn thời điểm ngày
    # 20/6 (10.726 dự án, 55,19 tỷ USD)"): the period of the figures up to the bracket's end only

    @property
    def relative(self) -> bool:
        return self.first_year is None and not self.now

    @property
    def explicit(self) -> bool:
        return self.first_year is not None


def month_end(year: int, month: int) -> int:
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
    mid: bool = False  # "đến giữa tháng 6/2021": the middle of the month, its 15th


# the words every prefix ends with (before its space): a period after any other word needs no search
_PREFIX_LAST_WORDS = frozenset({"đến", "tới", "hết", "cuối", "giữa", "đầu", "từ", "điểm", "ngày", "kết", "thúc"})


def prefix_before(text: str, pos: int) -> _Prefix:
    if pos == 0 or not text[pos - 1].isspace():
        return _NO_PREFIX  # every prefix ends with a space: most periods have none, and no search is needed
    tail = text[max(0, pos - 12) : pos].split()
    if not tail or tail[-1] not in _PREFIX_LAST_WORDS:
        return _NO_PREFIX
    # (within the line: "2. Tình hình lũy kế\n\nTính đến …" is a heading's word, no prefix of the next line's date)
    match = _PREFIX_BEFORE.search(text, max(0, pos - 40, text.rfind("\n", max(0, pos - 40), pos) + 1), pos)
    if match is None:
        return _NO_PREFIX
    at = bool(match["at"])
    return _Prefix(match.start(), bool(match["upto"]) or at, bool(match["cum"]) or at, bool(match["since"]),
                   match.group().endswith(("giữa ", "giữa\xa0")))


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
    if not (1 <= month <= 12 and 1 <= day <= month_end(year, month)):
        return None
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, month, month, day=day))


def _month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    return _month_mention(m, prefix, int(m["m"]))


# months written in words ("Trong tháng Chín", "tháng Mười năm 2024"), read as their numbers
_MONTH_NAMES = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
                "mười một": 11, "mười hai": 12, "chạp": 12}


def _month_in_words(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    return _month_mention(m, prefix, _MONTH_NAMES[" ".join(m["w"].split())])


def _month_mention(m: re.Match, prefix: _Prefix, month: int) -> PeriodMention | None:
    year_text = m["y"] or m["y_"]
    if not 1 <= month <= 12:
        return None
    if year_text is None and (and_year := _AND_THE_YEAR.match(m.string, m.end())) is not None:
        year_text = and_year["y"]  # "tháng 12 và cả năm 2023": December of the year named with it
    singled_out = _SINGLE_MONTH_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is not None \
        and _MORE_MONTHS_AFTER.match(m.string, m.end()) is None  # ("trong tháng 1 và tháng 2/2016": two months)
    # "Kim ngạch xuất khẩu tháng 8 ước đạt …": the month a result is stated for (not a date's "ngày 5 tháng 8")
    singled_out = singled_out or (_RESULT_AFTER.match(m.string, m.end()) is not None
                                  and _DAY_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is None)
    if year_text is None and prefix.start is None and not singled_out and (
            not _OPENS_SENTENCE_WITH_MONTH.search(m.string, max(0, m.start() - 16), m.start())
            or not _COMMA_AFTER.match(m.string, m.end())):
        # a bare "tháng 5" is too vague, unless it opens a sentence ("Tháng 7, kim ngạch …", "Trong tháng 12, …")
        # or is singled out as the span ("trong tháng 10", "riêng tháng 2"): a month of the reported year
        return None
    year = _year(year_text)
    day = _MID_MONTH if prefix.mid and prefix.up_to else None
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, month, month, day=day))


_MID_MONTH = 15
_MID_YEAR_MONTH = 6  # "đến giữa năm 2025": the first half
_RESULT_AFTER = re.compile(r"\s+(?:ước\s+)?(?:đạt|tính\s+đạt)(?!\w)")
_DAY_BEFORE = re.compile(r"ngày\s+\d{1,2}\s+$")
# ("Sang tháng 3, …"; "…; sang tháng 5, con số này …": a clause after a semicolon too)
_OPENS_SENTENCE_WITH_MONTH = re.compile(r"(?:^|[.!?\n;]\s*)(?:(?:trong|sang|vào|còn|ngay|ngay\s+trong)\s+)?$")
_MORE_MONTHS_AFTER = re.compile(r"\s*(?:,|và|-|–|đến|tới)\s*(?:tháng\s+)?\d")
_SINGLE_MONTH_BEFORE = re.compile(r"(?<!\w)(?:(?:tính\s+|chỉ\s+)?riêng(?:\s+trong)?|trong)\s+$")
_AND_THE_YEAR = re.compile(rf"\s*(?:và|,)\s*(?:cả\s+|trong\s+)?năm\s+(?P<y>{YEAR})(?!\d)")
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
    mention = PeriodMention(m.start(), m.end(), "span", year, year, 1, months)
    # ("tính đến thời điểm tổng kết 7 tháng đầu năm 2018, tỉnh hiện có …": up to the months' end, not a span of them)
    return _prefixed(prefix, mention) if prefix.up_to else mention


def _quarter(m: re.Match, prefix: _Prefix) -> PeriodMention:
    if m["which"]:
        quarter, year = (4 if m["which"].lower() == "cuối" else 1), _year(m["y3"])
    else:
        q = m["q"].lower()
        quarter, year = _ROMAN.get(q) or int(q), _year(m["y"] or m["y2"])
    # "đến hết quý III/2025" runs from the year's start to the quarter's end, not the quarter alone
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, 3 * quarter - 2, 3 * quarter))


_RANGE_LEAD = re.compile(r"(?:từ\s+)?năm\s+$")


def _year_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last = int(m["y1"]), int(m["y2"])
    if not first < last <= first + 30:
        return None
    lead = _RANGE_LEAD.search(m.string, max(0, m.start() - 12), m.start())  # "(từ) năm 2016-2020"
    return PeriodMention(lead.start() if lead else m.start(), m.end(), "span", first, last,
                         last_month=1 if m["early"] else _MID_YEAR_MONTH if m["mid"] else 12)


def _single_year(m: re.Match, prefix: _Prefix) -> PeriodMention:
    year = int(m["y"])
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year))


# ("xuất khẩu 9 tháng của tỉnh …", "Nhập khẩu 7 tháng khoảng 685,2 triệu USD")
_MONTHS_FIGURE_AFTER = re.compile(r"\s*(?:,|ước|đạt|của\s+(?:tỉnh|thành\s+phố|toàn\s+tỉnh)(?!\w)|(?:khoảng|hơn|gần|trên)\s+\d)")


def _months_of_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Trong 9 tháng, ...", "giải ngân 6 tháng đạt ...": the first months of the reported year."""
    framing = _FRAMING_AFTER.search(m.string, max(0, m.start() - 8), m.start()) is not None \
        and _FRAMING_COMMA.match(m.string, m.end()) is not None  # "Sau 9 tháng, tỉnh đã …": the year's first months
    # ("…, đưa tổng 7 tháng lên hơn 915,9 triệu USD": the months a running total reaches)
    if not (framing or _preceded_by(m, "trong|tổng")
            or (_MONTHS_FIGURE_AFTER.match(m.string, m.end()) and not _preceded_by(m, "sau|mỗi|hơn|khoảng|vòng"))):
        return None
    return _first_months(m, prefix)


def _after_months_in_words(m: re.Match, prefix: _Prefix) -> PeriodMention:
    """"…, với gần 3,75 tỷ USD sau bảy tháng, …", "trong bảy tháng với 68 dự án": the year's first months, in words."""
    months = _MONTH_COUNTS[" ".join(m["n"].split())]
    year = _year(m["y"])
    return PeriodMention(m.start(), m.end(), "span", year, year, 1, months)


def _months_so_far(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if not 1 <= int(m["n"]) <= 11 or _preceded_by(m, "sau|mỗi|hơn|khoảng|vòng|gần"):
        return None
    return _first_months(m, prefix)


def _word_months_so_far(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    before = _MONTH_COUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if before is None or not at_word_start(m.string, before.start()) \
            or _preceded_by(before, "sau|mỗi|hơn|khoảng|vòng|gần|những|các|mấy|vài"):
        return None
    return PeriodMention(before.start(), m.end(), "span", None, None, 1, _MONTH_COUNTS[" ".join(before["n"].split())])


def _months_in_words(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"ba tháng đầu năm", "nửa đầu năm": the number word before "(tháng) đầu năm"; "Tới cuối năm, lũy kế …": up to
    the end of the year named (the one the text last named when none is)."""
    before = _MONTH_WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    if before is None and m["last"] and prefix.up_to:
        year = _year(m["y"])
        return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, 12, 12, anaphoric=year is None))
    if before is None or not at_word_start(m.string, before.start()):
        return None
    n = " ".join(before["n"].split())
    if n != "nửa" and not before["month"]:
        return None  # "ba đầu năm" is no period
    months = _MONTH_WORDS[n]
    year = _year(m["y"])
    first, last = (13 - months, 12) if m["last"] else (1, months)
    return PeriodMention(before.start(), m.end(), "span", year, year, first, last)


def _mid_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    year = _year(m["y"])
    return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", year, year, 6, 6))


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
    """"Từ đầu năm (2024) đến nay": the year so far, to the text's now (`periods.resolve` keeps a named year that is
    not the now's whole)."""
    year = _year(m["y"])  # (a year named still votes for the text's year)
    return PeriodMention(m.start(), m.end(), "up_to", year, year, now=True, running=True, since_year=year)


# "(Lũy kế) từ trước đến nay", "từ khi thành lập đến nay": a running total since the beginning, held at "now"
_SINCE_EVER_BEFORE = re.compile(r"(?:l(?:ũy|uỹ)\s+kế\s+)?từ\s+(?:trước|xưa|khi\s+[^\d,.;:]{1,30}?)\s+$")


_SUPERLATIVE_BEFORE = re.compile(r"(?:kỷ\s+lục(?:\s+mới)?|nhất)\s+$")
_FRAMING_COMMA = re.compile(r"\s*,")
_PROVINCE_DID_AFTER = re.compile(r"\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố)\s+(?:đã\s+)?(?:cấp|thu\s+hút|tiếp\s+nhận|ký|đón|xuất|nhập|đạt)")
_FRAMING_AFTER = re.compile(r"(?:^|[.!?\n]\s*)sau\s+$")


def _since_start(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    # "Kể từ đầu năm, tỉnh đã cấp mới …", "Từ đầu năm, …": the year so far, as "từ đầu năm đến nay"
    if not (_preceded_by(m, r"cộng\s+dồn|l(?:ũy|uỹ)\s+kế|tính\s+chung|kể") or _FRAMING_COMMA.match(m.string, m.end())
            or _PROVINCE_DID_AFTER.match(m.string, m.end())):
        return None  # ("… từ đầu năm tỉnh đã cấp phép cho 9 dự án": the province's doing since the year began)
    return PeriodMention(m.start(), m.end(), "up_to", None, None, now=True, running=True)


def _running_total_now(m: re.Match, prefix: _Prefix) -> PeriodMention:
    return PeriodMention(m.start(), m.end(), "as_of", None, None, now=True)


def _until_now(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if prefix.start is None and (ever := _SINCE_EVER_BEFORE.search(m.string, max(0, m.start() - 45), m.start())) is not None:
        if _SUPERLATIVE_BEFORE.search(m.string, max(0, ever.start() - 20), ever.start()):
            return None  # "xác lập kỷ lục mới từ trước đến nay", "cao nhất từ trước tới nay": ever, no period
        return PeriodMention(ever.start(), m.end(), "as_of", None, None, now=True)
    start = prefix.start if prefix.cumulative else m.start()
    return PeriodMention(start, m.end(), "as_of" if prefix.cumulative else "up_to", None, None, now=True)


_EXISTING_RAISED = re.compile(r"\s+lên(?!\w)")


def _present(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if not at_word_start(m.string, m.start()) or _preceded_by(m, r"thực|thể|xuất|phát|biểu|trình|ẩn"):
        return None  # "thực hiện", "thể hiện": not "now"
    if m.group().endswith("có") and _preceded_by(m, r"dự\s+án|doanh\s+nghiệp|tổ\s+chức|lao\s+động") \
            and _EXISTING_RAISED.match(m.string, m.end()):
        return None  # "nâng tổng số dự án hiện có lên 166": those existing then, raised to a total, not "now"
    return PeriodMention(m.start(), m.end(), "up_to", None, None, now=True)


def _this_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    if (m["past"] or m["prev"]) and _preceded_by(m, r"\d+|những|các|nhiều|mấy|vài"):
        return None  # "5 năm qua", "những năm qua", "các năm trước" are not the reported year (or the one before)
    offset = -1 if m["prev"] else 0
    return PeriodMention(m.start(), m.end(), "span", None, None, year_offset=offset, past=bool(m["past"]))


def _in_the_year(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    mention = _this_year(m, prefix)
    return replace(mention, anaphoric=True) if mention is not None else None


def _in_the_same_span(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Quý I, … . Cùng thời gian, …": the span just named, months and all (not only its year)."""
    mention = _in_the_year(m, prefix)
    return replace(mention, same_span=True) if mention is not None else None


def _day_month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Chiều 8/12": the day of the reported event, in the reported year; "(tính từ đầu năm) đến hết ngày 30/7":
    the end of a running total of the reported year, which the next sentences' figures share."""
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if prefix.up_to:
        return _prefixed(prefix, PeriodMention(m.start(), m.end(), "span", None, None, month, month, day=day))
    if not _preceded_by(m, r"sáng|chiều|tối|trưa|ngày|hôm(?:\s+nay)?|\("):
        return None
    return PeriodMention(m.start(), m.end(), "span", None, None, month, month, day=day, event=True)


# the provinces merged on 1/7/2025 (Nghị quyết 202/2025/QH15): "trước hợp nhất" is the old province on the eve
MERGED_ON_EVE = (2025, 6, 30)


_CLAUSE_BEFORE = re.compile(r"(?:^|[.,;:\n])\W*$")


def _before_the_merger(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Trước hợp nhất, trong tổng số 630 dự án FDI của tỉnh, …": what the old province held on the merger's eve, when
    the words open a clause of their own (not "tỉnh Lâm Đồng (trước hợp nhất) năm 2024": the old province's year)."""
    if not (_CLAUSE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) and m.string.startswith(",", m.end())):
        return None
    year, month, day = MERGED_ON_EVE
    return PeriodMention(m.start(), m.end(), "as_of", year, year, month, month, day=day)


def _then(m: re.Match, prefix: _Prefix) -> PeriodMention:
    """"… ngày 15/8/2020 …: tính đến thời điểm đó, tỉnh đã phê duyệt …", "Khi ấy, …": a date written before, read there."""
    mention = PeriodMention(m.start(), m.end(), "span", None, None, then=True)
    return replace(mention, start=prefix.start, mode="as_of" if prefix.cumulative else "up_to") if prefix.up_to else mention


_YEAR_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


_YEAR_COUNT_BEFORE = re.compile(r"(?<!\w)(?P<n>\d\d?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+$")


def _years_before_then(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"… năm 2015, … trong 5 năm trước đó, tỉnh đã giải ngân …": the years before the date written just before."""
    before = _YEAR_COUNT_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
    if before is None:
        return None
    count = int(before["n"]) if before["n"].isdigit() else _YEAR_COUNTS[before["n"]]
    if not 0 < count <= 30:
        return None
    return PeriodMention(before.start(), m.end(), "span", None, None, then=True, years_before=count)


def _years_to_now(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Trong 5 năm qua, tỉnh đã vận động được 244 chương trình": the years up to the text's now."""
    count = int(m["n"]) if m["n"].isdigit() else _YEAR_COUNTS[m["n"]]
    if not 1 < count <= 30:
        return None
    return PeriodMention(m.start(), m.end(), "span", None, None, now=True, years_to_now=count, votes=False)


def _day_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Từ ngày 1 đến hết ngày 15-12", "từ 1/3 đến 20/3": days of one month in the reported year."""
    first_day, day, month = int(m["d1"]), int(m["d"]), int(m["m"])
    first_month = int(m["m1"]) if m["m1"] else month
    if not (1 <= first_month <= month <= 12 and 1 <= first_day <= 31 and 1 <= day <= 31):
        return None
    year = int(m["y"]) if m["y"] else None
    return PeriodMention(m.start(), m.end(), "span", year, year, first_month, month, day=day, first_day=first_day)


def _date_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"Từ ngày 16/11/2023 đến ngày 15/12/2024": from one full date to another, across years."""
    first_day, first_month, first_year = int(m["d1"]), int(m["m1"]), int(m["y1"])
    day, month, year = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= first_month <= 12 and 1 <= month <= 12 and first_year <= year <= first_year + 30
            and 1 <= first_day <= month_end(first_year, first_month) and 1 <= day <= month_end(year, month)
            and (first_year, first_month, first_day) < (year, month, day)):
        return None
    return PeriodMention(m.start(), m.end(), "span", first_year, year, first_month, month, day=day, first_day=first_day)


def _month_range(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    """"tháng 1-9/2026": months of one year."""
    first, last = int(m["m1"]), int(m["m2"])
    if not 1 <= first <= last <= 12:
        return None
    year = int(m["y"])
    return PeriodMention(m.start(), m.end(), "span", year, year, first, last)


def _month_pair(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    return _month_range(m, prefix) if int(m["m2"]) == int(m["m1"]) + 1 else None


def _since_year_until_now(m: re.Match, prefix: _Prefix) -> PeriodMention:
    """"Từ năm 2021 đến nay": from that year's start to the text's now."""
    return PeriodMention(m.start(), m.end(), "span", None, None, now=True, since_year=int(m["y"]), votes=False)


def _from_now_until_year(m: re.Match, prefix: _Prefix) -> PeriodMention:
    """"Từ nay đến năm 2030": from the reporting year to that year's end."""
    return PeriodMention(m.start(), m.end(), "span", None, None, until_year=int(m["y"]))


def _year_to_month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last, month = int(m["y1"]), int(m["y2"]), int(m["m"])
    if not (1 <= month <= 12 and first <= last <= first + 30):
        return None
    return PeriodMention(m.start(), m.end(), "span", first, last, 1, month)


def _year_to_quarter(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    q = m["q"].lower()
    first, last, month = int(m["y1"]), int(m["y2"]), 3 * (_ROMAN.get(q) or int(q))
    if not first < last <= first + 30:
        return None
    return PeriodMention(m.start(), m.end(), "span", first, last, 1, month)


def _month_to_month(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last, m1, m2 = int(m["y1"]), int(m["y2"]), int(m["m1"]), int(m["m2"])
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (first, m1) < (last, m2) and last <= first + 30):
        return None
    return PeriodMention(m.start(), m.end(), "span", first, last, m1, m2)


_MONTH_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11}
_MONTH_COUNT_WORDS = "|".join(sorted(_MONTH_COUNTS, key=len, reverse=True)).replace(" ", r"\s+")
_MONTH_COUNT_BEFORE = re.compile(rf"(?P<n>{_MONTH_COUNT_WORDS})\s+$")


def _year_to_first_months(m: re.Match, prefix: _Prefix) -> PeriodMention | None:
    first, last = int(m["y1"]), int(m["y2"])
    months = int(m["n"]) if m["n"].isdigit() else _MONTH_COUNTS.get(" ".join(m["n"].split()))
    if months is None or not (1 <= months <= 12 and first <= last <= first + 30):
        return None
    return PeriodMention(m.start(), m.end(), "span", first, last, 1, months)


def _preceded_by(m: re.Match, words: str) -> bool:
    return _word_before_pattern(words).search(m.string, max(0, m.start() - 12), m.start()) is not None


@lru_cache(maxsize=None)
def _word_before_pattern(words: str) -> re.Pattern:
    # on the same line: a clock "08:00" ending the line above is no count before "Năm qua"
    return re.compile(rf"(?<!\w)(?:{words})[^\S\n]*$")


_MONTH_WORD = r"mười\s+một|mười\s+hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa"  # "sáu tháng", "nửa đầu năm"
_MONTH_WORD_ONLY_BEFORE = re.compile(rf"(?<!những\s)(?P<n>{_MONTH_WORD})\s+$")
_MONTH_WORD_BEFORE = re.compile(rf"(?P<n>{_MONTH_WORD})\s+(?P<month>tháng\s+)?$")
# A leading "\d\d?" rather than "\d{1,2}" (the same matches): the engine then skips to the next
# digit instead of trying the whole pattern at every position of the text.
PATTERNS = [
    *((re.compile(rf"{word}(?<!\w{word})\s+(?:vòng\s+)?(?P<n>\d\d?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+"
                  r"(?:qua|vừa\s+qua|gần\s+đây|trở\s+lại\s+đây)(?!\w)", FLAGS), _years_to_now) for word in ("trong", "sau")),
    (re.compile(rf"tháng\s+(?P<m1>\d{{1,2}})\s*[-–]\s*(?P<m2>\d{{1,2}})\s*/\s*(?P<y>{YEAR})(?!\d)", FLAGS), _month_range),
    # "Trong tháng 1 và tháng 2/2021, tỉnh thu hút …": two months running, told together
    (re.compile(rf"tháng\s+(?P<m1>\d{{1,2}})\s+(?:và|,)\s+(?:tháng\s+)?(?P<m2>\d{{1,2}})\s*/\s*(?P<y>{YEAR})(?!\d)", FLAGS),
     _month_pair),
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y>{YEAR})\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại)(?!\w)", FLAGS), _since_year_until_now),
    # "Kể từ năm 2009, mỗi năm tỉnh thu hút …": since that year, to now
    (re.compile(rf"kể\s+từ\s+(?:năm\s+)?(?P<y>{YEAR})(?!\d)(?!\s*(?:[-–]|đến|tới|,?\s*khi))", FLAGS), _since_year_until_now),
    # "tỉnh từ năm 2000 đã tiếp nhận 21 dự án", "Từ năm 2012 đến thời điểm Đại hội, có 49 dự án": since that year, the
    # text's "now" its end (not a span's first year, nor a bare year after "từ": "cấp phép từ 2008")
    (re.compile(rf"từ(?<!kể\stừ)\s+năm\s+(?P<y>{YEAR})(?!\d)(?=\s*(?:đến\s+thời\s+điểm\s+(?!ngày|tháng|\d)|,?\s*(?:đã|tỉnh|[^\W\d_]+\s+đã)\s))",
                FLAGS), _since_year_until_now),
    (re.compile(rf"từ\s+(?:nay|bây\s+giờ)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?(?P<y>{YEAR})(?!\d)", FLAGS), _from_now_until_year),
    # "từ tháng 9/2022 đến tháng 9/2024": from the first month's start to the last one's end
    (re.compile(rf"từ\s+tháng\s+(?P<m1>\d{{1,2}})\s*[/.-]\s*(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<m2>\d{{1,2}})"
                rf"\s*[/.-]\s*(?P<y2>{YEAR})(?!\d)", FLAGS), _month_to_month),
    # "từ năm 2007 đến tháng 6/2010": from that year's start to the month's end
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y2>{YEAR})(?!\d)",
                FLAGS), _year_to_month),
    # "từ năm 2017 đến ngày 30/6/2019": from that year's start to the day's month
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+)?ngày\s+\d{{1,2}}\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*"
                rf"(?P<y2>{YEAR})(?!\d)", FLAGS), _year_to_month),
    # "từ năm 2021 đến hết quý I/2024": from that year's start to the quarter's end
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?quý\s+(?P<q>iv|i{{1,3}}|[1-4])(?!\w)"
                rf"\s*(?:/|năm)\s*(?P<y2>{YEAR})(?!\d)", FLAGS), _year_to_quarter),
    # "riêng hai năm 2016 và 2017 đạt gần 6 triệu USD", "vào các năm 2009 và 2011", "ba năm 2021, 2022 và 2023": the
    # years together, one span from the first to the last (not "…, năm nào tỉnh cũng đặt mục tiêu": each year's own)
    # (one pattern per leading word: a literal start keeps the scan fast)
    *((re.compile(rf"{word}\s+năm\s+(?P<y1>{YEAR})(?:\s*,\s*(?:năm\s+)?{YEAR})*\s+và\s+(?:năm\s+)?(?P<y2>{YEAR})(?!\d)"
                  rf"(?!\s*,?\s*(?:năm\s+nào|mỗi\s+năm|hằng\s+năm|hàng\s+năm))(?P<early>)(?P<mid>)", FLAGS), _year_range)
      for word in ("hai", "ba", "bốn", "các")),
    # "trong năm 2015 và 6 tháng đầu năm 2016": a whole year and the first months of the next, one span
    (re.compile(rf"năm\s+(?P<y1>{YEAR})\s+và\s+(?P<n>\d\d?|{_MONTH_COUNT_WORDS})\s+tháng\s+(?:đầu\s+)?năm\s+(?P<y2>{YEAR})(?!\d)", FLAGS),
     _year_to_first_months),
    # "giai đoạn 2011 - 2022 và 6 tháng đầu năm 2023": a span of years and the first months of the next, one span
    *((re.compile(rf"(?P<y1>{century}\d{{2}})\s*[-–]\s*(?:năm\s+)?{YEAR}\s+và\s+(?P<n>\d\d?|{_MONTH_COUNT_WORDS})\s+tháng\s+"
                  rf"(?:đầu\s+)?năm\s+(?P<y2>{YEAR})(?!\d)", FLAGS), _year_to_first_months) for century in CENTURIES),
    # "từ năm 2021 đến hết sáu tháng đầu năm 2023": from that year's start to the end of the later year's first months
    (re.compile(rf"từ\s+(?:năm\s+)?(?P<y1>{YEAR})\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?P<n>\d\d?|{_MONTH_COUNT_WORDS})\s+tháng\s+"
                rf"(?:đầu\s+)?(?:của\s+)?năm\s+(?P<y2>{YEAR})(?!\d)", FLAGS), _year_to_first_months),
    (re.compile(rf"từ\s+(?:ngày\s+)?(?P<d1>\d{{1,2}})\s*[/.-]\s*(?P<m1>\d{{1,2}})\s*[/.-]\s*(?P<y1>{YEAR})\s+(?:đến|tới)\s+"
                rf"(?:hết\s+)?(?:ngày\s+)?(?P<d>\d{{1,2}})\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{YEAR})(?!\d)", FLAGS), _date_range),
    # "giai đoạn 2021 - 4/2025": from a year's start to a month's end (it starts before the date "21 - 4/2025" inside it,
    # which `find_periods` then skips)
    *((re.compile(rf"(?P<y1>{century}\d{{2}})\s*[-–]\s*(?:tháng\s+)?(?P<m>\d{{1,2}})\s*/\s*(?P<y2>{YEAR})(?!\d)", FLAGS),
       _year_to_month) for century in CENTURIES),
    (re.compile(rf"(?P<d>\d\d?)\s*[/.-]\s*(?P<m>\d{{1,2}})\s*[/.-]\s*(?P<y>{YEAR})(?!\d)", FLAGS), _full_date),
    (re.compile(rf"ngày\s+(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s+năm\s+(?P<y>{YEAR})", FLAGS), _full_date),
    # "tháng 7/2016", "tháng 7-2016", "tháng 7.2016" (a year after the dash or dot; "tháng 1-9/2026" is a range, read above)
    (re.compile(rf"tháng\s+(?P<m>\d{{1,2}})(?:\s*(?:/|[-–.]\s*(?={YEAR}(?!\d)))\s*(?P<y>{YEAR})|\s+năm\s+(?P<y_>{YEAR}|nay))?(?![\d/])", FLAGS), _month),
    # "Trong tháng Chín, kim ngạch …": a month written in words (not "năm", which is also "year")
    (re.compile(rf"tháng\s+(?P<w>giêng|hai|ba|tư|sáu|bảy|tám|chín|mười\s+một|mười\s+hai|mười|chạp)(?!\w)"
                rf"(?:\s*/\s*(?P<y>{YEAR})|\s+năm\s+(?P<y_>{YEAR}|nay))?(?![\d/])", FLAGS), _month_in_words),
    # ("9 tháng của năm 2023" too)
    (re.compile(rf"(?P<n>\d\d?)\s+tháng\s+(?:(?P<last>cuối)\s+|đầu\s+|của\s+)?năm(?:\s+(?P<y>{YEAR}|nay))?", FLAGS), _first_months),
    # led by the literal words (a leading alternation of number words scans slowly); the
    # number word is read before the match
    (re.compile(rf"(?P<last>)đầu\s+năm(?:\s+(?P<y>{YEAR}|nay))?", FLAGS), _months_in_words),
    (re.compile(rf"(?P<last>cuối)\s+năm(?:\s+(?P<y>{YEAR}|nay))?", FLAGS), _months_in_words),
    # "Tính đến giữa năm 2020, tỉnh có quan hệ với 4 địa phương": the middle of a year named, its sixth month
    (re.compile(rf"giữa\s+năm\s+(?P<y>{YEAR})(?!\d)", FLAGS), _mid_year),
    # "chín tháng năm 2026", "mười tháng đầu năm": the number word is read before "tháng"
    (re.compile(rf"tháng\s+(?:(?P<last>cuối)\s+|đầu\s+)?năm(?:\s+(?P<y>{YEAR}|nay))?", FLAGS), _word_months_of_year),
    (re.compile(rf"từ\s+đầu\s+năm(?:\s+(?P<y>{YEAR}|nay))?\s*(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)(?!\w)", FLAGS),
     _since_start_until_now),
    # "Cộng dồn từ đầu năm, kim ngạch …": the year so far, to the last full month (a date after it ends the span there)
    (re.compile(r"từ\s+đầu\s+năm(?!\s*(?:\d|nay|đến|tới))(?!\w)", FLAGS), _since_start),
    (re.compile(r"(?P<n>\d\d?)\s+tháng(?P<last>)(?P<y>)(?!\s+(?:qua|tới|gần|cuối|đầu|trước|sau|năm))(?!\w)", FLAGS), _months_of_year),
    # "đưa 7 tháng qua đạt 4,78 tỷ USD": the year's first months so far (not a rolling twelve)
    (re.compile(r"(?P<n>\d\d?)\s+tháng\s+(?:vừa\s+)?qua(?P<last>)(?P<y>)(?!\w)", FLAGS), _months_so_far),
    # "Chín tháng qua, kim ngạch …": the same, the count in a word (read before "tháng")
    (re.compile(r"tháng\s+(?:vừa\s+)?qua(?!\w)", FLAGS), _word_months_so_far),
    # ("sau bảy tháng,", "trong bảy tháng với 68 dự án": not "trong hai tháng tới", "trong ba tháng liền")
    # (one pattern per leading word: a literal start keeps the scan fast)
    *((re.compile(rf"{word}\s+(?P<n>{_MONTH_COUNT_WORDS})\s+tháng(?:\s+(?:đầu\s+)?năm(?:\s+(?P<y>{YEAR}))?)?"
                  rf"(?=\s*[,.;]|\s+(?:với|đạt|có|thu|tỉnh|thành|toàn|cả)(?!\w))", FLAGS), _after_months_in_words)
      for word in ("sau", "trong", r"cộng\s+dồn")),
    # ("quý cuối năm 2024", "quý đầu của năm": the fourth, the first)
    (re.compile(rf"quý\s+(?:(?P<q>iv|i{{1,3}}|[1-4])(?!\w)(?:\s*/\s*(?P<y>{YEAR})|\s+năm\s+(?P<y2>{YEAR}|nay))?"
                rf"|(?P<which>cuối|đầu)\s+(?:của\s+)?năm(?:\s+(?P<y3>{YEAR}|nay))?(?!\w))", FLAGS), _quarter),
    # ("từ năm 2021 đến đầu năm 2024": from that year to the first month of the later one; "đến giữa năm 2025": to its
    # sixth)
    *((re.compile(rf"(?P<y1>{century}\d{{2}})\s*(?:-|đến|tới)\s*(?:hết\s+|cuối\s+|(?P<early>đầu\s+)|(?P<mid>giữa\s+))?(?:năm\s+)?"
                  rf"(?P<y2>{YEAR})(?!\d)", FLAGS), _year_range) for century in CENTURIES),
    (re.compile(rf"năm\s+(?P<y>{YEAR})(?!\d)", FLAGS), _single_year),
    *((re.compile(rf"{word}\s+(?:hết\s+)?(?:(?:thời\s+điểm\s+)?(?:hiện\s+nay|hiện\s+tại|nay)|thời\s+điểm\s+này)(?!\w)", FLAGS),
       _until_now) for word in ("đến", "tới")),
    # "Lũy kế, tỉnh đã ký kết 10 thỏa thuận": the running total with no date, held now ("lũy kế đến …" is read above)
    (re.compile(r"l(?:ũy|uỹ)\s+kế(?=\s*,)", FLAGS), _running_total_now),
    # "Hiện trên địa bàn tỉnh có …": a few words of place between "hiện" and "có" (not "hiện đại", "hiện trạng")
    # ("Hiện gần 1.200 lao động của tỉnh đang làm việc ở nước ngoài": "hiện" right before the figure)
    (re.compile(r"hiện(?:\s+(?:có|nay|tại|đang|vẫn|còn)(?!\w)|\s*,|\s+(?:(?:khoảng|gần|hơn|trên)\s+)?(?=\d)"
                r"|\s+(?!(?:đại|trạng|tượng|thực|diện|vật|hành|hữu|ra|lên|rõ)(?!\w))(?:\w+\s+){1,4}?(?:có|đang)(?!\w))", FLAGS), _present),
    # ("năm 2019 - năm trước dịch -", "năm trước đó": a year before another, not the one before the text's)
    (re.compile(r"năm\s+(?:nay|(?P<prev>trước(?!\s+(?:dịch|đó|nữa|khi)(?!\w))|ngoái)|(?P<past>(?:vừa\s+)?qua))(?!\w)", FLAGS),
     _this_year),
    # "Tính chung cả năm, …", "cả năm đạt 1,2 tỷ USD": the year of the period just named
    (re.compile(r"(?<!\w)cả\s+năm(?P<prev>)(?P<past>)(?!\s*(?:\d|nay|qua|tới|sau|trước|học|ngoái|năm|tháng|ngày|kế\s+hoạch))(?!\w)",
                FLAGS), _in_the_year),
    # "Có thể lấy năm 2014 làm ví dụ. Năm đó, tỉnh vận động được …", "Cùng thời gian đó, …": the year just named
    # (one pattern per lead word: a literal start keeps the scan fast)
    *((re.compile(rf"{word}(?<!\w{word}){rest}\s+(?:đó|ấy)(?P<prev>)(?P<past>)(?!\w)", FLAGS), reading)
      for word, rest, reading in (("năm", "", _in_the_year), ("cùng", r"\s+thời\s+gian", _in_the_same_span),
                                  ("trong", r"\s+thời\s+gian", _in_the_year))),
    # "Khi đó Hoa Kỳ là nhà đầu tư lớn nhất với 8 dự án", "Cùng thời gian, tỉnh chấp thuận …" opening a sentence: the time
    # just named (the look-behinds after the literal: a sentence's or a clause's start)
    *((re.compile(rf"{word}(?:(?<=\n{word})|(?<=[.;:]\s{word})|(?<=,\s{word})){rest}(?P<prev>)(?P<past>)(?=\s*,|\s)(?!\s+(?:đó|ấy)(?!\w))", FLAGS),
       _in_the_same_span)
      for word, rest in (("cùng", r"\s+(?:thời\s+gian|thời\s+điểm)"),)),
    # not "trong năm năm" (within five years), "trong năm tháng"
    (re.compile(r"trong\s+năm(?P<prev>)(?P<past>)(?!\s*(?:\d|nay|qua|tới|sau|trước|học|mới|ngoái|năm|tháng|ngày))(?!\w)", FLAGS),
     _in_the_year),
    # ("từ ngày 16/4 đến 15/5/2023": the year written only after the last day)
    (re.compile(rf"từ\s+(?:ngày\s+)?(?P<d1>\d{{1,2}})(?:\s*[/-]\s*(?P<m1>\d{{1,2}}))?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?"
                rf"(?P<d>\d{{1,2}})\s*[/-]\s*(?P<m>\d{{1,2}})(?:\s*[/-]\s*(?P<y>{YEAR}))?(?!\s*[/\d-])", FLAGS), _day_range),
    (re.compile(r"(?P<d>\d\d?)\s*/\s*(?P<m>\d{1,2})(?!\s*[/\d])", FLAGS), _day_month),
    # ("Ngày 6/3/2024, … khởi công nhà máy … . Tại thời điểm khởi công, trên địa bàn tỉnh có 20 dự án": the event's day)
    *((re.compile(rf"{word}(?<!\w{word}){rest}\s+(?:đó|ấy|đấy{events})(?!\w)", FLAGS), _then)
      for word, rest, events in (("thời", r"\s+điểm", r"|khởi\s+công|khánh\s+thành|ký\s+kết|diễn\s+ra"), ("lúc", "", ""),
                                 ("khi", "", ""))),
    # led by its literal words, the count read before them (a leading alternation scans slowly)
    (re.compile(r"năm\s+trước\s+(?:đó|ấy)(?!\w)", FLAGS), _years_before_then),
    (re.compile(r"trước\s+(?:khi\s+)?(?:hợp\s+nhất|sáp\s+nhập)(?!\w)", FLAGS), _before_the_merger),
]
# each scans the whole text: compiled for the fast scan letter_led gives (digit- and look-behind-led ones)
PATTERNS = [(letter_led(pattern.pattern, pattern.flags), build) for pattern, build in PATTERNS]
# A pattern led by one or two digits then a literal ("15/8", "6 tháng"): the engine would try it at every position;
# `matches` tries it only where the literal stands, from the digits before it (the same matches, found faster).
_DIGITS_THEN_LITERAL = re.compile(r"^\(\?P<\w+>\\d\\d\?\)\\s[*+](tháng|/)")
_LITERAL_AFTER_DIGITS = {
    pattern: literal[1]
    for pattern, _ in PATTERNS if (literal := _DIGITS_THEN_LITERAL.match(pattern.pattern)) is not None
}


def matches(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`; a pattern led by one or two digits and spaces before a literal is tried only where the
    literal stands."""
    literal = _LITERAL_AFTER_DIGITS.get(pattern)
    # (the engine's own iterator when there is no literal: no generator frame per match)
    return pattern.finditer(text) if literal is None else _matches_at_the_literal(pattern, literal, text)


def _matches_at_the_literal(pattern: re.Pattern, literal: str, text: str) -> Iterator[re.Match]:
    last_end, at = 0, text.find(literal)
    while at >= 0:
        digits_end = at
        while digits_end > 0 and text[digits_end - 1].isspace():
            digits_end -= 1
        start = digits_end
        while start > 0 and text[start - 1].isdigit():
            start -= 1
        # (the leftmost start the engine would match from: at most two digits before the spaces)
        start = max(start, digits_end - 2)
        if start < digits_end and start >= last_end and (match := pattern.match(text, start)) is not None:
            yield match
            last_end = match.end()
        at = text.find(literal, at + 1)
