"""pytest fixtures: two provinces of today (own and other), users of every role.

Imports happen inside the fixtures so pure-Python tests (pipeline, geo catalogue) can
run without Django configured.
"""
import pytest

__all__ = ["own_province", "other_province", "make_user", "users", "national_user", "api_client_for", "client_for",
           "_vietnamese_by_default", "fresh_throttle_counters", "_reference_rows_present"]


# The data migrations that load reference rows: (module, forward function).
REFERENCE_DATA_MIGRATIONS = (
    ("ngoaivu.geo.migrations.0002_load_geography", "load"),
    ("ngoaivu.indicators.migrations.0002_load_catalogue", "load_catalogue"),
    ("ngoaivu.agreements.migrations.0002_cooperation_fields", "load"),
)


TEST_PASSWORD = "pw-test-123"  # every make_user user's


@pytest.fixture
def fresh_throttle_counters():
    """Throttle counts live in the cache, which outlives a test's transaction."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def ensure_geography():
    """The reference rows (geography, indicator catalogue, cooperation fields) come from
    data migrations; a transactional test (browser journeys) flushes them afterwards, so
    run those migrations' loaders again (with the live app registry) when they are gone."""
    from importlib import import_module

    from django.apps import apps

    from ngoaivu.geo.models import Province

    if Province.objects.exists():
        return
    for module, function in REFERENCE_DATA_MIGRATIONS:
        getattr(import_module(module), function)(apps, None)


@pytest.fixture
def own_province(db):
    from ngoaivu.geo.models import Province

    ensure_geography()
    return Province.objects.get(valid_to__isnull=True, name="Hà Tĩnh")


@pytest.fixture
def other_province(db):
    from ngoaivu.geo.models import Province

    ensure_geography()
    return Province.objects.get(valid_to__isnull=True, name="Thanh Hóa")


@pytest.fixture
def make_user(db):
    from ngoaivu.accounts.models import User

    counter = {"n": 0}

    from ngoaivu.core.roles import Role

    def make(role=Role.SPECIALIST, province=None, **extra):
        counter["n"] += 1
        extra.setdefault("username", f"u{counter['n']}-{role}")
        return User.objects.create_user(password=TEST_PASSWORD, role=role, province=province, **extra)

    return make


@pytest.fixture
def users(make_user, own_province):
    """One user of each role in the own province."""
    from ngoaivu.core.roles import Role

    return {role: make_user(role=role, province=own_province) for role in Role}


@pytest.fixture
def national_user(make_user):
    from ngoaivu.core.roles import Role

    return make_user(role=Role.VIEWER, province=None)


@pytest.fixture
def api_client_for():
    from rest_framework.test import APIClient

    def make(user):
        client = APIClient()
        client.force_authenticate(user)
        return client

    return make


@pytest.fixture
def client_for(client):
    def make(user):
        client.force_login(user)
        return client

    return make


@pytest.fixture(autouse=True)
def _vietnamese_by_default():
    """A request in English activates that language for the thread; start and end each
    test in Vietnamese so messages asserted in Vietnamese do not depend on test order."""
    from django.conf import settings
    from django.utils import translation

    if not settings.configured:  # pure-Python tests run without Django
        yield
        return
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _reference_rows_present(request):
    """A transactional test (browser journeys, the backup round trip) flushes the reference rows
    loaded by migrations; a database test that a parallel worker runs after it in the same
    process would find no province. Reload them, outside any test's transaction, when gone."""
    if request.node.get_closest_marker("django_db") is None and "db" not in request.fixturenames:
        return
    request.getfixturevalue("django_db_setup")
    with request.getfixturevalue("django_db_blocker").unblock():
        ensure_geography()
