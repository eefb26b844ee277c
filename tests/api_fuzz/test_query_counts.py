"""No N+1: the queries of every record list (API and page) do not grow with the rows shown.

Every declared record type with an API (ngoaivu.core.registry) is read, with 5 rows then with 25.
A row is made by the apps' scoping-matrix cases (ngoaivu.testing.matrix.RecordCase) where one
is declared at module level, else by the app's own test helper in MAKERS; a type with neither
fails `test_every_record_type_with_an_api_is_counted`.
"""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from ngoaivu.core.roles import Role

from .record_makers import MAKERS, TYPES, with_partners


def test_every_record_type_with_an_api_is_counted():
    assert [t.api_basename for t in TYPES if t.api_basename not in MAKERS] == []


def _count(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def _urls(record_type):
    yield "api", reverse(f"{record_type.api_basename}-list"), {"page_size": 50}
    try:
        yield "page", reverse(f"{record_type.url_namespace}_list"), {}
    except NoReverseMatch:
        return


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", [t for t in TYPES if t.api_basename in MAKERS],
                         ids=lambda record_type: record_type.api_basename)
def test_list_queries_do_not_grow_with_rows(record_type, users, own_province, api_client_for, client_for):
    specialist = users[Role.SPECIALIST]
    clients = {"api": api_client_for(specialist), "page": client_for(specialist)}
    serial = iter(range(1000))

    def make(province):
        with_partners(MAKERS[record_type.api_basename](province), next(serial))

    for _ in range(5):
        make(own_province)
    for kind, url, params in _urls(record_type):  # warm the per-process caches (content types, settings)
        _count(clients[kind], url, params)
    few = {kind: _count(clients[kind], url, params) for kind, url, params in _urls(record_type)}
    for _ in range(20):
        make(own_province)
    many = {kind: _count(clients[kind], url, params) for kind, url, params in _urls(record_type)}
    assert all(many[kind] <= few[kind] for kind in few), \
        f"{record_type.api_basename}: queries at 5 rows {few}, at 25 rows {many}"


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", [t for t in TYPES if t.api_basename in MAKERS],
                         ids=lambda record_type: record_type.api_basename)
def test_the_api_lists_joins_give_the_same_json_as_the_pages_joins(record_type, users, own_province, api_client_for,
                                                                   monkeypatch):
    """The joins derived from the serializer's fields (ngoaivu.api.joins) read the same rows as
    the type's own select_related did."""
    client = api_client_for(users[Role.SPECIALIST])
    for number in range(3):
        with_partners(MAKERS[record_type.api_basename](own_province), number)
    url = reverse(f"{record_type.api_basename}-list")
    derived = client.get(url, {"page_size": 50}).content
    monkeypatch.setattr("ngoaivu.api.viewsets.list_joins", lambda serializer, page_joins: tuple(page_joins))
    # The page's statement kept for the derived joins would answer again: compiled afresh instead.
    monkeypatch.setattr("ngoaivu.api.viewsets.RecordViewSet.kept_list_key", lambda view: None)
    assert client.get(url, {"page_size": 50}).content == derived
    assert b'"results":[]' not in derived.replace(b" ", b"")


def test_the_joins_follow_the_serializers_fields_and_the_rows_code():
    from ngoaivu.api.joins import serializer_joins
    from ngoaivu.api.records import record_viewset

    def joins(basename):
        [record_type] = [t for t in TYPES if t.api_basename == basename]
        return serializer_joins(record_viewset(record_type).serializer_class(context={}))

    assert joins("delegation") == ("province",)            # the partner is an id; report_due_on reads columns
    assert set(joins("target")) == {"province", "indicator"}  # `wording` formats with the indicator
    assert joins("oda-project") is None                    # `funder` reads getattr(self, self.funder_field)
