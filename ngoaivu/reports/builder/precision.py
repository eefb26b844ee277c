"""One precision rule for the numbers a report computes, in sentences, tables and charts.

- Percentages the system computes (a change, a share of the plan, a ratio): 1 decimal,
  "tăng 17,6%", "133,3"; a rate that is itself a figure keeps what was stated ("10,85%/năm").
- Amounts in tables and charts: millions of their currency, at most 2 decimals, the same
  unit in a chart as in the table beside it; sentences scale them ("2,4 tỷ USD").
- A value worked back from a stated change is only an order of magnitude: 3 significant
  digits, and always marked "≈" where it is printed.
Pure Python (the mark is the rendering model's, so charts print the same one).
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from ngoaivu.reports.rendering.model import APPROXIMATE_MARK

PERCENT_STEP = Decimal("0.1")
MILLION_STEP = Decimal("0.01")
MILLION = Decimal(10) ** 6
DERIVED_DIGITS = 3
DERIVED_MARK = APPROXIMATE_MARK


def percent(value: Decimal | None) -> Decimal | None:
    return None if value is None else Decimal(value).quantize(PERCENT_STEP, ROUND_HALF_UP)


def millions(amount) -> Decimal | None:
    return None if amount is None else (Decimal(amount) / MILLION).quantize(MILLION_STEP, ROUND_HALF_UP)


def derived_value(value: Decimal) -> Decimal:
    """1804,51 → 1800; 517,95 → 518: the digits a back-calculation can vouch for."""
    value = Decimal(value)
    if not value:
        return value
    exponent = value.adjusted() - DERIVED_DIGITS + 1
    step = Decimal(1).scaleb(exponent)
    return value.quantize(step, ROUND_HALF_UP) if exponent < 0 else \
        ((value / step).quantize(Decimal(1), ROUND_HALF_UP) * step).quantize(Decimal(1))

