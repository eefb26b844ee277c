"""Read statements compiled once per process and run again as they are.

A province's dashboard runs the same fifteen grouped statements every time it is shown for a
period: their SQL depends only on what they compute, the periods' bounds and the units, never
on the rows. Django spent about 2 ms building and compiling each one per request; here the
caller names everything its statement depends on in a key, and the SQL, its parameters and the
converters of its columns are kept under that key (the last `MAX_STATEMENTS` used; some 30 KB each).

`kept_rows` does the same for a statement that gives model instances and takes values that
change from one call to the next (the ids of a page's rows, issue 13): the queryset is built
once with stand-in values ("slots"), compiled, and each stand-in's place among the parameters
noted; later calls put their values in those places and hand the kept SQL to Django's own
model iterable, which builds the instances (joined rows included) as it always does, through
the queryset's own class (a class that completes its rows after fetching them still does).
`kept_count` keeps the statement of a queryset's `count()` (an API list's page count), and
`kept_queryset` a queryset itself (an API list's scoped queryset, cloned for each use). With
`settings.NGOAIVU_CHECK_KEPT_STATEMENTS` (the test settings) every call also compiles the
queryset afresh and fails if its SQL differs from the kept one: a key that leaves out something
the SQL depends on shows in any test that reads it.
"""
from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from itertools import chain

import orjson
from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import JSONField, Prefetch, QuerySet
from django.db.models.query import ModelIterable, RelatedPopulator
from django.db.models.sql import Query

MAX_STATEMENTS = 512
# psycopg binds parameters on the client: it splits a statement's text at its placeholders on
# every execution and keeps the split (an LRU of 128) only for statements of at most 50
# parameters. A kept page's prefetch statements have 64 (50 ids padded to a power of two; 128
# for a page of 100) and were split again on every request: 2,8 M machine instructions of an API
# page's 33 M (docs/benchmarks.md, session 25). `split_once` raises that limit to this.
PARSED_ONCE_PARAMS = 128 + 8


@dataclass(frozen=True)
class _Statement:
    alias: str
    sql: str | None      # None: the filters can match nothing (an empty `__in`), nothing to run
    params: tuple
    names: tuple[str, ...]
    converters: tuple      # (column, [converter], expression) as Django's compiler applies them


_statements: OrderedDict[Hashable, _Statement] = OrderedDict()
_lock = threading.Lock()


def cached_values(key: Hashable, build: Callable[[], QuerySet]) -> list[dict]:
    """The rows of `build()`, a `.values(…)` queryset, as dicts, the way iterating it gives
    them. `key` must name everything the queryset's SQL depends on: `build` is called only
    the first time a key is seen."""
    statement = _kept(key)
    if statement is None:
        statement = _store(key, _compiled(build()))
    if statement.sql is None:
        return []
    with connections[statement.alias].cursor() as cursor:
        cursor.execute(statement.sql, statement.params)
        rows = cursor.fetchall()
    return [dict(zip(statement.names, row)) for row in _converted(rows, statement.converters, statement.alias)]


# The tables a statement reads: every quoted name after FROM or JOIN (subqueries included),
# as Django's compilers write them on PostgreSQL and SQLite.
_READ_TABLES = re.compile(r'(?:FROM|JOIN)\s+"([^"]+)"')


def kept_tables(key: Hashable, build: Callable[[], QuerySet]) -> frozenset[str]:
    """The tables the statement `cached_values(key, build)` runs reads (its joins and
    subqueries included), from its kept SQL: compiled here when not kept yet."""
    statement = _kept(key)
    if statement is None:
        statement = _store(key, _compiled(build()))
    return frozenset(_READ_TABLES.findall(statement.sql)) if statement.sql else frozenset()


def _kept(key: Hashable):
    with _lock:
        statement = _statements.get(key)
        if statement is not None:
            _statements.move_to_end(key)
    return statement


def _store(key: Hashable, statement):
    with _lock:
        _statements[key] = statement
        while len(_statements) > MAX_STATEMENTS:
            _statements.popitem(last=False)
    return statement


def _converted(rows: list[tuple], converters: tuple, alias: str):
    if not converters:
        return rows
    connection = connections[alias]
    return [_convert_row(list(row), converters, connection) for row in rows]


def _convert_row(row: list, converters: tuple, connection) -> list:
    """`row` with each (position, functions, expression) converter applied in place, as Django's compiler does."""
    for position, functions, expression in converters:
        value = row[position]
        for function in functions:
            value = function(value, expression, connection)
        row[position] = value
    return row


def _compiled(queryset: QuerySet) -> _Statement:
    query = queryset.query
    assert query.values_select or query.annotation_select, "cached_values() reads a .values() queryset"
    compiler = query.get_compiler(using=queryset.db)
    names = tuple(query.selected) if query.selected else (
        *query.extra_select, *query.values_select, *query.annotation_select)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return _Statement(queryset.db, None, (), names, ())
    # Only the converters are kept, not the compiler and its query (ten times the memory).
    columns = [selected[0] for selected in compiler.select[:compiler.col_count]]
    converters = tuple((position, functions, expression)
                       for position, (functions, expression) in compiler.get_converters(columns).items())
    return _Statement(queryset.db, sql, tuple(params), names, converters)


# Stand-in values for a kept statement's slots: integers no row id takes (ids are positive),
# within a 32-bit column's range (Django drops a value out of a column's range from some lookups).
_SLOT_BASE = -(1 << 31) + 1


@dataclass(frozen=True)
class _RowStatement:
    """A model queryset's SQL with its slots' places among the parameters, and what Django's
    compiler found while compiling it (the columns, the joined models' layout)."""

    alias: str
    sql: str
    params: tuple
    places: tuple[int, ...]   # params[places[i]] takes the i-th value
    queryset_class: type
    select: tuple
    klass_info: dict
    annotation_col_map: dict
    col_count: int
    has_extra_select: bool
    # The columns' converters as Django's compiler gives them ({position: (functions, expression)});
    # the compiler rebuilt them at every execution, walking every column.
    converters: dict
    # Whether `_SharingIterable` may build the rows (see there); None: Django's ModelIterable.
    shared: tuple | None = None


class _KeptQuery(Query):
    """A query whose compiler answers with a kept statement instead of compiling."""

    def __init__(self, model, statement: _RowStatement, params: tuple):
        super().__init__(model)
        self._statement, self._params = statement, params

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        compiler = super().get_compiler(using, connection, elide_empty)
        statement = self._statement
        compiler.select, compiler.klass_info = statement.select, statement.klass_info
        compiler.annotation_col_map, compiler.col_count = statement.annotation_col_map, statement.col_count
        compiler.has_extra_select = statement.has_extra_select
        compiler.as_sql = lambda *args, **kwargs: (statement.sql, self._params)
        compiler.get_converters = lambda expressions: statement.converters
        return compiler


_NOT_KEPT = object()   # a queryset whose SQL did not show each slot once: built every time


def kept_rows(key: Hashable, build: Callable[[list], QuerySet], values: list, *,
              stand_ins: list | None = None, prepare: Callable[[list], list] | None = None) -> list:
    """The model instances of `build(values)`, a queryset of models, compiled once per `key`.

    `build` gets a list of as many stand-in values as `values` and must use each once as a query
    parameter (`pk__in=slots`); `key` names everything else its SQL depends on (the number of
    values included). The stand-ins are integers no row id takes unless `stand_ins` gives
    others (a session key, a time); `prepare` maps values to what the compiler puts among the
    parameters for them (a time adapted for the database; unchanged by default), and is applied
    to the stand-ins and to every call's values alike. A queryset whose SQL does not show each
    stand-in exactly once as a parameter is evaluated as it is, every time."""
    values = list(values)
    if stand_ins is None:
        stand_ins = [_SLOT_BASE + index for index in range(len(values))]
    assert len(stand_ins) == len(values)
    prepare = prepare or list
    statement = _kept(key)
    if statement is None:
        statement = _store(key, _compiled_rows(build(list(stand_ins)), prepare(stand_ins)))
    elif getattr(settings, "NGOAIVU_CHECK_KEPT_STATEMENTS", False) and statement is not _NOT_KEPT:
        fresh = _compiled_rows(build(list(stand_ins)), prepare(stand_ins))
        assert fresh is not _NOT_KEPT and (fresh.sql, fresh.params) == (statement.sql, statement.params), \
            f"kept statement {key!r} no longer matches its queryset: its key misses something"
    if statement is _NOT_KEPT:
        return list(build(values))
    params = list(statement.params)
    for place, value in zip(statement.places, prepare(values), strict=True):
        params[place] = value
    model = statement.klass_info["model"]
    queryset = statement.queryset_class(model=model, query=_KeptQuery(model, statement, tuple(params)),
                                        using=statement.alias)
    if statement.shared is not None:
        queryset._iterable_class = _SharingIterable
    return list(queryset)


def _shared_joins(compiler, klass_info: dict, converters: dict):
    """What `_SharingIterable` needs to build a statement's rows, or None when it cannot build
    them as Django's ModelIterable would: the row model's columns, and for each joined model
    whether its rows are shared (a forward many-to-one join with no join of its own, as a
    record's province)."""
    select = compiler.select
    if compiler.has_composite_fields([selected[0] for selected in select[:compiler.col_count]]) \
            or compiler.has_extra_select or klass_info.get("from_parent"):
        return None
    fields = klass_info["select_fields"]
    start, end = fields[0], fields[-1] + 1
    if list(fields) != list(range(start, end)):
        return None
    init_list = tuple(selected[0].target.attname for selected in select[start:end])
    joins = []
    for related in klass_info.get("related_klass_infos", []):
        field = related.get("field")
        shared = not related.get("reverse") and not related.get("from_parent") \
            and not related.get("related_klass_infos") and field is not None and field.many_to_one \
            and not field.unique and related["local_setter"] == field.set_cached_value
        if shared:
            columns = related["select_fields"]
            if list(columns) != list(range(columns[0], columns[-1] + 1)):
                shared = False
        joins.append(shared)
    return start, end, init_list, tuple(joins)


class _SharingIterable(ModelIterable):
    """Django's ModelIterable for a kept statement's rows, less one thing: the rows of a joined
    model that several rows share (the page's 50 delegations of one province join the same
    province row) are converted and built once, and every row that joins the same values gets
    that one instance; the answer is the same, as the list only reads them. A joined row is
    shared only when every column the statement read for it is equal to the kept one's, as read
    from the database; any other join (reverse, nested, unique) is Django's own populator."""

    def __iter__(self):
        queryset = self.queryset
        db = queryset.db
        compiler = queryset.query.get_compiler(using=db)
        results = compiler.execute_sql(chunked_fetch=self.chunked_fetch, chunk_size=self.chunk_size)
        statement = queryset.query._statement
        start, end, init_list, shared = statement.shared
        select, klass_info = statement.select, statement.klass_info
        connection = connections[db]
        converters = statement.converters
        populators, sharing, taken = [], [], set()
        for related, share in zip(klass_info.get("related_klass_infos", []), shared, strict=True):
            populator = RelatedPopulator(related, select, db)
            if not share:
                populators.append(populator)
                continue
            columns = range(populator.cols_start, populator.cols_end)
            taken.update(columns)
            sharing.append((populator.cols_start, populator.cols_end, populator.pk_idx, populator.model_cls,
                            populator.init_list, populator.local_setter,
                            tuple((position - populator.cols_start, *converters[position])
                                  for position in columns if position in converters), {}))
        own = tuple((position, *converted) for position, converted in converters.items() if position not in taken)
        annotations = tuple(statement.annotation_col_map.items())
        model_cls = klass_info["model"]
        for raw in chain.from_iterable(results):
            row = _convert_row(list(raw), own, connection)
            obj = model_cls.from_db(db, init_list, row[start:end])
            for cols_start, cols_end, pk_idx, model, names, setter, functions_of, kept in sharing:
                data = raw[cols_start:cols_end]
                key = data[pk_idx]
                if key is None:
                    setter(obj, None)
                    continue
                found = kept.get(key)
                if found is None or found[0] != data:
                    values = list(data)
                    for offset, functions, expression in functions_of:
                        value = values[offset]
                        for function in functions:
                            value = function(value, expression, connection)
                        values[offset] = value
                    found = kept[key] = (data, model.from_db(db, names, tuple(values)))
                setter(obj, found[1])
            for populator in populators:
                populator.populate(row, obj)
            for name, position in annotations:
                setattr(obj, name, row[position])
            yield obj


def _compiled_rows(queryset: QuerySet, stand_ins: list):
    query = queryset.query
    if queryset._prefetch_related_lookups or query.combinator or queryset._iterable_class is not ModelIterable \
            or queryset._known_related_objects:
        return _NOT_KEPT
    compiler = query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return _NOT_KEPT
    params = tuple(params)
    places = []
    for stand_in in stand_ins:
        found = [place for place, param in enumerate(params) if type(param) is type(stand_in) and param == stand_in]
        if len(found) != 1:
            return _NOT_KEPT
        places.append(found[0])
    converters = {position: (tuple(_faster(function) for function in functions), expression)
                  for position, (functions, expression) in compiler.get_converters(
                      [selected[0] for selected in compiler.select[:compiler.col_count]]).items()}
    shared = _shared_joins(compiler, compiler.klass_info, converters) \
        if queryset._iterable_class is ModelIterable else None
    return _RowStatement(queryset.db, sql, params, tuple(places), type(queryset), tuple(compiler.select),
                         compiler.klass_info, dict(compiler.annotation_col_map), compiler.col_count,
                         compiler.has_extra_select, converters, shared)


_LONG_DIGITS = re.compile(r"\d{19}")


def _faster(converter):
    """A JSON column's converter reading the text with orjson (a hundred times a page: the
    provinces', countries' and members' JSON columns), when it is Django's own with no decoder of
    its field's: the same values (orjson and the standard library both round floats correctly;
    PostgreSQL's jsonb holds no NaN, duplicate key or lone surrogate). Django's own reads any
    text orjson refuses (a number past a float's range, text that is not JSON) and any text with
    19 digits in a row: orjson reads an integer past 64 bits as a float, the standard library
    as an integer."""
    field = getattr(converter, "__self__", None)
    if not isinstance(field, JSONField) or getattr(converter, "__func__", None) is not JSONField.from_db_value \
            or field.decoder is not None:
        return converter

    def from_db_value(value, expression, connection):
        if type(value) is str and _LONG_DIGITS.search(value) is None:
            try:
                return orjson.loads(value)
            except orjson.JSONDecodeError:
                pass
        return converter(value, expression, connection)

    return from_db_value


def kept_count(key: Hashable, build: Callable[[], QuerySet]) -> int:
    """`build().count()`, its statement made once per `key`, which must name everything the
    count's SQL depends on. The statement is Django's own: the one `count()` sends the first
    time, noted as it goes (a count that sends none, an empty `__in`, is counted as it is).
    With the check on, every call counts through Django and compares the statement sent."""
    statement = _kept(key)
    if statement is None:
        count, statement = _counted(build())
        _store(key, statement)
        return count
    if statement is _NOT_KEPT:
        return build().count()
    if getattr(settings, "NGOAIVU_CHECK_KEPT_STATEMENTS", False):
        count, fresh = _counted(build())
        assert fresh is not _NOT_KEPT and (fresh.sql, fresh.params) == (statement.sql, statement.params), \
            f"kept statement {key!r} no longer matches its queryset: its key misses something"
        return count
    with connections[statement.alias].cursor() as cursor:
        cursor.execute(statement.sql, statement.params)
        return int(cursor.fetchone()[0])


def _counted(queryset: QuerySet) -> tuple[int, object]:
    """The queryset's count and the statement it sent (`_NOT_KEPT` unless exactly one)."""
    sent = []

    def note(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connections[queryset.db].execute_wrapper(note):
        count = queryset.count()
    if len(sent) != 1:
        return count, _NOT_KEPT
    sql, params = sent[0]
    return count, _Statement(queryset.db, sql, tuple(params or ()), ("count",), ())


def split_once() -> None:
    """Let psycopg keep the split of statements of up to PARSED_ONCE_PARAMS parameters (its
    module's limit is read at every execution; a psycopg without it is left as it is)."""
    try:
        from psycopg import _queries
    except ImportError:
        return
    if isinstance(getattr(_queries, "MAX_CACHED_STATEMENT_PARAMS", None), int):
        _queries.MAX_CACHED_STATEMENT_PARAMS = max(_queries.MAX_CACHED_STATEMENT_PARAMS, PARSED_ONCE_PARAMS)


def clear() -> None:
    with _lock:
        _statements.clear()


@dataclass(frozen=True)
class _KeptQueryset:
    queryset: QuerySet
    extra: object


def kept_queryset(key: Hashable, build: Callable[[], tuple[QuerySet, object]]) -> tuple[QuerySet, object]:
    """`build()`'s (queryset, extra), the queryset built once per `key` and a fresh clone of it
    returned each time (its rows are never cached with it); `extra` (say, prefetch lookups the
    caller reads itself) is shared and must not be changed. `key` must name everything the
    queryset depends on: with the check on, every call builds it afresh and compares its SQL and
    its prefetches'."""
    kept = _kept(key)
    if kept is None:
        queryset, extra = build()
        kept = _store(key, _KeptQueryset(queryset.all(), extra))
    elif getattr(settings, "NGOAIVU_CHECK_KEPT_STATEMENTS", False):
        queryset, extra = build()
        assert _fingerprint(queryset, extra) == _fingerprint(kept.queryset, kept.extra), \
            f"kept queryset {key!r} no longer matches its build: its key misses something"
    return kept.queryset.all(), kept.extra


def _fingerprint(queryset: QuerySet, extra) -> tuple:
    """What a queryset reads: its class, SQL and parameters, and its prefetches' (those of
    `extra` too when it holds Prefetch lookups)."""
    try:
        sql = queryset.query.sql_with_params()
    except EmptyResultSet:
        sql = None
    lookups = [*queryset._prefetch_related_lookups, *(extra if isinstance(extra, tuple) else ())]
    return type(queryset), queryset.db, sql, tuple(
        (lookup.prefetch_to, lookup.to_attr,
         None if lookup.queryset is None else _fingerprint(lookup.queryset, ()))
        if isinstance(lookup, Prefetch) else lookup for lookup in lookups)
