"""The doors: login lockout, API throttles, expiring keys, password pages, schema access."""
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ngoaivu.accounts.models import ApiToken
from ngoaivu.accounts.tokens import token_issue
from ngoaivu.core.roles import Role
from ngoaivu.testing.fixtures import TEST_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_throttle_counters")]
PASSWORD = TEST_PASSWORD  # make_user's


def _login(client, username, password, **extra):
    return client.post(reverse("accounts:login"), {"username": username, "password": password}, **extra)


def _end_lockout():
    """As if the cool-off had passed: the attempts are older than it."""
    from axes.models import AccessAttempt
    from django.conf import settings

    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1))


def test_the_21st_login_is_refused_even_with_the_right_password_until_the_lockout_ends(client, users):
    user = users[Role.SPECIALIST]
    for _ in range(20):
        assert _login(client, user.username, "wrong").status_code in (200, 429)
    refused = _login(client, user.username, PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session
    assert "tạm khóa đăng nhập" in refused.content.decode()
    assert refused["Retry-After"]
    _end_lockout()
    assert _login(client, user.username, PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_nineteen_wrong_passwords_do_not_lock(client, users):
    user = users[Role.VIEWER]
    for _ in range(19):
        assert _login(client, user.username, "wrong").status_code == 200
    assert _login(client, user.username, PASSWORD).status_code == 302


def test_one_address_trying_many_names_is_locked_for_every_name(client, users, make_user):
    for number in range(20):
        _login(client, f"nobody-{number}", "wrong")
    other = make_user(role=Role.VIEWER)
    assert _login(client, other.username, PASSWORD).status_code == 429
    # another address may still log in as that user
    assert _login(client, other.username, PASSWORD, REMOTE_ADDR="10.1.2.3").status_code == 302


def test_a_header_the_client_writes_does_not_change_its_address(client, users, make_user):
    for number in range(20):
        _login(client, f"nobody-{number}", "wrong", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
               HTTP_X_REAL_IP=f"10.0.1.{number}")
    assert _login(client, make_user().username, PASSWORD).status_code == 429


def test_the_token_endpoint_counts_towards_the_lockout_and_answers_json(client, users):
    user = users[Role.VIEWER]
    url = reverse("api-token")
    for _ in range(20):
        client.post(url, {"username": user.username, "password": "wrong"})
    refused = client.post(url, {"username": user.username, "password": PASSWORD})
    assert refused.status_code == 429
    assert "tạm khóa" in refused.json()["detail"]
    assert not ApiToken.objects.filter(user=user).exists()


def test_wrong_password_at_the_token_endpoint_is_a_vietnamese_400(client, users):
    answer = client.post(reverse("api-token"), {"username": users[Role.VIEWER].username, "password": "wrong"})
    assert answer.status_code == 400
    assert answer.json() == {"non_field_errors": ["Tên đăng nhập hoặc mật khẩu không đúng."]}


# --- throttles ------------------------------------------------------------------------

def test_token_requests_are_throttled_per_address(client, users, settings):
    settings.NGOAIVU_API_THROTTLE_RATES = {"token": "3/min", "write": None}
    user = users[Role.VIEWER]
    for _ in range(3):
        assert client.post(reverse("api-token"), {"username": user.username, "password": PASSWORD}).status_code == 201
    throttled = client.post(reverse("api-token"), {"username": user.username, "password": PASSWORD})
    assert throttled.status_code == 429
    assert throttled.json()["detail"].startswith("Quá nhiều yêu cầu")
    assert int(throttled["Retry-After"]) > 0
    assert ApiToken.objects.filter(user=user).count() == 3


def test_writes_are_throttled_per_user_and_reads_are_not(api_client_for, users, settings):
    settings.NGOAIVU_API_THROTTLE_RATES = {"token": None, "write": "2/min"}
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse("partner-list")
    for number in range(2):
        assert client.post(url, {"name": f"Đối tác {number}", "country": "JP"}, format="json").status_code != 429
    throttled = client.post(url, {"name": "Đối tác 3", "country": "JP"}, format="json")
    assert throttled.status_code == 429
    assert "thử lại sau" in throttled.json()["detail"]
    assert client.get(url).status_code == 200
    # another user has their own count
    assert api_client_for(users[Role.ADMIN]).post(url, {"name": "Khác", "country": "JP"},
                                                  format="json").status_code != 429


# --- expiring keys --------------------------------------------------------------------

def _with_key(client, key):
    return client.get(reverse("partner-list"), HTTP_AUTHORIZATION=f"Token {key}")


def test_each_request_makes_a_new_key_that_expires(client, users):
    user = users[Role.VIEWER]
    first = client.post(reverse("api-token"), {"username": user.username, "password": PASSWORD, "days": 7}).json()
    second = client.post(reverse("api-token"), {"username": user.username, "password": PASSWORD}).json()
    assert first["token"] != second["token"]
    assert _with_key(client, first["token"]).status_code == 200
    token = ApiToken.objects.get(pk=first["id"])
    assert token.last_used_at is not None
    assert token.key_hash != first["token"]  # only the hash is stored
    ApiToken.objects.filter(pk=token.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    expired = _with_key(client, first["token"])
    assert expired.status_code in (401, 403)
    assert "hết hạn" in expired.json()["detail"]


def test_a_key_revoked_by_its_owner_is_refused(client, users, make_user):
    user = users[Role.VIEWER]
    issued = token_issue(user=user, name="Kịch bản")
    client.force_login(user)
    page = client.get(reverse("accounts:profile"))
    assert "Kịch bản" in page.content.decode() and issued.key not in page.content.decode()
    stranger = make_user(role=Role.VIEWER)
    client.force_login(stranger)
    assert client.post(reverse("accounts:token_revoke", args=[issued.token.pk])).status_code == 404
    client.force_login(user)
    assert client.post(reverse("accounts:token_revoke", args=[issued.token.pk])).status_code == 302
    client.logout()
    refused = _with_key(client, issued.key)
    assert refused.status_code in (401, 403) and "thu hồi" in refused.json()["detail"]


def test_the_owner_makes_a_key_on_their_page_and_sees_it_once(client, users):
    client.force_login(users[Role.SPECIALIST])
    made = client.post(reverse("accounts:token_create"), {"name": "Nhập số liệu", "days": 30})
    assert made.status_code == 200
    key = made.context["issued"].key
    assert key in made.content.decode()
    assert key not in client.get(reverse("accounts:profile")).content.decode()
    assert client.post(reverse("accounts:token_create"), {"days": 9999}).status_code == 400


def test_the_api_lists_and_revokes_ones_own_keys(api_client_for, users):
    user = users[Role.VIEWER]
    issued = token_issue(user=user)
    other = token_issue(user=users[Role.SPECIALIST])
    client = api_client_for(user)
    listed = client.get(reverse("api-token-list")).json()
    assert [row["id"] for row in listed] == [issued.token.pk] and "token" not in listed[0]
    assert client.delete(reverse("api-token-detail", args=[other.token.pk])).status_code == 404
    assert client.delete(reverse("api-token-detail", args=[issued.token.pk])).status_code == 204
    assert ApiToken.objects.get(pk=issued.token.pk).revoked_at is not None


def test_a_user_keeps_at_most_the_configured_number_of_active_keys(users, settings):
    settings.NGOAIVU_API_TOKEN_MAX_ACTIVE = 2
    user = users[Role.VIEWER]
    first, second, third = (token_issue(user=user) for _ in range(3))
    active = set(ApiToken.objects.filter(user=user, revoked_at__isnull=True).values_list("pk", flat=True))
    assert active == {second.token.pk, third.token.pk}


def test_a_deactivated_users_key_is_refused(client, users):
    user = users[Role.VIEWER]
    issued = token_issue(user=user)
    user.is_active = False
    user.save()
    assert _with_key(client, issued.key).status_code in (401, 403)


def test_old_drf_tokens_become_expiring_keys(users):
    from importlib import import_module
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    migration = import_module("ngoaivu.accounts.migrations.0005_api_tokens_from_drf")
    user = users[Role.VIEWER]
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE authtoken_token (key varchar(40) PRIMARY KEY, user_id integer, created timestamp)")
        cursor.execute("INSERT INTO authtoken_token VALUES (%s, %s, %s)", ["a" * 40, user.pk, timezone.now()])
    migration.copy_old_tokens(apps, SimpleNamespace(connection=connection))  # it only reads the connection
    from django.test import Client

    assert _with_key(Client(), "a" * 40).status_code == 200
    assert ApiToken.objects.get(user=user).expires_at > timezone.now()


# --- password pages -------------------------------------------------------------------

def test_password_change_page(client, users):
    user = users[Role.VIEWER]
    client.force_login(user)
    assert reverse("accounts:password_change") in client.get(reverse("accounts:profile")).content.decode()
    wrong = client.post(reverse("accounts:password_change"),
                        {"old_password": "no", "new_password1": "Mat-khau-moi-2026", "new_password2": "Mat-khau-moi-2026"})
    assert wrong.status_code == 200 and "errorlist" in wrong.content.decode()
    done = client.post(reverse("accounts:password_change"),
                       {"old_password": PASSWORD, "new_password1": "Mat-khau-moi-2026",
                        "new_password2": "Mat-khau-moi-2026"})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mat-khau-moi-2026")


def test_password_reset_by_mail(client, users, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    user = users[Role.SPECIALIST]
    user.email = "chuyenvien@example.vn"
    user.save()
    login_page = client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:password_reset") in login_page
    assert client.post(reverse("accounts:password_reset"), {"email": "chuyenvien@example.vn"}).status_code == 302
    assert len(mail.outbox) == 1 and "Đặt lại mật khẩu" in mail.outbox[0].subject
    link = next(line for line in mail.outbox[0].body.splitlines() if "/dat-lai-mat-khau/" in line)
    path = link.split("://", 1)[1].split("/", 1)[1]
    form = client.get("/" + path, follow=True)
    assert form.status_code == 200 and form.context["validlink"]
    saved = client.post(form.redirect_chain[-1][0], {"new_password1": "Mat-khau-moi-2026",
                                                     "new_password2": "Mat-khau-moi-2026"})
    assert saved.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Mat-khau-moi-2026")
    # an unknown address sends nothing and says the same
    assert client.post(reverse("accounts:password_reset"), {"email": "ai@example.vn"}).status_code == 302
    assert len(mail.outbox) == 1


# --- schema and docs ------------------------------------------------------------------

def test_schema_and_docs_need_a_login(client, users):
    assert client.get(reverse("schema")).status_code in (401, 403)
    docs = client.get(reverse("swagger-ui"))
    assert docs.status_code == 302 and reverse("accounts:login") in docs["Location"]
    client.force_login(users[Role.VIEWER])
    assert client.get(reverse("schema"), {"format": "json"}).status_code == 200
    assert client.get(reverse("swagger-ui")).status_code == 200


def test_a_setting_opens_schema_and_docs(client, settings):
    settings.NGOAIVU_API_DOCS_PUBLIC = True
    assert client.get(reverse("schema"), {"format": "json"}).status_code == 200
    assert client.get(reverse("swagger-ui")).status_code == 200
