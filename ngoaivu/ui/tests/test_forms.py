"""Forms: Vietnamese empty labels, VND without decimals, searchable selects and date buttons wired."""
import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Country

pytestmark = pytest.mark.django_db


def test_empty_choices_are_vietnamese(users, client_for):
    client = client_for(users[Role.SPECIALIST])
    body = client.get(reverse("partners:partner_add")).content.decode()
    assert "---------" not in body and "— Không chọn —" in body
    body = client.get(reverse("partners:partner_list")).content.decode()
    assert "---------" not in body and "Tất cả" in body


def test_vnd_amounts_without_decimals(users, own_province, client_for):
    from ngoaivu.delegations import services
    from ngoaivu.delegations.models import Delegation

    fields = {f.name for f in Delegation._meta.get_fields()}
    data = {"province": own_province, "name": "Đoàn thử", "direction": "outbound",
            "start_date": datetime.date(2030, 1, 5), "end_date": datetime.date(2030, 1, 9),
            "cost": Decimal("900000000.00"), "currency": "VND",
            "countries": [Country.objects.get(code="LA")], "level": "department", "head_title": "Giám đốc Sở",
            "purpose": "Làm việc"}
    data = {key: value for key, value in data.items() if key in fields}
    delegation = services.delegation_create(actor=users[Role.SPECIALIST], data=data)
    client = client_for(users[Role.SPECIALIST])
    detail = client.get(reverse("delegations:delegation_detail", args=[delegation.pk])).content.decode()
    assert "900.000.000 VND" in detail and "900.000.000,00" not in detail
    form = client.get(reverse("delegations:delegation_edit", args=[delegation.pk])).content.decode()
    assert 'value="900.000.000"' in form


def test_pages_load_the_form_scripts_locally(users, client_for):
    body = client_for(users[Role.SPECIALIST]).get(reverse("partners:partner_add")).content.decode()
    assert "/static/vendor/tom-select.complete.min.js" in body and "/static/js/forms.js" in body
    # A random CSRF token may spell "cdn"; what matters is that no asset comes from another host.
    assert re.findall(r'<(?:script|link)[^>]*(?:src|href)="((?:https?:)?//[^"]*)"', body) == []
