"""Several computations' values with one read per table of records: a dashboard states some
thirty indicators over ten periods and more from fifteen tables.

A table's rows are grouped by unit, currency and month — the month of each date its
computations place rows by (a stock's start and end, a flow's day) — with each
computation's own filters as a conditional aggregate, and every period whose edges are
month edges is added up from those monthly sums in Python. That is every period a page
offers (years, quarters, months, "đến hết tháng N", a merged unit's halves of 2025, a
stock read at a month's end). Any other period (a stock read on the day of a stored
reading, a plan read up to today) keeps a conditional aggregate of its own in the same
query: the rows are grouped anyway, so its sums add up over the groups as well. A distinct
count (NGOs with a running project) groups by the counted field too and counts the values of
the groups inside the period.

The result is each computation's own `values_for`, figure for figure
(indicators/tests/test_batch.py).
"""
from __future__ import annotations

import hashlib
import operator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from functools import reduce

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models import Case, Count, DateField, Func, Max, Q, Sum, Value, When
from django.db.models.functions import Cast, TruncMonth

from ngoaivu.core.statements import cached_values, kept_tables
from ngoaivu.indicators import stamps
from ngoaivu.indicators.computations import FLOW, PERIODIC, STOCK, WITHIN, Computation, _add
from ngoaivu.indicators.periods import Period, month_end

# Kept grouped reads (ADR 0026): a new number when what a read's rows give changes without its
# statement's key changing (migrate renews every stamp anyway); a day at most in the cache.
KEPT_VERSION = 1
KEPT_SECONDS = 24 * 3600
MAX_AGGREGATES = 400  # (computation, period) pairs of other edges in one query: 3 columns each at most
# Sums of a whole history of records are added and taken apart exactly (a stock is what
# started minus what ended): far more digits than any amount has.
_EXACT_DIGITS = 60


def values_for_many(wanted: dict[Computation, list[Period]], province_ids) -> dict[Computation, dict]:
    """`wanted` maps each (leaf) computation to its periods; the result maps it to
    {period: GroupedValues}, as its values_for would, with one query per table."""
    province_ids = tuple(province_ids)  # part of each statement's key (_signature)
    batches: dict[tuple, list[Computation]] = {}
    for computation in wanted:
        periodic = computation.kind == PERIODIC
        key = (computation.model, computation.province_field, periodic,
               (computation.date_field, computation.end_field) if periodic else ())
        batches.setdefault(key, []).append(computation)
    reads: list[_Read] = []
    for (_model, _field, periodic, _dates), batch in batches.items():
        periods = {c: list(dict.fromkeys(wanted[c])) for c in batch}
        if not periodic:
            reads.append(_read_monthly(batch, periods, province_ids))
            continue
        # Counting distinct values cannot be split by currency and added up: such a
        # computation has a query of its own when its table has money computations.
        alone = [c for c in batch if c.distinct and any(other.currency_field for other in batch)]
        for group in ([c for c in batch if c not in alone], *([c] for c in alone)):
            if group:
                reads.append(_read_periodic(group, {c: periods[c] for c in group}, province_ids))
    return _run(reads, province_ids)


@dataclass(eq=False)
class _Read:
    """One table's grouped read: its statements (key, queryset builder), what their rows give
    (`finish`), and the key naming everything its result depends on besides the rows."""

    key: tuple
    model: object
    statements: list[tuple]
    finish: object  # Callable[[list[list[dict]]], dict[Computation, dict]]

    def run(self) -> dict[Computation, dict]:
        return self.finish([cached_values(key, build) for key, build in self.statements])


def _run(reads: list[_Read], province_ids: tuple) -> dict[Computation, dict]:
    """Every read's values: from the cache when kept under the stamps of the units it reads,
    else read now and kept if the stamps did not change meanwhile (indicators/stamps.py)."""
    result: dict[Computation, dict] = {}
    cache = _figures_cache()
    if cache is None or not reads:
        for read in reads:
            result.update(read.run())
        return result
    stamped = stamps.stamped_tables()
    scopes = {}  # read → None (every unit's stamps) or the units' ids; absent: not kept
    for read in reads:
        tables = frozenset().union(*(kept_tables(key, build) for key, build in read.statements))
        if not tables or not tables <= stamped.keys():
            continue  # a table no trigger stamps: read every time
        main = read.model._meta.db_table
        same_unit = {main, *stamps.parent_tables(read.model)}
        scopes[read] = None if tables - same_unit or not stamped[main] else province_ids
    if not scopes:
        for read in reads:
            result.update(read.run())
        return result
    every = any(scope is None for scope in scopes.values())
    before = stamps.read(None if every else province_ids)

    def name(read, marks):
        scope = scopes[read]
        units = sorted(marks) if scope is None else (stamps.EPOCH, *scope)
        return "figures:" + hashlib.sha256(repr((KEPT_VERSION, read.key, tuple(
            (unit, marks.get(unit, "")) for unit in units))).encode()).hexdigest()

    names = {read: name(read, before) for read in scopes}
    found = cache.get_many(list(names.values()))
    missed = []
    for read in reads:
        value = found.get(names.get(read))
        if value is None:
            value = read.run()
            if read in names:
                missed.append((read, value))
        result.update(value)
    if missed:
        after = stamps.read(None if every else province_ids)
        cache.set_many({names[read]: value for read, value in missed if name(read, after) == names[read]},
                       KEPT_SECONDS)
    return result


def _figures_cache():
    alias = getattr(settings, "NGOAIVU_FIGURES_CACHE", "figures")
    return caches[alias] if alias and alias in settings.CACHES else None


def _table_rows(group: list[Computation], province_ids):
    first = group[0]
    return apps.get_model(first.model).objects.filter(**{f"{first.province_field}__in": list(province_ids)})


def _signature(group: list[Computation], periods: dict, province_ids) -> tuple:
    """Everything a table's grouped statement depends on (core.statements)."""
    return tuple(group), tuple(tuple(periods[c]) for c in group), tuple(province_ids)


def _currency_fields(group: list[Computation]) -> list[str]:
    return list(dict.fromkeys(c.currency_field for c in group if c.currency_field))


# --- dated records: grouped by month --------------------------------------------------

def _month_fields(computation: Computation) -> tuple[str, ...]:
    """The dates whose month places a row of this computation in a period."""
    if computation.kind in (STOCK, WITHIN) and computation.end_field:
        return computation.date_field, computation.end_field
    return (computation.date_field,)


def _by_months(computation: Computation, period: Period) -> bool:
    """Whether the monthly sums give this period exactly: its rule compares the dates with
    a month's first day (a start) and a month's last day (an end, a stock's reading day)."""
    at_month_end = period.end == month_end(period.end.year, period.end.month)
    return at_month_end and (computation.kind == STOCK or period.start.day == 1)


def _reach(computation: Computation, periods: list[Period]) -> Q:
    """The rows any of these periods may count: the table is read once for all of them."""
    first, last = min(p.start for p in periods), max(p.end for p in periods)
    if computation.kind == STOCK:
        reach = Q(**{f"{computation.date_field}__lte": last})
    elif computation.kind == WITHIN:
        reach = Q(**{f"{computation.date_field}__gte": first, f"{computation.end_field}__lte": last})
    else:
        reach = Q(**{f"{computation.date_field}__gte": first, f"{computation.date_field}__lte": last})
    return computation.scope & reach


def _aggregates(computation: Computation, suffix: str, condition: Q | None) -> dict:
    """The value, the number of rows and whether any is an estimate, over `condition`. A
    distinct count needs only the rows: the query groups by the counted field."""
    aggregates = {f"rows{suffix}": Count("pk", filter=condition)}
    if computation.measure:
        aggregates[f"value{suffix}"] = Sum(computation.measure, filter=condition)
    if computation.estimate_field:
        estimated = Q(**{computation.estimate_field: True}) & (condition or Q())
        aggregates[f"estimate{suffix}"] = Max(Case(When(estimated, then=Value(1)), default=Value(0)))
    return aggregates


def _read_monthly(group: list[Computation], periods: dict, province_ids) -> _Read:
    asked = [c for c in group if periods[c]]
    first = group[0]
    signature = ("monthly", *_signature(asked, periods, province_ids))
    if not asked:
        return _Read(signature, apps.get_model(first.model), [],
                     lambda _rows: {c: {period: {} for period in periods[c]} for c in group})
    dates = list(dict.fromkeys(name for c in asked for name in _month_fields(c)))
    months = {f"month{index}": MonthStart(name) for index, name in enumerate(dates)}
    keys = [first.province_field, *_currency_fields(asked), *dict.fromkeys(c.distinct for c in asked if c.distinct)]
    monthly = [c for c in asked if any(_by_months(c, p) for p in periods[c])]
    edges = [(c, p) for c in asked for p in periods[c] if not _by_months(c, p)]

    def grouped(chunk: int):
        annotations = {}
        if chunk == 0:
            for index, c in enumerate(monthly):
                annotations.update(_aggregates(c, f"m{index}", c.scope if c.filters or c.excludes else None))
        for number in range(chunk, min(chunk + MAX_AGGREGATES, len(edges))):
            c, period = edges[number]
            annotations.update(_aggregates(c, f"e{number}", c.scope & c.condition(period)))
        reach = reduce(operator.or_, [_reach(c, periods[c]) for c in asked])
        return _table_rows(asked, province_ids).filter(reach).order_by().values(*keys, **months).annotate(**annotations)

    def finish(chunks: list[list[dict]]) -> dict[Computation, dict]:
        result = {c: {period: {} for period in periods[c]} for c in group}
        with localcontext(prec=_EXACT_DIGITS):
            for index, c in enumerate(monthly):
                month_keys = [f"month{dates.index(name)}" for name in _month_fields(c)]
                _by_month(c, [p for p in periods[c] if _by_months(c, p)], chunks[0], f"m{index}", month_keys,
                          result[c])
            for number, (c, period) in enumerate(edges):
                totals: dict[tuple, _Total] = {}
                for row in chunks[number // MAX_AGGREGATES]:
                    if row[f"rowse{number}"]:
                        _collect(totals, c, row, f"e{number}")
                _settle(c, totals, result[c][period])
        return result

    # The grouped rows of each query (the first holds the monthly aggregates); a statement
    # depends only on the computations, their periods and the units: compiled once.
    statements = [((*signature, MAX_AGGREGATES, chunk), lambda chunk=chunk: grouped(chunk))
                  for chunk in range(0, max(len(edges), 1), MAX_AGGREGATES)]
    return _Read(signature, apps.get_model(first.model), statements, finish)


class MonthStart(Func):
    """A date's month as its first day, a date from the database: DATE_TRUNC gives a
    timestamp with a time zone, which the driver and Django then parsed and took apart row
    by row. On PostgreSQL the date is truncated as a timestamp without a time zone: the
    same day, without converting each of some 20.000 rows to the session's zone (a
    province's FDI implementations: 15 → 12 ms)."""

    output_field = DateField()

    def as_sql(self, compiler, connection, **extra_context):
        return Cast(TruncMonth(*self.source_expressions, output_field=DateField()), DateField()).as_sql(
            compiler, connection, **extra_context)

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, template="(DATE_TRUNC('month', %(expressions)s::timestamp))::date",
                              **extra_context)


@dataclass
class _Total:
    """Some groups' aggregates added up: the value (None while every group's is), the rows,
    whether any row is an estimate, the distinct values counted."""

    value: Decimal | None = None
    rows: int = 0
    estimated: bool = False
    distinct: set = field(default_factory=set)


def _collect(totals: dict[tuple, _Total], c: Computation, row: dict, suffix: str) -> None:
    """Add a group's aggregates to its unit's and currency's total."""
    total = totals.setdefault(_unit_key(c, row), _Total())
    value = _value(row, suffix)
    if value is not None:
        total.value = Decimal(value) if total.value is None else total.value + Decimal(value)
    total.rows += row[f"rows{suffix}"]
    total.estimated = total.estimated or bool(row.get(f"estimate{suffix}"))
    if c.distinct and row[c.distinct] is not None:
        total.distinct.add(row[c.distinct])


def _unit_key(c: Computation, row: dict) -> tuple:
    return row[c.province_field], (row[c.currency_field] if c.currency_field else "")


def _value(row: dict, suffix: str):
    """A group's value: its sum, or its rows when the computation counts them."""
    return row[f"value{suffix}"] if f"value{suffix}" in row else row[f"rows{suffix}"]


def _settle(c: Computation, totals: dict[tuple, _Total], result: dict) -> None:
    """Each unit's total of a period into `result`, as a conditional aggregate's row would be."""
    for (province_id, currency), total in totals.items():
        if total.rows:
            value = len(total.distinct) if c.distinct else total.value
            _add(result, province_id, {"value": value, "estimate": total.estimated, c.currency_field: currency},
                 c.currency_field)


def _by_month(c: Computation, periods: list[Period], rows: list[dict], suffix: str, month_keys: list[str],
              result: dict[Period, dict]) -> None:
    """The periods' values of `c` from the monthly groups. A flow is a range of months and a
    stock what started by its day less what had also ended by then: both are read off
    running totals. A distinct count, or rows covering a span, are counted group by group."""
    rows = [row for row in rows if row[f"rows{suffix}"]]
    if c.distinct or c.kind == WITHIN:
        start_key, end_key = month_keys[0], month_keys[-1] if len(month_keys) > 1 else None
        dated = [(row[start_key], row[end_key] if end_key else None, row) for row in rows if row[start_key]]
        for period in periods:
            totals: dict[tuple, _Total] = {}
            for start, end, row in dated:
                if _inside(c, period, start, end):
                    _collect(totals, c, row, suffix)
            _settle(c, totals, result[period])
        return
    started: dict[tuple, _Running] = {}
    ended: dict[tuple, _Running] = {}
    value_key, rows_key, estimate_key = f"value{suffix}", f"rows{suffix}", f"estimate{suffix}"
    start_key, end_key = month_keys[0], (month_keys[1] if c.kind == STOCK and len(month_keys) > 1 else None)
    for row in rows:
        start = row[start_key]
        if start is None:
            continue
        value = row[value_key] if value_key in row else row[rows_key]
        value = None if value is None else Decimal(value)
        unit_key = _unit_key(c, row)
        running = started.get(unit_key) or started.setdefault(unit_key, _Running())
        running.add(start, value, row[rows_key], row.get(estimate_key))
        end = row[end_key] if end_key else None
        if end is not None:
            running = ended.get(unit_key) or ended.setdefault(unit_key, _Running())
            running.add(max(start, end), value, row[rows_key], row.get(estimate_key))
    for period in periods:
        totals = {}
        for unit_key, running in started.items():
            if c.kind == STOCK:
                sums = running.upto(period.end)
                if unit_key in ended:
                    sums = [a - b for a, b in zip(sums, ended[unit_key].upto(period.end))]
            else:
                sums = running.between(period.start, period.end)
            value, valued, count, estimated = sums
            totals[unit_key] = _Total(value if valued else None, count, bool(estimated))
        _settle(c, totals, result[period])


def _inside(c: Computation, period: Period, start: date | None, end: date | None = None) -> bool:
    """The period's rule on a group's months (a month's first day stands for its dates)."""
    if start is None:
        return False
    if c.kind == FLOW:
        return period.start <= start <= period.end
    if c.kind == STOCK:
        return start <= period.end and (end is None or end > period.end)
    return end is not None and period.start <= start and end <= period.end


class _Running:
    """One unit's groups in month order with running totals — the value, the groups with a
    value, the rows, the estimated groups — so any range of months is two look-ups."""

    def __init__(self):
        self._groups: dict[date, list] = {}
        self._months: list[date] = []

    def add(self, month: date, value, rows: int, estimated) -> None:
        entry = self._groups.get(month)
        if entry is None:
            entry = self._groups[month] = [Decimal(0), 0, 0, 0]
        if value is not None:
            entry[0] += value
            entry[1] += 1
        entry[2] += rows
        if estimated:
            entry[3] += 1

    def upto(self, day: date) -> tuple:
        return self.between(date.min, day)

    def between(self, first: date, last: date) -> tuple:
        if not self._months:
            self._months = sorted(self._groups)
            value, valued, rows, estimated = Decimal(0), 0, 0, 0
            self._totals = [(value, valued, rows, estimated)]
            for month in self._months:
                entry = self._groups[month]
                value, valued, rows, estimated = (value + entry[0], valued + entry[1], rows + entry[2],
                                                  estimated + entry[3])
                self._totals.append((value, valued, rows, estimated))
        low, high = self._totals[bisect_left(self._months, first)], self._totals[bisect_right(self._months, last)]
        return high[0] - low[0], high[1] - low[1], high[2] - low[2], high[3] - low[3]


# --- periodic records: grouped by their own periods -----------------------------------

def _read_periodic(group: list[Computation], periods: dict, province_ids) -> _Read:
    every = [period for computation in group for period in periods[computation]]
    first = group[0]
    signature = ("periodic", *_signature(group, periods, province_ids))
    if not every:
        return _Read(signature, apps.get_model(first.model), [],
                     lambda _rows: {computation: {period: {} for period in periods[computation]}
                                    for computation in group})

    def build():
        span = first.condition(Period(min(p.start for p in every), max(p.end for p in every)))
        annotations = {}
        for index, computation in enumerate(group):
            annotations.update(computation._aggregates(f"{index}", computation.scope))
        rows = _table_rows(group, province_ids).filter(span)
        if all(computation.scope for computation in group):  # an empty scope reads every row
            rows = rows.filter(reduce(operator.or_, [computation.scope for computation in group]))
        return rows.order_by().values(first.province_field, first.date_field, first.end_field,
                                      *_currency_fields(group)).annotate(**annotations)

    def finish(chunks: list[list[dict]]) -> dict[Computation, dict]:
        grouped = chunks[0]
        return {computation: computation._tile_rows(grouped, periods[computation], f"{index}")
                for index, computation in enumerate(group)}

    return _Read(signature, apps.get_model(first.model), [(signature, build)], finish)
