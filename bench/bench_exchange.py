"""Import and export of 100.000 rows (issue 12): targets ≤ 60 s to import, ≤ 20 s to export.

    python -m bench.bench_exchange [--database-url URL ...] [--rows 100000]

A province specialist imports an XLSX of partners (generated: distinct names, countries,
dates, types) — the dry run, then the confirmed write through the partner services' batch
twin (partner_bulk_create) with the change log — and exports them again to XLSX and CSV. Everything happens in one
transaction that is rolled back, so the benchmark's data set is left as it was. The
result replaces the "Import and export" section of docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.database import DEFAULT_URL, ensure_database, setup_django

REPO = Path(__file__).resolve().parents[1]
HEADING = "## Import and export (bench/bench_exchange.py)"
TARGETS = {"import": 60.0, "export": 20.0}


def _sheet(rows: int) -> bytes:
    from openpyxl import Workbook

    from ngoaivu.geo.models import Country

    countries = list(Country.objects.order_by("code").values_list("name_vi", flat=True))
    kinds = ["Tổ chức quốc tế", "Tổ chức phi chính phủ nước ngoài", "Doanh nghiệp"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Dữ liệu")
    sheet.append(["Tên tiếng Việt", "Loại đối tác", "Quốc gia", "Ngày thiết lập quan hệ", "Ghi chú"])
    for number in range(rows):
        sheet.append([f"Đối tác thử nghiệm số {number:06d}", kinds[number % 3], countries[number % len(countries)],
                      f"{1 + number % 28:02d}/{1 + number % 12:02d}/{2000 + number % 25}", "Dữ liệu đo hiệu năng"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def measure(rows: int) -> dict:
    """Wall time and this process's CPU time (process_time: what the machine's load does not
    inflate; the database server's own work is not in it) of each phase, and the load around."""
    import os

    from django.db import connection, transaction

    from ngoaivu.accounts.models import User
    from ngoaivu.core.roles import Role
    from ngoaivu.exchange.exports import export_file
    from ngoaivu.exchange.services import import_confirm, import_preview, import_undo
    from ngoaivu.exchange.specs import spec_for
    from ngoaivu.geo.models import Province

    spec = spec_for("partners.partner")
    spec.importable             # resolves the type's pages once (URL patterns), not part of an import
    content = _sheet(rows)
    result = {"rows": rows, "bytes": len(content), "vendor": connection.vendor, "load_before": os.getloadavg()[0]}

    def timed(phase, work):
        started, cpu = time.perf_counter(), time.process_time()
        value = work()
        result[f"{phase}_s"], result[f"{phase}_cpu_s"] = time.perf_counter() - started, time.process_time() - cpu
        return value

    with transaction.atomic():
        province = Province.objects.get(name="Hà Tĩnh", valid_to__isnull=True)
        user = User.objects.create_user(username="bench-exchange", password="x", role=Role.SPECIALIST,
                                        province=province)
        batch = timed("dry_run", lambda: import_preview(spec, user=user, file_name="bench.xlsx", content=content,
                                                        mode="valid_rows"))
        batch = timed("import", lambda: import_confirm(batch, user=user))
        result["created"] = batch.report["counts"]["create"]
        for fmt in ("xlsx", "csv"):
            export = timed(f"export_{fmt}", lambda fmt=fmt: export_file(spec, user=user, fmt=fmt))
            result[f"export_{fmt}_rows"] = export.rows
        timed("undo", lambda: import_undo(batch, user=user))
        transaction.set_rollback(True)
    result["load_after"] = os.getloadavg()[0]
    return result


def _s(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def section(results: list[dict]) -> list[str]:
    """One table for every database measured (SQLite, PostgreSQL)."""
    def met(result, seconds, target):
        if result["rows"] != 100_000:
            return "(mục tiêu cho 100.000 dòng)"   # a smaller run is not judged against it
        return "✔" if seconds <= target else "✘"

    first = results[0]
    lines = [
        HEADING, "",
        f"{_n(first['rows'])} partners in one XLSX ({_n(first['bytes'] // 1024)} KiB) imported by a province "
        "specialist: the dry run, then the confirmed write (new rows in batches of 1.000 through "
        "partner_bulk_create: scope check, validation, INSERT, search columns, change-log rows, undo entries; "
        "on PostgreSQL the rows go in with COPY, `ngoaivu/audit/bulk.py`). Then the same rows exported, and the import undone. One run "
        "per database, rolled back afterwards. The pages and the API run imports as background jobs; the bench "
        "calls the services directly, see docs/exchange.md. *CPU* is this process's own time (Python, openpyxl, "
        "the database driver), which other work on the machine does not inflate; the database server's time is "
        "not in it. *Load* is the 1-minute load average before → after the run (2 cores).", "",
        "| database | load | measurement | time | CPU | target |", "|---|---|---|---:|---:|---:|",
    ]
    for result in results:
        where = f"{result['vendor']} | {_s(result['load_before'])} → {_s(result['load_after'])}"
        rows = [
            ("dry run (every row checked, nothing written)", "dry_run", None),
            (f"import, confirmed ({_n(result['created'])} created)", "import", TARGETS["import"]),
            (f"export XLSX ({_n(result['export_xlsx_rows'])} rows)", "export_xlsx", TARGETS["export"]),
            (f"export CSV ({_n(result['export_csv_rows'])} rows)", "export_csv", TARGETS["export"]),
            (f"undo of the import ({_n(result['created'])} deleted to the trash)", "undo", None),
        ]
        for label, phase, target in rows:
            if f"{phase}_s" not in result:      # a run made before that phase was measured
                continue
            goal = f"≤ {target:.0f} s {met(result, result[phase + '_s'], target)}" if target else ""
            lines.append(f"| {where} | {label} | {_s(result[phase + '_s'])} s | {_s(result[phase + '_cpu_s'])} s "
                         f"| {goal} |")
    return lines


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def write(path: Path, lines: list[str]) -> None:
    """Replace this bench's section of the file (or add it), keeping every other section."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    kept, skipping = [], False
    for line in text.splitlines():
        if line.startswith("## "):
            skipping = line.split(" (")[0] == HEADING.split(" (")[0]
        if not skipping:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    path.write_text("\n".join([*kept, "", *lines]) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_exchange", description=__doc__)
    parser.add_argument("--database-url", action="append", help="repeat to measure several databases "
                        f"(default {DEFAULT_URL}; sqlite:////tmp/bench.sqlite3 for SQLite)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    urls = args.database_url or [DEFAULT_URL]
    if args.child:       # one database per process: Django is set up once
        if urls[0].startswith("postgres"):
            ensure_database(urls[0])
        setup_django(urls[0])
        print(json.dumps(measure(args.rows)), flush=True)
        return 0
    results = []
    for url in urls:
        run = subprocess.run([sys.executable, "-m", "bench.bench_exchange", "--child", "--database-url", url,
                              "--rows", str(args.rows)], cwd=REPO, capture_output=True, text=True)
        if run.returncode:
            sys.exit(f"{url}: {run.stderr[-3000:]}")
        results.append(json.loads(run.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    write(args.output, section(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
