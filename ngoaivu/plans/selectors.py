"""Reads of plans, their progress, and figures stated the way reports state them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch, prefetch_related_objects

from ngoaivu.core.registry import records
from ngoaivu.indicators.money import Conversion, MissingRate, RateTable
from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.indicators.selectors import Comparison, figure_for, figures_for, units_of
from ngoaivu.plans.choices import TargetKind, TargetScope
from ngoaivu.plans.models import Plan, Target
from ngoaivu.plans.progress import Progress, plan_evaluators, plan_progress

HUNDRED = Decimal(100)


def plan_list(*, user):
    return records(Plan, user)


def target_list(*, user):
    return records(Target, user)


def plan_with_targets(plan: Plan) -> Plan:
    """The plan with its targets and their indicators read (into the caller's instance, which
    the page and the API have just read: not a second query for the plan)."""
    prefetch_related_objects([plan], Prefetch(
        "targets", Target.objects.select_related("indicator", "indicator__growth_of")))
    return plan


def progress_of(plan: Plan, *, as_of: date) -> list[Progress]:
    """The plan's targets and how far each is (the caller has checked the plan is visible)."""
    return plan_progress(plan_with_targets(plan), as_of)


def plans_behind(queryset, *, as_of: date, limit: int = 50):
    """Plans running this year or finished last year with a target behind or at risk."""
    recent = list(queryset.filter(start_year__lte=as_of.year, end_year__gte=as_of.year - 1)
                  .select_related("province")[:limit])
    prefetch_related_objects(recent, Prefetch(
        "targets", Target.objects.select_related("indicator", "indicator__growth_of")))
    ids = [evaluator.plan.pk for evaluator in plan_evaluators(recent, as_of)
           if any(item.is_behind for item in evaluator.progress())]
    return queryset.filter(pk__in=ids)


def plans_of(*, user, unit) -> list[Plan]:
    """Plans of a province unit and, for today's unit, of the units it succeeded."""
    return list(plan_list(user=user).filter(province__in=[u.pk for u in units_of(unit)]))


# --- a figure against its plan -------------------------------------------------------------

@dataclass
class Statement:
    """What a report says of a figure: its value, change on the same period, share of the plan."""

    comparison: Comparison
    target: Target | None = None
    plan_value: Decimal | None = None         # the target in the figure's currency
    plan_value_max: Decimal | None = None
    conversion: Conversion | None = None      # when the target is in another currency

    @property
    def figure(self):
        return self.comparison.current

    @property
    def change_pct(self) -> Decimal | None:
        return self.comparison.change_pct

    @property
    def plan_pct(self) -> Decimal | None:
        value = self.figure.value
        return None if value is None or not self.plan_value else value / self.plan_value * HUNDRED

    @property
    def plan_pct_max(self) -> Decimal | None:
        value = self.figure.value
        return None if value is None or not self.plan_value_max else value / self.plan_value_max * HUNDRED

    @property
    def plan_scope(self) -> str:
        """"year" for the year's plan ("đạt 54% kế hoạch năm"), else "term"."""
        if self.target is None:
            return ""
        one_year = self.target.scope == TargetScope.YEAR or self.target.plan.start_year == self.target.plan.end_year
        return "year" if one_year else "term"


def _target_rank(target: Target, period: Period) -> int | None:
    """How well a target states the plan for `period`; None when it does not apply."""
    plan, year = target.plan, period.end.year
    if target.is_growth_rate or target.counts_increase:
        return None
    if period.start.year == year and period.kind != PeriodKind.TERM:
        if target.scope == TargetScope.YEAR and target.year == year:
            return 0
        if target.scope == TargetScope.TERM and plan.start_year == plan.end_year == year:
            return 1
        if target.scope == TargetScope.YEAR and target.year is None and plan.start_year <= year <= plan.end_year:
            return 2
        return None
    if target.scope == TargetScope.TERM and plan.period == period:
        return 0
    return None


def plan_target_for(*, user, unit, indicator, period: Period) -> Target | None:
    """The target the figure is measured against: the year's plan, or the term's."""
    return _best_target(_targets_of(user, unit).filter(indicator=indicator), period)


def _targets_of(user, unit):
    return target_list(user=user).filter(province__in=[u.pk for u in units_of(unit)], plan__deleted_at__isnull=True)


def _best_target(targets, period: Period) -> Target | None:
    ranked = [(rank, target) for target in targets if (rank := _target_rank(target, period)) is not None]
    return min(ranked, key=lambda item: (item[0], -item[1].plan.start_year))[1] if ranked else None


def figure_statement(*, user, unit, indicator, period: Period, rates: RateTable | None = None) -> Statement:
    comparison = figure_for(user=user, unit=unit, indicator=indicator, period=period)
    return _stated(comparison, plan_target_for(user=user, unit=unit, indicator=indicator, period=period), period,
                   rates)


def figure_statements(*, user, unit, indicators, period: Period, rates: RateTable | None = None) -> dict[int, Statement]:
    """`figure_statement` of several indicators, by indicator id, with a constant number of
    queries for the observations and targets (a report states some thirty indicators)."""
    indicators = list(indicators)
    comparisons = figures_for(user=user, unit=unit, indicators=indicators, period=period)
    targets: dict[int, list[Target]] = {}
    for target in _targets_of(user, unit).filter(indicator__in=[indicator.pk for indicator in indicators]):
        targets.setdefault(target.indicator_id, []).append(target)
    return {indicator.pk: _stated(comparisons[indicator.pk], _best_target(targets.get(indicator.pk, []), period),
                                  period, rates) for indicator in indicators}


def _stated(comparison: Comparison, target: Target | None, period: Period, rates: RateTable | None) -> Statement:
    statement = Statement(comparison)
    if target is None:
        return statement
    statement.target = target
    low = target.threshold
    high = target.value_max if target.kind == TargetKind.RANGE else None
    wanted = statement.figure.currency
    if target.currency and wanted and target.currency != wanted:
        rates = rates or RateTable()
        try:
            statement.conversion = rates.convert(low, target.currency, wanted, period.end)
        except MissingRate:
            return statement
        low = statement.conversion.amount
        high = high and rates.convert(high, target.currency, wanted, period.end).amount
    statement.plan_value, statement.plan_value_max = low, high
    return statement
