"""Record lists sort names in Vietnamese order, in the database, on SQLite and PostgreSQL."""
import pytest
from django.urls import reverse

from ngoaivu.core.collation import order_vietnamese, sort_by_name
from ngoaivu.core.roles import Role
from ngoaivu.partners import services
from ngoaivu.partners.models import Partner

NAMES = ["Sở Zeta", "Điện Biên Phủ", "Cao Bằng", "Dak Lak", "Cà Mau", "Cần Thơ", "an Giang", "Ăn Hòa", "Ấp Bắc"]
EXPECTED = ["an Giang", "Ăn Hòa", "Ấp Bắc", "Cà Mau", "Cao Bằng", "Cần Thơ", "Dak Lak", "Điện Biên Phủ", "Sở Zeta"]


@pytest.fixture
def named_partners(users, own_province):
    actor = users[Role.SPECIALIST]
    for name in NAMES:
        services.partner_create(actor=actor, data={"province": own_province, "name": name,
                                                   "partner_type": "organization"})


def test_expected_order_is_sort_key_order():
    assert sort_by_name(NAMES) == EXPECTED


@pytest.mark.django_db
def test_queryset_orders_in_vietnamese(named_partners):
    assert list(order_vietnamese(Partner.objects.all()).values_list("name", flat=True)) == EXPECTED
    descending = Partner.objects.order_by("-name")
    assert list(order_vietnamese(descending).values_list("name", flat=True)) == EXPECTED[::-1]


@pytest.mark.django_db
@pytest.mark.parametrize("params,expected", [({}, EXPECTED), ({"sort": "name"}, EXPECTED),
                                             ({"sort": "-name"}, EXPECTED[::-1])])
def test_partner_list_sorts_in_vietnamese(named_partners, users, client_for, params, expected):
    page = client_for(users[Role.VIEWER]).get(reverse("partners:partner_list"), {"per_page": 50, **params})
    assert page.status_code == 200
    names = [row.record.name for row in page.context["table"].page.object_list]
    assert names == expected
