"""The session and its user in one statement (ngoaivu.accounts.sessions): one read where Django
made two, and every way access ends still ends it at once — logging out, a password changed
elsewhere, a deactivation, a deleted user."""
import datetime
import importlib

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from ngoaivu.accounts.models import Session
from ngoaivu.accounts.sessions import SessionStore
from ngoaivu.accounts.users import user_set_active
from ngoaivu.core import statements
from ngoaivu.core.roles import Role
from ngoaivu.testing.fixtures import TEST_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_throttle_counters", "kept_check")]
API = "/api/delegations/"


@pytest.fixture(params=[True, False], ids=["checked", "unchecked"])
def kept_check(request, settings):
    """Every test with the session's statement compiled afresh each time (the test settings'
    check) and as production reads it: kept once per process (core.statements)."""
    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = request.param
    statements.clear()
    yield
    statements.clear()


def _signed_in(user) -> Client:
    client = Client()
    response = client.post(reverse("accounts:login"), {"username": user.username, "password": TEST_PASSWORD})
    assert response.status_code == 302
    return client


def _same_browser(client) -> Client:
    """A second client holding a copy of the first one's session cookie (a stolen or kept cookie)."""
    copy = Client()
    copy.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value
    return copy


def _reads(client, path=API):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    return response, [query["sql"] for query in captured.captured_queries]


def test_the_session_and_its_user_are_one_statement(users):
    user = users[Role.SPECIALIST]
    client = _signed_in(user)
    response, queries = _reads(client)
    assert response.status_code == 200
    session_reads = [sql for sql in queries if '"accounts_session"' in sql]
    assert len(session_reads) == 1 and 'JOIN "accounts_user"' in session_reads[0]
    assert not [sql for sql in queries if 'FROM "accounts_user"' in sql], queries
    assert response.wsgi_request.user == user
    assert Session.objects.get(session_key=client.session.session_key).user_id == user.pk


def test_the_row_names_whoever_signs_in_on_that_browser_and_nobody_before(users, make_user, own_province):
    before = SessionStore()
    before["note"] = "chưa đăng nhập"
    before.create()
    assert Session.objects.get(session_key=before.session_key).user_id is None
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = before.session_key
    assert client.get(API).status_code in (401, 403)
    first, second = users[Role.SPECIALIST], make_user(role=Role.VIEWER, province=own_province)
    client.post(reverse("accounts:login"), {"username": first.username, "password": TEST_PASSWORD})
    assert Session.objects.get(session_key=client.session.session_key).user_id == first.pk
    client.post(reverse("accounts:login"), {"username": second.username, "password": TEST_PASSWORD})
    assert Session.objects.get(session_key=client.session.session_key).user_id == second.pk
    assert client.get(API).wsgi_request.user == second


def test_logging_out_ends_every_copy_of_the_session(users):
    client = _signed_in(users[Role.SPECIALIST])
    kept = _same_browser(client)
    assert kept.get(API).status_code == 200
    client.post(reverse("accounts:logout"))
    assert kept.get(API).status_code in (401, 403)
    assert kept.get("/").status_code == 302
    assert not Session.objects.filter(user=users[Role.SPECIALIST]).exists()


def test_a_password_changed_elsewhere_ends_the_session_at_its_next_request(users):
    user = users[Role.SPECIALIST]
    client = _signed_in(user)
    elsewhere = _signed_in(user)
    changed = elsewhere.post(reverse("accounts:password_change"), {
        "old_password": TEST_PASSWORD, "new_password1": "một-mật-khẩu-mới-42", "new_password2": "một-mật-khẩu-mới-42"})
    assert changed.status_code == 302
    assert elsewhere.get(API).status_code == 200   # the browser that changed it stays signed in
    response = client.get(API)
    assert response.status_code in (401, 403) and not response.wsgi_request.user.is_authenticated
    assert client.get("/").status_code == 302


def test_a_deactivated_user_is_refused_at_the_next_request(users):
    user, admin = users[Role.SPECIALIST], users[Role.ADMIN]
    client = _signed_in(user)
    assert client.get(API).status_code == 200
    user_set_active(user, actor=admin, active=False)
    assert client.get(API).status_code in (401, 403)
    assert client.get("/").status_code == 302
    user_set_active(user, actor=admin, active=True)   # the session was not flushed: Django's way
    assert client.get(API).status_code == 200


def test_deleting_a_user_deletes_their_sessions(make_user, own_province):
    user = make_user(role=Role.VIEWER, province=own_province)
    client = _signed_in(user)
    user.delete()
    assert not Session.objects.filter(session_key=client.session.session_key).exists()
    assert client.get(API).status_code in (401, 403)


def test_a_session_signed_with_an_older_secret_is_djangos_case(users, settings):
    user = users[Role.SPECIALIST]
    client = _signed_in(user)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "another-secret-key-for-the-rotation-" + "x" * 20
    _, queries = _reads(client)   # the hash made with the old key: Django's get_user verifies and renews it
    assert client.get(API).wsgi_request.user == user
    assert [sql for sql in queries if 'FROM "accounts_user"' in sql], "Django's own read, as before"
    _, queries = _reads(client)
    assert not [sql for sql in queries if 'FROM "accounts_user"' in sql]


def test_sessions_signed_in_before_the_change_are_carried_over(users):
    user = users[Role.SPECIALIST]
    old = DjangoStore()
    old["_auth_user_id"], old["_auth_user_backend"] = str(user.pk), "django.contrib.auth.backends.ModelBackend"
    old["_auth_user_hash"] = user.get_session_auth_hash()
    old.create()
    anonymous = DjangoStore()
    anonymous["django_language"] = "en"
    anonymous.create()
    migration = importlib.import_module("ngoaivu.accounts.migrations.0006_sessions_with_their_user")
    migration.carry_over(apps, None)
    assert Session.objects.get(session_key=old.session_key).user_id == user.pk
    assert Session.objects.get(session_key=anonymous.session_key).user_id is None
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = old.session_key
    assert client.get(API).wsgi_request.user == user


def test_the_sessions_statement_is_compiled_once_and_reads_each_key_afresh(users, make_user, own_province,
                                                                           monkeypatch):
    compiled = []
    real = statements._compiled_rows
    monkeypatch.setattr(statements, "_compiled_rows",
                        lambda queryset, stand_ins: compiled.append(queryset.model) or real(queryset, stand_ins))
    first, second = users[Role.SPECIALIST], make_user(role=Role.VIEWER, province=own_province)
    clients = {first: _signed_in(first), second: _signed_in(second)}
    for _ in range(2):
        for user, client in clients.items():
            assert client.get(API).wsgi_request.user == user
    # Unchecked, compiled at the first read only; checked, compiled afresh at every read too.
    assert compiled.count(Session) == (4 if settings.NGOAIVU_CHECK_KEPT_STATEMENTS else 1)


def test_an_expired_session_is_not_read(users):
    user = users[Role.SPECIALIST]
    client = _signed_in(user)
    assert client.get(API).status_code == 200
    Session.objects.filter(session_key=client.session.session_key).update(
        expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(API)
    assert response.status_code in (401, 403) and not response.wsgi_request.user.is_authenticated
