"""The main SELECT of every record type's API list, EXPLAIN ANALYZEd on a PostgreSQL database.

    python -m bench.explain_lists --database-url URL [--province ID] [--runs 5] [table ...]

Reads `/api/<type>/?page_size=50` in-process as a national specialist (or one of
`--province`), takes the query that fetches the page's rows, and prints its median
execution time over `--runs` and the top of its plan (an index scan or a sort of every
row), one Markdown row per type. Creates the reading user (`bench.quocgia` / `bench.tinh<ID>`)
if missing. Not a unit test: the figures depend on the data and the machine.
"""
from __future__ import annotations

import argparse
import os
import statistics


def _plan_head(plan: dict, depth: int = 4) -> str:
    kinds, node = [], plan
    while node and len(kinds) < depth:
        kinds.append(node["Node Type"] + (f" {node['Index Name']}" if "Index Name" in node else ""))
        node = (node.get("Plans") or [None])[0]
    return " → ".join(kinds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--province", type=int, help="read as a specialist of this province (id)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("tables", nargs="*", help="only these tables (e.g. delegations_delegation)")
    args = parser.parse_args()
    os.environ["DATABASE_URL"] = args.database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.django.base")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from ngoaivu.accounts.models import User
    from ngoaivu.core.registry import record_types
    from ngoaivu.core.roles import Role

    username = f"bench.tinh{args.province}" if args.province else "bench.quocgia"
    user, _ = User.objects.get_or_create(username=username, defaults={
        "role": Role.SPECIALIST, "province_id": args.province})
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    print("| list | table | main SELECT ms (median) | plan |")
    print("|---|---|---:|---|")
    for record_type in record_types():
        table = record_type.model._meta.db_table
        if not record_type.api_basename or (args.tables and table not in args.tables):
            continue
        url = reverse(f"{record_type.api_basename}-list")
        with CaptureQueriesContext(connection) as queries:
            client.get(url, {"page_size": 50})
        rows_query = next((query["sql"] for query in queries.captured_queries
                           if query["sql"].startswith("SELECT") and f'FROM "{table}"' in query["sql"]
                           and "LIMIT 50" in query["sql"]), None)
        if rows_query is None:
            print(f"| `{url}` | {table} | – | no page query (empty list?) |")
            continue
        times = []
        with connection.cursor() as cursor:
            for _ in range(args.runs):
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + rows_query)
                plan = cursor.fetchone()[0][0]
                times.append(plan["Execution Time"])
        median = f"{statistics.median(times):.1f}".replace(".", ",")
        print(f"| `{url}` | {table} | {median} | {_plan_head(plan['Plan'])} |")


if __name__ == "__main__":
    main()
