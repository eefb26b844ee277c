"""The Ministry's compilation across provinces: the figures of every province the user may
see, read once per indicator (indicators.selectors.national_comparison).

By default the rows are today's 34 units, each with the figures of the units it
succeeded (Hà Giang's under Tuyên Quang); `historic` lists the 63 units before 1/7/2025.
"""
from __future__ import annotations

from datetime import date

from django.utils import timezone

from ngoaivu.geo.choices import Scheme
from ngoaivu.geo.models import Province
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import national_comparison, units_of
from ngoaivu.reports.builder.encoding import date_out, decimal_out

NATIONAL_CODES = ("export_value", "import_value", "fdi_new_projects", "fdi_new_capital", "agreements_signed",
                  "intl_conferences", "ngo_disbursed")


def collect_national(*, user, period: Period, historic: bool = False, today: date | None = None) -> dict:
    every_unit = Province.objects.in_bulk()
    units: dict[str, dict] = {}
    indicators = {}
    for indicator in Indicator.objects.filter(code__in=NATIONAL_CODES):
        indicators[indicator.code] = {"unit": indicator.currency if indicator.is_money else indicator.unit}
        for row in national_comparison(user=user, indicator=indicator, period=period, historic=historic):
            if row.comparison.current.value is None:
                continue
            entry = units.setdefault(row.unit.key, {"name": row.unit.name,
                                                    "merged": _merged_names(row.unit, every_unit), "values": {}})
            entry["values"][indicator.code] = {"value": decimal_out(row.comparison.current.value),
                                               "previous": decimal_out(row.comparison.previous.value),
                                               "rank": row.rank}
    return {
        "generated_on": date_out(today or timezone.localdate()),
        "period": {"start": date_out(period.start), "end": date_out(period.end)},
        "historic": historic,
        "unit_count": Province.objects.filter(**({"scheme": Scheme.VN63} if historic else {"valid_to__isnull": True}))
        .count(),
        "indicators": {code: indicators[code] for code in NATIONAL_CODES if code in indicators},
        "units": units,
    }


def _merged_names(unit: Province, every_unit: dict[int, Province]) -> list[str]:
    """The units before 1/7/2025 whose figures a unit of today adds up, when there are several."""
    if unit.valid_to is not None:
        return []
    old = [member.name for member in units_of(unit, every_unit) if member.scheme == Scheme.VN63]
    return sorted(old) if len(old) > 1 else []
