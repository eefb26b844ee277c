"""A page's SQL replayed alone: what the database costs a request, to set beside its HTTP time.

The page is requested once in-process (Django's test client, signed in as the bench's user)
with every statement captured as it was sent (PostgreSQL's backend records the statement with
its parameters bound); then those statements are run again `runs` times on one connection, in
a transaction rolled back afterwards, and the median of their summed time is the page's SQL.
`make bench`'s cases (bench/measure.py) replay their statements the same way.

On this project's shared virtual machines the CPU's speed changes from one second to the next
(a loop of pure Python took 6 ms, then 13 ms, a second apart; the server's own execution time of
a statement moved alike): twenty passes in a row take some 60 ms, one speed, and two such medians
a minute apart differed by 2×. `Replay` is called between the HTTP requests it is set beside
(bench_http's one-client row, bench_http_pair's bursts), so that both sample the same seconds;
`spread` gives the median of its passes with their quartiles.
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
    with Replay(statements) as replay:
        totals = [replay._timed() for _ in range(runs)]
    return statistics.median(totals)


class Replay:
    """The statements run again on this thread's connection, in a transaction rolled back at the
    end. `one_pass()`, called between two requests, runs them twice: the first pass after a
    request is slower (the request left the caches cold) and is noted in `first`; the second,
    run as the passes of `replay_ms` are (one after another), is timed into `passes`, the page's
    SQL. Entering runs a pass that is not kept (it warms the plans and the buffers)."""

    def __init__(self, statements: list[str]):
        self.statements, self.first, self.passes = statements, [], []

    def __enter__(self) -> Replay:
        from django.db import connection, transaction

        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self._cursor = connection.cursor()
        self._timed()
        return self

    def one_pass(self) -> float:
        self.first.append(self._timed())
        self.passes.append(self._timed())
        return self.passes[-1]

    def _timed(self) -> float:
        cursor, start = self._cursor, time.perf_counter()
        for sql in self.statements:
            cursor.execute(sql)
            if cursor.description is not None:
                cursor.fetchall()
        return (time.perf_counter() - start) * 1000

    def __exit__(self, *exc_info) -> None:
        from django.db import transaction

        self._cursor.close()
        transaction.set_rollback(True)
        self._atomic.__exit__(*exc_info)


def spread(samples: list[float]) -> dict:
    """The median of `samples` with their first and third quartiles and the quartiles' distance
    relative to the median (0,2: the middle half within 20 % of it)."""
    if len(samples) < 2:
        value = samples[0]
        return {"n": len(samples), "median": value, "q1": value, "q3": value, "iqr": 0.0}
    q1, median, q3 = statistics.quantiles(samples, n=4)
    return {"n": len(samples), "median": median, "q1": q1, "q3": q3, "iqr": (q3 - q1) / median}
