"""The Ministry's compilation across provinces: the figures of every province the user may
see, read once per indicator (indicators.selectors.national_comparison).

By default the rows are the units of the period: the 63 units before 1/7/2025 for a
period that ended before it, today's 34 after. `historic=False` rolls earlier figures up
to today's 34 units (Hà Giang's under Tuyên Quang); `historic=True` lists the 63.
"""
from __future__ import annotations

from datetime import date

from django.utils import timezone

from ngoaivu.geo.catalog import MERGER_DATE
from ngoaivu.geo.choices import Scheme
from ngoaivu.geo.models import Province
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import national_comparison, units_of
from ngoaivu.reports.builder.encoding import date_out, decimal_in, decimal_out
from ngoaivu.reports.builder.observed import approximate_notes

NATIONAL_CODES = (Code.EXPORT_VALUE, Code.IMPORT_VALUE, Code.FDI_NEW_PROJECTS, Code.FDI_NEW_CAPITAL,
                  Code.AGREEMENTS_SIGNED, Code.INTL_CONFERENCES, Code.ODA_DISBURSED, Code.NGO_COMMITTED,
                  Code.NGO_DISBURSED)


def units_of_period_are_historic(period: Period) -> bool:
    """Whether the units of the period are the 63 before the 2025 reorganisation."""
    return period.end < MERGER_DATE


def collect_national(*, user, period: Period, historic: bool | None = None, today: date | None = None) -> dict:
    if historic is None:
        historic = units_of_period_are_historic(period)
    every_unit = Province.objects.in_bulk()
    units: dict[str, dict] = {}
    indicators = {}
    previous_figures = []
    filed_later: dict[str, dict] = {}
    for indicator in Indicator.objects.filter(code__in=NATIONAL_CODES):
        indicators[indicator.code] = {"unit": indicator.currency if indicator.is_money else indicator.unit}
        rows = national_comparison(user=user, indicator=indicator, period=period, historic=historic)
        for row in rows:
            if row.comparison.current.value is None:
                continue
            entry = units.setdefault(row.unit.key, {"name": row.unit.name,
                                                    "merged": _merged_names(row.unit, every_unit), "values": {}})
            entry["values"][indicator.code] = {"value": decimal_out(row.comparison.current.value),
                                               "previous": decimal_out(row.comparison.previous.value),
                                               "rank": row.rank}
            previous_figures.append((row.comparison.previous, entry["values"][indicator.code]))
        if historic:
            _add_filed_later(filed_later, indicator.code, rows)    # A value a year earlier worked back from a stated change is printed "≈", never as a statistic.
    derived = approximate_notes([figure for figure, _ in previous_figures])
    for figure, values in previous_figures:
        values["previous_derived"] = id(figure) in derived
    return {
        "generated_on": date_out(today or timezone.localdate()),
        "period": {"start": date_out(period.start), "end": date_out(period.end)},
        "historic": historic,
        "unit_count": Province.objects.filter(**({"scheme": Scheme.VN63} if historic else {"valid_to__isnull": True}))
        .count(),
        "indicators": {code: indicators[code] for code in NATIONAL_CODES if code in indicators},
        "units": units,
        # Records of the period filed under today's units: in no old unit's row, once in the totals.
        "filed_under_new_units": filed_later,
    }


def _add_filed_later(filed_later: dict[str, dict], code: str, rows) -> None:
    """The parts of the old units' figures filed under the new unit (Figure.uncounted), once
    per new unit and period: Thái Nguyên and Bắc Kạn both name the same records."""
    parts = {(part.unit.key, part.period): part for row in rows for part in row.comparison.current.uncounted}
    for (key, _period), part in parts.items():
        entry = filed_later.setdefault(key, {"name": part.unit.name, "values": {}})
        total = entry["values"].get(code)
        entry["values"][code] = decimal_out(part.value if total is None else decimal_in(total) + part.value)


def _merged_names(unit: Province, every_unit: dict[int, Province]) -> list[str]:
    """The units before 1/7/2025 whose figures a unit of today adds up, when there are several."""
    if unit.valid_to is not None:
        return []
    old = [member.name for member in units_of(unit, every_unit) if member.scheme == Scheme.VN63]
    return sorted(old) if len(old) > 1 else []
