"""How far a plan's targets are: the value so far, the share of the target, the pace still
needed, a forecast to the term's end and a status.

What "the value so far" is depends on the target:
- a total over the term (FDI capital 2021–2025): the sum of the years elapsed;
- a yearly target ("2,5 – 3 triệu USD/năm"): the average of the years elapsed, each year
  also compared with the target on its own; a target of one year: that year (to date);
- a stock (partner localities): the latest reading, or its increase since the term
  started when the target counts new ones ("thiết lập mới 2 – 3 quan hệ");
- a growth rate ("tăng bình quân 7%/năm trở lên"): the compound yearly growth of the
  indicator it is the growth of, from the year before the term to the latest full year;
  without figures of that indicator, the compounded yearly rates entered.

Status thresholds (the same for every target):
- reached: the target is met, for good (a total or an increase already at the target;
  an average, a rate or a ceiling only once the term is over and covered by data);
- on track: the forecast at the pace so far meets the target;
- at risk: the forecast reaches at least 90 % of the target (for a growth rate: within
  1 percentage point; for a ceiling: at most 10 % above it);
- behind: anything worse. A term that is over and still short is behind.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ngoaivu.indicators.choices import Aggregation
from ngoaivu.indicators.figures import Figure, FigureResolver, prefetch_all, prefetch_many, stored_values
from ngoaivu.indicators.periods import Period, PeriodKind, month_end
from ngoaivu.indicators.selectors import change_pct
from ngoaivu.indicators.units import successor_chain
from ngoaivu.plans.choices import ProgressStatus, TargetKind, TargetScope

AT_RISK_SHARE = Decimal("0.9")
AT_RISK_POINTS = Decimal("1")
HUNDRED = Decimal(100)


@dataclass
class YearValue:
    period: Period
    value: Decimal | None
    pct: Decimal | None = None        # of the yearly target, when the target is yearly


@dataclass
class Progress:
    target: object
    status: str = ProgressStatus.NO_DATA
    value: Decimal | None = None      # see the module docstring; growth rates in %
    measure: str = ""                 # what `value` is: "tổng", "bình quân năm", "tăng thêm"…
    covered: Period | None = None     # the time the value covers
    pct: Decimal | None = None        # of the target (of the bottom of a range)
    pct_max: Decimal | None = None    # of the top of a range
    change_pct: Decimal | None = None  # the latest period against the same period a year earlier
    remaining: Decimal | None = None  # still to add (totals, increases, levels)
    pace_needed: Decimal | None = None  # per remaining year: to add, or to reach (averages, growth)
    forecast: Decimal | None = None   # at the term's end, at the pace so far
    years: list[YearValue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def is_behind(self) -> bool:
        return self.status in (ProgressStatus.BEHIND, ProgressStatus.AT_RISK)

    def show(self, amount) -> str:
        """An amount in the target's unit: "3,21 tỷ USD", "4,75%", "4"."""
        if amount is None:
            return "—"
        indicator = self.target.indicator
        return indicator.format_value(amount, self.target.currency or indicator.currency)

    @property
    def value_display(self) -> str:
        return self.show(self.value)

    @property
    def pace_display(self) -> str:
        return self.show(self.pace_needed)

    @property
    def remaining_display(self) -> str:
        return self.show(self.remaining)

    @property
    def forecast_display(self) -> str:
        return self.show(self.forecast)


def _pct(value, of) -> Decimal | None:
    return None if value is None or not of else value / of * HUNDRED


class PlanEvaluator:
    """Evaluates the targets of one plan as of a day, from the figures of the plan's unit
    and of the units that carried on its territory after the 2025 reorganisation."""

    def __init__(self, plan, as_of: date, *, read: bool = True, stored: dict | None = None, units=None):
        """`read=False`: the caller reads the figures (`reads`) with its own in one batch.
        `stored`: observations read for several plans at once (plan_evaluators), by
        indicator, of more units and a longer time than this plan's; it keeps its own."""
        self.plan, self.as_of = plan, as_of
        self.term = plan.period
        self.units = successor_chain(plan.province) if units is None else units
        self.span = self.span_of(plan, as_of)
        indicators = self.indicators_of(plan)
        # Every target's observations in one query, its records' values in one per table;
        # other indicators load their own.
        if stored is None:
            stored = stored_values(indicators, self.units, self.span)
        else:
            units = {unit.pk for unit in self.units}
            stored = {indicator.pk: [value for value in stored.get(indicator.pk, ())
                                     if value.province_id in units and self.span.start <= value.period.start
                                     and value.period.end <= self.span.end] for indicator in indicators}
        self._stored = {indicator.pk: [] for indicator in indicators} | stored
        self._resolvers: dict[str, FigureResolver] = {
            indicator.code: FigureResolver(indicator, self.units, self.span, stored=self._stored[indicator.pk])
            for indicator in indicators}
        if read:
            prefetch_all(self._resolvers.values(), self._read_periods())

    @staticmethod
    def span_of(plan, as_of: date) -> Period:
        """From the year before the term (the base of growth rates and increases) to its end."""
        return Period(date(plan.period.start.year - 1, 1, 1), max(plan.period.end, as_of))

    @staticmethod
    def indicators_of(plan) -> set:
        indicators = {target.indicator for target in plan.targets.all()}
        return indicators | {indicator.growth_of for indicator in indicators if indicator.growth_of_id}

    def reads(self) -> list[tuple[FigureResolver, list[Period]]]:
        """What the targets will read, for a caller that reads it with its own (read=False)."""
        periods = self._read_periods()
        return [(resolver, periods) for resolver in self._resolvers.values()]

    def progress(self) -> list[Progress]:
        return [self.evaluate(target) for target in self.plan.targets.all()]

    def _read_periods(self) -> list[Period]:
        """The periods the targets read: each year from the base year, the year to date and
        the same months a year earlier, the months year_values falls back to in the last year
        elapsed with the same months a year earlier (the change beside them), and a stock's
        reading to date with its reading a year earlier — in the first batch, not one more
        query per table when the targets are evaluated."""
        periods = [Period.year(year) for year in range(self.span.start.year, self.term.end.year + 1)]
        elapsed = self.elapsed_periods(self.term.start.year, self.term.end.year)
        periods += elapsed + [period.same_period_last_year() for period in elapsed]
        if elapsed:
            last = elapsed[-1].end
            months = [Period.to_end_of_month(last.year, month) for month in range(1, last.month)]
            periods += months + [month.same_period_last_year() for month in months]
        reading = self._stock_reading()
        periods += [reading, self._year_before(reading.end)]
        return list(dict.fromkeys(periods))

    def _stock_reading(self) -> Period:
        """The term so far, which a stock target reads."""
        return Period(self.term.start, min(self.as_of, self.term.end))

    @staticmethod
    def _year_before(day: date) -> Period:
        """From the first of January a year before `day` to that day: a stock's change."""
        year_before = Period.day(day).same_period_last_year().end
        return Period(date(year_before.year, 1, 1), year_before)

    def resolver(self, indicator) -> FigureResolver:
        if indicator.code not in self._resolvers:
            self._resolvers[indicator.code] = FigureResolver(
                indicator, self.units, self.span, stored=self._stored.get(indicator.pk)).prefetch(self._read_periods())
        return self._resolvers[indicator.code]

    def figure(self, indicator, period: Period) -> Figure:
        return self.resolver(indicator).figure(period)

    # --- periods ---------------------------------------------------------------------

    def elapsed_periods(self, first_year: int, last_year: int) -> list[Period]:
        """Whole years elapsed by `as_of`, then the current year to its last complete month."""
        periods = []
        as_of = self.as_of
        last_month = as_of.month if as_of == month_end(as_of.year, as_of.month) else as_of.month - 1
        for year in range(first_year, last_year + 1):
            whole = Period.year(year)
            if whole.end <= as_of:
                periods.append(whole)
            elif year == as_of.year and last_month >= 1:
                periods.append(Period.to_end_of_month(year, last_month))
        return periods

    def year_values(self, indicator, periods: list[Period], *, to_date: bool = False) -> list[YearValue]:
        """The value of each period; with `to_date`, a last year not yet reported whole falls
        back to its latest figure "đến hết tháng N" (exports to July, for a year's plan)."""
        values = [YearValue(period, self.figure(indicator, period).value) for period in periods]
        if to_date and values and values[-1].value is None:
            last = values[-1].period
            for month in range(last.end.month - 1, 0, -1):
                partial = Period.to_end_of_month(last.end.year, month)
                value = self.figure(indicator, partial).value
                if value is not None:
                    values[-1] = YearValue(partial, value)
                    break
        return values

    # --- targets ---------------------------------------------------------------------

    def evaluate(self, target) -> Progress:
        aggregation = target.indicator.aggregation
        if target.is_growth_rate:
            return self._growth(target)
        if target.scope == TargetScope.YEAR:
            return self._yearly(target)
        if aggregation == Aggregation.STOCK:
            return self._stock(target)
        if aggregation == Aggregation.FLOW:
            return self._total(target)
        return self._latest(target)

    def _total(self, target) -> Progress:
        progress = Progress(target, measure="tổng")
        years = self.year_values(target.indicator, self.elapsed_periods(self.term.start.year, self.term.end.year),
                                 to_date=True)
        progress.years = years
        known = [year for year in years if year.value is not None]
        if not known:
            return progress
        progress.value = sum((year.value for year in known), Decimal(0))
        progress.covered = Period(self.term.start, known[-1].period.end)
        self._note_gaps(progress, years)
        elapsed = sum(year.period.length_in_years for year in known)
        progress.forecast = progress.value / elapsed * self.term.length_in_years
        self._finish(progress, can_reach_early=True)
        progress.change_pct = self._change(target.indicator, known[-1].period)
        return progress

    def _yearly(self, target) -> Progress:
        first, last = (target.year, target.year) if target.year else (self.term.start.year, self.term.end.year)
        progress = Progress(target, measure="năm" if target.year else "bình quân năm")
        progress.years = self.year_values(target.indicator, self.elapsed_periods(first, last), to_date=True)
        for year in progress.years:
            year.pct = _pct(year.value, target.threshold)
        whole = [y for y in progress.years if y.value is not None and y.period.kind == PeriodKind.YEAR]
        partial = [y for y in progress.years if y.value is not None and y.period.kind != PeriodKind.YEAR]
        if target.year and partial:
            # The year is still running: its value so far, and where that pace leads.
            current = partial[-1]
            progress.value, progress.covered = current.value, current.period
            progress.forecast = current.value * Decimal(Period.year(target.year).days) / Decimal(current.period.days)
        elif whole:
            progress.value = sum((y.value for y in whole), Decimal(0)) / len(whole)
            progress.covered = Period(whole[0].period.start, whole[-1].period.end)
            progress.forecast = progress.value
        else:
            return progress
        self._note_gaps(progress, progress.years)
        self._finish(progress, can_reach_early=bool(target.year))
        progress.change_pct = self._change(target.indicator, progress.covered if target.year else whole[-1].period)
        return progress

    def _stock(self, target) -> Progress:
        indicator = target.indicator
        progress = Progress(target, measure="tăng thêm" if target.counts_increase else "hiện có")
        reading = self.figure(indicator, self._stock_reading())
        base_period = Period.year(self.term.start.year - 1)
        base = self.figure(indicator, base_period).value
        progress.years = self.year_values(indicator, self.elapsed_periods(self.term.start.year, self.term.end.year))
        if reading.value is None or (target.counts_increase and base is None):
            if target.counts_increase and reading.value is not None:
                progress.notes.append(f"Chưa có số liệu đầu kỳ ({base_period.label}) để tính số tăng thêm.")
            return progress
        read_on = reading.as_of or reading.period.end
        progress.covered = Period(self.term.start, read_on)
        progress.value = reading.value - base if target.counts_increase else reading.value
        elapsed = progress.covered.length_in_years
        if base is None:
            progress.forecast = progress.value
        else:
            growth = (reading.value - base) / elapsed * self.term.length_in_years
            progress.forecast = growth if target.counts_increase else base + growth
        self._finish(progress, can_reach_early=True)
        progress.change_pct = change_pct(reading, self.figure(indicator, self._year_before(read_on)))
        return progress

    def _growth(self, target) -> Progress:
        """Compound yearly growth since the year before the term (or the target's year)."""
        first, last = (target.year, target.year) if target.year else (self.term.start.year, self.term.end.year)
        progress = Progress(target, measure="tăng bình quân năm")
        whole_years = [p for p in self.elapsed_periods(first, last) if p.kind == PeriodKind.YEAR]
        base_indicator = target.indicator.growth_of
        rate = None
        if base_indicator is not None and whole_years:
            rate = self._compound_growth(progress, base_indicator, first - 1, whole_years)
        if rate is None:
            rate = self._compounded_rates(progress, target.indicator, whole_years)
        if rate is None:
            return progress
        progress.value = progress.forecast = rate
        self._finish(progress, can_reach_early=False, points=True)
        return progress

    def _compound_growth(self, progress: Progress, indicator, base_year: int, years: list[Period]):
        base = self.figure(indicator, Period.year(base_year)).value
        values = self.year_values(indicator, years)
        known = [y for y in values if y.value is not None]
        if not base or not known:
            return None
        latest = known[-1]
        span = latest.period.end.year - base_year
        growth = (float(latest.value) / float(base)) ** (1 / span) - 1
        progress.covered = Period(Period.year(base_year + 1).start, latest.period.end)
        previous = base
        for year in values:
            year.pct = _pct(year.value - previous, previous) if year.value is not None and previous else None
            previous = year.value
        progress.years = values
        self._note_gaps(progress, values)
        remaining = self.term.end.year - latest.period.end.year
        threshold = progress.target.threshold
        if remaining > 0 and threshold is not None:
            needed_end = float(base) * (1 + float(threshold) / 100) ** (self.term.end.year - base_year)
            progress.pace_needed = Decimal(((needed_end / float(latest.value)) ** (1 / remaining) - 1) * 100)
        progress.notes.append(f"Tính từ {indicator.name_vi.lower()} năm {base_year} và năm "
                              f"{latest.period.end.year}.")
        return Decimal(growth * 100)

    def _compounded_rates(self, progress: Progress, indicator, years: list[Period]):
        values = self.year_values(indicator, years)
        known = [y for y in values if y.value is not None]
        if not known:
            return None
        product = 1.0
        for year in known:
            product *= 1 + float(year.value) / 100
        progress.years = values
        progress.covered = Period(known[0].period.start, known[-1].period.end)
        self._note_gaps(progress, values)
        return Decimal((product ** (1 / len(known)) - 1) * 100)

    def _latest(self, target) -> Progress:
        progress = Progress(target, measure="năm gần nhất")
        progress.years = self.year_values(target.indicator,
                                          self.elapsed_periods(self.term.start.year, self.term.end.year))
        known = [y for y in progress.years if y.value is not None]
        if not known:
            return progress
        progress.value = progress.forecast = known[-1].value
        progress.covered = known[-1].period
        self._finish(progress, can_reach_early=False)
        return progress

    # --- shared ----------------------------------------------------------------------

    def _change(self, indicator, period: Period) -> Decimal | None:
        return change_pct(self.figure(indicator, period), self.figure(indicator, period.same_period_last_year()))

    def _note_gaps(self, progress: Progress, years: list[YearValue]) -> None:
        missing = [y.period.label for y in years if y.value is None and y.period.kind == PeriodKind.YEAR]
        if missing:
            progress.notes.append("Chưa có số liệu " + ", ".join(missing) + ".")

    def _finish(self, progress: Progress, *, can_reach_early: bool, points: bool = False) -> None:
        target = progress.target
        threshold = target.threshold
        progress.pct = _pct(progress.value, threshold)
        if target.kind == TargetKind.RANGE:
            progress.pct_max = _pct(progress.value, target.value_max)
        over = progress.covered is not None and progress.covered.end >= self._target_end(target)
        if progress.pace_needed is None and not points:
            progress.pace_needed = self._pace(progress, threshold)
        progress.status = _status(target.kind, threshold, progress.value, progress.forecast,
                                  finished=over, can_reach_early=can_reach_early, points=points)
        if progress.status == ProgressStatus.REACHED:
            progress.remaining = progress.pace_needed = None

    def _target_end(self, target) -> date:
        return Period.year(target.year).end if target.year else self.term.end

    def _pace(self, progress: Progress, threshold) -> Decimal | None:
        """What each remaining year must add (totals, increases) or reach (averages).

        Sets `remaining` for totals and levels; a pace is given only when at least a year
        remains (for a year's plan, what is still needed is the remaining amount itself).
        """
        remaining_days = (self._target_end(progress.target) - progress.covered.end).days
        if threshold is None or remaining_days <= 0 or progress.target.kind == TargetKind.CEILING:
            return None
        if progress.measure == "bình quân năm":
            elapsed = len([y for y in progress.years if y.value is not None and y.period.kind == PeriodKind.YEAR])
            total_years = self.term.end.year - self.term.start.year + 1
            remaining_years = total_years - elapsed
            return max((threshold * total_years - progress.value * elapsed) / remaining_years, Decimal(0)) \
                if remaining_years > 0 else None
        progress.remaining = max(threshold - progress.value, Decimal(0))
        remaining_years = Period(progress.covered.next_day(), self._target_end(progress.target)).length_in_years
        return progress.remaining / remaining_years if remaining_years >= 1 else None


def _status(kind: str, threshold, value, forecast, *, finished: bool, can_reach_early: bool,
            points: bool) -> str:
    if value is None or threshold is None:
        return ProgressStatus.NO_DATA

    def meets(amount) -> bool:
        return amount <= threshold if kind == TargetKind.CEILING else amount >= threshold

    def nearly(amount) -> bool:
        if points:
            return amount >= threshold - AT_RISK_POINTS
        if kind == TargetKind.CEILING:
            return amount <= threshold / AT_RISK_SHARE
        return amount >= threshold * AT_RISK_SHARE

    if meets(value) and (finished or (can_reach_early and kind != TargetKind.CEILING)):
        return ProgressStatus.REACHED
    if finished:
        return ProgressStatus.BEHIND
    if meets(forecast):
        return ProgressStatus.ON_TRACK
    return ProgressStatus.AT_RISK if nearly(forecast) else ProgressStatus.BEHIND


def plan_progress(plan, as_of: date) -> list[Progress]:
    return PlanEvaluator(plan, as_of).progress()


def plan_evaluators(plans, as_of: date, *, read: bool = True) -> list[PlanEvaluator]:
    """Evaluators of several plans (their targets prefetched) whose figures are read together:
    the observations of every plan in one query, the records' values in one per table — the
    national home page checks fifty plans, which took some ten queries each one by one.
    `read=False`: the caller adds the evaluators' `reads` to its own batch."""
    plans = list(plans)
    if not plans:
        return []
    chains = [successor_chain(plan.province) for plan in plans]
    units = {unit.pk: unit for chain in chains for unit in chain}
    spans = [PlanEvaluator.span_of(plan, as_of) for plan in plans]
    indicators = set().union(*(PlanEvaluator.indicators_of(plan) for plan in plans))
    stored = stored_values(indicators, units.values(),
                           Period(min(span.start for span in spans), max(span.end for span in spans)))
    evaluators = [PlanEvaluator(plan, as_of, read=False, stored=stored, units=chain)
                  for plan, chain in zip(plans, chains)]
    if read:
        prefetch_many([read for evaluator in evaluators for read in evaluator.reads()])
    return evaluators
