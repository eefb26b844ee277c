"""Read statements compiled once per process and run again as they are.

A province's dashboard runs the same fifteen grouped statements every time it is shown for a
period: their SQL depends only on what they compute, the periods' bounds and the units, never
on the rows. Django spent about 2 ms building and compiling each one per request; here the
caller names everything its statement depends on in a key, and the SQL, its parameters and the
converters of its columns are kept under that key (the last `MAX_STATEMENTS` used; some 30 KB each).
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import QuerySet

MAX_STATEMENTS = 512


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
    with _lock:
        statement = _statements.get(key)
        if statement is not None:
            _statements.move_to_end(key)
    if statement is None:
        statement = _compiled(build())
        with _lock:
            _statements[key] = statement
            while len(_statements) > MAX_STATEMENTS:
                _statements.popitem(last=False)
    if statement.sql is None:
        return []
    with connections[statement.alias].cursor() as cursor:
        cursor.execute(statement.sql, statement.params)
        rows = cursor.fetchall()
    return [dict(zip(statement.names, row)) for row in _converted(rows, statement.converters, statement.alias)]


def _converted(rows: list[tuple], converters: tuple, alias: str):
    if not converters:
        return rows
    connection = connections[alias]
    converted = []
    for row in rows:
        row = list(row)
        for position, functions, expression in converters:
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        converted.append(row)
    return converted


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


def clear() -> None:
    with _lock:
        _statements.clear()
