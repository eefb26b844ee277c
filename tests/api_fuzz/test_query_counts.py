"""No N+1: the queries of every record list (API and page) do not grow with the rows shown.

The record types come from the apps' scoping-matrix cases (ngoaivu.testing.matrix.RecordCase),
which already know how to make a row of each; the list is read with 5 rows, then with 25.
"""
import importlib
import pkgutil

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from ngoaivu.accounts.roles import Role
from ngoaivu.testing.matrix import RecordCase


def _record_cases() -> list[RecordCase]:
    import ngoaivu

    cases = {}
    for app in pkgutil.iter_modules(ngoaivu.__path__):
        try:
            tests = importlib.import_module(f"ngoaivu.{app.name}.tests")
        except ModuleNotFoundError:
            continue
        for module in pkgutil.iter_modules(tests.__path__):
            loaded = importlib.import_module(f"{tests.__name__}.{module.name}")
            for value in vars(loaded).values():
                if isinstance(value, RecordCase):
                    cases[value.api_basename] = value
    return sorted(cases.values(), key=lambda case: case.api_basename)


CASES = _record_cases()


def _count(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, (url, response.status_code)
    return len(queries)


def _urls(case):
    yield "api", reverse(f"{case.api_basename}-list"), {"page_size": 50}
    try:
        yield "page", reverse(f"{case.ui_namespace}_list"), {}
    except NoReverseMatch:
        return


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[case.api_basename for case in CASES])
def test_list_queries_do_not_grow_with_rows(case, users, own_province, api_client_for, client_for):
    specialist = users[Role.SPECIALIST]
    clients = {"api": api_client_for(specialist), "page": client_for(specialist)}
    for _ in range(5):
        case.make(own_province)
    for kind, url, params in _urls(case):  # warm the per-process caches (content types, settings)
        _count(clients[kind], url, params)
    few = {kind: _count(clients[kind], url, params) for kind, url, params in _urls(case)}
    for _ in range(20):
        case.make(own_province)
    many = {kind: _count(clients[kind], url, params) for kind, url, params in _urls(case)}
    assert all(many[kind] <= few[kind] for kind in few), f"{case.api_basename}: queries at 5 rows {few}, at 25 rows {many}"
