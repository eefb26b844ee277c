"""No N+1: the queries of every record list (API and page) do not grow with the rows shown.

Every declared record type with an API (ngoaivu.core.registry) is read, with 5 rows then with 25.
A row is made by the apps' scoping-matrix cases (ngoaivu.testing.matrix.RecordCase) where one
is declared at module level, else by the app's own test helper in MAKERS; a type with neither
fails `test_every_record_type_with_an_api_is_counted`.
"""
import importlib
import itertools
import pkgutil
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from ngoaivu.accounts.roles import Role
from ngoaivu.core.registry import record_types
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
                for case in value if isinstance(value, (list, tuple)) else [value]:
                    if isinstance(case, RecordCase):
                        cases[case.api_basename] = case
    return cases


def _report(province):
    from ngoaivu.accounts.models import User
    from ngoaivu.aid.models import OdaProject
    from ngoaivu.aid.tests.factories import make_oda
    from ngoaivu.reports import services

    # A report needs work of its period to write about: an ODA project running through 2023.
    if not OdaProject.objects.filter(province=province).exists():
        make_oda(province, actual_start=date(2015, 1, 1), actual_end=date(2035, 12, 31))
    maker = User.objects.create_user(username=f"report-maker-{next(_serial)}", role=Role.SPECIALIST,
                                     province=province)
    return services.report_create(actor=maker, data={"province": province, "period_start": date(2023, 1, 1),
                                                     "period_end": date(2023, 12, 31)})


def _agreement_document(province):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ngoaivu.agreements.models import AgreementDocument
    from ngoaivu.agreements.tests.helpers import make_signed
    from ngoaivu.testing.files import pdf_bytes

    return AgreementDocument.objects.create(province=province, agreement=make_signed(province), kind="report",
                                            file=SimpleUploadedFile("bao-cao.pdf", pdf_bytes()))


def _makers() -> dict:
    """Makers of the types whose matrix case is built inside a test function (it needs fixtures)."""
    from ngoaivu.agreements.tests.helpers import make_agreement, make_review
    from ngoaivu.aid.tests import factories as aid
    from ngoaivu.investment.tests import factories as investment
    from ngoaivu.legal.tests.test_legal import make_document
    from ngoaivu.plans.tests.test_plans import make_target

    return {
        "legal-document": make_document,
        "agreement": make_agreement,
        "agreement-review": make_review,
        "agreement-document": _agreement_document,
        "oda-project": aid.make_oda,
        "ngo-aid": aid.make_ngo_aid,
        "oda-transaction": lambda province: aid.make_oda_transaction(aid.make_oda(province)),
        "ngo-aid-transaction": lambda province: aid.make_ngo_transaction(aid.make_ngo_aid(province)),
        "fdi-project": investment.make_project,
        "promotion-event": investment.make_promotion,
        "fdi-capital-adjustment": lambda province: investment.make_adjustment(investment.make_project(province)),
        "fdi-implementation": lambda province: investment.make_implementation(investment.make_project(province)),
        "target": make_target,
        "report": _report,
    }


_serial = itertools.count()
MAKERS = {**_makers(), **{basename: case.make for basename, case in _record_cases().items()}}
TYPES = sorted((record_type for record_type in record_types() if record_type.api_basename),
               key=lambda record_type: record_type.api_basename)


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
    make = MAKERS[record_type.api_basename]
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
