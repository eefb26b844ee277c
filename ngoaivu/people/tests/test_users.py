"""A province's administrator manages the province's users; never another province's."""
import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from ngoaivu.accounts.models import User
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Mat-khau-moi-2026"


@pytest.fixture
def stranger(make_user, other_province):
    return make_user(role=Role.SPECIALIST, province=other_province, username="thanhhoa.chuyenvien")


@pytest.fixture
def national_admin(make_user):
    return make_user(role=Role.ADMIN, province=None, username="bo.quantri")


def _changes(user):
    return ObjectChange.objects.filter(content_type=ContentType.objects.get_for_model(User), object_id=user.pk)


def test_the_admin_menu_leads_a_province_admin_to_the_users_page(client_for, users):
    page = client_for(users[Role.ADMIN]).get(reverse("ui:home")).content.decode()
    assert reverse("accounts:user_list") in page
    assert reverse("admin:index") not in page  # not staff: no empty Django admin


def test_the_list_shows_the_province_only(client_for, users, stranger):
    page = client_for(users[Role.ADMIN]).get(reverse("accounts:user_list"))
    names = {person.username for person in page.context["page"]}
    assert names == {user.username for user in users.values()}
    assert stranger.username not in page.content.decode()


def test_a_national_admin_sees_every_user(client_for, users, stranger, national_admin):
    page = client_for(national_admin).get(reverse("accounts:user_list"), {"q": "chuyenvien"})
    assert stranger.username in {person.username for person in page.context["page"]}


@pytest.mark.parametrize("role", [Role.VIEWER, Role.SPECIALIST, Role.APPROVER])
def test_other_roles_are_refused(client_for, api_client_for, users, role):
    assert client_for(users[role]).get(reverse("accounts:user_list")).status_code == 403
    assert api_client_for(users[role]).get(reverse("user-list")).status_code == 403


def test_another_provinces_user_is_not_found_and_untouched(client_for, api_client_for, users, stranger):
    admin = users[Role.ADMIN]
    client = client_for(admin)
    assert client.get(reverse("accounts:user_edit", args=[stranger.pk])).status_code == 404
    assert client.post(reverse("accounts:user_set_active", args=[stranger.pk]), {"active": "0"}).status_code == 404
    assert client.post(reverse("accounts:user_password", args=[stranger.pk]),
                       {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}).status_code == 404
    api = api_client_for(admin)
    assert api.patch(reverse("user-detail", args=[stranger.pk]), {"role": "admin"}, format="json").status_code == 404
    assert api.post(reverse("user-password", args=[stranger.pk]), {"password": NEW_PASSWORD},
                    format="json").status_code == 404
    stranger.refresh_from_db()
    assert stranger.is_active and stranger.role == Role.SPECIALIST and stranger.check_password("pw-test-123")


def test_create_change_role_deactivate_and_reset_on_the_page_all_audited(client_for, users, own_province):
    client = client_for(users[Role.ADMIN])
    created = client.post(reverse("accounts:user_create"), {
        "username": "hatinh.moi", "last_name": "Nguyễn Văn", "first_name": "An", "email": "an@example.vn",
        "role": Role.CONTRIBUTOR, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD,
        "province": "999"})  # a province admin cannot choose the province: the field is not offered
    assert created.status_code == 302
    person = User.objects.get(username="hatinh.moi")
    assert person.province == own_province and person.role == Role.CONTRIBUTOR and person.check_password(NEW_PASSWORD)
    edit = reverse("accounts:user_edit", args=[person.pk])
    assert client.post(edit, {"first_name": "An", "last_name": "Nguyễn Văn", "email": "an@example.vn",
                              "role": Role.SPECIALIST}).status_code == 302
    assert client.post(reverse("accounts:user_set_active", args=[person.pk]), {"active": "0"}).status_code == 302
    assert client.post(reverse("accounts:user_password", args=[person.pk]),
                       {"password1": "Mot-mat-khau-khac-9", "password2": "Mot-mat-khau-khac-9"}).status_code == 302
    person.refresh_from_db()
    assert person.role == Role.SPECIALIST and not person.is_active and person.check_password("Mot-mat-khau-khac-9")
    changes = list(_changes(person).order_by("pk"))
    assert [change.action for change in changes] == ["create", "update", "update", "update"]
    assert all(change.channel == "ui" and change.user_id == users[Role.ADMIN].pk for change in changes)
    assert all(person.password not in str(change.after) for change in changes)  # never the hash
    assert changes[-1].changed_fields() == ["password"]


def test_bad_input_changes_nothing_and_says_why(client_for, users):
    client = client_for(users[Role.ADMIN])
    taken = client.post(reverse("accounts:user_create"), {
        "username": users[Role.VIEWER].username, "role": Role.VIEWER, "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD})
    assert taken.status_code == 400 and "đã có người dùng" in taken.content.decode()
    weak = client.post(reverse("accounts:user_create"), {
        "username": "hatinh.yeu", "role": Role.VIEWER, "password1": "12345678", "password2": "12345678"})
    assert weak.status_code == 400 and not User.objects.filter(username="hatinh.yeu").exists()
    mismatch = client.post(reverse("accounts:user_password", args=[users[Role.VIEWER].pk]),
                           {"password1": NEW_PASSWORD, "password2": "khac"})
    assert mismatch.status_code == 400
    assert users[Role.VIEWER].__class__.objects.get(pk=users[Role.VIEWER].pk).check_password("pw-test-123")


def test_an_admin_cannot_lock_out_or_demote_themselves(client_for, api_client_for, users):
    admin = users[Role.ADMIN]
    client_for(admin).post(reverse("accounts:user_set_active", args=[admin.pk]), {"active": "0"})
    refused = api_client_for(admin).patch(reverse("user-detail", args=[admin.pk]), {"role": "viewer"}, format="json")
    assert refused.status_code == 400 and "role" in refused.json()
    admin.refresh_from_db()
    assert admin.is_active and admin.role == Role.ADMIN


def test_the_api_does_the_same(api_client_for, users, own_province, other_province):
    api = api_client_for(users[Role.ADMIN])
    created = api.post(reverse("user-list"), {"username": "hatinh.api", "role": "viewer", "password": NEW_PASSWORD,
                                              "province": other_province.key}, format="json")
    assert created.status_code == 201, created.json()
    assert created.json()["province"] == own_province.key  # a province admin's user is of their province
    pk = created.json()["id"]
    assert api.patch(reverse("user-detail", args=[pk]), {"role": "approver"}, format="json").json()["role"] == "approver"
    assert api.post(reverse("user-active", args=[pk]), {"is_active": False}, format="json").json()["is_active"] is False
    assert api.post(reverse("user-password", args=[pk]), {"password": "123"}, format="json").status_code == 400
    assert [change.channel for change in _changes(User.objects.get(pk=pk))] == ["api"] * 3
    listed = api.get(reverse("user-list"), {"role": "approver"}).json()["results"]
    assert {row["username"] for row in listed} == {"hatinh.api", users[Role.APPROVER].username}


def test_a_national_admin_creates_a_user_of_any_province(api_client_for, national_admin, other_province):
    created = api_client_for(national_admin).post(reverse("user-list"), {
        "username": "thanhhoa.moi", "role": "admin", "password": NEW_PASSWORD, "province": other_province.key},
        format="json")
    assert created.status_code == 201 and created.json()["province"] == other_province.key


def test_a_reset_password_lifts_the_login_lockout(client, client_for, users):
    person = users[Role.VIEWER]
    for _ in range(20):
        client.post(reverse("accounts:login"), {"username": person.username, "password": "wrong"})
    client_for(users[Role.ADMIN]).post(reverse("accounts:user_password", args=[person.pk]),
                                       {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.logout()
    answer = client.post(reverse("accounts:login"), {"username": person.username, "password": NEW_PASSWORD},
                         REMOTE_ADDR="10.9.9.9")
    assert answer.status_code == 302


def test_the_list_does_not_grow_its_queries_with_rows(client_for, users, make_user, own_province,
                                                      django_assert_max_num_queries):
    client = client_for(users[Role.ADMIN])
    client.get(reverse("accounts:user_list"))
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(reverse("accounts:user_list"))
    for number in range(20):
        make_user(role=Role.VIEWER, province=own_province, username=f"them-{number}")
    with django_assert_max_num_queries(len(few)):
        client.get(reverse("accounts:user_list"))
