"""HTTP benchmark: the app under gunicorn on 127.0.0.1, p50/p95/p99 and requests per
second at 1 and 16 clients for the pages and endpoints of issue 13.

    python -m bench.bench_http --database-url URL --user hue.chuyenvien [--seconds 15]
        [--clients 1,16] [--workers 3] [--output docs/benchmarks.md]

Signs in by a session made in-process for `--user` (no password needed), starts
gunicorn with `--workers` sync workers on a free port, runs each endpoint for
`--seconds` per client count with keep-alive connections, and appends a section to the
output (replacing the one from an earlier run). Beside each page, its SQL replayed alone
(`bench/sql_replay.py`: one pass after each request of the one-client row, so that both sample the
same seconds of a machine whose speed drifts), median and quartiles, and the ratio of the one-client
p50 to that median. Not a unit test: timings depend on the machine, which the section names.
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.sql_replay import Replay, spread

REPO = Path(__file__).resolve().parents[1]
SECTION = "## HTTP (bench/bench_http.py)"
ENDPOINTS = [
    ("Danh sách đoàn (API, 50 dòng)", "/api/delegations/?page_size=50"),
    ("Danh sách đoàn (HTML, 50 dòng)", "/doan-ra-doan-vao/?per_page=50"),
    ("Bảng số liệu của tỉnh (HTML)", "/ke-hoach/bang-so-lieu/"),
    ("So sánh toàn quốc (HTML)", "/so-lieu/toan-quoc/"),
    ("Trang chủ", "/"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _session_cookie(username: str) -> str:
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    from ngoaivu.accounts.models import User

    user = User.objects.get(username=username)
    session = import_module(settings.SESSION_ENGINE).SessionStore()   # the one the server reads
    session[SESSION_KEY] = str(user.pk)
    # The backend that loads users (a lockout backend such as axes' only guards logins).
    session[BACKEND_SESSION_KEY] = next(
        (path for path in settings.AUTHENTICATION_BACKENDS if path.endswith("ModelBackend")),
        settings.AUTHENTICATION_BACKENDS[-1])
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _start_server(url: str, port: int, workers: int, repo: Path = REPO, log: str = "bench_http.log") -> subprocess.Popen:
    # Production's settings file (preload, frozen collector, worker recycling), with the
    # workers asked for; one thread each: sync workers, as the figures were taken.
    # The code served is `repo`'s (python -m puts the working directory first on the path).
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "config.django.base",
           "GUNICORN_WORKERS": str(workers), "GUNICORN_THREADS": "1", "GUNICORN_BIND": f"127.0.0.1:{port}",
           "GUNICORN_LOGLEVEL": "warning"}
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.conf.py"], cwd=repo, env=env,
                              stdout=subprocess.DEVNULL, stderr=open(REPO / "var" / log, "w"))
    if not wait_until_serving(port):
        server.terminate()
        raise RuntimeError("gunicorn did not start")
    return server


def wait_until_serving(port: int, seconds: float = 240) -> bool:
    """True once every worker can answer: gunicorn accepts connections before its workers have
    loaded Django, and on a loaded machine a first request then waited past any client timeout."""
    deadline, answered = time.monotonic() + seconds, 0
    while time.monotonic() < deadline and answered < 6:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            connection.request("GET", "/healthz")
            answered += connection.getresponse().status == 200
            connection.close()
        except OSError:
            time.sleep(0.5)
    return answered >= 6


def _load(port: int, path: str, cookie: str, clients: int, seconds: float, replay: list[str] | None = None) -> dict:
    """The path asked by `clients` keep-alive clients for `seconds`. With `replay` (one client),
    those statements are run once after every request, untimed by it (bench/sql_replay.py):
    their passes are the answer's "sql"."""
    latencies: list[float] = []
    errors = [0]
    passes: list[float] = []
    first: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        mine, failed = [], 0
        with Replay(replay) if replay else contextlib.nullcontext() as replaying:
            while time.monotonic() < stop_at:
                start = time.perf_counter()
                connection.request("GET", path, headers={"Cookie": cookie, "Accept": "text/html,application/json"})
                response = connection.getresponse()
                response.read()
                mine.append((time.perf_counter() - start) * 1000)
                failed += response.status >= 400
                if replaying is not None:
                    replaying.one_pass()
        if replaying is not None:
            passes.extend(replaying.passes)
            first.extend(replaying.first)
            from django.db import connections

            connections.close_all()   # this thread's
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    assert not replay or clients == 1, "the statements are replayed beside one client"
    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {"n": len(latencies), "errors": errors[0], "p50": cuts[49], "p95": cuts[94], "p99": cuts[98],
            "rps": len(latencies) / elapsed, "sql": spread(passes) if passes else None,
            "sql_first": spread(first) if first else None}


def _write(output: Path, lines: list[str]) -> None:
    text = output.read_text(encoding="utf-8") if output.exists() else "# Benchmarks\n"
    if SECTION in text:
        start = text.index(SECTION)
        following = text.find("\n## ", start + len(SECTION))
        text = text[:start].rstrip("\n") + ("\n\n" + text[following + 1:] if following != -1 else "\n")
    output.write_text(text.rstrip("\n") + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def _ms(value: float) -> str:
    return f"{value:,.0f}".replace(",", ".")


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _spread(result: dict, number=lambda value: f"{value:.2f}") -> str:
    """A replay's median with its quartiles: '3,1 (2,6–3,7)'."""
    return f"{number(result['median'])} ({number(result['q1'])}–{number(result['q3'])})"


def selected(paths: str) -> list[tuple[str, str]]:
    """The endpoints whose path starts with one of the comma-separated prefixes (all when none)."""
    prefixes = [prefix for prefix in paths.split(",") if prefix]
    return [(label, path) for label, path in ENDPOINTS
            if not prefixes or any(path.startswith(prefix) for prefix in prefixes)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_http", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--user", default="hue.chuyenvien")
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", default="1,16")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--paths", default="", help="only the pages whose path starts with one of these (comma-separated)")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)

    from bench.database import setup_django

    setup_django(args.database_url)
    cookie = _session_cookie(args.user)
    from bench.sql_replay import page_statements

    endpoints = selected(args.paths)
    statements = {path: page_statements(path, args.user) for _, path in endpoints}
    port = _free_port()
    server = _start_server(args.database_url, port, args.workers)
    rows, sql = [], {}
    try:
        for label, path in endpoints:
            _load(port, path, cookie, 1, 2)  # warm the workers
            for clients in (int(c) for c in args.clients.split(",")):
                result = _load(port, path, cookie, clients, args.seconds,
                               replay=statements[path] if clients == 1 else None)
                sql[path] = result["sql"] or sql.get(path)
                rows.append((label, path, clients, result))
                print(f"{path} ×{clients}: p50 {result['p50']:.1f} ms, p95 {result['p95']:.1f} ms, "
                      f"{result['rps']:.1f} req/s, {result['errors']} lỗi"
                      + (f"; SQL {_spread(result['sql'])} ms, first pass after a request "
                         f"{_spread(result['sql_first'])} ms" if result["sql"] else ""), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    for path in statements:   # no one-client row: the statements replayed alone
        if sql.get(path) is None:
            with Replay(statements[path]) as replaying:
                for _ in range(200):
                    replaying.one_pass()
            sql[path] = spread(replaying.passes)
    load = os.getloadavg()
    lines = [SECTION, "",
             f"gunicorn (config/gunicorn.conf.py), {args.workers} sync workers, 127.0.0.1; {os.cpu_count()} CPU "
             f"({platform.processor() or platform.machine()}), load after the run {_decimal(load[0])}; "
             f"database `{args.database_url.rsplit('/', 1)[-1]}`; user `{args.user}`; "
             f"{_ms(args.seconds)} s per row.", "",
             "*SQL*: the page's statements replayed on one connection after each request of the one-client "
             "row, twice, the second pass timed (bench/sql_replay.py), median (first–third quartile) of those "
             "passes; *× SQL*: the one-client p50 over that median.", "",
             "| trang | clients | requests | lỗi | p50 ms | p95 ms | p99 ms | req/s | SQL (câu, ms) | × SQL |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, path, clients, r in rows:
        sql_ms = sql[path]["median"]
        ratio = _decimal(r["p50"] / sql_ms) if clients == 1 and sql_ms > 0 else ""
        lines.append(f"| {label} `{path}` | {clients} | {r['n']} | {r['errors']} | {_ms(r['p50'])} | "
                     f"{_ms(r['p95'])} | {_ms(r['p99'])} | {_decimal(r['rps'])} | {len(statements[path])}, "
                     f"{_spread(sql[path], _decimal)} | {ratio} |")
    _write(args.output, lines)
    print(f"Đã ghi {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
