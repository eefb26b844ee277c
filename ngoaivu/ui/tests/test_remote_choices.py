"""Partner (and project, gate) filters load their choices on demand, scoped to the user."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Country
from ngoaivu.partners import services
from ngoaivu.partners.models import Partner


def _partners(actor, province, count, prefix="Tỉnh"):
    japan = Country.objects.get(code="JP")
    return [services.partner_create(actor=actor, data={
        "province": province, "name": f"{prefix} số {n}", "partner_type": "locality", "country": japan})
        for n in range(count)]


def _list_page(client, **params):
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("delegations:delegation_list"), params)
    assert page.status_code == 200
    return page, len(queries)


@pytest.mark.django_db
def test_list_renders_only_the_chosen_partner(users, own_province, client_for):
    actor = users[Role.SPECIALIST]
    client = client_for(users[Role.VIEWER])
    chosen = _partners(actor, own_province, 3)[1]
    _, few = _list_page(client, partner=chosen.pk)
    _partners(actor, own_province, 40, prefix="Thành phố")
    page, many = _list_page(client, partner=chosen.pk)
    html = page.content.decode()
    assert few == many  # no query per partner (its name, its country)
    assert 'data-remote="/lua-chon/partners.partner/"' in html
    assert "Thành phố số" not in html and "Tỉnh số 0" not in html
    assert f'<option value="{chosen.pk}" selected>Tỉnh số 1 (Nhật Bản)</option>' in html


@pytest.mark.django_db
def test_choices_endpoint_is_scoped_and_folds_diacritics(users, own_province, other_province, client_for,
                                                         make_user):
    _partners(users[Role.SPECIALIST], own_province, 2)
    stranger = make_user(Role.SPECIALIST, province=other_province, username="stranger")
    _partners(stranger, other_province, 2, prefix="Quận")
    client = client_for(users[Role.VIEWER])
    response = client.get(reverse("ui:choices", args=["partners.partner"]), {"q": "TINH so 1"})
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == ["Tỉnh số 1 (Nhật Bản)"]
    everything = client.get(reverse("ui:choices", args=["partners.partner"])).json()["results"]
    assert {row["value"] for row in everything} == set(
        Partner.objects.filter(province=own_province).values_list("pk", flat=True))


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["geo.country", "accounts.user", "nothing", "partners.partner.x"])
def test_choices_endpoint_refuses_other_models(users, client_for, key):
    response = client_for(users[Role.VIEWER]).get(reverse("ui:choices", args=[key]))
    assert response.status_code == 404


@pytest.mark.django_db
def test_choices_endpoint_needs_login(client):
    response = client.get(reverse("ui:choices", args=["partners.partner"]))
    assert response.status_code == 302


@pytest.mark.django_db
def test_filter_by_a_partner_of_another_province_is_refused(users, own_province, other_province, client_for,
                                                            make_user):
    stranger = make_user(Role.SPECIALIST, province=other_province, username="stranger")
    foreign = _partners(stranger, other_province, 1)[0]
    page, _ = _list_page(client_for(users[Role.VIEWER]), partner=foreign.pk)
    assert page.context["filter"].errors["partner"]
