"""The capped count of lists (ADR 0017): exact up to the cap, a lower bound past it, the same
in the pages' tables and the API, and never a full `COUNT(*)` of a national list."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.core.pagination import CappedPaginator
from ngoaivu.delegations.tests.helpers import make_delegation
from ngoaivu.geo.models import Country

pytestmark = pytest.mark.django_db


@pytest.fixture
def cap_of_ten(monkeypatch):
    monkeypatch.setattr(CappedPaginator, "cap", 10)


def _countries():
    return Country.objects.order_by("code")


def test_a_list_within_the_cap_is_counted_exactly(cap_of_ten):
    rows = _countries()[:7]
    paginator = CappedPaginator(rows, 5)
    assert (paginator.count, paginator.count_exact, paginator.num_pages) == (7, True, 2)


def test_past_the_cap_the_count_is_a_lower_bound_and_next_pages_still_exist(cap_of_ten):
    assert _countries().count() > 30
    paginator = CappedPaginator(_countries(), 5)
    page = paginator.page(2)
    assert (paginator.count, paginator.count_exact) == (10, False)
    assert paginator.num_pages == 3 and page.has_next()
    assert [c.code for c in page] == [c.code for c in _countries()[5:10]]


def test_a_page_deeper_than_the_cap_counts_one_row_past_itself(cap_of_ten):
    total = _countries().count()
    paginator = CappedPaginator(_countries(), 5)
    page = paginator.page(4)   # rows 16–20
    assert (paginator.count, paginator.count_exact) == (20, False) and page.has_next()
    last = CappedPaginator(_countries(), 5)
    last_number = -(-total // 5)
    assert last.page(last_number).has_next() is False
    assert (last.count, last.count_exact) == (total, True)


def test_the_count_reads_at_most_cap_plus_one_rows_without_sorting(cap_of_ten):
    with CaptureQueriesContext(connection) as queries:
        CappedPaginator(_countries(), 5).page(1)
    count_sql = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(count_sql) == 1
    assert "LIMIT 11" in count_sql[0] and "ORDER BY" not in count_sql[0]


def test_a_plain_list_is_counted_as_it_is(cap_of_ten):
    paginator = CappedPaginator(list(range(25)), 5)
    assert (paginator.count, paginator.count_exact, paginator.num_pages) == (25, True, 5)


@pytest.fixture
def thirteen(own_province):
    for number in range(13):
        make_delegation(own_province, name=f"Đoàn {number}")


def test_the_api_says_when_its_count_is_a_lower_bound(cap_of_ten, thirteen, national_user, api_client_for):
    client, url = api_client_for(national_user), reverse("delegation-list")
    body = client.get(url, {"page_size": 5}).json()
    assert (body["count"], body["count_exact"]) == (10, False) and body["next"]
    body = client.get(url, {"page_size": 5, "page": 3}).json()
    assert (body["count"], body["count_exact"], body["next"]) == (13, True, None)
    assert len(body["results"]) == 3


def test_the_api_schema_describes_count_exact():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    page = schema["components"]["schemas"]["PaginatedDelegationList"]
    assert "count_exact" in page["required"]
    assert page["properties"]["count_exact"]["type"] == "boolean"
    assert "nhiều hơn `count`" in page["properties"]["count"]["description"]


def test_the_page_says_more_than_and_counts_once(cap_of_ten, thirteen, national_user, client_for):
    client, url = client_for(national_user), reverse("delegations:delegation_list")
    client.get(url, {"per_page": 5})
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url, {"per_page": 5}).content.decode()
    assert "Hơn 10 bản ghi" in page and "Trang 1</span>" in page and "page=2" in page
    assert sum("COUNT(" in q["sql"].upper() for q in queries.captured_queries) == 1
    last = client.get(url, {"per_page": 5, "page": 3}).content.decode()
    assert ">13 bản ghi<" in last and "Trang 3/3" in last
