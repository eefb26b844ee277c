"""Numbers, money, dates and periods written the way Vietnamese administrative texts write them.

"1.234,5" (dot groups thousands, comma marks decimals), "609,1 triệu USD",
"ngày 05 tháng 02 năm 2024", "6 tháng đầu năm 2022", "quý I/2024".

Every function accepts int, float or Decimal and computes in Decimal: floats go through
their shortest repr (17.6, not 17.6000000000000014), rounding is half-up as people round
(Babel alone would round half-to-even: 2,45 -> 2,4).
"""
from __future__ import annotations

import calendar
import numbers
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal, Union

from babel.numbers import format_decimal

Number = Union[int, float, Decimal]
MoneyScale = Literal["auto", "billion", "million", "thousand", "unit"]

LOCALE = "vi"
DEFAULT_MAX_DECIMALS = 3  # reports never print more ("14.581,102 triệu USD")
MONEY_MAX_DECIMALS = 2  # "14,08 tỷ USD", "3,69 triệu USD"
PERCENT_MAX_DECIMALS = 2  # "92,02%"

# Largest first: auto-scaling takes the first word the amount reaches.
_SCALES: dict[str, tuple[Decimal, str]] = {
    "billion": (Decimal(10) ** 9, "tỷ"),
    "million": (Decimal(10) ** 6, "triệu"),
    "thousand": (Decimal(10) ** 3, "nghìn"),
    "unit": (Decimal(1), ""),
}
_CURRENCY_WORDS = {"VND": "đồng"}
_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_decimal(value: Number) -> Decimal:
    """Exact for int and Decimal; a float (numpy's too) by its shortest repr."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"not a number: {value!r}")
    if isinstance(value, numbers.Integral):
        return Decimal(int(value))
    return Decimal(str(float(value)))


def round_half_up(value: Number, decimals: int) -> Decimal:
    rounded = to_decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded == 0 else rounded  # never print "-0"


def format_number(value: Number, decimals: int | None = None, *, trim_zeros: bool = True) -> str:
    """1234.5 -> "1.234,5"; 54.0 -> "54"; 92.02 -> "92,02".

    `decimals` is the most decimals shown (default 3); trailing zeros are dropped unless
    `trim_zeros` is False, which table columns use to align ("404,0" under "609,1").
    """
    places = DEFAULT_MAX_DECIMALS if decimals is None else decimals
    rounded = round_half_up(value, places)
    fraction = ("#" if trim_zeros else "0") * places
    pattern = "#,##0" + (f".{fraction}" if fraction else "")
    return format_decimal(rounded, format=pattern, locale=LOCALE)


def format_percent(value: Number, decimals: int = PERCENT_MAX_DECIMALS) -> str:
    """17.6 -> "17,6%"."""
    return f"{format_number(value, decimals)}%"


def format_money(
    value: Number,
    currency: str,
    *,
    scale: MoneyScale = "auto",
    decimals: int = MONEY_MAX_DECIMALS,
) -> str:
    """609_100_000 USD -> "609,1 triệu USD"; 2.4e9 -> "2,4 tỷ USD"; VND -> "… triệu đồng".

    `value` is in base units. "auto" takes the largest scale word the rounded amount
    reaches, as reports do; pass `scale="million"` to keep the precision a report wants
    ("14.081,67 triệu USD" rather than "14,08 tỷ USD", "1.586.317 triệu đồng").
    """
    amount = to_decimal(value)
    unit = _CURRENCY_WORDS.get(currency.upper(), currency.upper())
    factor, word = _SCALES[_auto_scale(amount, decimals) if scale == "auto" else scale]
    number = format_number(amount / factor, decimals)
    return " ".join(part for part in (number, word, unit) if part)


def _auto_scale(amount: Decimal, decimals: int) -> str:
    # The rounded amount decides, so 999.999.999 USD reads "1 tỷ USD", not "1.000 triệu USD".
    for name, (factor, _) in _SCALES.items():
        if abs(round_half_up(amount / factor, decimals)) >= 1:
            return name
    return "unit"


def to_roman(number: int) -> str:
    """Section and quarter numerals: 4 -> "IV" (1..39 is all a report needs)."""
    if not 0 < number < 40:
        raise ValueError(f"no Roman numeral for {number} in reports")
    numeral = ""
    for arabic, roman in _ROMAN:
        count, number = divmod(number, arabic)
        numeral += roman * count
    return numeral


def format_date(day: date) -> str:
    """-> "15/12/2023"."""
    return day.strftime("%d/%m/%Y")


def format_date_long(day: date) -> str:
    """-> "ngày 15 tháng 12 năm 2023"; "ngày 05 tháng 02 năm 2024".

    Nghị định 30/2020/NĐ-CP: days below 10 and months below 3 take a leading zero
    (so that nobody can turn "1" into "11" or "12" afterwards).
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def format_period(start: date, end: date) -> str:
    """The name reports give a period: "năm 2023", "6 tháng đầu năm 2022", "quý I/2024"…

    Falls back to "từ 01/03/2023 đến 15/08/2023" for a span with no usual name.
    """
    if start > end:
        raise ValueError(f"period starts after it ends: {start} > {end}")
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years:
        if start.year == end.year:
            return f"năm {start.year}"
        return f"giai đoạn {start.year}-{end.year}"
    if start.year == end.year and start.day == 1 and end == _month_end(end.year, end.month):
        months = end.month - start.month + 1
        if months == 1:
            return f"tháng {start.month}/{start.year}"
        if months == 3 and start.month % 3 == 1:
            return f"quý {to_roman(start.month // 3 + 1)}/{start.year}"
        if start.month == 1:
            # Usage: "6 tháng đầu năm", but "9 tháng năm", "11 tháng năm" late in the year.
            first = "" if months >= 9 else " đầu"
            return f"{months} tháng{first} năm {start.year}"
        if (start.month, months) == (7, 6):
            return f"6 tháng cuối năm {start.year}"
    return f"từ {format_date(start)} đến {format_date(end)}"
