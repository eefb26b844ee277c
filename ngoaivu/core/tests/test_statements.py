"""Statements compiled once (core.statements): the rows as the queryset gives them, read afresh each time."""
import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.db.models import Count, DateField, Sum
from django.db.models.functions import TruncMonth
from django.test.utils import CaptureQueriesContext

from ngoaivu.core import statements
from ngoaivu.investment.models import FdiProject
from ngoaivu.investment.tests.factories import make_project

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty():
    statements.clear()
    yield
    statements.clear()


def _grouped(province_ids, built):
    def build():
        built.append(1)
        return (FdiProject.objects.filter(province__in=province_ids).order_by()
                .values("province", month=TruncMonth("certificate_date", output_field=DateField()))
                .annotate(rows=Count("pk"), capital=Sum("registered_capital")).order_by("month"))
    return build


def test_the_rows_are_the_querysets_own_and_new_rows_are_read_but_the_statement_built_once(own_province):
    make_project(own_province, certificate_date=datetime.date(2023, 3, 15), registered_capital=Decimal("10.5"))
    built = []
    key = ("projects by month", own_province.pk)
    first = statements.cached_values(key, _grouped([own_province.pk], built))
    assert first == list(_grouped([own_province.pk], [])())
    assert first == [{"province": own_province.pk, "month": datetime.date(2023, 3, 1), "rows": 1,
                      "capital": Decimal("10.5")}]

    make_project(own_province, certificate_date=datetime.date(2023, 3, 20), registered_capital=Decimal("2"))
    with CaptureQueriesContext(connection) as captured:
        again = statements.cached_values(key, _grouped([own_province.pk], built))
    assert again == [{"province": own_province.pk, "month": datetime.date(2023, 3, 1), "rows": 2,
                      "capital": Decimal("12.5")}]
    assert built == [1] and len(captured.captured_queries) == 1


def test_a_statement_that_matches_nothing_runs_no_query():
    with CaptureQueriesContext(connection) as captured:
        assert statements.cached_values(("none",), _grouped([], [])) == []
        assert statements.cached_values(("none",), _grouped([], [])) == []
    assert captured.captured_queries == []


def test_only_the_last_statements_used_are_kept(own_province, monkeypatch):
    monkeypatch.setattr(statements, "MAX_STATEMENTS", 2)
    built = []
    for key in ("a", "b", "a", "c", "a", "b"):  # "b" is the least recently used when "c" comes
        statements.cached_values(key, _grouped([own_province.pk], built))
    assert len(built) == 4
