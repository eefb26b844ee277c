"""What the figure reader produces: an observation or target of SCHEMA's indicators, and the
small value types and helpers shared by the reader's parts (`observations`, `observation_periods`,
`observation_scope`)."""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .indicators import INDICATORS, topic_of_indicator
from .numbers import Quantity, clean_number
from .periods import Period


@dataclass(frozen=True)
class Observation:
    kind: str  # "observation" or "target"
    indicator: str
    low: float
    high: float | None
    unit: str
    period: Period | None
    qualifier: str | None
    change_pct: float | None
    plan_pct: float | None
    per: str
    counterpart: str | None
    start: int
    end: int
    change_high: float | None = None  # "tăng 12 - 15%" beside a goal: its growth's upper end (`goal_and_growth`)

    def to_fact_fields(self) -> dict:
        fields: dict = {"indicator": self.indicator}
        if self.high is None:
            fields["value"] = clean_number(self.low)
        else:
            fields["value_min"], fields["value_max"] = clean_number(self.low), clean_number(self.high)
        fields.update(
            unit=self.unit,
            period=self.period.to_json() if self.period else None,
            qualifier=self.qualifier,
            change_pct=self.change_pct,
            plan_pct=self.plan_pct,
            per=self.per,
            counterpart=self.counterpart,
        )
        return fields

    @property
    def key(self) -> tuple:
        return self.kind, self.indicator, self.low, self.high, self.period


@dataclass(frozen=True)
class Base:
    """An earlier period's figure quoted as the base of a comparison."""

    compared: Observation
    year: int | None  # the base's year when the text names it, else the year before

    def restated(self, quantity: Quantity, start: int, bound: str | None = None) -> Observation:
        period = self.compared.period
        shift = (self.year - period_year(period)) if self.year else -1
        return replace(  # the base a figure is compared with is a result, even beside a goal
            self.compared, kind="observation", low=quantity.low, high=quantity.high, period=shifted(period, shift),
            qualifier=bound, change_pct=None, plan_pct=None, counterpart=self.compared.counterpart,
            start=start, end=quantity.end,
        )


_ROUNDED = 0.05  # a headline rounds: "gần 1,6 tỷ" repeats 1,57 tỷ


_ROUNDED_BOUND = 0.25  # "trên 3 triệu USD" in a headline stands for 3,29 triệu in the body


def repeats(headline: Observation, body: Observation) -> bool:
    # a headline states a goal without the body's goal words ("mỗi năm đưa ít nhất 300 lao động"
    # over "đặt mục tiêu … bình quân mỗi năm ít nhất 300 lao động"): it repeats the body's target
    # ("Bến Tre kỳ vọng xuất khẩu quý IV đạt 190 triệu USD" over "quý IV ước đạt 190 triệu USD": the body's estimate)
    if headline.kind != body.kind and not (headline.kind == "observation" and body.kind == "target") \
            and not (headline.kind == "target" and body.qualifier == "estimate"):
        return False
    if headline.indicator != body.indicator:
        # "Hà Nam: 370 dự án FDI" over "đến cuối năm có 370 dự án FDI": the same figure, read without its stock words
        return _related(headline.indicator, body.indicator) and any(
            abs(h - v) <= _ROUNDED * max(abs(h), abs(v)) for h in (headline.low,) for v in (body.low,))
    values = [v for v in (body.low, body.high) if v is not None]
    heads = [v for v in (headline.low, headline.high) if v is not None]
    if any(abs(h - v) <= _ROUNDED * max(abs(h), abs(v)) for h in heads for v in values):
        return True
    # a headline's bound rounds further: "trên/hơn X" for a little more than X, "gần X" for a little less
    if headline.qualifier == "at_least":
        return any(h <= v <= h * (1 + _ROUNDED_BOUND) for h in heads for v in values)
    if headline.qualifier == "approx":
        return any(h * (1 - _ROUNDED_BOUND) <= v <= h for h in heads for v in values)
    return False


_SUM_WITHIN = 0.01  # a sum written rounded ("xấp xỉ 589,6" for 515,65 + 73,95)
_RESTATED_WITHIN = 0.005  # the scorer's own tolerance: "gần 3,75 tỷ USD" after 3.754 triệu USD is that figure again


def without_rounded_repeats(found: list[Observation]) -> list[Observation]:
    """"… thu hút 3.754 triệu USD … . Với gần 3,75 tỷ USD sau bảy tháng, …": a figure restated further on, rounded, of the
    same indicator, period and partner, is the one fact (the first wording kept, with its change and plan share)."""
    kept: list[Observation] = []
    for o in found:
        if not any(k.kind == o.kind and k.indicator == o.indicator and k.period == o.period and k.counterpart == o.counterpart
                   and k.high is None and o.high is None and k.low and o.low is not None
                   and abs(k.low - o.low) <= _RESTATED_WITHIN * abs(k.low) for k in kept):
            kept.append(o)
    # "thu hút được hơn 1,56 tỷ USD … (đạt 1.568,7 triệu USD)": a bound written to fewer digits is the precise figure of
    # the same indicator, period and partner again, wherever it stands; the precise one is kept
    # (compared within each indicator's figures only: a text holds dozens of figures)
    by_indicator: dict[str, list[Observation]] = {}
    for o in kept:
        by_indicator.setdefault(o.indicator, []).append(o)
    if any(len(same) > 1 for same in by_indicator.values()):
        kept = [o for o in kept if len(same := by_indicator[o.indicator]) == 1
                or not any(k is not o and _rounds(o, k) for k in same)]
    # "Tây Ninh mở đầu năm 2024 với 3 dự án …" over "trong tháng đầu năm, tỉnh đã cấp mới cho 3 dự án": the same figure,
    # its months named loosely as the year; "Sáu tháng đầu năm, … 32 dự án" over "Từ đầu năm đến ngày 20/6, … 32 dự án":
    # its last month named loosely as the whole month (the day kept)
    return [o for o in kept if not (o.period is not None and o.period.as_of is None and o.high is None and any(
        k is not o and k.kind == o.kind and k.indicator == o.indicator and k.counterpart == o.counterpart and k.high is None
        and k.period is not None and k.period.as_of is None and k.period.start == o.period.start < k.period.end < o.period.end
        and (_loosely_the_year(o.period) or _loosely_the_month(k.period.end, o.period.end))
        and abs(k.low - o.low) <= _RESTATED_WITHIN * abs(o.low) for k in kept))]


def _loosely_the_year(period) -> bool:
    return period.start.month == 1 and period.end.month == 12 and period.start.year == period.end.year


def _loosely_the_month(day: date, month_end: date) -> bool:
    return (day.year, day.month) == (month_end.year, month_end.month) and (month_end + timedelta(days=1)).day == 1


def _significant_step(value: float) -> float:
    """The place of a number's last written digit: 1,56 tỷ → 10 triệu, 10 tỷ → 10 tỷ."""
    step = 10.0 ** math.floor(math.log10(abs(value)))
    while step > 1e-6 and abs(value / step - round(value / step)) > 1e-6:
        step /= 10
    return step


def _rounds(bound: Observation, precise: Observation) -> bool:
    """Whether `bound` is `precise` written to fewer digits: the same measure, period and partner."""
    if bound.high is not None or precise.high is not None or not bound.low or not precise.low \
            or bound.kind != precise.kind or bound.counterpart != precise.counterpart or bound.period != precise.period \
            or (bound.qualifier in ("at_least", "approx") and precise.qualifier == bound.qualifier):
        return False
    step = _significant_step(bound.low)
    if _significant_step(precise.low) >= step:
        return False  # not written more precisely: two figures
    if bound.qualifier == "at_least":  # "hơn 3,2 tỷ" for 3,24 tỷ
        return bound.low <= precise.low < bound.low + step
    if bound.qualifier == "approx":  # "khoảng 1,6 tỷ" for 1,57 tỷ
        return abs(precise.low - bound.low) <= step / 2
    # "1,9 tỷ USD" for 1.923 triệu, a result told again, rounded (not "20 dự án" beside 25, nor two goals)
    return bound.kind == "observation" and abs(precise.low - bound.low) <= min(step / 2, _ROUNDED * precise.low)


def with_sums_registered(found: list[Observation]) -> list[Observation]:
    """"cấp mới 515,65 triệu USD; … tăng thêm 73,95 triệu USD. Tổng vốn thu hút mới năm 2020 đạt xấp xỉ 589,6 triệu USD":
    an amount that is the sum of the period's new and added capital is its registered capital, whatever word led it."""
    new = [o for o in found if o.indicator == "fdi_new_capital" and o.high is None and o.counterpart is None]
    added = [o for o in found if o.indicator == "fdi_added_capital" and o.high is None and o.counterpart is None]
    if len(new) < 2 or not added:
        return found
    sums = {id(o) for o in new for n in new for a in added
            if n is not o and n.period == a.period == o.period and n.low and a.low
            and abs(n.low + a.low - o.low) <= _SUM_WITHIN * o.low}
    return [replace(o, indicator="fdi_registered_capital") if id(o) in sums else o for o in found]


# ("XUẤT NHẬP KHẨU 5 THÁNG TĂNG 41,84%, QUYẾT GIỮ ĐÍCH 240 TRIỆU USD" over "chỉ tiêu kim ngạch xuất khẩu năm 2011 là 240
# triệu USD": a headline names the trade loosely)
_TRADE_VALUES = frozenset({"export_value", "import_value", "trade_value"})


def _related(a: str, b: str) -> bool:
    if a in _TRADE_VALUES and b in _TRADE_VALUES:
        return True
    return topic_of_indicator(a) is not None and topic_of_indicator(a) == topic_of_indicator(b) \
        and INDICATORS[a].unit == INDICATORS[b].unit


def period_year(period: Period) -> int:
    return (period.as_of or period.end).year


def shifted(period: Period, years: int) -> Period:
    def move(day: date | None) -> date | None:
        if day is None:
            return None
        return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)

    return Period(start=move(period.start), end=move(period.end), as_of=move(period.as_of))


@dataclass(frozen=True)
class Figure:
    quantity: Quantity
    indicator: str
    elsewhere: bool = False  # a part, a restatement, the nation's or another province's figure
    mixed: bool = False  # domestic and foreign projects counted together: its foreign part is the province's


_IN_FORCE_WORDS = re.compile(r"hiệu\s+lực")
_STOCK_PAIR = ("fdi_active_projects", "fdi_total_capital")
_LICENSED = re.compile(r"cấp\s+phép|cấp\s+giấy|thu\s+hút")
# the FDI codes of what a period licensed -> the standing they add up to
FLOW_OF_STOCK = {"fdi_new_projects": "fdi_active_projects", "fdi_new_capital": "fdi_total_capital",
                 "fdi_registered_capital": "fdi_total_capital"}
_TO_DATE = re.compile(r"(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm|nay|ngày|tháng|thời\s+điểm)|l(?:ũy|uỹ)\s+kế")
_EVER_REACH = 80  # a total read as a flow is the ever-licensed one only right before the part in force


def without_ever_licensed(found: list[Observation], folded: str) -> list[Observation]:
    """"Lũy kế, tỉnh đã cấp phép 500 dự án, 10 tỷ USD; trong đó còn hiệu lực 420 dự án, 8 tỷ USD":
    the stock is what is in force; the projects ever licensed (revoked ones too) are no indicator."""
    stocks = [o for o in found if o.indicator in _STOCK_PAIR or o.indicator in FLOW_OF_STOCK]
    in_force = [o for o in stocks if o.indicator in _STOCK_PAIR and _IN_FORCE_WORDS.search(folded, max(0, o.start - 60), o.end + 30)]
    if not in_force or len(in_force) == len(stocks):
        return found

    def ever_licensed(o: Observation) -> bool:
        # ("Tính đến hết năm 2020, tỉnh đã thu hút 12 dự án …; trong đó 09 dự án còn hiệu lực": the same, read as new ones)
        stock = FLOW_OF_STOCK.get(o.indicator, o.indicator)
        if o.indicator != stock and _TO_DATE.search(folded, max(0, o.start - _EVER_REACH), o.end) is None:
            return False  # "Trong giai đoạn 2016-2020, tỉnh đã thu hút 79 dự án": the span's own, before the stock
        return o not in in_force and _LICENSED.search(folded, max(0, o.start - 120), o.end) is not None and any(
            later.indicator == stock and later.start > o.start
            and (o.indicator == stock or later.start - o.end < _EVER_REACH) for later in in_force)

    return [o for o in found if not ever_licensed(o)]


def between(items: list, starts: list[int], start: int, end: int) -> list:
    return items[bisect_left(starts, start) : bisect_left(starts, end)]


def colon(text: str, start: int, end: int) -> int:
    cut = text.find(":", start, end)
    return end if cut < 0 else cut


def unit_of(kind: str, quantity: Quantity) -> str:
    if kind == "money":
        return quantity.unit if quantity.kind == "money" and quantity.unit else "USD"  # "25 triệu" in an FDI context
    return {"count": "count", "people": "people", "percent": "percent"}[kind]


def is_year_before(base_year: int, period: Period | None) -> bool:
    if period is None:
        return False
    year = (period.as_of or period.start).year
    return base_year == year - 1
