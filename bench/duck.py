"""The same rows in DuckDB, and the same SQL run there.

DuckDB's postgres extension must be downloaded, which these machines cannot do, so the
rows go through files: each table is exported from PostgreSQL with COPY (CSV) and
loaded into a DuckDB in-memory table of the same name and column types. The SQL the
selectors ran on PostgreSQL is then replayed on DuckDB statement by statement.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import duckdb
import psycopg

# The tables the figures read: catalogues, geography, and every record the computations use.
TABLE_PREFIXES = ("indicators_", "plans_", "geo_", "trade_", "investment_", "agreements_", "delegations_",
                  "conferences_", "partners_", "culture_", "consular_", "aid_")


def _duck_type(data_type: str, precision, scale) -> str:
    if data_type == "numeric":
        return f"DECIMAL({min(precision or 38, 38)},{scale or 0})"
    return {
        "integer": "INTEGER", "bigint": "BIGINT", "smallint": "SMALLINT", "boolean": "BOOLEAN", "date": "DATE",
        "double precision": "DOUBLE", "uuid": "UUID",
    }.get(data_type, "VARCHAR")  # text, varchar, json and timestamps: compared as text if at all


def load(url: str) -> duckdb.DuckDBPyConnection:
    duck = duckdb.connect()
    with psycopg.connect(url) as pg, tempfile.TemporaryDirectory() as directory:
        tables = [name for (name,) in pg.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' ORDER BY table_name") if name.startswith(TABLE_PREFIXES)]
        for table in tables:
            columns = pg.execute(
                "SELECT column_name, data_type, numeric_precision, numeric_scale FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()
            duck.execute(f'CREATE TABLE "{table}" ('
                         + ", ".join(f'"{name}" {_duck_type(*types)}' for name, *types in columns) + ")")
            path = Path(directory) / f"{table}.csv"
            with pg.cursor() as cursor, path.open("wb") as out:
                with cursor.copy(f'COPY "{table}" TO STDOUT (FORMAT csv)') as copy:
                    for chunk in copy:
                        out.write(chunk)
            if path.stat().st_size:
                # PostgreSQL writes NULL unquoted and '' as "": keep that difference.
                duck.execute(f"COPY \"{table}\" FROM '{path}' (FORMAT csv, HEADER false, DELIMITER ',', "
                             "QUOTE '\"', ESCAPE '\"', ALLOW_QUOTED_NULLS false)")
    return duck


def replay_ms(duck: duckdb.DuckDBPyConnection, statements: list[str], runs: int) -> tuple[float, int]:
    """Median milliseconds to run the statements DuckDB accepts, and how many it refused."""
    accepted = []
    for statement in statements:
        try:
            duck.execute(statement).fetchall()
            accepted.append(statement)
        except duckdb.Error:
            continue
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for statement in accepted:
            duck.execute(statement).fetchall()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), len(statements) - len(accepted)
