"""Indicators computed from the records, defined once for every page, report and API.

Each definition says which model, which dates place a row in a period and what to count
or sum. There are four ways a row belongs to a period T:
- FLOW: its date falls in T (an agreement signed, a project licensed);
- STOCK: it is running on T's last day (started on or before it, not yet ended);
- PERIODIC: the row is itself a figure for a period (a trade figure); rows whose periods
  tile T exactly add up, as observations do;
- WITHIN: the row covers a period inside T (capital implemented in a year).
Values come grouped by province unit in one query, so the national comparison costs
one query per period, not one per province.
Each domain app registers the computations of its own records, under the catalogue's
codes (ngoaivu.indicators.catalogue), in its `indicators.py`, found at start-up.

A definition whose model or fields are not installed is kept and reported as skipped,
with the reason, so the catalogue shows what can be computed today.
"""
from __future__ import annotations

import operator
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, reduce

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Case, Count, Max, Q, Sum, Value, When

from ngoaivu.indicators.periods import Period, tile

FLOW, STOCK, PERIODIC, WITHIN = "flow", "stock", "periodic", "within"


@dataclass
class Computed:
    """One unit's computed value: by currency ("" for counts), and whether any row was an estimate."""

    amounts: dict[str, Decimal] = field(default_factory=dict)
    is_estimate: bool = False


GroupedValues = dict[int, Computed]
_LOOKUPS = {"gte", "lte", "gt", "lt", "isnull", "iexact", "exact", "in"}


@dataclass(frozen=True)
class Computation:
    indicator: str
    model: str                          # "agreements.Agreement"
    date_field: str                     # FLOW: when; STOCK: since when; PERIODIC, WITHIN: period start
    kind: str = FLOW
    end_field: str = ""                 # STOCK: until when (empty = still running); PERIODIC, WITHIN: period end
    measure: str = ""                   # field to sum; empty = count the rows
    distinct: str = ""                  # count distinct values of this field instead of rows
    currency_field: str = ""            # the currency of `measure`
    filters: tuple[tuple[str, object], ...] = ()
    excludes: tuple[tuple[str, object], ...] = ()
    counterpart_field: str = ""         # lets a figure be asked "with this partner" (Hủa Phăn)
    estimate_field: str = ""            # a boolean: the row is an estimate ("ước đạt")
    province_field: str = "province"

    @cached_property
    def skipped_reason(self) -> str | None:
        """Why this computation cannot run in this installation, or None."""
        try:
            model = apps.get_model(self.model)
        except LookupError:
            return f"mô hình {self.model} chưa có"
        for path in self._field_paths():
            try:
                _resolve_path(model, path)
            except FieldDoesNotExist:
                return f"{self.model} chưa có trường {path}"
        return None

    def _field_paths(self) -> list[str]:
        paths = [self.date_field, self.end_field, self.measure, self.distinct, self.currency_field,
                 self.counterpart_field, self.estimate_field,
                 self.province_field, *(name for name, _ in self.filters), *(name for name, _ in self.excludes)]
        return [path for path in paths if path]

    def values(self, province_ids, period: Period, counterpart: str = "") -> GroupedValues:
        """The value per province unit over `period`; units without rows are absent."""
        return self.values_for(province_ids, [period], counterpart)[period]

    def leaves(self) -> list[Computation]:
        return [self]

    def assemble(self, results: dict, periods) -> dict[Period, GroupedValues]:
        """This computation's values of `periods` out of a batch's results (batch.values_for_many)."""
        mine = results.get(self, {})
        return {period: mine.get(period, {}) for period in periods}

    @property
    def scope(self) -> Q:
        """The rows this computation reads, whatever the period: its filters and excludes."""
        condition = Q(*(Q(item) for item in self.filters))
        for item in self.excludes:
            condition &= ~Q(item)
        return condition

    def values_for(self, province_ids, periods, counterpart: str = "") -> dict[Period, GroupedValues]:
        """`values` for several periods with one query (a figure and the same period last
        year; the years of a plan): one scan of the table instead of one per period."""
        periods = list(dict.fromkeys(periods))
        result: dict[Period, GroupedValues] = {period: {} for period in periods}
        if not periods or (counterpart and not self.counterpart_field):
            return result
        rows = apps.get_model(self.model).objects.filter(**{f"{self.province_field}__in": list(province_ids)})
        rows = rows.filter(*(Q(condition) for condition in self.filters))
        for condition in self.excludes:
            rows = rows.exclude(Q(condition))
        if counterpart:
            rows = rows.filter(**{f"{self.counterpart_field}__iexact": counterpart})
        if self.kind == PERIODIC:
            return self._tiled(rows, periods)
        conditions = [self._period_condition(period) for period in periods]
        annotations = {}
        for index, condition in enumerate(conditions):
            annotations.update(self._aggregates(f"{index}", condition))
        currency = [self.currency_field] if self.currency_field else []
        grouped = rows.filter(reduce(operator.or_, conditions)).order_by().values(self.province_field, *currency)
        for row in grouped.annotate(**annotations):
            for index, period in enumerate(periods):
                if row[f"rows{index}"]:
                    _add(result[period], row[self.province_field], {
                        "value": row[f"value{index}"], "estimate": row.get(f"estimate{index}"),
                        self.currency_field: row.get(self.currency_field)}, self.currency_field)
        return result

    def _aggregates(self, suffix: str, condition: Q | None = None) -> dict:
        """The value, the number of rows and whether any is an estimate, over `condition`."""
        if self.measure:
            value = Sum(self.measure, filter=condition)
        elif self.distinct:
            value = Count(self.distinct, distinct=True, filter=condition)
        else:
            value = Count("pk", filter=condition)
        aggregates = {f"value{suffix}": value, f"rows{suffix}": Count("pk", filter=condition)}
        if self.estimate_field:
            estimated = Q(**{self.estimate_field: True}) & (condition or Q())
            aggregates[f"estimate{suffix}"] = Max(Case(When(estimated, then=Value(1)), default=Value(0)))
        return aggregates

    def condition(self, period: Period) -> Q:
        """The rows that count in `period`: a selector listing them applies the same rule."""
        return self._period_condition(period)

    def _period_condition(self, period: Period) -> Q:
        if self.kind == FLOW:
            return Q(**{f"{self.date_field}__gte": period.start, f"{self.date_field}__lte": period.end})
        if self.kind == STOCK:
            running = Q(**{f"{self.date_field}__lte": period.end})
            if self.end_field:
                running &= Q(**{f"{self.end_field}__isnull": True}) | Q(**{f"{self.end_field}__gt": period.end})
            return running
        return Q(**{f"{self.date_field}__gte": period.start, f"{self.end_field}__lte": period.end})

    def _tiled(self, rows, periods: list[Period]) -> dict[Period, GroupedValues]:
        """Per province and period, the rows whose periods cover that period end to end."""
        span = Period(min(period.start for period in periods), max(period.end for period in periods))
        currency = [self.currency_field] if self.currency_field else []
        grouped = rows.filter(self._period_condition(span)).order_by().values(
            self.province_field, self.date_field, self.end_field, *currency).annotate(**self._aggregates(""))
        return self._tile_rows(grouped, periods, "")

    def _tile_rows(self, grouped, periods: list[Period], suffix: str) -> dict[Period, GroupedValues]:
        """`grouped`: rows by province, period and currency, with this computation's aggregates
        named with `suffix` (a batch's rows carry several computations' aggregates)."""
        by_province: dict[int, dict[Period, list[dict]]] = {}
        for row in grouped:
            if not row[f"rows{suffix}"]:
                continue
            piece = Period(row[self.date_field], row[self.end_field])
            by_province.setdefault(row[self.province_field], {}).setdefault(piece, []).append(
                {"value": row[f"value{suffix}"], "estimate": row.get(f"estimate{suffix}"),
                 self.currency_field: row.get(self.currency_field)})
        result: dict[Period, GroupedValues] = {period: {} for period in periods}
        for province_id, pieces in by_province.items():
            ordered = sorted(pieces)
            starts = [piece.start for piece in ordered]
            for period in periods:
                # Only the pieces starting inside the period can tile it.
                inside = ordered[bisect_left(starts, period.start):bisect_right(starts, period.end)]
                for piece in tile(period, inside) or ():
                    for row in pieces[piece]:
                        _add(result[period], province_id, row, self.currency_field)
        return result


@dataclass(frozen=True)
class Combined:
    """An indicator made of others: their sum, or per province the first that has a value."""

    indicator: str
    parts: tuple[Computation, ...]
    first_only: bool = False

    @property
    def skipped_reason(self) -> str | None:
        reasons = [part.skipped_reason for part in self.parts if part.skipped_reason]
        return "; ".join(reasons) or None

    @property
    def model(self) -> str:
        return ", ".join(part.model for part in self.parts)

    @property
    def kind(self) -> str:
        return self.parts[0].kind

    def values(self, province_ids, period: Period, counterpart: str = "") -> GroupedValues:
        return self.values_for(province_ids, [period], counterpart)[period]

    def values_for(self, province_ids, periods, counterpart: str = "") -> dict[Period, GroupedValues]:
        return self._combined([part.values_for(province_ids, periods, counterpart) for part in self.parts], periods)

    def leaves(self) -> list[Computation]:
        return list(dict.fromkeys(leaf for part in self.parts for leaf in part.leaves()))

    def assemble(self, results: dict, periods) -> dict[Period, GroupedValues]:
        return self._combined([part.assemble(results, periods) for part in self.parts], periods)

    def _combined(self, parts: list[dict[Period, GroupedValues]], periods) -> dict[Period, GroupedValues]:
        result: dict[Period, GroupedValues] = {period: {} for period in periods}
        for values in parts:
            for period, grouped in values.items():
                for province_id, computed in grouped.items():
                    if self.first_only and province_id in result[period]:
                        continue
                    mine = result[period].setdefault(province_id, Computed())
                    for currency, value in computed.amounts.items():
                        mine.amounts[currency] = mine.amounts.get(currency, Decimal(0)) + value
                    mine.is_estimate = mine.is_estimate or computed.is_estimate
        return result


def _add(result: GroupedValues, province_id: int, row: dict, currency_field: str) -> None:
    """Add one aggregated row (value, currency, estimate) to a unit's computed value."""
    if row["value"] is None:
        return
    computed = result.setdefault(province_id, Computed())
    currency = (row.get(currency_field) if currency_field else "") or ""
    computed.amounts[currency] = computed.amounts.get(currency, Decimal(0)) + Decimal(row["value"])
    computed.is_estimate = computed.is_estimate or bool(row.get("estimate"))


def _resolve_path(model, path: str):
    for part in path.split("__"):
        if part in _LOOKUPS:
            continue
        model = model._meta.get_field(part).related_model or model
    return model


_REGISTRY: dict[str, Computation | Combined] = {}


def register(*computations: Computation | Combined) -> None:
    for computation in computations:
        _REGISTRY[computation.indicator] = computation


def computation_for(indicator_code: str) -> Computation | Combined | None:
    """The computation of an indicator when it can run here, else None."""
    computation = _REGISTRY.get(indicator_code)
    return computation if computation is not None and computation.skipped_reason is None else None


def all_computations() -> list[Computation | Combined]:
    return list(_REGISTRY.values())
