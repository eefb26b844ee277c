"""One page's HTTP answer from two checkouts side by side: this tree's and another's.

    python -m bench.bench_http_pair --database-url URL --against /path/to/other/checkout
        [--user bench.tinh26] [--path /api/delegations/?page_size=50] [--rounds 40] [--burst 2]

On a shared or virtual machine whose speed drifts from one minute to the next, two runs of
`bench_http` one after the other differed by more than the change they were to measure
(docs/benchmarks.md, sixth run). Here both checkouts are served at once (gunicorn as
`bench_http` starts it, sync workers; only the one being asked works), one client alternates
short bursts between them, the order swapped every round, and each page's SQL is replayed alone
(`bench/sql_replay.py`), one pass after each of its requests: drift falls on both alike, and on a
page and its SQL alike. The other checkout's session
cookie and statements come from its own `bench` modules, run by its own code.
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.bench_http import REPO, _free_port, _start_server, wait_until_serving
from bench.sql_replay import Replay, spread

_OTHER = r"""
import json, sys
from bench.database import setup_django
setup_django(sys.argv[1])
from bench.bench_http import _session_cookie
from bench.sql_replay import page_statements
print(json.dumps({"cookie": _session_cookie(sys.argv[3]), "statements": page_statements(sys.argv[2], sys.argv[3])}))
"""


def order(names: list[str], round_index: int) -> list[str]:
    """The checkouts in the order a round asks them: swapped every round."""
    return list(names) if round_index % 2 == 0 else list(reversed(names))


def summary(latencies: list[float], sql: list[float]) -> dict:
    """p50 and p95 of the requests, the median of the SQL passes with their quartiles, and the
    p50 over that median."""
    cuts = statistics.quantiles(latencies, n=100)
    passes = spread(sql)
    return {"n": len(latencies), "p50": cuts[49], "p95": cuts[94], "sql": passes["median"], "sql_q1": passes["q1"],
            "sql_q3": passes["q3"], "ratio": cuts[49] / passes["median"]}


def _prepared(repo: Path, url: str, path: str, user: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _OTHER, url, path, user], cwd=repo, capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": "."}).stdout
    return json.loads(out.strip().splitlines()[-1])


def _burst(connection, path: str, cookie: str, seconds: float, replay=None) -> list[float]:
    """The requests' times; `replay` (a bench.sql_replay.Replay) runs one pass after each."""
    stop, latencies = time.monotonic() + seconds, []
    while time.monotonic() < stop:
        start = time.perf_counter()
        connection.request("GET", path, headers={"Cookie": cookie, "Accept": "text/html,application/json"})
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: {response.status}")
        latencies.append((time.perf_counter() - start) * 1000)
        if replay is not None:
            replay.one_pass()
    return latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_http_pair", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--against", type=Path, required=True, help="the other checkout (its own venv need not exist)")
    parser.add_argument("--user", default="bench.tinh26")
    parser.add_argument("--path", default="/api/delegations/?page_size=50")
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--burst", type=float, default=2.0, help="seconds of requests to one checkout in a round")
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args(argv)

    repos = {"this": REPO, "other": args.against.resolve()}
    prepared = {name: _prepared(repo, args.database_url, args.path, args.user) for name, repo in repos.items()}
    ports = {name: _free_port() for name in repos}
    servers = {name: _start_server(args.database_url, ports[name], args.workers, repo, f"bench_http_pair_{name}.log")
               for name, repo in repos.items()}
    from bench.database import setup_django

    setup_django(args.database_url)
    latencies = {name: [] for name in repos}
    loads = []
    replays = {name: Replay(prepared[name]["statements"]) for name in repos}
    try:
        if not all(wait_until_serving(port) for port in ports.values()):
            raise RuntimeError("gunicorn did not start")
        connections = {name: http.client.HTTPConnection("127.0.0.1", ports[name], timeout=60) for name in repos}
        for name in repos:   # warm every worker
            _burst(connections[name], args.path, prepared[name]["cookie"], 2)
        with contextlib.ExitStack() as stack:
            for replay in replays.values():
                stack.enter_context(replay)
            for index in range(args.rounds):
                for name in order(list(repos), index):
                    latencies[name] += _burst(connections[name], args.path, prepared[name]["cookie"], args.burst,
                                              replays[name])
                loads.append(os.getloadavg()[0])
    finally:
        for server in servers.values():
            server.terminate()
        for server in servers.values():
            server.wait(timeout=30)
    print(f"{args.path}, user {args.user}, {args.rounds} rounds of {args.burst:g} s; load {min(loads):.1f}–"
          f"{max(loads):.1f} (median {statistics.median(loads):.1f})")
    for name, repo in repos.items():
        result = summary(latencies[name], replays[name].passes)
        print(f"{name} ({repo}): {result['n']} requests, p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms; "
              f"SQL alone ({len(prepared[name]['statements'])} statements) {result['sql']:.2f} ms "
              f"({result['sql_q1']:.2f}–{result['sql_q3']:.2f}); "
              f"p50 / SQL {result['ratio']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
