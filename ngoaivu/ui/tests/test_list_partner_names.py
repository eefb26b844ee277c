"""A list showing partners names them with their country ("Tỉnh Hủa Phăn (Lào)"): the country
comes with the partner, not one query a row (the national HTML list of delegations made 57
queries for 50 rows)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.agreements.tests.helpers import make_partner
from ngoaivu.core.roles import Role
from ngoaivu.delegations.tests.helpers import make_delegation

pytestmark = pytest.mark.django_db
COUNTRIES = ["LA", "KH", "KR", "JP", "TH", "CN", "US", "FR", "DE", "AU", "IN", "SG", "MY", "ID", "PH"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, {"per_page": 50, "page_size": 50})
    assert response.status_code == 200
    return len(queries)


def test_delegation_lists_do_not_read_a_country_per_partner(users, own_province, client_for):
    client = client_for(users[Role.SPECIALIST])
    urls = [reverse("delegations:delegation_list"), reverse("delegation-list")]

    def add(countries):
        for code in countries:
            make_delegation(own_province, partner=make_partner(own_province, name=f"Đối tác {code}", country=code))

    add(COUNTRIES[:3])
    for url in urls:
        _queries(client, url)   # per-process caches warmed
    few = [_queries(client, url) for url in urls]
    add(COUNTRIES[3:])
    assert [_queries(client, url) for url in urls] == few
    assert "Đối tác KR (Hàn Quốc)" in client.get(urls[0]).content.decode()
