"""Reads of indicators and observations, always within the user's province scope.

A provincial user sees the figures of their province (today's unit, with the units it
succeeded). A national user sees every province. The national comparison shows a
provincial user their own province only: other provinces' figures are theirs to publish.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Exists, OuterRef, Q

from ngoaivu.core.collation import sort_key
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province, restrict, scope_province_ids
from ngoaivu.geo.models import Province
from ngoaivu.indicators.choices import Aggregation
from ngoaivu.indicators.figures import Figure, FigureResolver, prefetch_all, stored_values
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.units import current_units, historic_units, lineage_units


def indicator_list():
    return Indicator.objects.filter(is_active=True).select_related("growth_of")


def exchange_rate_list():
    return ExchangeRate.objects.all()


def observation_list(*, user):
    return restrict(Observation.objects.select_related("indicator", "province"), user)


def conflicting_observations(queryset):
    """Observations whose key has another value and none marked as the one that counts.

    Two queries: the ids first, unsorted and uncut, which the planner reads as a join of
    the observations with themselves; then those rows. As one query sorted and cut to the
    home page's twenty, the planner expected every row to match (each matches its own key)
    and probed the others row by row: 2 s for a province, 20 s for the nation's 135.000.
    """
    key = {name: OuterRef(name) for name in ("province_id", "indicator_id", "period_start", "period_end",
                                             "counterpart")}
    # Another value is another row: no need to exclude the row itself.
    ids = queryset.order_by().filter(Exists(Observation.objects.filter(**key).exclude(value=OuterRef("value")))) \
        .exclude(Exists(Observation.objects.filter(**key, counts=True))).values_list("pk", flat=True)
    return queryset.filter(pk__in=list(ids))


# --- units the user may look at ------------------------------------------------------

def may_view_unit(user, unit: Province) -> bool:
    return may_act_in_province(user, Action.VIEW, unit.pk)


def units_of(unit: Province, units_by_id: dict[int, Province] | None = None) -> list[Province]:
    """The units whose figures show under `unit`: today's unit sums its lineage; a historic one is itself."""
    return lineage_units(unit, units_by_id) if unit.valid_to is None else [unit]


def visible_units(user, *, historic: bool = False) -> list[Province]:
    """The rows of a comparison: today's 34 units, or the 63 units before 1/7/2025."""
    units = historic_units() if historic else current_units()
    scope = scope_province_ids(user)
    if scope is None:
        return units
    return [unit for unit in units if unit.pk in scope]


def _checked(user, unit: Province) -> Province:
    if not may_view_unit(user, unit):
        raise ScopeDenied("Bạn không được xem số liệu của tỉnh, thành phố này.")
    return unit


# --- figures -------------------------------------------------------------------------

@dataclass
class Comparison:
    """A figure with the same period a year earlier, as reports state it."""

    current: Figure
    previous: Figure

    @property
    def change_pct(self) -> Decimal | None:
        return change_pct(self.current, self.previous)


def change_pct(current: Figure, previous: Figure) -> Decimal | None:
    if current.indicator.aggregation == Aggregation.RATE or current.value is None or not previous.value:
        return None
    return (current.value - previous.value) / previous.value * 100


def figure_for(*, user, unit: Province, indicator: Indicator, period: Period, counterpart: str = "") -> Comparison:
    """The value of `indicator` for `unit` over `period`, with the same period last year."""
    _checked(user, unit)
    previous = period.same_period_last_year()
    resolver = FigureResolver(indicator, units_of(unit), Period(previous.start, period.end),
                              counterpart=counterpart).prefetch([period, previous])
    return Comparison(resolver.figure(period), resolver.figure(previous))


def figures_for(*, user, unit: Province, indicators, period: Period) -> dict[int, Comparison]:
    """`figure_for` of several indicators, by indicator id: the units and every indicator's
    observations read once (a report states some thirty indicators)."""
    _checked(user, unit)
    indicators = list(indicators)
    previous = period.same_period_last_year()
    units, span = units_of(unit), Period(previous.start, period.end)
    stored = stored_values(indicators, units, span)
    resolvers = {indicator.pk: FigureResolver(indicator, units, span, stored=stored.get(indicator.pk, []))
                 for indicator in indicators}
    prefetch_all(resolvers.values(), [period, previous])
    return {pk: Comparison(resolver.figure(period), resolver.figure(previous)) for pk, resolver in resolvers.items()}


def indicator_series(*, user, unit: Province, indicator: Indicator, periods: list[Period]) -> list[Figure]:
    """The figures of one indicator over consecutive periods (an indicator page, a chart)."""
    _checked(user, unit)
    if not periods:
        return []
    span = Period(min(p.start for p in periods), max(p.end for p in periods))
    resolver = FigureResolver(indicator, units_of(unit), span).prefetch(periods)
    return [resolver.figure(period) for period in periods]


@dataclass
class NationalRow:
    unit: Province
    comparison: Comparison
    rank: int | None = None


def national_comparison(*, user, indicator: Indicator, period: Period, historic: bool = False) -> list[NationalRow]:
    """Every province the user may see on one indicator: value, change, rank (highest first).

    Today's units show the sum of the units they succeeded; `historic` lists the 63
    units before 1/7/2025 with their own figures.
    """
    rows_units = visible_units(user, historic=historic)
    every_unit_by_id = Province.objects.in_bulk()
    members = {unit.pk: units_of(unit, every_unit_by_id) for unit in rows_units}
    every_unit = {member.pk: member for group in members.values() for member in group}
    previous = period.same_period_last_year()
    resolver = FigureResolver(indicator, every_unit.values(), Period(previous.start, period.end))
    resolver.prefetch([period, previous])
    rows = [NationalRow(unit, Comparison(resolver.figure(period, members[unit.pk]),
                                         resolver.figure(previous, members[unit.pk])))
            for unit in rows_units]
    ranked = sorted((row for row in rows if row.comparison.current.value is not None),
                    key=lambda row: row.comparison.current.value, reverse=True)
    for position, row in enumerate(ranked, start=1):
        row.rank = position
    return sorted(rows, key=lambda row: (row.rank is None, row.rank or 0, sort_key(row.unit.name)))


def province_filter(queryset, unit: Province | None):
    """Observations of a unit and, for today's unit, the units it succeeded."""
    if unit is None:
        return queryset
    return queryset.filter(Q(province__in=[u.pk for u in units_of(unit)]))


def used_observations(figure: Figure) -> list[dict]:
    """The qualifier ("khoảng", "trên") and note of each stored observation a figure uses
    (a report marks a value worked back from a stated change, or "trên 3 triệu USD")."""
    pks = [candidate.observation.pk for part in figure.parts for candidate in part.used if candidate.observation]
    if not pks:
        return []
    return list(Observation.objects.filter(pk__in=pks).order_by("pk").values("qualifier", "note",
                                                                              "reported_change_pct"))


def latest_stated(*, unit: Province, indicator: Indicator, on) -> Observation | None:
    """The latest observation a person entered, imported or extracted (not computed) of a
    stock on or before `on`, for the unit and the units it succeeded."""
    from ngoaivu.indicators.choices import Source

    return Observation.objects.filter(indicator=indicator, province__in=[u.pk for u in units_of(unit)],
                                      period_end__lte=on, counterpart="").exclude(
        source=Source.COMPUTED).order_by("-period_end").first()


def latest_data_year(*, user, unit: Province | None = None, indicator: Indicator | None = None) -> int | None:
    """The latest year (not in the future) in which the unit (with the units it succeeded),
    or any province the user sees, has a figure: figure pages open there, not on an empty year."""
    from django.db.models import Max
    from django.utils import timezone

    queryset = restrict(Observation.objects.filter(period_end__year__lte=timezone.localdate().year), user)
    if unit is not None:
        queryset = queryset.filter(province__in=[u.pk for u in lineage_units(unit)])
    if indicator is not None:
        queryset = queryset.filter(indicator=indicator)
    latest = queryset.aggregate(latest=Max("period_end"))["latest"]
    return latest.year if latest else None
