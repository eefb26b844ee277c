"""The province dashboard: the period's figures with change and share of plan, each
indicator over the years, the plans' gauges and what is falling behind.

Read in batches: every indicator's observations over the charts' eight years in one
query, the targets in one, the records' values in one query per table of records (all
the indicators computed from it, shared by the statement and the chart), then a few per
running plan — a constant number of queries whatever the data, instead of one series of
queries per indicator.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone

from ngoaivu.core.errors import ScopeDenied
from ngoaivu.indicators import charts
from ngoaivu.indicators.figures import FigureResolver, prefetch_many, stored_values
from ngoaivu.indicators.money import RateTable
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import Comparison, indicator_list, may_view_unit, units_of
from ngoaivu.plans.models import Target
from ngoaivu.plans.progress import Progress, plan_evaluators
from ngoaivu.plans.selectors import Statement, _best_target, _stated, _targets_of, plans_of

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
    if not may_view_unit(user, unit):
        raise ScopeDenied("Bạn không được xem số liệu của tỉnh, thành phố này.")
    as_of = min(period.end, timezone.localdate())
    board = Dashboard(unit, period, as_of)
    rates = RateTable()
    indicators = list(indicator_list())
    previous = period.same_period_last_year()
    series_periods = [period.shifted(-offset) for offset in range(SERIES_YEARS - 1, -1, -1)]
    # One resolver per indicator serves both the statement and the chart: the records'
    # values of all these periods come in one query per computed indicator.
    periods = list(dict.fromkeys([*series_periods, previous, period]))
    units = units_of(unit)
    span = Period(min(p.start for p in periods), max(p.end for p in periods))
    stored = stored_values(indicators, units, span)
    targets: dict[int, list] = {}
    for target in _targets_of(user, unit):
        targets.setdefault(target.indicator_id, []).append(target)
    resolvers = [FigureResolver(indicator, units, span, rates=rates, stored=stored.get(indicator.pk, []))
                 for indicator in indicators]
    # The figures and the running plans' targets read together: one query per table of
    # records, not one per indicator.
    evaluators = plan_evaluators(_running_plans(user, unit, period), as_of, read=False)
    prefetch_many([*((resolver, periods) for resolver in resolvers),
                   *(read for evaluator in evaluators for read in evaluator.reads())])
    for indicator, resolver in zip(indicators, resolvers):
        comparison = Comparison(resolver.figure(period), resolver.figure(previous))
        statement = _stated(comparison, _best_target(targets.get(indicator.pk, []), period), period, rates)
        if statement.figure.value is None and statement.target is None:
            continue
        board.statements.append(statement)
        if statement.figure.value is not None:
            figures = [resolver.figure(p) for p in series_periods]
            board.charts.append({"indicator": indicator, "id": f"chart-{indicator.code}",
                                 "spec": charts.series_chart(indicator, figures)})
    board.plans = [(evaluator.plan, evaluator.progress()) for evaluator in evaluators]
    return board


def _running_plans(user, unit, period: Period) -> list:
    running = [plan for plan in plans_of(user=user, unit=unit) if plan.start_year <= period.end.year <= plan.end_year]
    prefetch_related_objects(running, Prefetch(
        "targets", Target.objects.select_related("indicator", "indicator__growth_of")))
    return running
