"""Import and export of 100.000 rows (issue 12): targets ≤ 60 s to import, ≤ 20 s to export.

    python -m bench.bench_exchange [--database-url URL] [--rows 100000]

A province specialist imports an XLSX of partners (generated: distinct names, countries,
dates, types) — the dry run, then the confirmed write through the partner services' batch
twin (partner_bulk_create) with the change log — and exports them again to XLSX and CSV. Everything happens in one
transaction that is rolled back, so the benchmark's data set is left as it was. The
result replaces the "Import and export" section of docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import io
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
    from django.db import transaction

    from ngoaivu.accounts.models import User
    from ngoaivu.accounts.roles import Role
    from ngoaivu.exchange.exports import export_file
    from ngoaivu.exchange.services import import_confirm, import_preview
    from ngoaivu.exchange.specs import spec_for
    from ngoaivu.geo.models import Province

    spec = spec_for("partners.partner")
    content = _sheet(rows)
    result = {"rows": rows, "bytes": len(content)}
    with transaction.atomic():
        province = Province.objects.get(name="Hà Tĩnh", valid_to__isnull=True)
        user = User.objects.create_user(username="bench-exchange", password="x", role=Role.SPECIALIST,
                                        province=province)
        started = time.perf_counter()
        batch = import_preview(spec, user=user, file_name="bench.xlsx", content=content, mode="valid_rows")
        result["dry_run_s"] = time.perf_counter() - started
        started = time.perf_counter()
        batch = import_confirm(batch, user=user)
        result["import_s"] = time.perf_counter() - started
        result["created"] = batch.report["counts"]["create"]
        for fmt in ("xlsx", "csv"):
            started = time.perf_counter()
            export = export_file(spec, user=user, fmt=fmt)
            result[f"export_{fmt}_s"] = time.perf_counter() - started
            result[f"export_{fmt}_rows"] = export.rows
        transaction.set_rollback(True)
    return result


def _s(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def section(result: dict, vendor: str) -> list[str]:
    def met(seconds, target):
        if result["rows"] != 100_000:
            return "(mục tiêu cho 100.000 dòng)"   # a smaller run is not judged against it
        return "✔" if seconds <= target else "✘"

    return [
        HEADING, "",
        f"{_n(result['rows'])} partners in one XLSX ({_n(result['bytes'] // 1024)} KiB) imported by a province "
        f"specialist on {vendor}: the dry run, then the confirmed write (new rows in batches of 1.000 through "
        "partner_bulk_create: scope check, validation, INSERT, search columns, change-log rows, undo entries). "
        "Then the same rows exported. One run; rolled back afterwards. The pages and the API run imports as "
        "background jobs; the bench calls the services directly, see docs/exchange.md.", "",
        "| measurement | time | target |", "|---|---:|---:|",
        f"| dry run (every row checked, nothing written) | {_s(result['dry_run_s'])} s | |",
        f"| import, confirmed ({_n(result['created'])} created) | {_s(result['import_s'])} s "
        f"| ≤ 60 s {met(result['import_s'], TARGETS['import'])} |",
        f"| export XLSX ({_n(result['export_xlsx_rows'])} rows) | {_s(result['export_xlsx_s'])} s "
        f"| ≤ 20 s {met(result['export_xlsx_s'], TARGETS['export'])} |",
        f"| export CSV ({_n(result['export_csv_rows'])} rows) | {_s(result['export_csv_s'])} s "
        f"| ≤ 20 s {met(result['export_csv_s'], TARGETS['export'])} |",
    ]


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
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    ensure_database(args.database_url)
    setup_django(args.database_url)
    from django.db import connection

    result = measure(args.rows)
    print(result, flush=True)
    write(args.output, section(result, f"{connection.vendor}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
