"""The API's record lists in-process: CPU per request, or their answers saved for comparison.

    python -m bench.bench_api_lists --database-url URL time [--path /api/delegations/?page_size=50 …]
    python -m bench.bench_api_lists --database-url URL save DIR

`time`: for each path and user, the median of 30 requests after 5 warm-up ones, through
Django's test client with the collector frozen (as gunicorn's configuration does); *CPU* is this
process's `time.process_time()`, which other work on the machine inflates far less than wall
time. `save`: every record type's first 50 rows and a few filtered, searched, ordered and later
pages, for both users and both languages, one file each (status, headers but Date, body), so
that a change meant to keep the answers can be checked with `cmp` (ADR 0019 was).
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import time
from pathlib import Path

from bench.inprocess import signed_in_client

USERS = ("bench.tinh26", "bench.quocgia")
EXTRA_PAGES = {
    "delegations": ("page_size=20&status=approved", "page_size=50&ordering=-start_date&page=3",
                    "page_size=30&search=Nh%E1%BA%ADt"),
    "oda-projects": ("page_size=40&page=2",), "conferences": ("page_size=40&page=2",),
    "partners": ("page_size=40&page=2",),
}


def _client(username: str, language: str = "vi"):
    # host "localhost": the saved answers' links were written with it
    return signed_in_client(username, language=language, HTTP_HOST="localhost")


def save(directory: Path) -> int:
    from ngoaivu.core.registry import record_types

    directory.mkdir(parents=True, exist_ok=True)
    paths = sorted(record_type.api_path for record_type in record_types() if record_type.api_path)
    saved = 0
    for username in USERS:
        for language in ("vi", "en"):
            client = _client(username, language)
            for path in paths:
                for query in ("page_size=50", *EXTRA_PAGES.get(path, ())):
                    response = client.get(f"/api/{path}/?{query}")
                    headers = "".join(f"{key}: {value}\n" for key, value in sorted(response.items()) if key != "Date")
                    name = f"{username}_{language}_{path}_{query}".replace("&", "+") + ".txt"
                    (directory / name).write_bytes(f"{response.status_code}\n{headers}\n".encode() + response.content)
                    saved += 1
    return saved


def measure(paths: list[str]) -> None:
    gc.freeze()
    for path in paths:
        for username in USERS:
            client = _client(username)
            for _ in range(5):
                client.get(path)
            cpu = []
            for _ in range(30):
                start = time.process_time()
                response = client.get(path)
                cpu.append((time.process_time() - start) * 1000)
                assert response.status_code == 200, (path, response.status_code)
            print(f"{username} {path}: CPU median {statistics.median(cpu):.1f} ms, {len(response.content)} bytes, "
                  f"load {os.getloadavg()[0]:.2f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_api_lists", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    commands = parser.add_subparsers(dest="command", required=True)
    timing = commands.add_parser("time")
    timing.add_argument("--path", action="append", dest="paths")
    saving = commands.add_parser("save")
    saving.add_argument("directory", type=Path)
    args = parser.parse_args(argv)

    from bench.database import setup_django

    setup_django(args.database_url)
    if args.command == "save":
        print(f"{save(args.directory)} trang đã lưu vào {args.directory}")
    else:
        measure(args.paths or ["/api/delegations/?page_size=50"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
