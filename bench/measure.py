"""Timing the figure selectors on PostgreSQL, and capturing the SQL they run.

Each case is timed end to end (Python, ORM and database: what a page or the API waits
for), the median of `runs` runs after two warm-up runs. The SQL of one run is kept so
that it can be replayed alone on PostgreSQL and on DuckDB.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.sql_replay import replay_ms, replayable
from ngoaivu.core.roles import Role
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import national_comparison
from ngoaivu.plans.models import Plan, Target
from ngoaivu.plans.selectors import progress_of

BENCH_PLAN = "Kế hoạch đối ngoại giai đoạn 2021-2025 (bench)"
AS_OF = date(2025, 12, 31)


@dataclass
class Case:
    key: str
    title: str
    target_ms: float | None
    run: Callable[[], object]
    median_ms: float = 0.0
    sql: list[str] = field(default_factory=list)
    sql_median_ms: float = 0.0


def median_ms(function: Callable[[], object], runs: int) -> float:
    for _ in range(2):
        function()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_plan() -> Plan:
    """Thái Nguyên's 2021–2025 plan with the targets of the demo (Kế hoạch 108/KH-UBND)."""
    from ngoaivu.geo.models import Province
    from ngoaivu.plans.demo import PLANS

    province = Province.objects.get(key="vn63-19")
    plan = Plan.objects.filter(name=BENCH_PLAN).first()
    if plan is not None:
        return plan
    plan = Plan.objects.create(province=province, name=BENCH_PLAN, start_year=2021, end_year=2025)
    (_slug, _fields, targets), = [entry for entry in PLANS if entry[0] == "thainguyen"]
    for fields in targets:
        indicator = Indicator.objects.get(code=fields["indicator"])
        Target.objects.create(province=province, plan=plan, **{**fields, "indicator": indicator},
                              currency=indicator.currency if indicator.is_money else "")
    return plan


def national_user():
    from ngoaivu.accounts.models import User

    user, _ = User.objects.get_or_create(username="bench.national", defaults={"role": Role.VIEWER})
    return user


def cases() -> list[Case]:
    plan, user = bench_plan(), national_user()
    year = Period.year(2024)

    def comparison(code: str):
        indicator = Indicator.objects.get(code=code)
        return lambda: national_comparison(user=user, indicator=indicator, period=year)

    return [
        Case("progress", "Tiến độ kế hoạch của một tỉnh (12 mục tiêu, 2021–2025)", 100,
             lambda: progress_of(plan, as_of=AS_OF)),
        Case("national_records", "So sánh toàn quốc một chỉ tiêu tính từ hồ sơ: kim ngạch xuất khẩu năm 2024", 300,
             comparison("export_value")),
        Case("national_stock", "So sánh toàn quốc một chỉ tiêu lũy kế: dự án FDI còn hiệu lực cuối năm 2024", 300,
             comparison("fdi_active_projects")),
        Case("national_observations", "So sánh toàn quốc một chỉ tiêu nhập số liệu: hội hữu nghị cuối năm 2024",
             300, comparison("friendship_associations")),
    ]


def run(all_cases: list[Case], runs: int) -> None:
    for case in all_cases:
        case.median_ms = median_ms(case.run, runs)
        with CaptureQueriesContext(connection) as captured:
            case.run()
        case.sql = replayable(captured.captured_queries)
        case.sql_median_ms = replay_ms(case.sql, runs)
