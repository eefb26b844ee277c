"""Trigram indexes for search on PostgreSQL (ADR 0008).

Search is `search_text LIKE '%word%'` on both databases; a B-tree cannot serve it, so on
PostgreSQL every table with the folded columns gets a GIN trigram index on `search_text`
(pg_trgm). Made after each `migrate` for every model that has the columns, so a new
record type is covered without its own migration; `IF NOT EXISTS` makes it idempotent.
SQLite (the demo and CI database) keeps the plain scan, fast at a province's size.
"""
from __future__ import annotations

from django.apps import apps
from django.db import connections


def trigram_index_name(table: str) -> str:
    return f"{table[:40]}_search_trgm"


def searchable_tables() -> list[str]:
    return sorted({model._meta.db_table for model in apps.get_models()
                   if not model._meta.proxy and not model._meta.abstract
                   and any(field.name == "search_text" for field in model._meta.concrete_fields)})


def ensure_trigram_indexes(using: str = "default") -> list[str]:
    """Create the extension and any missing index; returns the index names (none on SQLite)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return []
    names = []
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        existing = set(connection.introspection.table_names(cursor))
        for table in searchable_tables():
            if table not in existing:
                continue
            name = trigram_index_name(table)
            cursor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin (search_text gin_trgm_ops)')
            names.append(name)
    return names


def after_migrate(sender, using="default", **kwargs) -> None:
    """post_migrate receiver (CoreConfig.ready); runs once, for the core app's signal."""
    if sender.label == "core":
        ensure_trigram_indexes(using)
