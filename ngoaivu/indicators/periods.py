"""Reporting periods: the spans reports state figures for, and "the same period last year".

A `Period` is a closed interval of days [start, end]. Reports use a handful of shapes
(month, quarter, first 6 or 9 months, year, five-year term, "đến hết tháng 7"); a
one-day period is the date a stock is read at ("lũy kế đến 31/12/2020").

Pure Python: no Django, so the text pipeline and the bench can use it too.
"""
from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ngoaivu.core.vnformat import format_date, format_period


class PeriodKind(str, enum.Enum):
    DAY = "day"                      # a stock's reading date
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"                    # 6 tháng đầu năm
    NINE_MONTHS = "nine_months"      # 9 tháng năm
    YEAR_TO_MONTH = "year_to_month"  # đến hết tháng N (other N)
    YEAR = "year"
    TERM = "term"                    # giai đoạn 2021-2025: whole years
    CUSTOM = "custom"


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_years(day: date, years: int) -> date:
    """The same calendar day `years` later; a month's last day stays its last day (29/2 safe)."""
    year = day.year + years
    if day == month_end(day.year, day.month):
        return month_end(year, day.month)
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date

    def __post_init__(self):
        if self.start > self.end:
            raise ValueError(f"period starts after it ends: {self.start} > {self.end}")

    # --- constructors ---------------------------------------------------------------

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), month_end(year, month))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError(f"no quarter {quarter}")
        first = 3 * quarter - 2
        return cls(date(year, first, 1), month_end(year, first + 2))

    @classmethod
    def to_end_of_month(cls, year: int, month: int) -> Period:
        """"Đến hết tháng N": from 1 January to the last day of month N."""
        return cls(date(year, 1, 1), month_end(year, month))

    @classmethod
    def half(cls, year: int) -> Period:
        """The first 6 months ("6 tháng đầu năm")."""
        return cls.to_end_of_month(year, 6)

    @classmethod
    def nine_months(cls, year: int) -> Period:
        return cls.to_end_of_month(year, 9)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def term(cls, first_year: int, last_year: int) -> Period:
        if last_year < first_year:
            raise ValueError(f"term ends before it starts: {first_year}-{last_year}")
        return cls(date(first_year, 1, 1), date(last_year, 12, 31))

    @classmethod
    def parse(cls, text: str) -> Period:
        """"2022-01-01..2022-07-31", "2022", "2021-2025", "2022-07", "2022-Q3", "2022-H1",
        "2022-9M", "2022-M7" (to the end of July) or a single ISO date (a stock's date)."""
        text = text.strip()
        for pattern, build in _PARSERS:
            match = pattern.fullmatch(text)
            if match:
                return build(*(int(g) if g.isdigit() else g for g in match.groups()))
        raise ValueError(f"not a period: {text!r}")

    # --- shape ----------------------------------------------------------------------

    @property
    def kind(self) -> PeriodKind:
        start, end = self.start, self.end
        if start == end:
            return PeriodKind.DAY
        if start.day != 1 or end != month_end(end.year, end.month):
            return PeriodKind.CUSTOM
        if start.month == 1 and (end.month, end.day) == (12, 31):
            return PeriodKind.YEAR if start.year == end.year else PeriodKind.TERM
        if start.year != end.year:
            return PeriodKind.CUSTOM
        months = end.month - start.month + 1
        if months == 1:
            return PeriodKind.MONTH
        if months == 3 and start.month % 3 == 1:
            return PeriodKind.QUARTER
        if start.month == 1:
            return {6: PeriodKind.HALF, 9: PeriodKind.NINE_MONTHS}.get(months, PeriodKind.YEAR_TO_MONTH)
        return PeriodKind.CUSTOM

    @property
    def label(self) -> str:
        """The name reports give it: "năm 2023", "7 tháng đầu năm 2022", "ngày 31/12/2020"."""
        if self.start == self.end:
            return f"ngày {format_date(self.start)}"
        return format_period(self.start, self.end)

    def __str__(self) -> str:
        return self.label

    @property
    def key(self) -> str:
        """Round-trips through `Period.parse`."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def length_in_years(self) -> Decimal:
        """Whole months count as twelfths of a year (a five-year term is exactly 5); a part
        of a month counts by its days."""
        start, end = self.start, self.next_day()
        months = (end.year - start.year) * 12 + end.month - start.month
        days = Decimal((end.day - start.day))
        return (Decimal(months) + days / Decimal(calendar.monthrange(end.year, end.month)[1])) / 12

    def years(self) -> list[int]:
        return list(range(self.start.year, self.end.year + 1))

    # --- arithmetic -----------------------------------------------------------------

    def shifted(self, years: int) -> Period:
        return Period(_shift_years(self.start, years), _shift_years(self.end, years))

    def same_period_last_year(self) -> Period:
        """Each end moved one year back; a month's last day stays its last day."""
        return self.shifted(-1)

    def contains(self, other: Period | date) -> bool:
        if isinstance(other, date):
            return self.start <= other <= self.end
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def intersection(self, other: Period) -> Period | None:
        start, end = max(self.start, other.start), min(self.end, other.end)
        return Period(start, end) if start <= end else None

    def clipped(self, valid_from: date | None, valid_to: date | None) -> Period | None:
        """The part inside a validity window (None bounds are open)."""
        return self.intersection(Period(valid_from or date.min, valid_to or date.max))

    def next_day(self) -> date:
        return self.end + timedelta(days=1)


_PARSERS = [
    (re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})"),
     lambda a, b: Period(date.fromisoformat(a), date.fromisoformat(b))),
    (re.compile(r"(\d{4}-\d{2}-\d{2})"), lambda a: Period.day(date.fromisoformat(a))),
    (re.compile(r"(\d{4})-(\d{4})"), Period.term),
    (re.compile(r"(\d{4})-[Qq]([1-4])"), Period.quarter),
    (re.compile(r"(\d{4})-[Hh]1"), Period.half),
    (re.compile(r"(\d{4})-9[Mm]"), Period.nine_months),
    (re.compile(r"(\d{4})-[Mm](\d{1,2})"), Period.to_end_of_month),
    (re.compile(r"(\d{4})-(\d{2})"), Period.month),
    (re.compile(r"(\d{4})"), Period.year),
]


def tile(target: Period, pieces: list[Period]) -> list[Period] | None:
    """Pieces that cover `target` exactly, end to end without overlap, or None.

    Fewest pieces win (a year's observation beats its twelve months), so a figure is
    built from the coarsest data that fits.
    """
    by_start: dict[date, list[Period]] = {}
    for piece in pieces:
        if target.contains(piece):
            by_start.setdefault(piece.start, []).append(piece)
    # Breadth-first over "covered up to" days: the first path to reach the end is shortest.
    frontier, came_from = [target.start], {target.start: None}
    while frontier:
        next_frontier = []
        for cursor in frontier:
            for piece in sorted(by_start.get(cursor, ()), key=lambda p: p.end, reverse=True):
                reached = piece.next_day()
                if reached in came_from:
                    continue
                came_from[reached] = piece
                if piece.end == target.end:
                    return _path(came_from, reached)
                next_frontier.append(reached)
        frontier = next_frontier
    return None


def _path(came_from: dict[date, Period | None], reached: date) -> list[Period]:
    pieces = []
    while (piece := came_from[reached]) is not None:
        pieces.append(piece)
        reached = piece.start
    return pieces[::-1]
