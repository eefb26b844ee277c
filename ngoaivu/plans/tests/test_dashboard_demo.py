"""On the demo, the dashboard of each province stays within 40 queries (it was 69 for
Huế): the records' values of all indicators come with one query per table of records,
and those batched values are the ones each computation gives alone."""
from datetime import date

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.accounts.models import User
from ngoaivu.indicators import batch
from ngoaivu.indicators.batch import values_for_many
from ngoaivu.indicators.computations import all_computations, computation_for
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import units_of

pytestmark = pytest.mark.django_db
MAX_QUERIES = 40
DEMO_PROVINCES = ("hue", "hatinh", "thainguyen", "tuyenquang", "thanhhoa")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    with django_db_blocker.unblock(), transaction.atomic():
        ensure_geography()  # a transactional test before it in this worker may have flushed them
        yield load_demo()
        transaction.set_rollback(True)


@pytest.mark.parametrize("slug", DEMO_PROVINCES)
@pytest.mark.parametrize("params", [{}, {"shape": "to_month", "year": 2022, "month": 7}])
def test_the_dashboard_of_a_demo_province(demo, slug, params):
    client = Client()
    client.force_login(User.objects.get(username=f"{slug}.chuyenvien"))
    url = reverse("plans:dashboard")
    client.get(url, params)  # caches (content types, rates) warmed
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url, params)
    assert page.status_code == 200 and 'data-chart="chart-' in page.content.decode()
    assert len(queries) <= MAX_QUERIES, "\n".join(query["sql"][:120] for query in queries.captured_queries)


@pytest.mark.parametrize("per_query", [batch.MAX_AGGREGATES, 7])
def test_batched_values_are_each_computations_own(demo, monkeypatch, per_query):
    monkeypatch.setattr(batch, "MAX_AGGREGATES", per_query)  # 7: several queries a table
    # Periods with month edges come from the monthly sums, the others from aggregates of their own.
    periods = [Period.year(year) for year in range(2015, 2026)] + [
        Period.to_end_of_month(2022, 7), Period.to_end_of_month(2021, 7), Period.half(2023),
        Period(date(2025, 7, 1), date(2025, 12, 31)), Period.quarter(2024, 3),
        *(Period.day(Period.year(year).end) for year in range(2015, 2026)),
        Period(date(2022, 3, 15), date(2023, 2, 10)), Period.day(date(2023, 6, 15)), Period.day(date(2025, 7, 1))]
    leaves = list(dict.fromkeys(leaf for computation in all_computations()
                                if computation_for(computation.indicator) is not None
                                for leaf in computation.leaves()))
    for slug in DEMO_PROVINCES:
        unit = demo.provinces[slug]
        ids = [member.pk for member in units_of(unit)]
        batched = values_for_many({leaf: periods for leaf in leaves}, ids)
        found = False
        for computation in all_computations():
            alone = computation.values_for(ids, periods)
            assert computation.assemble(batched, periods) == alone, (slug, computation.indicator)
            found = found or any(alone.values())
        assert found, slug  # the demo gives each province some computed value to compare


@pytest.mark.parametrize("slug", DEMO_PROVINCES)
def test_the_home_page_counts_every_type_in_one_query(demo, slug):
    from ngoaivu.core.scoping import restrict
    from ngoaivu.ui.selectors import home_summary

    user = User.objects.get(username=f"{slug}.chuyenvien")
    with CaptureQueriesContext(connection) as queries:
        counts = home_summary(user=user)["counts"]
    assert [entry["count"] for entry in counts] == [
        restrict(entry["type"].model.objects.all(), user).count() for entry in counts]
    assert sum(entry["count"] for entry in counts) > 0
    assert sum("UNION ALL" in query["sql"] for query in queries.captured_queries) == 1
    assert not any(query["sql"].startswith("SELECT COUNT(*)") for query in queries.captured_queries)
