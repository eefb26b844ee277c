"""Money totals that keep each original currency apart (conversion is the figures layer's job)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models


@dataclass(frozen=True)
class CountedAmounts:
    """A count of records and their amounts, one total per original currency."""

    count: int
    amounts: dict[str, Decimal] = field(default_factory=dict)


def add_amounts(*totals: dict[str, Decimal]) -> dict[str, Decimal]:
    """Per-currency totals added together, currencies still apart."""
    result: dict[str, Decimal] = {}
    for amounts in totals:
        for currency, amount in amounts.items():
            result[currency] = result.get(currency, Decimal(0)) + amount
    return result


def totals_by_currency(queryset, amount_field: str, currency_field: str = "currency") -> dict[str, Decimal]:
    """Sum of `amount_field` per currency; converting is the figures layer's job."""
    rows = queryset.order_by().values(currency_field).annotate(total=models.Sum(amount_field))
    return {row[currency_field]: row["total"] for row in rows if row["total"] is not None}
