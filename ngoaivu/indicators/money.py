"""Currency conversion with the dated exchange-rate table. Nothing converts silently:
every converted amount carries the rates it used, written out for the pages and reports
("quy đổi theo tỷ giá 1 USD = 23.612 đồng ngày 30/12/2022")."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.core.choices import Currency
from ngoaivu.core.vnformat import format_date, format_number
from ngoaivu.indicators.models import ExchangeRate

VND = Currency.VND.value


@dataclass(frozen=True)
class RateUsed:
    currency: str
    rate_to_vnd: Decimal
    valid_on: date
    source: str

    @property
    def text(self) -> str:
        return f"1 {self.currency} = {format_number(self.rate_to_vnd, 2)} đồng ngày {format_date(self.valid_on)}"


@dataclass(frozen=True)
class Conversion:
    amount: Decimal
    currency: str
    original_amount: Decimal
    original_currency: str
    rates: tuple[RateUsed, ...]

    @property
    def note(self) -> str:
        return _("quy đổi theo tỷ giá %(rates)s") % {"rates": "; ".join(rate.text for rate in self.rates)}

    def as_dict(self) -> dict:
        return {"from_amount": self.original_amount, "from_currency": self.original_currency,
                "amount": self.amount, "currency": self.currency, "note": self.note,
                "rates": [{"currency": r.currency, "rate_to_vnd": r.rate_to_vnd, "valid_on": r.valid_on,
                           "source": r.source} for r in self.rates]}


class MissingRate(ValidationError):
    pass


class RateTable:
    """The exchange rates in memory, to convert many amounts with one query."""

    def __init__(self, rates=None):
        rows = ExchangeRate.objects.order_by("currency", "valid_on") if rates is None else rates
        self._days: dict[str, list[date]] = {}
        self._rates: dict[str, list[ExchangeRate]] = {}
        for rate in rows:
            self._days.setdefault(rate.currency, []).append(rate.valid_on)
            self._rates.setdefault(rate.currency, []).append(rate)

    def rate(self, currency: str, on: date) -> RateUsed:
        """The rate in force on `on`: the latest one published on or before it."""
        index = bisect_right(self._days.get(currency, []), on)
        if index == 0:
            raise MissingRate(_("Chưa có tỷ giá %(currency)s áp dụng đến ngày %(day)s.")
                              % {"currency": currency, "day": format_date(on)})
        row = self._rates[currency][index - 1]
        return RateUsed(currency, row.rate_to_vnd, row.valid_on, row.source)

    def convert(self, amount: Decimal, from_currency: str, to_currency: str, on: date) -> Conversion | None:
        """None when no conversion is needed; other currencies go through the đồng."""
        if from_currency == to_currency:
            return None
        rates = []
        in_vnd = amount
        if from_currency != VND:
            rates.append(self.rate(from_currency, on))
            in_vnd = amount * rates[-1].rate_to_vnd
        result = in_vnd
        if to_currency != VND:
            rates.append(self.rate(to_currency, on))
            result = in_vnd / rates[-1].rate_to_vnd
        return Conversion(result.quantize(Decimal("0.01")), to_currency, amount, from_currency, tuple(rates))


def convert(amount: Decimal, from_currency: str, to_currency: str, on: date) -> Conversion | None:
    """One conversion (reads the table); see RateTable.convert."""
    return RateTable().convert(amount, from_currency, to_currency, on)
