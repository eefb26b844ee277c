"""Soak: mixed reads and writes from many clients against gunicorn and the worker, for minutes.

    python -m bench.soak --database-url URL --province ID [--minutes 30] [--clients 16]
        [--workers 3] [--write-share 0.2]

Each client is a specialist of `--province` (`soak.1` … created if missing) with its own API
key; it loops over the API lists of delegations and partners, the home page, the delegation
page and the figures' dashboard, and with `--write-share` probability creates a partner
through the API. At the end: the errors (any status ≥ 400, 5xx apart), whether every partner
answered 201 is in the database,
and the memory (RSS) of the gunicorn workers and the background worker sampled each minute.
The API write throttle is lifted for the run (it would answer 429 by design). Not a unit test.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# (the dashboard reads the figures kept under record stamps, which every partner written renews: ADR 0026)
READS = ["/api/delegations/?page_size=50", "/api/partners/?page_size=50", "/", "/doan-ra-doan-vao/", "/ke-hoach/bang-so-lieu/"]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(child) for child in task.read_text().split()]
    return found


def _keys(province: int, clients: int) -> list[str]:
    from ngoaivu.accounts.models import User
    from ngoaivu.accounts.tokens import token_issue
    from ngoaivu.core.roles import Role

    keys = []
    for number in range(1, clients + 1):
        user, _ = User.objects.get_or_create(username=f"soak.{number}", defaults={
            "role": Role.SPECIALIST, "province_id": province})
        keys.append(token_issue(user=user, name="soak", days=1).key)
    return keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--province", type=int, required=True)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--write-share", type=float, default=0.2)
    parser.add_argument("--port", type=int, default=18900)
    args = parser.parse_args(argv)

    from bench.database import setup_django

    setup_django(args.database_url)
    keys = _keys(args.province, args.clients)
    env = {**os.environ, "DATABASE_URL": args.database_url, "DJANGO_SETTINGS_MODULE": "config.django.base",
           "NGOAIVU_API_WRITE_RATE": "1000000/min"}
    (REPO / "var").mkdir(exist_ok=True)
    web = subprocess.Popen([sys.executable, "-m", "gunicorn", "config.wsgi", "--workers", str(args.workers),
                            "--bind", f"127.0.0.1:{args.port}", "--log-level", "warning"], cwd=REPO, env=env,
                           stdout=subprocess.DEVNULL, stderr=open(REPO / "var" / "soak_web.log", "w"))
    worker = subprocess.Popen([str(REPO / ".venv" / "bin" / "ngoaivu"), "worker", "--concurrency", "1",
                               "--loglevel", "WARNING"], cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                              stderr=open(REPO / "var" / "soak_worker.log", "w"))
    from bench.bench_http import wait_until_serving

    if not wait_until_serving(args.port):
        web.terminate()
        worker.terminate()
        raise RuntimeError("gunicorn did not start")
    time.sleep(8)   # the background worker, which has no health route
    stop_at = time.monotonic() + args.minutes * 60
    lock = threading.Lock()
    totals = {"requests": 0, "errors": 0, "5xx": 0, "writes": 0}
    created: list[int] = []
    samples: list[tuple[float, float, float]] = []

    def client(number: int, key: str):
        rng = random.Random(number)
        connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
        headers = {"Authorization": f"Token {key}", "Accept": "application/json,text/html"}
        mine, serial = [], 0
        counts = {"requests": 0, "errors": 0, "5xx": 0, "writes": 0}
        while time.monotonic() < stop_at:
            if rng.random() < args.write_share:
                serial += 1
                body = json.dumps({"name": f"Đối tác soak {number}-{serial}-{time.time_ns()}",
                                   "partner_type": "locality", "country": "LA", "status": "active"})
                connection.request("POST", "/api/partners/", body=body,
                                   headers={**headers, "Content-Type": "application/json"})
                counts["writes"] += 1
            else:
                connection.request("GET", rng.choice(READS), headers=headers)
            response = connection.getresponse()
            payload = response.read()
            counts["requests"] += 1
            counts["errors"] += response.status >= 400
            counts["5xx"] += response.status >= 500
            if response.status == 201:
                mine.append(json.loads(payload)["id"])
        with lock:
            created.extend(mine)
            for name, value in counts.items():
                totals[name] += value

    def sampler():
        while time.monotonic() < stop_at:
            samples.append((time.monotonic(), sum(_rss_mb(pid) for pid in _children(web.pid)), _rss_mb(worker.pid)))
            time.sleep(60)

    threads = [threading.Thread(target=client, args=(number, key)) for number, key in enumerate(keys, 1)]
    threads.append(threading.Thread(target=sampler, daemon=True))
    began = time.monotonic()
    try:
        for thread in threads:
            thread.start()
        for thread in threads[:-1]:
            thread.join()
        samples.append((time.monotonic(), sum(_rss_mb(pid) for pid in _children(web.pid)), _rss_mb(worker.pid)))
    finally:
        web.terminate()
        worker.terminate()
        web.wait(timeout=30)
        worker.wait(timeout=30)
    from ngoaivu.partners.models import Partner

    present = Partner.objects.filter(pk__in=created).count()
    elapsed = time.monotonic() - began
    print(f"{args.minutes:g} min, {args.clients} clients: {totals['requests']} requests "
          f"({totals['requests'] / elapsed:.1f}/s), {totals['errors']} errors ({totals['5xx']} 5xx), "
          f"{totals['writes']} writes, {len(created)} answered 201, {present} present afterwards")
    for moment, web_mb, worker_mb in samples:
        print(f"  +{(moment - began) / 60:5.1f} min: gunicorn workers {web_mb:.0f} MB, worker {worker_mb:.0f} MB")
    return 0 if totals["errors"] == 0 and present == len(created) else 1


if __name__ == "__main__":
    raise SystemExit(main())
