"""Report generation time for `make bench`: a province's year, figures read and DOCX written.

bench/__main__.py calls `bench_report()` after setting Django up on the bench database;
the target is 2 s for one province-year DOCX (charts included).
"""
from __future__ import annotations

import statistics
import time
from typing import Callable

from django.utils import timezone

from ngoaivu.accounts.models import User
from ngoaivu.geo.selectors import province_find
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.builder.compose import compose
from ngoaivu.reports.rendering.docx_nd30 import render_docx

KEY = "report_docx"
TARGET_MS = 2000
WARM_UP_RUNS = 2


def report_generation(province: str = "Hà Tĩnh", year: int | None = None) -> Callable[[], bytes]:
    """One run: collect the snapshot, compose, render the DOCX, as `ngoaivu report` does."""
    unit = province_find(province)
    if unit is None:
        raise ValueError(f"no province named {province!r}")
    period = Period.year(year or timezone.localdate().year - 1)
    user = User(username="ngoaivu-bench", is_superuser=True)
    return lambda: render_docx(compose(collect_snapshot(user=user, unit=unit, period=period)))


def bench_report(*, runs: int = 10, province: str = "Hà Tĩnh", year: int | None = None) -> dict:
    """The median time of `runs` generations after two warm-up runs, in milliseconds."""
    run = report_generation(province, year)
    for _ in range(WARM_UP_RUNS):
        run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return {"key": KEY, "title": f"Báo cáo DOCX một tỉnh cả năm ({province})", "target_ms": TARGET_MS,
            "median_ms": statistics.median(times), "runs": runs}
