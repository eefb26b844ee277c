"""An agreement with two partners (or sectors) is listed once when a filter or the search
crosses those links; an unfiltered list has no DISTINCT, which would defeat its ordering index."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.core.roles import Role

from .helpers import make_agreement, make_partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_partnered(own_province):
    partners = [make_partner(own_province, name="Tỉnh Hủa Phăn"), make_partner(own_province, name="Tỉnh Hủa Xay")]
    return make_agreement(own_province, partners=partners, sectors=("economy", "labour"))


@pytest.mark.parametrize("params", [{"country": "LA"}, {"sector": "economy"}, {"q": "Tỉnh Hủa"}],
                         ids=["country", "sector", "search"])
def test_a_filter_across_links_lists_the_agreement_once(two_partnered, users, api_client_for, client_for, params):
    api = api_client_for(users[Role.VIEWER]).get(reverse("agreement-list"), params).json()
    assert [row["id"] for row in api["results"]] == [two_partnered.pk]
    page = client_for(users[Role.VIEWER]).get(reverse("agreements:agreement_list"), params).content.decode()
    assert page.count(f'href="{reverse("agreements:agreement_detail", args=[two_partnered.pk])}"') == 1


def test_the_unfiltered_list_reads_without_distinct(two_partnered, users, api_client_for):
    with CaptureQueriesContext(connection) as queries:
        assert api_client_for(users[Role.VIEWER]).get(reverse("agreement-list")).json()["count"] == 1
    listing = [query["sql"] for query in queries if 'FROM "agreements_agreement"' in query["sql"]
               and "LIMIT" in query["sql"]]
    assert listing and not any("DISTINCT" in sql for sql in listing), listing
