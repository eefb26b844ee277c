"""A page's SQL replayed alone: what the database costs a request, to set beside its HTTP time.

The page is requested once in-process (Django's test client, signed in as the bench's user)
with every statement captured as it was sent (PostgreSQL's backend records the statement with
its parameters bound); then those statements are run again `runs` times on one connection, in
a transaction rolled back afterwards, and the median of their summed time is the page's SQL.
`make bench`'s cases (bench/measure.py) replay their statements the same way.
"""
from __future__ import annotations

import re
import statistics
import time

# Transaction control is the client's doing, not the page's reads.
_SKIP = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT", "BEGIN", "COMMIT", "ROLLBACK")

_DECLARE = re.compile(r'\s*DECLARE\s+"?\w+"?\s+.*?CURSOR(?:\s+WITH(?:OUT)?\s+HOLD)?\s+FOR\s+(.*)\Z', re.S | re.I)


def page_statements(path: str, username: str) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from bench.inprocess import signed_in_client

    client = signed_in_client(username, HTTP_ACCEPT="text/html,application/json")
    client.get(path)  # warm: the first request loads caches the HTTP workers hold already
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    if response.status_code >= 400:
        raise RuntimeError(f"{path}: {response.status_code}")
    return replayable(captured.captured_queries)


def replayable(captured_queries) -> list[str]:
    """The statements of Django's captured queries that read, as they can be run again."""
    return [_query_of(query["sql"]) for query in captured_queries
            if not query["sql"].lstrip().upper().startswith(_SKIP)]


def _query_of(sql: str) -> str:
    """A server-side cursor (`QuerySet.iterator()`) is captured as its DECLARE: replay its query."""
    match = _DECLARE.match(sql)
    return match.group(1) if match else sql


def replay_ms(statements: list[str], runs: int = 20) -> float:
    """Median over `runs` of the time to run and fetch every statement once, in milliseconds."""
    from django.db import connection, transaction

    totals = []
    with transaction.atomic():
        with connection.cursor() as cursor:
            for _ in range(runs + 1):  # the first pass warms the plans and the buffers
                start = time.perf_counter()
                for sql in statements:
                    cursor.execute(sql)
                    if cursor.description is not None:
                        cursor.fetchall()
                totals.append((time.perf_counter() - start) * 1000)
        transaction.set_rollback(True)
    return statistics.median(totals[1:])
