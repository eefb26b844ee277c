"""Test helpers shared by the indicators and plans tests."""
from decimal import Decimal

from ngoaivu.geo.models import Province
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.periods import Period


def unit(key: str) -> Province:
    return Province.objects.get(key=key)


def indicator(code: str) -> Indicator:
    return Indicator.objects.get(code=code)


def observe(province: Province, code: str, period: Period, value, currency: str | None = None, **extra) -> Observation:
    """An observation written straight to the table (the services are tested on their own)."""
    ind = indicator(code)
    if currency is None:
        currency = ind.currency
    observation = Observation.objects.create(province=province, indicator=ind, period_start=period.start,
                                             period_end=period.end, value=Decimal(str(value)), currency=currency,
                                             **extra)
    observation.refresh_from_db()  # values as stored (2 decimals), as the pages and snapshots see them
    return observation


def millions(value) -> Decimal:
    return Decimal(str(value)) * 10**6
