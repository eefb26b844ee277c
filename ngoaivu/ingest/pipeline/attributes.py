"""What is said about a figure around it: change on the same period a year earlier,
share of the plan reached, qualifier (estimate, at least, about) and per-year values."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .fast_scan import letter_led
from .goals import names_goals
from .numbers import NUMBER, parse_number

_I = re.VERBOSE  # patterns run on case-folded text
_PLAN = r"(?:kế\s+hoạch|kh|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán|nghị\s+quyết)"
_PCT = rf"(?P<v>{NUMBER})\s*%(?!\s*/)"
_SAME_PERIOD = r"(?:(?:tháng|quý)\s+)?(?:cùng\s+kỳ|cùng\s+thời\s+điểm)"  # ("so với tháng cùng kỳ năm 2023")
# "cùng kỳ năm 2023": the year belongs to the comparison, not to the next figure
_SAME_PERIOD_YEAR = r"(?:\s+năm\s+(?:trước|ngoái|(?P<y1>\d{4})))?"
# "so với 6 tháng năm 2024", "so với quý I/2023", "so với năm 2019": the same span of an earlier year
# ("so với tháng 4/2023", "so với tháng 4 năm 2023": the same month of an earlier year)
_EARLIER_PERIOD = (
    # ("so với kết quả thực hiện năm 2023", "so với ước thực hiện năm 2023": the year's result)
    r"(?:(?:kết\s+quả\s+|ước\s+)?thực\s+hiện\s+(?:của\s+)?)?"
    r"(?:(?:\d{1,2}|sáu|ba|chín)\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+[ivx\d]+(?:\s+năm)?|tháng\s+\d{1,2}(?:\s+năm)?|năm)\s*/?\s*(?P<y2>\d{4})"
)


@dataclass(frozen=True)
class Attribute:
    start: int
    end: int
    name: str  # "change_pct", "plan_pct", or "change_other" (a change on another base)
    value: float
    base_year: int | None = None  # "so với năm 2022": valid only against the year before
    in_turn: int = 0  # 1 or 2 for "tăng 29% và 19%": the changes of two figures before it, in turn
    high: float | None = None  # "tăng 12 - 15%": a range's upper end (value is its lower)


def _plan_reached(v: float, m: re.Match) -> float:
    return v


def _plan_exceeded(v: float, m: re.Match) -> float:
    return 100 + v


def _plan_missed(v: float, m: re.Match) -> float:
    return 100 - v


def _change(v: float, m: re.Match) -> float:
    return -v if m["dir"].lower().startswith(("giảm", "thấp")) else v


def _ratio_to_change(v: float, m: re.Match) -> float:
    return v - 100


_TIMES_IN_WORDS = {"đôi": 2.0, "rưỡi": 1.5, "ba": 3.0, "bốn": 4.0, "năm": 5.0}


def _times_to_change(v: float, m: re.Match) -> float:
    return (v - 1) * 100


def _times_to_plan(v: float, m: re.Match) -> float:
    return v * 100


# Checked in order; an earlier pattern wins an overlap ("tăng 88% so với mục tiêu" is
# a plan share, not a change). A pattern led by one of several verbs is one pattern per verb: a
# literal start lets the regex engine scan the text fast (the verbs' matches cannot overlap).
_PATTERNS = (
    # ("bằng gần 80% chỉ tiêu cả năm": an approximate share is still the share)
    *(("plan_pct", re.compile(rf"{verb}\s+(?:được\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?{_PCT}\s*(?:so\s+với\s+)?(?:của\s+)?{_PLAN}", _I), _plan_reached)
      for verb in (r"đạt", r"bằng", r"hoàn\s+thành")),
    ("plan_pct", re.compile(rf"vượt\s+{_PCT}\s*(?:so\s+với\s+)?{_PLAN}", _I), _plan_exceeded),
    ("plan_pct", re.compile(rf"vượt\s+{_PLAN}(?:\s+\w+){{0,2}}?\s+{_PCT}", _I), _plan_exceeded),
    *(("plan_pct", re.compile(rf"{verb}\s+{_PCT}\s*so\s+(?:với\s+)?{_PLAN}", _I), _plan_exceeded) for verb in (r"tăng", r"cao\s+hơn")),
    *(("plan_pct", re.compile(rf"{verb}\s+{_PCT}\s*so\s+(?:với\s+)?{_PLAN}", _I), _plan_missed) for verb in (r"giảm", r"thấp\s+hơn")),
    # "gấp đôi chỉ tiêu năm", "gấp 7,1 lần mục tiêu năm": a multiple of the plan, its share
    ("plan_pct", re.compile(rf"gấp\s+(?:khoảng\s+|gần\s+|hơn\s+)?(?P<v>đôi|rưỡi|ba|bốn|năm|{NUMBER}(?=\s*lần))(?:\s*lần)?"
                            rf"\s*(?:so\s+(?:với\s+)?)?(?:của\s+)?{_PLAN}", _I), _times_to_plan),
    # "bằng 95% so với cùng kỳ", "bằng 95% so với năm 2022", "bằng 86% năm trước"
    ("change_pct", re.compile(rf"bằng\s+{_PCT}\s*(?:so\s+(?:với\s+)?)?(?:{_SAME_PERIOD}{_SAME_PERIOD_YEAR}|năm\s+(?:trước|ngoái)|{_EARLIER_PERIOD})", _I),
     _ratio_to_change),
    (
        # "tăng gấp đôi so với năm trước", "gấp rưỡi cùng kỳ": a multiple in words
        "change_pct",
        re.compile(rf"gấp\s+(?P<v>đôi|rưỡi|ba|bốn|năm)(?:\s+lần)?\s*(?:so\s+(?:với\s+)?)?(?:{_SAME_PERIOD}{_SAME_PERIOD_YEAR}|{_EARLIER_PERIOD})", _I),
        _times_to_change,
    ),
    *(
        (
            "change_pct",
            # ("gấp 5,3 lần về số vốn so với năm 2022": the measure it multiplies named before the base; "gấp gần 2,5 lần
            # cùng kỳ": an approximate multiple is still the change, as "tăng gần 10%" is)
            re.compile(rf"{verb}\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?(?P<v>{NUMBER})\s*lần(?:\s+về\s+(?:số\s+|tổng\s+)?(?:vốn|lượng\s+dự\s+án|dự\s+án))?"
                       rf"\s*(?:so\s+(?:với\s+)?)?(?:{_SAME_PERIOD}{_SAME_PERIOD_YEAR}|năm\s+(?:trước|ngoái)|{_EARLIER_PERIOD})", _I),
            _times_to_change,
        )
        for verb in (r"gấp", r"tăng")
    ),
    # "đặt chỉ tiêu 8,5 tỷ USD, cao hơn 16,4% so với năm trước": higher (lower) than the same period before, a change
    *(("change_pct", re.compile(rf"(?P<dir>{verb})\s+hơn\s+(?:khoảng\s+|gần\s+)?{_PCT}\s*so\s+với\s+(?:{_SAME_PERIOD}"
                                rf"{_SAME_PERIOD_YEAR}|năm\s+(?:trước|ngoái)|{_EARLIER_PERIOD})", _I), _change) for verb in ("cao", "thấp")),
    (
        "change_pct",
        re.compile(
            rf"""(?P<dir>tăng\s+trưởng|tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?(?:(?:từ\s+)?(?P<lo>{NUMBER})\s*%?\s*(?:-|–|đến)\s*)?{_PCT}
            (?:\s*,?\s*so\s+(?:với\s+)?(?:{_SAME_PERIOD}(?:\s+năm\s+(?:trước|ngoái|(?P<y1>\d{{4}})))?
                                      |năm\s+(?:trước|ngoái)|{_EARLIER_PERIOD}
                                      |(?:kết\s+quả\s+|ước\s+)?thực\s+hiện\s+(?:của\s+)?năm(?:\s+(?:trước|ngoái))?
                                      |(?P<other>\S+)))?""",
            _I,
        ),
        _change,
    ),
)


# (or the plan's own rise: "(kế hoạch tăng 12%)", "vượt chỉ tiêu tăng 12% đề ra")
_LEVEL_OF = re.compile(r"(?:mức|tốc\s+độ)\s+$|(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm|đầu\s+năm|đề\s+ra|đặt\s+ra|giao))*\s+(?:là\s+)?$")
# a trade's rise with no amount of it between ("kim ngạch xuất khẩu tăng 15%"): read as a goal's growth when goal words lead
_GOAL_RISE_OF_TRADE = re.compile(r"(?:xuất|nhập)\s+khẩu(?:\s+[^\W\d_]+){0,4}?\s+(?:cùng\s+|đều\s+)?$")


# "lần lượt đạt 4,2 tỷ USD và 3,5 tỷ USD, tăng 29% và 19% so với cùng kỳ": a second change, with the first's direction
# unless it names its own; the base written after it is both changes' base
_SECOND_CHANGE = re.compile(
    rf"\s+và\s+(?:(?P<dir>tăng|giảm)\s+)?(?:khoảng\s+|gần\s+|hơn\s+)?{_PCT}"
    rf"(?:\s*,?\s*so\s+(?:với\s+)?(?:{_SAME_PERIOD}{_SAME_PERIOD_YEAR}|năm\s+(?:trước|ngoái)|{_EARLIER_PERIOD}))?"
)


def _changes_in_turn(text: str, match: re.Match, end: int, first: Attribute) -> list[Attribute]:
    second = _SECOND_CHANGE.match(text, match.end(), end) if " so " not in match.group() else None
    value = parse_number(second["v"]) if second is not None else None
    if value is None:
        return [first]
    year = second["y1"] or second["y2"]
    base_year = int(year) if year else None
    return [replace(first, base_year=base_year, in_turn=1),
            Attribute(second.start(), second.end(), "change_pct", round(_change(value, second if second["dir"] else match), 4),
                      base_year, in_turn=2)]


def find_attributes(text: str, start: int, end: int) -> list[Attribute]:
    """Attributes in the case-folded `text` between start and end."""
    found: list[Attribute] = []
    for name, pattern, convert in _PATTERNS:
        for match in pattern.finditer(text, start, end):
            if any(a.start < match.end() and match.start() < a.end for a in found):
                continue
            if "other" in match.groupdict() and match["other"]:
                # "tăng 5% so với tháng trước": a change on another base, no change_pct; kept so that its figure is
                # not read as one and the change on the same period after it still goes with the figure before
                found.append(Attribute(match.start(), match.end(), "change_other", 0.0))
                continue
            if name == "change_pct" and _LEVEL_OF.search(text, max(start, match.start() - 30), match.start()) \
                    and " so " not in match.group():
                continue  # "cao hơn mức tăng 3,28% của kế hoạch": a planned level, no change of the figure
            if name == "change_pct" and _GOAL_RISE_OF_TRADE.search(text, max(start, match.start() - 80), match.start()) \
                    and names_goals(text[start : match.start()]):
                continue  # "phấn đấu kim ngạch xuất khẩu tăng 15% so với năm 2025": a growth goal, no figure to change
            value = _TIMES_IN_WORDS.get(match["v"]) or parse_number(match["v"])
            if value is None:
                continue
            year = match.groupdict().get("y1") or match.groupdict().get("y2")
            attribute = Attribute(match.start(), match.end(), name, round(convert(value, match), 4), int(year) if year else None)
            low = parse_number(match["lo"]) if match.groupdict().get("lo") else None
            if low is not None:  # "tăng 12 - 15% so với năm trước": a range, its lower end the value
                attribute = replace(attribute, value=round(convert(low, match), 4), high=round(convert(value, match), 4))
            if convert is _change:
                found.extend(a for i, a in enumerate(_changes_in_turn(text, match, end, attribute))
                             if i == 0 or not any(f.start < a.end and a.start < f.end for f in found))
            else:
                found.append(attribute)
    return sorted(found, key=lambda a: a.start)


# --- qualifier and per-year ---------------------------------------------------------------

# "ước đạt", but not "hiệp ước" (treaty) or "công ước" (convention)
_ESTIMATE = re.compile(r"ư(?<!\wư)(?<!hiệp\sư)(?<!công\sư)(?<!quy\sư)ớc(?!\w)[^,;.]{0,20}$")
# "Ước cả năm 2026, kim ngạch xuất khẩu đạt …": the estimate leads the clause
# ("Dự kiến đến hết năm 2020, trên địa bàn có 444 dự án": the year's end foreseen the same way)
_ESTIMATE_LEAD = re.compile(r"(?:^|[^\w\s]\s*)(?:ước\s+(?:tính\s+)?(?:cả\s+năm|năm\s+\d{4}|\d+\s+tháng|quý)"
                            r"|dự\s+kiến\s+(?:cả\s+năm|(?:đến\s+)?(?:hết|cuối)\s+năm))[^;.]*$")
# "quý I dự kiến 137 triệu USD, đạt 26% kế hoạch": a result expected (a goal's "dự kiến" is read by goals, not here)
_EXPECTED = re.compile(r"(?<!\w)dự\s+kiến(?:\s+(?:đạt|là|ở\s+mức))?\s+(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$")
# "vượt (ngưỡng, mốc) 3 tỷ USD": above the level named (not "vốn đầu tư nước ngoài 3 triệu USD": foreign, no bound)
_AT_LEAST_BEFORE = re.compile(
    r"(?<!\w)(?:trên|hơn|(?<!nước\s)ngoài|ít\s+nhất|tối\s+thiểu|không\s+dưới|vượt\s+(?:ngưỡng|mốc|con\s+số)|cán\s+mốc\s+trên)\s+$"
)
_AT_LEAST_AFTER = re.compile(r"(?:\s*[^\W\d]+){0,2}\s*trở\s+lên")  # "300 người trở lên"
_APPROX_BEFORE = letter_led(r"(?<!\w)(?:khoảng|gần|xấp\s+xỉ|chừng|khoảng\s+gần)\s+$")
_PER_YEAR = re.compile(r"hằng\s+năm|hàng\s+năm|mỗi\s+năm|/\s*năm")


def qualifier(before: str, after: str, sentence_before: str = "") -> str | None:
    """`before` is the (case-folded) text since the previous figure, `after` what follows it,
    `sentence_before` the sentence up to the figure."""
    tail = before[-40:]
    # (every estimate lead has the word "ước" or "dự kiến": a sentence without them needs no search)
    if _ESTIMATE.search(tail) or _EXPECTED.search(tail) or (("ước" in sentence_before or "dự kiến" in sentence_before) and _ESTIMATE_LEAD.search(sentence_before)):
        return "estimate"
    if _AT_LEAST_BEFORE.search(tail) or _AT_LEAST_AFTER.match(after):
        return "at_least"
    if _APPROX_BEFORE.search(tail):
        return "approx"
    return None


def is_per_year(before: str, written_per_year: bool) -> bool:
    return written_per_year or _PER_YEAR.search(before) is not None
