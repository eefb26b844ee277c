"""Report generation time for `make bench`: a province's year, figures read and DOCX written,
then the same document as PDF through LibreOffice.

bench/bench_report.py calls `bench_report()` after setting Django up on the bench database;
the target is 2 s for one province-year DOCX (charts included). The PDF has no target:
it is made by a background job (ADR 0010), its time is reported.
"""
from __future__ import annotations

import io
import os
import statistics
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext
from pypdf import PdfReader

from ngoaivu.accounts.models import User
from ngoaivu.geo.selectors import province_find
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.builder.compose import compose
from ngoaivu.reports.rendering.docx_nd30 import render_docx
from ngoaivu.reports.rendering.pdf import convert_docx_to_pdf, pdf_available

KEY = "report_docx"
TARGET_MS = 2000
WARM_UP_RUNS = 2
PHASES = ("collect", "compose", "render")


def bench_report(*, runs: int = 10, pdf_runs: int = 3, province: str = "Hà Tĩnh", year: int = 2024) -> dict:
    """Medians in milliseconds of `runs` DOCX generations after two warm-up runs, by phase
    (collect: the database reads; compose: the text; render: the DOCX with its charts),
    with the number of queries and the size of the document; then `pdf_runs` PDF conversions."""
    unit = province_find(province)
    if unit is None:
        raise ValueError(f"no province named {province!r}")
    period = Period.year(year)
    user = User(username="ngoaivu-bench", is_superuser=True)
    load_before = os.getloadavg()[0]
    for _ in range(WARM_UP_RUNS):
        render_docx(compose(collect_snapshot(user=user, unit=unit, period=period)))
    timings: dict[str, list[float]] = {phase: [] for phase in (*PHASES, "total", "cpu")}
    for _ in range(runs):
        cpu, database_cpu, start = time.process_time(), _database_cpu_ms(), time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            snapshot = collect_snapshot(user=user, unit=unit, period=period)
        collected = time.perf_counter()
        document = compose(snapshot)
        composed = time.perf_counter()
        docx = render_docx(document)
        end = time.perf_counter()
        for phase, seconds in zip(PHASES, (collected - start, composed - collected, end - composed)):
            timings[phase].append(seconds * 1000)
        timings["total"].append((end - start) * 1000)
        # The CPU this process and its PostgreSQL backend spent: what the run costs on an idle machine.
        timings["cpu"].append((time.process_time() - cpu) * 1000 + _database_cpu_ms() - database_cpu)
    result = {
        "key": KEY, "title": f"Báo cáo DOCX một tỉnh cả năm ({province}, năm {year})", "target_ms": TARGET_MS,
        "runs": runs, "median_ms": statistics.median(timings["total"]),
        **{f"{phase}_ms": statistics.median(values) for phase, values in timings.items()},
        "queries": len(queries), "docx_bytes": len(docx), "table_rows": sum(len(table.rows) for table in
                                                                            document.tables()),
        "load_average": (load_before + os.getloadavg()[0]) / 2,
    }
    if pdf_available() and pdf_runs:
        pdf_times = []
        for _ in range(pdf_runs):
            start = time.perf_counter()
            pdf = convert_docx_to_pdf(docx)
            pdf_times.append((time.perf_counter() - start) * 1000)
        result |= {"pdf_ms": statistics.median(pdf_times), "pdf_runs": pdf_runs,
                   "pdf_pages": len(PdfReader(io.BytesIO(pdf)).pages)}
    return result


def _database_cpu_ms() -> float:
    """CPU time of this connection's PostgreSQL backend so far (same machine only: /proc), else 0."""
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")  # utime + stime
