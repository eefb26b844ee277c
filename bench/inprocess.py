"""What the in-process benches share: a signed-in test client, timing a call (wall and the
process's own CPU, which other work on the machine inflates far less), and counting its queries."""
from __future__ import annotations

import re
import statistics
import time

# A page's CSRF tokens, blanked before two commits' pages are compared.
CSRF = re.compile(r'(csrfmiddlewaretoken" value="|csrf-token" content="|"csrfToken": ")[^"]*')


def signed_in_client(username: str, *, language: str = "", **headers):
    """Django's test client signed in as `username` (no password needed), on host 127.0.0.1 unless
    `HTTP_HOST` is given; `language` sets the language cookie the switch sets."""
    from django.conf import settings
    from django.test import Client

    from ngoaivu.accounts.models import User

    client = Client(**{"HTTP_HOST": "127.0.0.1", **headers})
    client.force_login(User.objects.get(username=username))
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def timed(function, runs: int, *, warmups: int = 1) -> tuple[float, float]:
    """The medians of `runs` calls after `warmups`: wall and CPU, in milliseconds."""
    for _ in range(warmups):
        function()  # caches, the first connection
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def query_count(function) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        function()
    return len(captured.captured_queries)
