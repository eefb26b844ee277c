"""The value of an indicator for a set of province units over a period, and how it was found.

For each unit, over the part of the period the unit existed:
1. an observation of exactly that period (the one marked "counts", else by source:
   entered, imported, extracted), or the value computed live from the records, or a
   stored computed snapshot; every other candidate is kept as an alternative;
2. else, for a flow, observations that tile the period exactly (months into a year);
   a unit that reported a whole period it only partly existed for (the merged province's
   2025 figure) gives the figure on its own;
3. a rate is never combined.
A stock is read on one day: the latest day inside the period with a reading (the records
give one on any day), summed over the units in force that day. Flows add up over the
units; money is expressed in the indicator's currency, each conversion noted. Units
with no value are listed as missing rather than counted as zero.

Records filed under a unit for dates it did not exist (a partner of 2020 entered under
today's Thái Nguyên, a Bắc Kạn relation still running after 1/7/2025) belong to its line
of succession: they count in the figure of that line, as a part of their own ("outside"),
beside the records of the units in force then. A stored figure of a unit in force covers
its whole territory wherever records are filed, so beside it they are named, not added;
so is the new unit's share in an old unit's own figure (`Figure.uncounted`, ADR 0020).

Scoping is the caller's business (selectors.py): this module takes units as given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from ngoaivu.geo.selectors import predecessor_ids, successor_units
from ngoaivu.indicators.batch import values_for_many
from ngoaivu.indicators.choices import SOURCE_PRECEDENCE, Aggregation, Source
from ngoaivu.indicators.computations import computation_for
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.money import Conversion, MissingRate, RateTable
from ngoaivu.indicators.periods import Period, tile
from ngoaivu.indicators.units import clip_to_unit, is_valid_on, later_units, lines, outside_unit

LIVE = "live"  # a value computed from the records now, not stored
OUTSIDE = "outside"  # a part's method: a unit's records dated when it did not exist

# Rank of a candidate for the same key; lower wins. A live computation is fresher than a
# stored computed snapshot but gives way to any figure a person entered or imported.
_RANK = {**SOURCE_PRECEDENCE, LIVE: SOURCE_PRECEDENCE[Source.COMPUTED] - 0.5}


@dataclass(frozen=True, slots=True)
class StoredValue:
    """The fields of an observation a figure reads: a national comparison reads thousands,
    so they are not loaded as whole model instances (the observation's page loads those)."""

    pk: int
    province_id: int
    period: Period
    value: Decimal
    currency: str
    source: str
    is_estimate: bool
    counts: bool
    updated_at: datetime

    FIELDS = ("pk", "province_id", "period_start", "period_end", "value", "currency", "source", "is_estimate",
              "counts", "updated_at")

    @classmethod
    def from_row(cls, pk, province_id, start, end, *rest) -> StoredValue:
        return cls(pk, province_id, Period(start, end), *rest)

    @property
    def source_label(self) -> str:
        return Source(self.source).label


@dataclass(frozen=True)
class Candidate:
    """One known value for a key: a stored observation, or the records' value computed now."""

    amounts: tuple[tuple[str, Decimal], ...]   # (currency, value): several when records mix currencies
    source: str                                # a Source value, or LIVE
    observation: StoredValue | None = None
    estimated: bool = False                    # a live value computed from estimated records

    @classmethod
    def of(cls, observation: StoredValue) -> Candidate:
        return cls(((observation.currency, observation.value),), observation.source, observation)

    @property
    def value(self) -> Decimal | None:
        return self.amounts[0][1] if len(self.amounts) == 1 else None

    @property
    def currency(self) -> str:
        return self.amounts[0][0] if len(self.amounts) == 1 else ""

    @property
    def is_estimate(self) -> bool:
        return self.observation.is_estimate if self.observation else self.estimated

    @property
    def rank(self) -> tuple:
        obs = self.observation
        return (not (obs and obs.counts), _RANK[self.source], self.is_estimate,
                -(obs.updated_at.timestamp() if obs and obs.updated_at else 0))

    def display(self, indicator: Indicator) -> str:
        return " + ".join(indicator.format_value(value, currency) for currency, value in self.amounts)


@dataclass(frozen=True)
class Part:
    """One unit's contribution to a figure."""

    unit: object                         # geo.Province
    period: Period
    value: Decimal | None = None
    currency: str = ""
    method: str = ""                     # exact, computed, tiled, outside
    used: tuple[Candidate, ...] = ()
    alternatives: tuple[Candidate, ...] = ()
    conversions: tuple[Conversion, ...] = ()


@dataclass
class Figure:
    indicator: Indicator
    period: Period
    value: Decimal | None = None
    currency: str = ""
    parts: list[Part] = field(default_factory=list)
    missing_units: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    uncounted: list[Part] = field(default_factory=list)  # records of the territory shown, not added

    @property
    def is_estimate(self) -> bool:
        return any(candidate.is_estimate for part in self.parts for candidate in part.used)

    @property
    def conversions(self) -> list[Conversion]:
        return [conversion for part in self.parts for conversion in part.conversions]

    @property
    def as_of(self) -> date | None:
        """For a stock: the day it was read (may precede the period's end)."""
        if self.indicator.aggregation != Aggregation.STOCK or not self.parts:
            return None
        return self.parts[0].period.end

    @property
    def display(self) -> str:
        return self.indicator.format_value(self.value, self.currency)


def stored_values(indicators, units, span: Period, counterpart: str = "") -> dict[int, list[StoredValue]]:
    """The observations of several indicators inside `span`, by indicator id, in one query
    (a plan's targets read a dozen indicators)."""
    rows = Observation.objects.filter(
        indicator__in=[indicator.pk for indicator in indicators], province__in=[unit.pk for unit in units],
        period_start__gte=span.start, period_end__lte=span.end,
        **({"counterpart__iexact": counterpart} if counterpart else {"counterpart": ""}),
    ).order_by().values_list("indicator_id", *StoredValue.FIELDS)
    by_indicator: dict[int, list[StoredValue]] = {}
    for indicator_id, *row in rows:
        by_indicator.setdefault(indicator_id, []).append(StoredValue.from_row(*row))
    return by_indicator


def prefetch_all(resolvers, periods) -> None:
    """`prefetch` of several resolvers at once: their records' values of `periods` with one
    query per table (batch.values_for_many) rather than one per indicator — a
    dashboard or a report reads some thirty indicators from fifteen tables."""
    prefetch_many([(resolver, periods) for resolver in resolvers])


def prefetch_many(reads) -> None:
    """`prefetch_all` of (resolver, periods) pairs, each resolver with its own periods: a
    dashboard's figures and its plans' targets read together, one query per table."""
    asked: list[tuple[FigureResolver, list[Period]]] = []
    for resolver, periods in reads:
        missing = resolver._missing(periods)
        if resolver.computation is None or not missing:
            continue
        if resolver.counterpart:  # a partner's figure: its own filter, its own query
            resolver.prefetch(periods)
            continue
        asked.append((resolver, missing))
    if not asked:
        return
    # Values come by unit, and a resolver reads only its own units' (and their successors',
    # read_ids): the union is read once (a plan's unit of 2021 beside today's merged one).
    units = {pk for resolver, _ in asked for pk in resolver.read_ids}
    wanted: dict = {}
    for resolver, missing in asked:
        for leaf in resolver.computation.leaves():
            wanted.setdefault(leaf, []).extend(missing)
    results = values_for_many(wanted, sorted(units))
    for resolver, missing in asked:
        resolver._computed.update(resolver.computation.assemble(results, missing))


class FigureResolver:
    """Resolves one indicator for many periods and units with one observation query.

    `span` must contain every period asked for later.
    """

    def __init__(self, indicator: Indicator, units, span: Period, *, counterpart: str = "",
                 rates: RateTable | None = None, stored: list[StoredValue] | None = None):
        self.indicator = indicator
        self.units = list(units)
        self.counterpart = counterpart
        self.rates = rates
        self.computation = computation_for(indicator.code)
        self._computed: dict[Period, dict] = {}
        self._by_unit: dict[int, list[StoredValue]] = {}
        # A unit's observations by their period, and the best of each period: a dashboard
        # asks some forty figures of every resolver.
        self._by_period: dict[int, dict[Period, list[StoredValue]]] = {}
        self._best: dict[int, dict[Period, Candidate]] = {}
        self._lines: dict[tuple[int, ...], dict[int, list]] = {}
        # The records of the units that carried on these units' territory are read too: an
        # old unit's figure names those filed under the new unit for its own time.
        self.read_ids = [unit.pk for unit in self.units] + later_units(self.units)
        if stored is None:
            stored = stored_values([indicator], self.units, span, counterpart).get(indicator.pk, [])
        for value in stored:
            self._by_unit.setdefault(value.province_id, []).append(value)
            self._by_period.setdefault(value.province_id, {}).setdefault(value.period, []).append(value)

    # --- public -----------------------------------------------------------------------

    def prefetch(self, periods) -> FigureResolver:
        """Compute the records' values of these periods with one query (figures asked later
        for other periods are computed when asked). A stock is computed on the last days."""
        missing = self._missing(periods)
        if self.computation is not None and missing:
            self._computed.update(self.computation.values_for(self.read_ids, missing, self.counterpart))
        return self

    def _missing(self, periods) -> list[Period]:
        """The keys of these periods whose records' values are not read yet, as `figure` will
        ask them. A stock's are days: each period's last and the latest day inside it with a
        stored reading, where `_stock_figure` looks when the records give nothing on the last."""
        if self.indicator.aggregation == Aggregation.STOCK:
            read_on = {value.period.end for values in self._by_unit.values() for value in values}
            latest = [max((day for day in read_on if period.contains(day)), default=None) for period in periods]
            periods = [Period.day(day) for period, last in zip(periods, latest) for day in (period.end, last) if day]
        else:  # and the part of each period a unit existed for (a merged unit's second half of 2025)
            line = self._line(self.units)  # and the parts it did not, where its records may be dated
            periods = [piece for period in periods for piece in (period, *(
                part for unit in self.units for part in (clip_to_unit(period, unit),
                                                         *outside_unit(period, unit, line[unit.pk])))) if piece]
        return [period for period in dict.fromkeys(periods) if period not in self._computed]

    def figure(self, period: Period, units=None) -> Figure:
        units = self.units if units is None else list(units)
        if self.indicator.aggregation == Aggregation.STOCK:
            return self._stock_figure(period, units)
        figure = Figure(self.indicator, period, currency=self.indicator.currency)
        reporters = self._whole_period_reporters(period, units)
        if reporters:
            self._add_parts(figure, [(unit, period) for unit in reporters])
            return self._totalled(figure)
        self._add_parts(figure, [(unit, clip_to_unit(period, unit)) for unit in units])
        if self.indicator.aggregation == Aggregation.RATE:
            if len(figure.parts) > 1:
                figure.notes.append("Không cộng tỷ lệ của nhiều đơn vị hành chính.")
                figure.parts, figure.missing_units = [], []
            return self._totalled(figure)
        line = self._line(units)
        self._add_outside(figure, [(unit, piece, [other for other in line[unit.pk] if clip_to_unit(piece, other)])
                                   for unit in units for piece in outside_unit(period, unit, line[unit.pk])])
        self._add_later(figure, [(unit, clip_to_unit(period, unit)) for unit in units], units)
        return self._totalled(figure)

    def _whole_period_reporters(self, period: Period, units) -> list:
        """Units that reported a whole period they existed for only in part.

        After a merger the new province reports the full year for its whole territory
        (Thái Nguyên's 2025 exports include Bắc Kạn's first half): that figure stands
        alone rather than being added to the old units' halves. Old units' figures of a
        term running past their end (2021–2025) count whole too, summed if several.
        """
        reporters = [unit for unit in units if period in self._by_period.get(unit.pk, ())
                     and clip_to_unit(period, unit) != period]
        in_force = [unit for unit in reporters if is_valid_on(unit, period.end)]
        return in_force[:1] or reporters

    def _stock_figure(self, period: Period, units) -> Figure:
        """The latest day inside the period with a reading, summed over the units in force that day."""
        figure = Figure(self.indicator, period, currency=self.indicator.currency)
        days = {obs.period.end for unit in units for obs in self._by_unit.get(unit.pk, ())
                if period.contains(obs.period.end) and is_valid_on(unit, obs.period.end)}
        if self.computation is not None:
            days.add(period.end)  # records give a reading on any day
        line, kept = self._line(units), None
        for day in sorted(days, reverse=True):
            in_force = [unit for unit in units if is_valid_on(unit, day)]
            self._add_parts(figure, [(unit, Period.day(day)) for unit in in_force])
            self._add_outside(figure, [(unit, Period.day(day), [other for other in line[unit.pk] if other in in_force])
                                       for unit in units if unit not in in_force])
            self._add_later(figure, [(unit, Period.day(day)) for unit in in_force], units)
            if figure.parts:
                break
            # Without a value, the latest day's notes stay (what was filed under the new unit).
            kept = kept or (figure.notes, figure.uncounted)
            figure.missing_units, figure.notes, figure.uncounted = [], [], []
        if not figure.parts and kept:
            figure.notes, figure.uncounted = kept
        return self._totalled(figure)

    def _add_parts(self, figure: Figure, unit_periods) -> None:
        for unit, unit_period in unit_periods:
            if unit_period is None:
                continue
            try:
                part = self._part(unit, unit_period)
            except MissingRate as error:
                figure.notes.extend(error.messages)
                part = Part(unit, unit_period)
            if part.value is None:
                figure.missing_units.append(unit)
            else:
                figure.parts.append(part)

    def _line(self, units) -> dict[int, list]:
        key = tuple(unit.pk for unit in units)
        if key not in self._lines:
            self._lines[key] = lines(units)
        return self._lines[key]

    def _add_outside(self, figure: Figure, pieces) -> None:
        """Records of a unit dated when it did not exist, in the figure of its line: each
        (unit, piece, hosts) — the units of its line that existed in the piece. Counted with
        the hosts' records; beside a host's stored figure (its whole territory's), named."""
        for unit, piece, hosts in pieces:
            if not hosts or self.computation is None:
                continue
            part = self._records_part(figure, unit, piece)
            if part is None:
                continue
            # A computed snapshot is the host's own records, as a live value is: not its territory's.
            stated = [host for host in hosts if any(candidate.source not in (LIVE, Source.COMPUTED)
                                                    for done in figure.parts if done.unit == host
                                                    for candidate in done.used)]
            if not stated:
                figure.parts.append(part)
                continue
            figure.uncounted.append(part)
            figure.notes.append(
                f"Chưa cộng hồ sơ ghi dưới {unit.name} có ngày ngoài thời gian tồn tại của đơn vị này "
                f"({self.indicator.format_value(part.value, part.currency)}): số liệu đã có của "
                f"{', '.join(host.name for host in stated)} được coi là của cả địa bàn.")

    def _add_later(self, figure: Figure, unit_periods, units) -> None:
        """In an old unit's own figure, the records of its time filed under the unit that
        carried on its territory (not in the figure): named, not added — they count in the
        new unit's figure, and cannot be split among the old units it was formed from."""
        shown, read, asked = set(), set(self.read_ids), {unit.pk for unit in units}
        for unit, own in unit_periods:
            if own is None or self.computation is None:
                continue
            for later in successor_units(unit.pk):
                if later.pk not in read or later.pk in asked or (later.pk, own) in shown:
                    continue
                shown.add((later.pk, own))
                part = self._records_part(figure, later, own)
                if part is None:
                    continue
                figure.uncounted.append(part)
                merged = len(predecessor_ids(later.pk)) > 1
                figure.notes.append(
                    f"Chưa tính hồ sơ ghi dưới đơn vị mới {later.name} có ngày trong thời gian này "
                    f"({self.indicator.format_value(part.value, part.currency)}): "
                    f"{'không tách được cho từng đơn vị cũ, ' if merged else ''}"
                    f"đã tính trong số liệu của {later.name}.")

    def _records_part(self, figure: Figure, unit, key: Period) -> Part | None:
        """The unit's records' value of `key` as a part of its own, or None without records."""
        computed = self._computed_values(key).get(unit.pk)
        if computed is None or not computed.amounts:
            return None
        candidate = Candidate(tuple(sorted(computed.amounts.items())), LIVE, estimated=computed.is_estimate)
        try:
            return self._priced(Part(unit, key, method=OUTSIDE, used=(candidate,)))
        except MissingRate as error:
            figure.notes.extend(error.messages)
            return None

    @staticmethod
    def _totalled(figure: Figure) -> Figure:
        if not figure.parts:
            figure.missing_units = []
        else:
            figure.value = sum((part.value for part in figure.parts), Decimal(0))
        return figure

    # --- one unit ----------------------------------------------------------------------

    def _part(self, unit, period: Period) -> Part:
        candidates = self._candidates(unit, period)
        if candidates:
            best = candidates[0]
            method = "computed" if best.source == LIVE else "exact"
            return self._priced(Part(unit, period, method=method, used=(best,), alternatives=tuple(candidates)))
        if self.indicator.aggregation == Aggregation.FLOW:
            observations = self._best_per_period(unit)
            pieces = tile(period, list(observations))
            if pieces:
                return self._priced(Part(unit, period, method="tiled",
                                         used=tuple(observations[piece] for piece in pieces)))
        return Part(unit, period)

    def _candidates(self, unit, key: Period) -> list[Candidate]:
        candidates = [Candidate.of(obs) for obs in self._by_period.get(unit.pk, {}).get(key, ())]
        computed = self._computed_values(key).get(unit.pk)
        if computed is not None and computed.amounts:
            candidates.append(Candidate(tuple(sorted(computed.amounts.items())), LIVE, estimated=computed.is_estimate))
        return sorted(candidates, key=lambda candidate: candidate.rank)

    def _best_per_period(self, unit) -> dict[Period, Candidate]:
        if unit.pk not in self._best:
            best: dict[Period, Candidate] = {}
            for obs in self._by_unit.get(unit.pk, ()):
                candidate = Candidate.of(obs)
                if obs.period not in best or candidate.rank < best[obs.period].rank:
                    best[obs.period] = candidate
            self._best[unit.pk] = best
        return self._best[unit.pk]

    def _computed_values(self, period: Period) -> dict:
        if self.computation is None:
            return {}
        if period not in self._computed:
            self.prefetch([period])
        return self._computed[period]

    def _priced(self, part: Part) -> Part:
        """Add up the used candidates in the indicator's currency, noting each conversion."""
        target = self.indicator.currency
        total, conversions = Decimal(0), []
        for candidate in part.used:
            for currency, amount in candidate.amounts:
                if target and currency and currency != target:
                    if self.rates is None:
                        self.rates = RateTable()
                    conversion = self.rates.convert(amount, currency, target, part.period.end)
                    conversions.append(conversion)
                    amount = conversion.amount
                total += amount
        return Part(part.unit, part.period, total, target, part.method, part.used, part.alternatives,
                    tuple(conversions))
