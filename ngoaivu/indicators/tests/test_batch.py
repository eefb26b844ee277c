"""The batched read (monthly sums added up in Python) gives each computation's own values,
figure for figure: rows on the first and last days of months, on the days of the 2025
merger, stocks ending on the day they are read or before they started, several currencies,
distinct counts, rows covering a span, units and tables with no rows; periods with month
edges (added up from the months) and others (a conditional aggregate each)."""
import random
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.indicators import batch
from ngoaivu.indicators.batch import values_for_many
from ngoaivu.indicators.computations import STOCK, all_computations, computation_for
from ngoaivu.indicators.periods import Period, month_end
from ngoaivu.indicators.tests.helpers import unit

pytestmark = pytest.mark.django_db

MERGED = ("vn63-19", "vn63-06", "vn34-19")  # Thái Nguyên and Bắc Kạn until 30/6/2025, Thái Nguyên after
EMPTY = "vn63-46"  # Huế: no rows at all
CURRENCIES = ("USD", "JPY", "VND")

MONTH_EDGES = [
    Period.year(2023), Period.year(2024), Period.year(2025), Period.term(2021, 2025),
    Period.half(2025), Period(date(2025, 7, 1), date(2025, 12, 31)),  # the merged units' halves
    Period.to_end_of_month(2025, 7), Period.to_end_of_month(2024, 7), Period.quarter(2024, 1),
    Period.month(2024, 2), Period.month(2025, 6), Period.month(2025, 7), Period(date(2023, 11, 1), date(2024, 2, 29)),
    *(Period.day(day) for day in (date(2024, 2, 29), date(2025, 6, 30), date(2025, 7, 31), date(2023, 12, 31))),
]
OTHER_EDGES = [
    Period(date(2024, 3, 15), date(2025, 2, 10)), Period(date(2025, 6, 2), date(2025, 6, 30)),
    Period(date(2025, 7, 1), date(2025, 7, 30)), Period.day(date(2025, 7, 1)), Period.day(date(2024, 3, 1)),
    Period.day(date(2025, 6, 15)), Period(date(2025, 6, 30), date(2025, 7, 1)),
]


def _days(rng: random.Random) -> date:
    """A day at a month's edge, on the merger, or anywhere in 2022–2026."""
    year, month = rng.randint(2022, 2026), rng.randint(1, 12)
    return rng.choice([date(year, month, 1), month_end(year, month), date(year, month, 15),
                       date(2025, 6, 30), date(2025, 7, 1), date(2024, 2, 29), date(2024, 3, 1)])


def _money(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(1, 10**9)) / 100


@pytest.fixture
def rows():
    """Records of every dated table that has computations, for the merged units."""
    from ngoaivu.agreements.models import Agreement
    from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject
    from ngoaivu.partners.models import Partner

    rng = random.Random(2025)
    for key in MERGED:
        province = unit(key)
        partners = [Partner.objects.create(province=province, name=f"Đối tác {n}", country_id="LA",
                                           partner_type=("locality", "ngo", "organization")[n % 3],
                                           status="planned" if n % 7 == 0 else "active",
                                           established_on=_days(rng) if n % 5 else None,
                                           ended_on=_days(rng) if n % 3 == 0 else None) for n in range(24)]
        for n in range(30):
            Agreement.objects.create(province=province, title="Biên bản ghi nhớ", status="signed", signed_on=_days(rng))
            day = _days(rng)
            Delegation.objects.create(province=province, direction="inbound", name="Đoàn", level="department",
                                      head_title="Giám đốc", start_date=day, end_date=day, purpose="Hợp tác",
                                      status=("approved", "completed", "draft")[n % 3], partner=partners[n % 24])
            certified = _days(rng)
            # Ended on a month's last day, the next day, the day it started, before it started, or running.
            ended = rng.choice([None, None, _days(rng), certified, certified - timedelta(days=40)])
            project = FdiProject.objects.create(
                province=province, name="Nhà máy", investor_name="Công ty", investor_country_id="JP",
                certificate_date=certified, registered_capital=_money(rng), capital_currency=CURRENCIES[n % 3],
                terminated_on=ended, status="terminated" if ended else "active")
            FdiCapitalAdjustment.objects.create(province=province, project=project, adjusted_on=_days(rng),
                                                added_capital=_money(rng), currency=CURRENCIES[(n + 1) % 3])
            start = _days(rng)
            FdiImplementation.objects.create(province=province, project=project, period_start=start,
                                             period_end=max(start, _days(rng)), amount=_money(rng),
                                             currency=CURRENCIES[n % 2])
            aid = NgoAid.objects.create(province=province, title="Hỗ trợ", ngo=partners[n % 24 // 3 * 3 + 1 + n % 2],
                                        iati_identifier=f"T-{key}-{n}", decided_on=_days(rng),
                                        actual_start=_days(rng) if n % 4 else None,
                                        actual_end=_days(rng) if n % 2 else None,
                                        status="refused" if n % 6 == 0 else "implementing",
                                        committed_amount=_money(rng), currency="USD")
            NgoAidTransaction.objects.create(province=province, aid=aid, transaction_date=_days(rng),
                                             transaction_type=("commitment", "disbursement")[n % 2],
                                             amount=_money(rng), currency=CURRENCIES[n % 3])
            proposed = _days(rng)
            OdaProject.objects.create(province=province, title="Hạ tầng", donor=partners[2],
                                      iati_identifier=f"O-{key}-{n}", proposed_on=proposed,
                                      decided_on=rng.choice([None, proposed, _days(rng)]), actual_start=_days(rng),
                                      actual_end=rng.choice([None, _days(rng)]),
                                      stage=("cancelled", "implementing", "proposed")[n % 3], currency="USD")


def _leaves():
    return list(dict.fromkeys(leaf for computation in all_computations()
                              if computation_for(computation.indicator) is not None
                              for leaf in computation.leaves()))


def _compare(ids, periods) -> int:
    """Each computation's batched values against its own query; the number of values compared."""
    batched = values_for_many({leaf: periods for leaf in _leaves()}, ids)
    compared = 0
    for computation in all_computations():
        alone = computation.values_for(ids, periods)
        assert computation.assemble(batched, periods) == alone, computation.indicator
        compared += sum(len(values) for values in alone.values())
    return compared


@pytest.mark.parametrize("per_query", [batch.MAX_AGGREGATES, 5])
def test_batched_values_are_each_computations_own_at_month_edges(rows, monkeypatch, per_query):
    monkeypatch.setattr(batch, "MAX_AGGREGATES", per_query)  # 5: the other edges take several queries
    ids = [unit(key).pk for key in (*MERGED, EMPTY)]
    assert _compare(ids, MONTH_EDGES + OTHER_EDGES) > 500
    assert _compare(ids, MONTH_EDGES) > 300        # only monthly sums
    assert _compare(ids, OTHER_EDGES) > 100        # only conditional aggregates
    assert _compare([unit(EMPTY).pk], MONTH_EDGES + OTHER_EDGES) == 0


def test_statements_kept_from_a_split_read_are_not_reused_by_a_whole_one(rows, monkeypatch):
    # core.statements keeps each table's statement: its key names how many aggregates a query holds.
    ids = [unit(key).pk for key in MERGED]
    for per_query in (5, batch.MAX_AGGREGATES):
        monkeypatch.setattr(batch, "MAX_AGGREGATES", per_query)
        assert _compare(ids, OTHER_EDGES) > 100


def test_a_stock_read_on_a_months_last_day_counts_what_ends_after_it():
    from ngoaivu.investment.models import FdiProject

    province = unit("vn34-19")
    for certified, ended in [(date(2025, 7, 1), None), (date(2025, 7, 31), date(2025, 7, 31)),
                             (date(2025, 7, 15), date(2025, 8, 1)), (date(2025, 8, 1), None),
                             (date(2025, 7, 20), date(2025, 6, 30))]:
        FdiProject.objects.create(province=province, name="Nhà máy", investor_name="Công ty", investor_country_id="JP",
                                  certificate_date=certified, registered_capital=1, capital_currency="USD",
                                  terminated_on=ended, status="terminated" if ended else "active")
    active = computation_for("fdi_active_projects")
    assert active.kind == STOCK
    july = Period.day(date(2025, 7, 31))
    batched = values_for_many({active: [july]}, [province.pk])[active][july]
    # Certified by 31/7 and not ended on or before it: the first and the third.
    assert batched[province.pk].amounts == {"": Decimal(2)} == active.values_for([province.pk], [july])[july][
        province.pk].amounts


def test_one_query_per_table_whatever_the_periods(rows):
    ids = [unit(key).pk for key in MERGED]
    leaves = _leaves()
    tables = {(leaf.model, leaf.kind == "periodic", leaf.date_field if leaf.kind == "periodic" else "")
              for leaf in leaves}
    for periods in (MONTH_EDGES[:2], MONTH_EDGES + OTHER_EDGES):
        with CaptureQueriesContext(connection) as queries:
            values_for_many({leaf: periods for leaf in leaves}, ids)
        assert len(queries) == len(tables)
