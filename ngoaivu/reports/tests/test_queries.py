"""A report reads the database with as many queries for a busy province as for a quiet one:
the figures of every indicator, their plan targets and the observations behind them are
read together, not one indicator or one row at a time."""
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.geo.selectors import province_find
from ngoaivu.indicators.choices import Aggregation, Qualifier
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.management.commands.report import system_user

pytestmark = pytest.mark.django_db
# Indicators no record gives: each is one more stated figure, read from observations only.
STATED_ONLY = ("friendship_associations", "fdi_rank", "ngo_promotion_conferences", "local_export_growth")


def queries_of_a_report() -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        snapshot = collect_snapshot(user=system_user(), unit=province_find("Hà Tĩnh"), period=Period.year(2023))
    return len(queries), snapshot


def observe(unit, code: str, year: int, value, **extra) -> Observation:
    indicator = Indicator.objects.get(code=code)
    end = date(year, 12, 31)  # a stock is read on a day, a flow over the year
    start = end if indicator.aggregation == Aggregation.STOCK else date(year, 1, 1)
    return Observation.objects.create(province=unit, indicator=indicator, period_start=start, period_end=end,
                                      value=Decimal(value), **extra)


def test_more_records_and_more_indicators_cost_no_more_queries(hatinh_before_2025, trade_figure):
    from ngoaivu.aid.tests.factories import make_ngo_aid, make_oda

    # The same kinds of rows as below, once each: a chart value from records and one stated.
    trade_figure("export", 2022, 1_800_000_000)
    trade_figure("export", 2023, 2_400_000_000)
    observe(hatinh_before_2025, "export_value", 2021, 1_500_000_000, currency="USD")
    observe(hatinh_before_2025, STATED_ONLY[0], 2023, 12)
    queries_of_a_report()  # the provinces' lineage is read once per process, then kept
    quiet, snapshot = queries_of_a_report()
    assert set(snapshot["figures"]) >= {"export_value", STATED_ONLY[0]} and snapshot["charts"]

    for year in (2019, 2020):
        trade_figure("export", year, 1_000_000_000 + year)
    for year in (2022, 2023):
        trade_figure("import", year, 900_000_000)
    observe(hatinh_before_2025, "import_value", 2021, 700_000_000, qualifier=Qualifier.APPROX, currency="USD",
            note="Suy ra từ mức tăng 20% năm 2022.")
    for code in STATED_ONLY[1:]:
        observe(hatinh_before_2025, code, 2023, 3)
    for number in range(4):
        make_oda(hatinh_before_2025, title=f"Dự án ODA {number}")
        make_ngo_aid(hatinh_before_2025, title=f"Viện trợ {number}", actual_start=date(2023, 3, 1))
    busy, snapshot = queries_of_a_report()

    assert set(snapshot["figures"]) >= {"import_value", *STATED_ONLY}
    assert snapshot["charts"]["trade"]["approximate"] == {"Nhập khẩu": [2]}  # 2021, as the note says
    assert len(snapshot["tables"]["oda_projects"]["rows"]) == 5
    assert busy == quiet
