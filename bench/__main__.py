"""`make bench`: build the national data set in PostgreSQL (once), time the figure selectors,
replay their SQL on DuckDB over the same rows, and write docs/benchmarks.md.

    python -m bench [--database-url URL] [--runs 20] [--regenerate] [--output docs/benchmarks.md]

Also runs bench/bench_report.py (a province's report, DOCX and PDF), bench/bench_extract.py (the text
pipeline's throughput) when that file exists, the imports and exports, and the hostile uploads.
"""
from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import sys
from pathlib import Path

from bench.database import DEFAULT_URL, ensure_database, setup_django

REPO = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--regenerate", action="store_true", help="drop the data set's rows and build them again")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)

    ensure_database(args.database_url)
    setup_django(args.database_url)
    from bench import dataset, duck, measure, report

    counts = _data_set(dataset, regenerate=args.regenerate)
    print(f"Dữ liệu: {sum(counts.values()):,} dòng", flush=True)
    cases = measure.cases()
    measure.run(cases, args.runs)
    print("DuckDB: nạp dữ liệu…", flush=True)
    connection = duck.load(args.database_url)
    duck_results = {case.key: duck.replay_ms(connection, case.sql, args.runs) for case in cases}
    for case in cases:
        print(f"{case.key}: {case.median_ms:.1f} ms (SQL {case.sql_median_ms:.1f} ms, "
              f"DuckDB {duck_results[case.key][0]:.1f} ms)", flush=True)
    report.write(args.output, cases=cases, duck_results=duck_results, counts=counts, runs=args.runs,
                 info=report.machine(_postgres_version()), extraction=_extraction())
    _report_generation(args.output, args.runs)
    _exchange(args.output)
    from bench import bench_uploads  # hostile uploads: no database needed

    bench_uploads.main(["--output", str(args.output)])
    print(f"Đã ghi {args.output}")
    return 0


def _exchange(output: Path) -> None:
    """Import and export of 100.000 rows (bench/bench_exchange.py); writes its own section."""
    from bench import bench_exchange

    result = bench_exchange.measure(100_000)
    print(f"exchange: {result}", flush=True)
    bench_exchange.write(output, bench_exchange.section([result]))


def _data_set(dataset, *, regenerate: bool) -> dict[str, int]:
    from django.apps import apps
    from django.db import connection

    from ngoaivu.indicators.models import Observation
    from ngoaivu.plans.models import Plan

    if regenerate or not Observation.objects.exists():
        if regenerate:
            _truncate(connection)
        print("Tạo bộ dữ liệu toàn quốc…", flush=True)
        dataset.generate()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # statistics and visibility map, as a database in use has
    elif not Plan.objects.exists():  # a data set built before it had plans
        dataset.plans()
    labels = ["indicators.Observation", "partners.Partner", "trade.TradeFigure", "investment.FdiProject",
              "investment.FdiCapitalAdjustment", "investment.FdiImplementation", "investment.PromotionEvent",
              "agreements.Agreement", "delegations.Delegation", "conferences.Conference", "culture.CulturalEvent",
              "consular.LabourDeployment", "aid.OdaProject", "aid.OdaTransaction", "aid.NgoAid",
              "aid.NgoAidTransaction", "plans.Plan", "plans.Target"]
    return {label: apps.get_model(label).all_objects.count() for label in labels}


def _truncate(connection) -> None:
    from bench.duck import TABLE_PREFIXES

    keep = ("indicators_indicator", "indicators_exchangerate", "geo_")
    with connection.cursor() as cursor:
        tables = [name for name in connection.introspection.table_names(cursor)
                  if name.startswith(TABLE_PREFIXES) and not name.startswith(keep)]
        cursor.execute("TRUNCATE " + ", ".join(f'"{name}"' for name in tables) + " CASCADE")


def _postgres_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def _report_generation(output: Path, runs: int) -> None:
    """A province-year report on the national data set, DOCX and PDF; writes its own section."""
    from bench import bench_report

    bench_report.write(output, bench_report.section(bench_report.measure(max(3, runs // 2), pdf_runs=3)))


def _extraction() -> dict | None:
    """bench/bench_extract.py's own main(), with its defaults, when another engineer's file is there."""
    if not (REPO / "bench" / "bench_extract.py").exists():
        return None
    output, saved_argv = io.StringIO(), sys.argv
    sys.argv = ["bench/bench_extract.py"]
    try:
        module = importlib.import_module("bench.bench_extract")
        with contextlib.redirect_stdout(output):
            module.main()
    except Exception as error:  # its failure must not lose the figures' results
        return {"output": f'{{"error": "{type(error).__name__}: {error}"}}'}
    finally:
        sys.argv = saved_argv
    return {"output": output.getvalue()}


if __name__ == "__main__":
    sys.exit(main())
