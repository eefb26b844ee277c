"""What a province report says, read from the database into a plain JSON snapshot.

Every read goes through the requesting user's scope, narrowed to the unit reported on:
a Hà Tĩnh specialist's report of today's Hà Tĩnh reads its records and those of the
unit before 1/7/2025; a report of the historic Thừa Thiên Huế reads that unit only.
The snapshot is what a report version stores, so the text can be written again exactly.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.scoping import ReadScope, narrowed
from ngoaivu.delegations.selectors import delegation_statistics
from ngoaivu.geo.choices import ProvinceKind
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import current_province, unit_of_period
from ngoaivu.indicators.catalogue import Code
from ngoaivu.indicators.choices import Aggregation
from ngoaivu.indicators.figures import LIVE
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.money import RateTable
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.indicators.selectors import indicator_series, latest_stated
from ngoaivu.investment.selectors import fdi_active_projects
from ngoaivu.plans.selectors import Statement, figure_statements
from ngoaivu.reports.builder.encoding import date_out, figure_out
from ngoaivu.reports.builder.facts import no_data_message, record_facts
from ngoaivu.reports.builder.observed import approximate_note, observation_rows
from ngoaivu.reports.builder.outline import PER_YEAR_CODES, reported_codes
from ngoaivu.reports.builder.outlook import collect_outlook
from ngoaivu.reports.builder.precision import derived_value, percent
from ngoaivu.reports.builder.record_tables import record_charts, record_tables
from ngoaivu.reports.sentences import SAME_PERIOD, Figure

SNAPSHOT_SCHEMA = 2
DEFAULT_BODY, DEFAULT_ABBREVIATION = "Sở Ngoại vụ", "SNgV"
# The stock of FDI projects in force, which the FDI register can only state when it holds
# the projects licensed before the period too.
FDI_STOCK_CODES = frozenset({Code.FDI_ACTIVE_PROJECTS, Code.FDI_TOTAL_CAPITAL})


def unit_reader(user, unit: Province) -> ReadScope:
    """The read scope of `unit` and the units it succeeded, which `user` must be allowed to see.

    The domain selectors read through the scope they are given; narrowing it to the unit
    lets them serve one province's report unchanged, also for a national user or the CLI.
    """
    scope = narrowed(user, unit.pk)
    if scope is None:
        raise ScopeDenied(_("Bạn không được xem số liệu của tỉnh, thành phố này."))
    return scope


def collect_snapshot(*, user, unit: Province, period: Period, today: date | None = None) -> dict:
    reader = unit_reader(user, unit)
    snapshot = {
        "schema": SNAPSHOT_SCHEMA,
        "generated_on": date_out(today or timezone.localdate()),
        "unit": {"key": unit.key, "name": unit.name},
        "header": header_for(unit_of_period(unit, period.end)),  # the names of the period
        "period": {"start": date_out(period.start), "end": date_out(period.end)},
        "figures": collect_figures(user=reader, unit=unit, period=period),
        "facts": collect_facts(user=reader, period=period),
        "tables": record_tables(user=reader, period=period),
        "charts": record_charts(user=reader, unit=unit, period=period),
        "outlook": collect_outlook(user=reader, unit=unit, period=period),
    }
    return snapshot


def ensure_has_data(snapshot: dict) -> None:
    """No figure and no record of the period: a report would be a bare skeleton, so none is made."""
    facts = snapshot.get("facts", {})
    # Partners are standing relations, not work of the period: they alone make no report.
    of_period = [value for key, value in facts.items() if key != "partners"]
    if snapshot["figures"] or snapshot["tables"] or any(_has_content(value) for value in of_period):
        return
    raise ValidationError(no_data_message())


def _has_content(value) -> bool:
    if isinstance(value, dict):
        return any(_has_content(item) for item in value.values())
    if isinstance(value, list):
        return bool(value)
    return bool(value) and not isinstance(value, bool)


def header_for(unit: Province) -> dict:
    """Issuer, symbol and place of the unit's reports (its body per ProvinceSettings)."""
    # The unit's own settings, else those of today's unit that carries it on.
    today_unit = current_province(unit)
    found = {row.province_id: row for row in ProvinceSettings.objects.filter(province__in=[unit.pk, today_unit.pk])}
    settings = found.get(unit.pk) or found.get(today_unit.pk)
    body = settings.responsible_body if settings else DEFAULT_BODY
    abbreviation = settings.responsible_body_abbreviation if settings else DEFAULT_ABBREVIATION
    is_city = unit.kind == ProvinceKind.CITY
    locality = "thành phố" if is_city else "tỉnh"
    return {
        "issuer_parent": f"UBND {locality.upper()} {unit.name.upper()}",
        "issuer": body.upper(),
        "body": body,
        "symbol": f"BC-{abbreviation}",
        "place": unit.name,
        "locality": locality,
        "signer_title": "GIÁM ĐỐC" if body.startswith("Sở") else "CHÁNH VĂN PHÒNG",
        "recipients": [f"UBND {locality} (để b/c)", "Bộ Ngoại giao (để b/c)"],
        "archive": "VT",
    }


def collect_figures(*, user, unit: Province, period: Period) -> dict[str, dict]:
    """Each indicator the outline states that has a value, as the report says it.

    A term with a year not reported yet states the sum (a flow) or the latest reading (a
    stock) of the years it has, and names the missing ones. A stock counted from a register
    that begins inside the period is the period's new projects again: it is not stated.
    """
    rates = RateTable()
    indicators = list(Indicator.objects.filter(code__in=reported_codes(), is_active=True))
    statements = figure_statements(user=user, unit=unit, indicators=indicators, period=period, rates=rates)
    observed = observation_rows([figure for statement in statements.values()
                                 for figure in (statement.figure, statement.comparison.previous)])
    figures = {}
    for indicator in indicators:
        statement = statements[indicator.pk]
        figure = statement.figure
        if figure.value is None:
            if period.kind == PeriodKind.TERM:
                partial, by_year = _term_years(user, unit, indicator, period)
                if partial is not None and not _register_too_young(user, unit, indicator, period, partial.value):
                    figures[indicator.code] = figure_out(partial) | ({"years": by_year} if by_year else {})
            continue
        if _from_records_only(figure) and _register_too_young(user, unit, indicator, period, figure.value):
            continue
        previous = statement.comparison.previous
        derived = _derived_note(previous, observed[id(previous)])
        data = figure_out(_as_stated(indicator, statement, period, observed[id(figure)]),
                          None if derived is not None else previous.value)
        if derived is not None:
            data["previous_derived"] = {"value": str(derived_value(previous.value)), "note": derived}
        figures[indicator.code] = data
    return figures


def _register_too_young(user, unit: Province, indicator: Indicator, period: Period, value) -> bool:
    """An FDI stock counted from the register cannot be stated when the register starts inside
    the period (it would only count the period's new projects again) or holds fewer projects
    than a figure once stated (it is not complete)."""
    if indicator.code not in FDI_STOCK_CODES:
        return False
    older = fdi_active_projects(user=user, on=period.end).filter(certificate_date__lt=period.start).exists()
    stated = latest_stated(unit=unit, indicator=indicator, on=period.end)
    return not older or (stated is not None and stated.value > value)


def _from_records_only(figure) -> bool:
    return bool(figure.parts) and all(candidate.source == LIVE for part in figure.parts for candidate in part.used)


def _derived_note(previous, observations: list[dict]) -> str | None:
    """The note of a value worked back from a stated change ("khoảng": Qualifier.APPROX), else None."""
    if previous.value is None:
        return None
    note = approximate_note(observations)
    return None if note is None else note or "Số suy ra, không phải số liệu thống kê."


def _term_years(user, unit: Province, indicator: Indicator, period: Period) -> tuple[Figure | None, dict | None]:
    """The term so far: the years that have a figure, summed (flows) or the latest (stocks);
    with a flow, its value in each year of the term (None: no figure)."""
    if indicator.aggregation not in (Aggregation.FLOW, Aggregation.STOCK) or indicator.unit == "percent":
        return None, None
    years = [Period.year(year) for year in range(period.start.year, period.end.year + 1)]
    series = indicator_series(user=user, unit=unit, indicator=indicator, periods=years)
    known = [(year, figure) for year, figure in zip(years, series) if figure.value is not None]
    if not known:
        return None, None
    missing = tuple(year.end.year for year, figure in zip(years, series) if figure.value is None)
    is_stock = indicator.aggregation == Aggregation.STOCK
    unit_word = indicator.currency if indicator.is_money else indicator.unit
    if is_stock:
        year, figure = known[-1]
        return Figure(indicator.code, figure.value, unit_word, None, figure.as_of or year.end,
                      is_estimate=figure.is_estimate), None
    total = sum((figure.value for _, figure in known), Decimal(0))
    by_year = {str(year.end.year): None if figure.value is None else str(figure.value)
               for year, figure in zip(years, series)}
    return Figure(indicator.code, total, unit_word, known[0][0].start, known[-1][0].end,
                  is_estimate=any(figure.is_estimate for _, figure in known), missing_years=missing,
                  covered_years=tuple(year.end.year for year, _ in known)), by_year


def _as_stated(indicator: Indicator, statement: Statement, period: Period, observations: list[dict]) -> Figure:
    figure = statement.figure
    is_stock = indicator.aggregation == Aggregation.STOCK
    # Reports compare amounts with the same period a year earlier, not counts nor stocks;
    # and a term shifted by one year is no period anyone reports on.
    compared = indicator.is_money and not is_stock and period.kind != PeriodKind.TERM
    qualifiers = {row["qualifier"] for row in observations} - {""}
    return Figure(
        indicator.code, figure.value, indicator.currency if indicator.is_money else indicator.unit,
        None if is_stock else period.start, (figure.as_of or period.end) if is_stock else period.end,
        is_estimate=figure.is_estimate,
        change_pct=percent(statement.change_pct) if compared else None,
        change_basis=period.end.year - 1 if period.kind == PeriodKind.YEAR else SAME_PERIOD,
        plan_pct=percent(statement.plan_pct), plan_scope=statement.plan_scope or "year",
        per_year=indicator.code in PER_YEAR_CODES,
        qualifier=qualifiers.pop() if len(qualifiers) == 1 else "",
    )


def collect_facts(*, user, period: Period) -> dict:
    """Counts and names from the records that the record sentences state."""
    by_direction = delegation_statistics(user=user, date_from=period.start, date_to=period.end)["by_direction"]
    return {"delegation_counts": {row["key"]: row["count"] for row in by_direction},
            **record_facts(user=user, period=period)}
