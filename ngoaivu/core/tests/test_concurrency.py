"""No lost update: an edit made from an older version is refused, naming what changed since."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import delegation_form, make_delegation
from ngoaivu.partners.models import Partner
from ngoaivu.partners.tests.test_partners import make_partner

pytestmark = pytest.mark.django_db

PARTNER_FORM = {"name": "Tỉnh Chăm-pa-sắc", "partner_type": "locality", "country": "LA",
                "relation_type": "friendship", "status": "active", "established_on": "15/04/2019"}


@pytest.fixture
def two_editors(make_user, own_province):
    return (make_user(role=Role.SPECIALIST, province=own_province, first_name="An"),
            make_user(role=Role.SPECIALIST, province=own_province, first_name="Bình"))


def test_api_returns_the_version_and_its_etag(api_client_for, users, own_province):
    partner = make_partner(own_province)
    response = api_client_for(users[Role.SPECIALIST]).get(f"/api/partners/{partner.pk}/")
    assert response.json()["version"] == 1 and response["ETag"] == '"1"'


def test_a_stale_if_match_is_412_and_overwrites_nothing(api_client_for, two_editors, own_province):
    first, second = (api_client_for(user) for user in two_editors)
    partner = make_partner(own_province)
    etag = first.get(f"/api/partners/{partner.pk}/")["ETag"]

    saved = second.patch(f"/api/partners/{partner.pk}/", {"notes": "Bình ghi"}, format="json", HTTP_IF_MATCH=etag)
    assert saved.status_code == 200 and saved.json()["version"] == 2 and saved["ETag"] == '"2"'

    stale = first.patch(f"/api/partners/{partner.pk}/", {"notes": "An ghi"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412 and stale["Content-Type"].startswith("application/json")
    body = stale.json()
    assert body["version"] == 2 and "phiên bản 1" in body["detail"]
    assert body["changes"][0]["user"] == two_editors[1].get_full_name() or two_editors[1].username
    assert "ghi chú" in " ".join(body["changes"][0]["fields"]).lower()
    assert Partner.objects.get(pk=partner.pk).notes == "Bình ghi"


def test_a_stale_body_version_on_put_is_412(api_client_for, users, own_province):
    client = api_client_for(users[Role.SPECIALIST])
    partner = make_partner(own_province)
    body = {"name": "Tỉnh Xiêng Khoảng", "partner_type": "locality", "country": "LA", "status": "active"}
    first = client.put(f"/api/partners/{partner.pk}/", {**body, "notes": "Mới", "version": 1}, format="json")
    assert first.status_code == 200 and first.json()["version"] == 2
    stale = client.put(f"/api/partners/{partner.pk}/", {**body, "name": "Khác", "version": 1}, format="json")
    assert stale.status_code == 412
    assert Partner.objects.get(pk=partner.pk).name == "Tỉnh Xiêng Khoảng"


def test_without_a_version_the_write_is_unconditional_and_a_no_op_keeps_the_version(api_client_for, users,
                                                                                    own_province):
    client = api_client_for(users[Role.SPECIALIST])
    partner = make_partner(own_province, notes="x")
    assert client.patch(f"/api/partners/{partner.pk}/", {"notes": "x"}, format="json").json()["version"] == 1
    assert client.patch(f"/api/partners/{partner.pk}/", {"notes": "y"}, format="json").json()["version"] == 2


def test_a_malformed_if_match_is_a_400(api_client_for, users, own_province):
    partner = make_partner(own_province)
    response = api_client_for(users[Role.SPECIALIST]).patch(f"/api/partners/{partner.pk}/", {"notes": "y"},
                                                            format="json", HTTP_IF_MATCH="abc")
    assert response.status_code == 400 and "If-Match" in response.json()


def test_the_edit_form_carries_the_version_and_a_stale_save_shows_the_conflict(client, two_editors, own_province):
    partner = make_partner(own_province)
    url = reverse("partners:partner_edit", args=[partner.pk])
    first, second = two_editors
    client.force_login(first)
    assert 'name="version" value="1"' in client.get(url).content.decode()

    client.force_login(second)
    assert client.post(url, {**PARTNER_FORM, "name": "Tên của Bình", "version": "1"}).status_code == 302

    client.force_login(first)
    page = client.post(url, {**PARTNER_FORM, "name": "Tên của An", "version": "1"})
    body = page.content.decode()
    assert page.status_code == 409
    assert "Bản ghi đã được sửa sau khi bạn mở nó" in body and "Bình" in body and "tên" in body.lower()
    assert Partner.objects.get(pk=partner.pk).name == "Tên của Bình"


def test_a_workflow_step_makes_an_open_edit_form_stale(client_for, users, own_province):
    delegation = make_delegation(own_province)
    web = client_for(users[Role.SPECIALIST])
    assert 'name="version" value="1"' in web.get(reverse("delegations:delegation_edit",
                                                         args=[delegation.pk])).content.decode()
    web.post(reverse("delegations:delegation_step", args=[delegation.pk, "submit"]), {"note": ""})
    delegation.refresh_from_db()
    assert delegation.status == "submitted" and delegation.version == 2


def test_a_draft_edit_from_an_older_version_is_refused(client_for, users, own_province):
    delegation = make_delegation(own_province)
    web = client_for(users[Role.SPECIALIST])
    url = reverse("delegations:delegation_edit", args=[delegation.pk])
    assert web.post(url, delegation_form(name="Lần một", version="1")).status_code == 302
    page = web.post(url, delegation_form(name="Lần hai", version="1"))
    assert page.status_code == 409
    assert Delegation.objects.get(pk=delegation.pk).name == "Lần một"
