"""The province dashboard: the period's figures with change and share of plan, each
indicator over the years, the plans' gauges and what is falling behind.

Read in batches: the statements of every indicator with one observation query and one
target query (plans.selectors.figure_statements), the charts' eight years with one more
observation query, then one query per computed indicator and a few per plan — about
forty queries whatever the data, instead of some four hundred.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.utils import timezone

from ngoaivu.indicators import charts
from ngoaivu.indicators.figures import FigureResolver, stored_values
from ngoaivu.indicators.money import RateTable
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import indicator_list, units_of
from ngoaivu.plans.models import Target
from ngoaivu.plans.progress import Progress, plan_progress
from ngoaivu.plans.selectors import Statement, figure_statements, plans_of

SERIES_YEARS = 8


@dataclass
class Dashboard:
    unit: object
    period: Period
    as_of: date
    statements: list[Statement] = field(default_factory=list)
    charts: list[dict] = field(default_factory=list)
    plans: list[tuple] = field(default_factory=list)     # (plan, [Progress])

    @property
    def behind(self) -> list[Progress]:
        return [progress for _plan, items in self.plans for progress in items if progress.is_behind]


def dashboard(*, user, unit, period: Period) -> Dashboard:
    as_of = min(period.end, timezone.localdate())
    board = Dashboard(unit, period, as_of)
    rates = RateTable()
    indicators = list(indicator_list())
    statements = figure_statements(user=user, unit=unit, indicators=indicators, period=period, rates=rates)
    charted = []
    for indicator in indicators:
        statement = statements[indicator.pk]
        if statement.figure.value is None and statement.target is None:
            continue
        board.statements.append(statement)
        if statement.figure.value is not None:
            charted.append(indicator)
    series_periods = [period.shifted(-offset) for offset in range(SERIES_YEARS - 1, -1, -1)]
    for indicator, figures in _series(unit, charted, series_periods, rates):
        board.charts.append({"indicator": indicator, "id": f"chart-{indicator.code}",
                             "spec": charts.series_chart(indicator, figures)})
    board.plans = _plans_progress(user, unit, period, as_of)
    return board


def _series(unit, indicators, periods: list[Period], rates: RateTable):
    """Each indicator's figures over `periods` (scope checked by figure_statements), the
    observations of all of them read at once."""
    if not indicators:
        return []
    units, span = units_of(unit), Period(periods[0].start, periods[-1].end)
    stored = stored_values(indicators, units, span)
    result = []
    for indicator in indicators:
        resolver = FigureResolver(indicator, units, span, rates=rates, stored=stored.get(indicator.pk, []))
        resolver.prefetch(periods)
        result.append((indicator, [resolver.figure(period) for period in periods]))
    return result


def _plans_progress(user, unit, period: Period, as_of: date) -> list[tuple]:
    running = [plan for plan in plans_of(user=user, unit=unit) if plan.start_year <= period.end.year <= plan.end_year]
    if not running:
        return []
    from django.db.models import prefetch_related_objects

    prefetch_related_objects(running, Prefetch(
        "targets", Target.objects.select_related("indicator", "indicator__growth_of")))
    return [(plan, plan_progress(plan, as_of)) for plan in running]
