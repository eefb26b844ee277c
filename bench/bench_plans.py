"""Plan progress in-process: the plan's page (its targets' progress under the record) and
`/api/plans/<id>/progress/` through the test client, wall and CPU time (the median of
`--runs` after one warm-up, as bench_dashboard), with the queries of each.

    python -m bench.bench_plans --database-url URL --user bench.tinh26 [--user …]
        [--as-of 2025-07-31 --as-of 2024-12-31] [--runs 20] [--save DIR]

Each user's plans are those of their province (a national user: province 26's), the bench
data set's (bench/dataset.py `plans`). `--save DIR` writes each page (CSRF tokens blanked)
and each API answer to DIR, so two commits' output can be compared with `diff -r`.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bench.database import setup_django
from bench.inprocess import CSRF, query_count, signed_in_client, timed

DEFAULT_AS_OF = ["2025-07-31", "2024-12-31"]
NATIONAL_PROVINCE = 26


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_plans", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--user", action="append", required=True)
    parser.add_argument("--as-of", action="append", help="the day the plan is evaluated at (YYYY-MM-DD)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--save", type=Path, help="write each page and API answer here")
    args = parser.parse_args(argv)
    setup_django(args.database_url)

    from django.urls import reverse

    from ngoaivu.accounts.models import User
    from ngoaivu.core.registry import record_type_for
    from ngoaivu.plans.models import Plan

    print("| user | plan (targets) | as of | page: wall / CPU ms, queries | API: wall / CPU ms, queries |")
    print("|---|---|---|---:|---:|")
    for username in args.user:
        user = User.objects.get(username=username)
        client = signed_in_client(username)
        plans = Plan.objects.filter(province_id=user.province_id or NATIONAL_PROVINCE).order_by("pk")
        for plan in plans:
            for as_of in args.as_of or DEFAULT_AS_OF:
                urls = {"page": reverse(record_type_for(Plan).url_name("detail"), args=[plan.pk]), "api": f"/api/plans/{plan.pk}/progress/"}

                def get(name, client=client, urls=urls, as_of=as_of):
                    response = client.get(urls[name], {"as_of": as_of}, HTTP_HOST="127.0.0.1")
                    assert response.status_code == 200, response.status_code
                    return response

                cells = []
                for name in urls:
                    wall, cpu = timed(lambda name=name: get(name), args.runs)
                    cells.append(f"{wall:.0f} / {cpu:.0f}, {query_count(lambda name=name: get(name))}")
                print(f"| {username} | {plan.pk} ({plan.targets.count()}) | {as_of} | {cells[0]} | {cells[1]} |",
                      flush=True)
                if args.save:
                    args.save.mkdir(parents=True, exist_ok=True)
                    stem = f"{username}_{plan.pk}_{as_of}"
                    (args.save / f"{stem}.html").write_text(CSRF.sub(r"\1", get("page").content.decode()))
                    (args.save / f"{stem}.json").write_bytes(get("api").content)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
