"""A list's related rows read by kept statements (ngoaivu.api.rows.prefetch_kept, issue 13) are
Django's prefetched rows: the same JSON, byte for byte, and the same queries, for every record type
with an API; a page's parents padded to the statement's slots; each statement compiled once.
The test settings check every kept statement against its queryset compiled afresh."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.api.rows import _slots, kept_prefetches, listed_prefetches
from ngoaivu.core import statements
from ngoaivu.core.roles import Role
from ngoaivu.delegations.models import Delegation, DelegationMember, DelegationStatusChange
from ngoaivu.delegations.tests.helpers import make_delegation

from .record_makers import MAKERS, TYPES, with_partners

COVERED = [record_type for record_type in TYPES if record_type.api_basename in MAKERS]


def _read(client, url, params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return response.content, len(queries)


def _both_ways(client, url, params, monkeypatch):
    _read(client, url, params)   # the per-process caches (content types, settings) warmed
    kept = _read(client, url, params)
    with monkeypatch.context() as patched:   # Django's own prefetch_related_objects
        patched.setattr("ngoaivu.api.viewsets.kept_prefetches", lambda queryset: (queryset, ()))
        # Django's prefetch leaves the page's queryset with its lookups: compiled, not kept.
        patched.setattr("ngoaivu.api.viewsets.RecordViewSet.kept_list_key", lambda view: None)
        django = _read(client, url, params)
    return kept, django


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", COVERED, ids=lambda record_type: record_type.api_basename)
def test_every_record_types_list_reads_the_same_with_kept_prefetches(record_type, users, own_province,
                                                                     api_client_for, monkeypatch):
    for serial in range(3):
        with_partners(MAKERS[record_type.api_basename](own_province), serial)
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse(f"{record_type.api_basename}-list")
    for params in ({"page_size": 50}, {"page_size": 2}, {"page_size": 2, "page": 2}):
        (kept, kept_queries), (django, django_queries) = _both_ways(client, url, params, monkeypatch)
        assert kept == django, params
        assert kept_queries == django_queries, params


@pytest.mark.django_db
def test_members_countries_and_history_come_to_their_own_delegation(users, own_province, api_client_for,
                                                                    monkeypatch):
    first = make_delegation(own_province, countries=("LA", "KH"), start_date=datetime.date(2023, 6, 1))
    second = make_delegation(own_province, countries=("JP",), start_date=datetime.date(2023, 5, 1))
    make_delegation(own_province, countries=(), start_date=datetime.date(2023, 4, 1))   # none of either
    for delegation, names in ((first, ("Nguyễn Văn A", "Trần Thị B")), (second, ("Lê Văn C",))):
        for name in names:
            DelegationMember.objects.create(delegation=delegation, province=own_province, full_name=name,
                                            title="Chuyên viên")
        DelegationStatusChange.objects.create(delegation=delegation, province=own_province, from_state="",
                                              step="create", to_state="draft", actor_name="test",
                                              happened_on=datetime.date(2023, 1, 1))
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse("delegation-list")
    statements.clear()
    (kept, _), (django, _) = _both_ways(client, url, {"page_size": 50}, monkeypatch)
    assert kept == django
    rows = {row["id"]: row for row in client.get(url, {"page_size": 50}).json()["results"]}
    assert [member["full_name"] for member in rows[first.pk]["members"]] == ["Nguyễn Văn A", "Trần Thị B"]
    assert [member["full_name"] for member in rows[second.pk]["members"]] == ["Lê Văn C"]
    assert sorted(rows[first.pk]["countries"]) == ["KH", "LA"] and rows[second.pk]["countries"] == ["JP"]
    assert len(rows[first.pk]["status_changes"]) == 1 and len(rows[second.pk]["status_changes"]) == 1
    assert len({row["id"] for row in rows.values() if not row["members"] and not row["countries"]}) == 1


@pytest.mark.django_db
def test_a_statement_is_compiled_once_per_relation_and_slot_count(users, own_province, monkeypatch):
    for day in range(1, 4):
        make_delegation(own_province, start_date=datetime.date(2023, 5, day))
    compiled = []
    real = statements._compiled_rows
    monkeypatch.setattr(statements, "_compiled_rows", lambda queryset, slots: compiled.append(len(slots)) or
                        real(queryset, slots))
    monkeypatch.setattr("django.conf.settings.NGOAIVU_CHECK_KEPT_STATEMENTS", False)
    statements.clear()
    from ngoaivu.api.rows import prefetch_kept
    from ngoaivu.core.registry import record_types

    [record_type] = [t for t in record_types() if t.model is Delegation]
    queryset, lookups = kept_prefetches(listed_prefetches(record_type.queryset(
        users[Role.SPECIALIST], prefetch=record_type.api_prefetch_related)))
    assert {lookup.prefetch_through for lookup in lookups} == {"countries", "members", "status_changes"}
    for _ in range(2):
        prefetch_kept(list(queryset[:3]), lookups, ("test",))   # 3 parents: 4 slots
    prefetch_kept(list(queryset[:2]), lookups, ("test",))       # 2 parents: 2 slots
    assert compiled == [4, 4, 4, 2, 2, 2]
    assert [_slots(count) for count in (1, 2, 3, 50, 64, 65)] == [1, 2, 4, 64, 64, 128]
    statements.clear()
