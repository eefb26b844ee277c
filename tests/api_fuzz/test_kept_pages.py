"""A list's page and count statements kept per viewset, reader's scope and slice (issue 13,
RecordViewSet.kept_list_key, ngoaivu.core.pagination): province scoping hangs on that key.

A statement kept for one province must never answer another province's reader, a national
reader or a request naming a filter, a search or an ordering; the test settings' check
(NGOAIVU_CHECK_KEPT_STATEMENTS) must catch a key that leaves the scope out; and every record
type's list reads the same bytes with the same queries whether its statements are kept or not."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core import statements
from ngoaivu.core.roles import Role
from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import make_delegation

from .record_makers import MAKERS, TYPES, with_partners

COVERED = [record_type for record_type in TYPES if record_type.api_basename in MAKERS]
URL = "/api/delegations/"


@pytest.fixture(autouse=True)
def _no_statements_of_other_tests():
    statements.clear()
    yield
    statements.clear()


def _kept_keys() -> list[tuple]:
    return [key for key in statements._statements if key[0] == "api list" and "page" in key]


def _ids(client, params=None) -> set[int]:
    response = client.get(URL, {"page_size": 50, **(params or {})})
    assert response.status_code == 200, response.content[:300]
    return {row["id"] for row in response.json()["results"]}


@pytest.fixture
def two_provinces(own_province, other_province, users, make_user, national_user, api_client_for):
    """Rows of two provinces and a reader of each, plus a national one."""
    own = {make_delegation(own_province, name=f"Đoàn Hà Tĩnh {day}", start_date=datetime.date(2024, 3, day)).pk
           for day in range(1, 4)}
    other = {make_delegation(other_province, name=f"Đoàn Thanh Hóa {day}",
                             start_date=datetime.date(2024, 4, day)).pk for day in range(1, 3)}
    readers = {"own": api_client_for(users[Role.SPECIALIST]),
               "other": api_client_for(make_user(role=Role.SPECIALIST, province=other_province)),
               "national": api_client_for(national_user)}
    return readers, {"own": own, "other": other, "national": own | other}


@pytest.mark.parametrize("check", [True, False], ids=["checked", "unchecked"])
def test_a_statement_kept_for_one_province_serves_no_other_reader(two_provinces, settings, check):
    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = check
    readers, expected = two_provinces
    for _ in range(2):   # the second round reads every page from the statements the first kept
        for name in ("own", "other", "national"):
            assert _ids(readers[name]) == expected[name], name
    scopes = {key[3] for key in _kept_keys()}
    assert len(scopes) == 3 and None in scopes, _kept_keys()
    # The scoped queryset the statements were compiled from is kept under the same scopes.
    queryset_scopes = {key[3] for key in statements._statements if key[0] == "api list" and key[-1] == "queryset"}
    assert queryset_scopes == scopes


def test_a_filtered_searched_or_ordered_request_keeps_nothing_and_reads_its_own_rows(two_provinces, settings):
    settings.NGOAIVU_CHECK_KEPT_STATEMENTS = False
    readers, expected = two_provinces
    assert _ids(readers["own"]) == expected["own"]   # the plain page kept for this province
    kept = set(_kept_keys())
    named = Delegation.objects.filter(pk__in=expected["own"]).order_by("pk").first()
    assert _ids(readers["own"], {"search": "Hà Tĩnh 1"}) == {named.pk}
    assert _ids(readers["own"], {"status": "approved"}) == set()
    assert _ids(readers["own"], {"ordering": "-start_date"}) == expected["own"]
    assert _ids(readers["national"], {"search": "Thanh Hóa"}) == expected["other"]
    assert _ids(readers["own"], {"format": "json"}) == expected["own"]
    assert set(_kept_keys()) == kept


def test_the_suites_check_catches_a_key_that_leaves_the_scope_out(two_provinces, monkeypatch):
    readers, expected = two_provinces
    real = RecordViewSet.kept_list_key

    def without_scope(view):
        key = real(view)
        return None if key is None else key[:3]

    monkeypatch.setattr(RecordViewSet, "kept_list_key", without_scope)
    assert _ids(readers["own"]) == expected["own"]
    with pytest.raises(AssertionError, match="its key misses something"):
        readers["other"].get(URL, {"page_size": 50})


def _read(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    return response.status_code, response.content, len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", COVERED, ids=lambda record_type: record_type.api_basename)
def test_every_record_types_list_reads_the_same_from_kept_statements(record_type, users, own_province,
                                                                    api_client_for, monkeypatch):
    for serial in range(3):
        with_partners(MAKERS[record_type.api_basename](own_province), serial)
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse(f"{record_type.api_basename}-list")
    for params in ({"page_size": 50}, {"page_size": 2}, {"page_size": 2, "page": 2}, {"page": 9}, {}):
        _read(client, url, params)   # the statements kept, the per-process caches warmed
        kept = _read(client, url, params)
        with monkeypatch.context() as patched:
            patched.setattr(RecordViewSet, "kept_list_key", lambda view: None)
            compiled = _read(client, url, params)
        assert kept == compiled, params
    assert _kept_keys(), "no statement was kept: the test compared nothing"
