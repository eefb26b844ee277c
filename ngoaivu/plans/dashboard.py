"""The province dashboard: the period's figures with change and share of plan, each
indicator over the years, the plans' gauges and what is falling behind."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from ngoaivu.indicators import charts
from ngoaivu.indicators.money import RateTable
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import indicator_list, indicator_series
from ngoaivu.plans.progress import Progress
from ngoaivu.plans.selectors import Statement, figure_statement, plans_of, progress_of

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
    series_periods = [period.shifted(-offset) for offset in range(SERIES_YEARS - 1, -1, -1)]
    for indicator in indicator_list():
        statement = figure_statement(user=user, unit=unit, indicator=indicator, period=period, rates=rates)
        if statement.figure.value is None and statement.target is None:
            continue
        board.statements.append(statement)
        if statement.figure.value is not None:
            figures = indicator_series(user=user, unit=unit, indicator=indicator, periods=series_periods)
            board.charts.append({"indicator": indicator, "id": f"chart-{indicator.code}",
                                 "spec": charts.series_chart(indicator, figures)})
    for plan in plans_of(user=user, unit=unit):
        if plan.start_year <= period.end.year <= plan.end_year:
            board.plans.append((plan, progress_of(plan, as_of=as_of)))
    return board
