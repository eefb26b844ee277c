"""The province dashboard in-process: `plans.dashboard.dashboard()` and the page through the
test client, wall and CPU time (the process's own, which other sessions on the machine
inflate far less), the median of `--runs` after one warm-up, and the queries of each.

    python -m bench.bench_dashboard --database-url URL --user hatinh.chuyenvien [--user …]
        [--period year=2024 --period shape=to_month&year=2025&month=7] [--runs 20]
        [--html DIR]

`--html DIR` writes each page (CSRF tokens blanked) to DIR, so two commits' pages can be
compared with `diff -r`. Not a unit test: the timings depend on the machine.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import parse_qsl

from bench.database import setup_django
from bench.inprocess import CSRF, query_count, signed_in_client, timed

PAGE = "/ke-hoach/bang-so-lieu/"
DEFAULT_PERIODS = ["shape=year&year=2024", "shape=to_month&year=2025&month=7"]
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_dashboard", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--user", action="append", required=True)
    parser.add_argument("--period", action="append", help="the page's query string, e.g. year=2024")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--html", type=Path, help="write each page here, CSRF tokens blanked")
    parser.add_argument("--only", choices=["dashboard", "page"], help="time one of the two")
    args = parser.parse_args(argv)
    setup_django(args.database_url)

    from django.http import QueryDict

    from ngoaivu.accounts.models import User
    from ngoaivu.indicators.forms import PeriodForm
    from ngoaivu.plans.dashboard import dashboard

    print("| user | period | dashboard(): wall / CPU ms, queries | page: wall / CPU ms, queries |")
    print("|---|---|---:|---:|")
    for username in args.user:
        user = User.objects.get(username=username)
        client = signed_in_client(username)
        for query in args.period or DEFAULT_PERIODS:
            form = PeriodForm(QueryDict(query))
            assert form.is_valid(), form.errors
            period = form.period()

            def board(user=user, period=period):
                return dashboard(user=user, unit=user.province, period=period)

            def page(client=client, query=query):
                response = client.get(PAGE, dict(parse_qsl(query)), HTTP_HOST="127.0.0.1")
                assert response.status_code == 200, response.status_code
                return response

            cells = []
            for name, function in (("dashboard", board), ("page", page)):
                # A national user has no province of their own: only their page (its first unit) is timed.
                if (args.only and args.only != name) or (name == "dashboard" and not user.province_id):
                    cells.append("–")
                    continue
                wall, cpu = timed(function, args.runs)
                cells.append(f"{wall:.0f} / {cpu:.0f}, {query_count(function)}")
            print(f"| {username} | {query} | {cells[0]} | {cells[1]} |", flush=True)
            if args.html:
                args.html.mkdir(parents=True, exist_ok=True)
                html = CSRF.sub(r"\1", page().content.decode())
                (args.html / f"{username}_{query.replace('&', '_').replace('=', '-')}.html").write_text(html)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
