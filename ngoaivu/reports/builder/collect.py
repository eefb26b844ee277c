"""What a province report says, read from the database into a plain JSON snapshot.

Every read goes through the requesting user's scope, narrowed to the unit reported on:
a Hà Tĩnh specialist's report of today's Hà Tĩnh reads its records and those of the
unit before 1/7/2025; a report of the historic Thừa Thiên Huế reads that unit only.
The snapshot is what a report version stores, so the text can be written again exactly.
"""
from __future__ import annotations

from datetime import date

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.accounts.models import ProvinceSettings, User
from ngoaivu.accounts.roles import Role
from ngoaivu.aid.choices import OdaProjectType
from ngoaivu.aid.selectors import oda_implementing_at
from ngoaivu.consular.choices import ActivityStatus
from ngoaivu.consular.selectors import citizen_case_list, overseas_activity_list
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.culture.selectors import cultural_event_list
from ngoaivu.delegations.selectors import delegation_statistics
from ngoaivu.geo.choices import ProvinceKind
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import current_province
from ngoaivu.indicators.choices import Aggregation
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.money import RateTable
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.indicators.selectors import may_view_unit
from ngoaivu.plans.selectors import Statement, figure_statement
from ngoaivu.reports.builder.encoding import date_out, figure_out
from ngoaivu.reports.builder.outline import PER_YEAR_CODES, reported_codes
from ngoaivu.reports.builder.record_tables import record_charts, record_tables
from ngoaivu.reports.sentences import SAME_PERIOD, Figure
from ngoaivu.trade.selectors import border_gate_list, border_gate_status_history

SNAPSHOT_SCHEMA = 1
DEFAULT_BODY, DEFAULT_ABBREVIATION = "Sở Ngoại vụ", "SNgV"


def unit_reader(user, unit: Province) -> User:
    """A read-only stand-in for `user` that sees `unit` and the units it succeeded, nothing else.

    The domain selectors read through the user's scope; narrowing the scope to the unit
    lets them serve one province's report unchanged, also for a national user or the CLI.
    """
    if not may_view_unit(user, unit):
        raise ScopeDenied(_("Bạn không được xem số liệu của tỉnh, thành phố này."))
    return User(username=f"{user.username}@{unit.key}", province=unit, role=Role.VIEWER)


def collect_snapshot(*, user, unit: Province, period: Period, today: date | None = None) -> dict:
    reader = unit_reader(user, unit)
    return {
        "schema": SNAPSHOT_SCHEMA,
        "generated_on": date_out(today or timezone.localdate()),
        "unit": {"key": unit.key, "name": unit.name},
        "header": header_for(unit),
        "period": {"start": date_out(period.start), "end": date_out(period.end)},
        "figures": collect_figures(user=reader, unit=unit, period=period),
        "facts": collect_facts(user=reader, period=period),
        "tables": record_tables(user=reader, period=period),
        "charts": record_charts(user=reader, unit=unit, period=period),
    }


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
    """Each indicator the outline states that has a value, as the report says it."""
    rates = RateTable()
    figures = {}
    for indicator in Indicator.objects.filter(code__in=reported_codes(), is_active=True):
        statement = figure_statement(user=user, unit=unit, indicator=indicator, period=period, rates=rates)
        if statement.figure.value is not None:
            figures[indicator.code] = figure_out(_as_stated(indicator, statement, period),
                                                 statement.comparison.previous.value)
    return figures


def _as_stated(indicator: Indicator, statement: Statement, period: Period) -> Figure:
    figure = statement.figure
    is_stock = indicator.aggregation == Aggregation.STOCK
    # Reports compare amounts with the same period a year earlier, not counts nor stocks;
    # and a term shifted by one year is no period anyone reports on.
    compared = indicator.is_money and not is_stock and period.kind != PeriodKind.TERM
    return Figure(
        indicator.code, figure.value, indicator.currency if indicator.is_money else indicator.unit,
        None if is_stock else period.start, (figure.as_of or period.end) if is_stock else period.end,
        is_estimate=figure.is_estimate,
        change_pct=statement.change_pct if compared else None,
        change_basis=period.end.year - 1 if period.kind == PeriodKind.YEAR else SAME_PERIOD,
        plan_pct=statement.plan_pct, plan_scope=statement.plan_scope or "year",
        per_year=indicator.code in PER_YEAR_CODES,
    )


def collect_facts(*, user, period: Period) -> dict:
    """Counts and names from the records that the record sentences state."""
    span = (period.start, period.end)
    by_direction = delegation_statistics(user=user, date_from=period.start, date_to=period.end)["by_direction"]
    cases = citizen_case_list(user=user)
    return {
        "delegations": {row["key"]: row["count"] for row in by_direction},
        "citizen_cases": {"received": cases.filter(opened_on__range=span).count(),
                          "closed": cases.filter(closed_on__range=span).count()},
        "overseas_activities": list(overseas_activity_list(user=user).filter(
            status=ActivityStatus.HELD, held_on__range=span).order_by("held_on").values_list("title", flat=True)),
        "cultural_events": list(cultural_event_list(user=user).filter(start_date__range=span)
                                .order_by("start_date").values_list("title", flat=True)),
        "border_gates": _gate_changes(user, period),
        "oda_by_type": _oda_by_type(user, period),
    }


def _gate_changes(user, period: Period) -> list[dict]:
    """Gates whose status changed in the period, grouped by their latest status in it."""
    groups: dict[str, list] = {}
    for gate in border_gate_list(user=user).order_by("name_vn"):
        change = border_gate_status_history(user=user, gate=gate).filter(
            changed_on__range=(period.start, period.end)).order_by("-changed_on").first()
        if change is not None:
            groups.setdefault(change.status, []).append(gate)
    return [{"status": status, "gate_class": _common(gate.gate_class for gate in gates),
             "gates": [f"{gate.name_vn} - {gate.name_foreign}" for gate in gates]}
            for status, gates in groups.items()]


def _oda_by_type(user, period: Period) -> dict[str, int]:
    """Projects under way at the period's end by kind, in the order of the kinds."""
    rows = oda_implementing_at(user=user, on=period.end).order_by().values("project_type").annotate(count=Count("pk"))
    counts = {row["project_type"]: row["count"] for row in rows}
    return {_lower_first(str(label)): counts[kind] for kind, label in OdaProjectType.choices if kind in counts}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _common(values) -> str:
    distinct = set(values)
    return distinct.pop() if len(distinct) == 1 else ""
