"""The dashboard reads its figures in batches: its query count does not grow with the
indicators that have data (it was some four hundred queries on the demo)."""
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.indicators.models import Indicator
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import observe, unit
from ngoaivu.plans.tests.test_statements import hue_2022  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db
LAST: list = []
PARAMS = {"shape": "to_month", "year": 2022, "month": 7}


def _queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("plans:dashboard"), PARAMS)
    assert page.status_code == 200
    LAST[:] = queries.captured_queries
    return len(queries), page.content.decode()


def test_dashboard_queries_do_not_grow_with_the_indicators_shown(hue_2022, make_user, client_for):  # noqa: F811
    client = client_for(make_user(role=Role.VIEWER, province=unit("vn34-46")))
    _queries(client)  # caches (content types, rates) warmed
    before, body = _queries(client)
    assert "ước 609,1 triệu USD" in body
    charts_before = body.count('data-chart="chart-')
    # Stored figures of eight more indicators, over the eight years the charts show.
    entered = Indicator.objects.filter(is_active=True, currency="").exclude(
        code__in=["export_value", "import_value"]).order_by("position")[:8]
    for indicator in entered:
        for year in range(2015, 2023):
            observe(unit("vn63-46"), indicator.code, Period.to_end_of_month(year, 7), 10 + year - 2015)
    after, body = _queries(client)
    assert body.count('data-chart="chart-') >= charts_before + 5
    assert after <= before + 2, (before, after)
    # One query per table of records, the rest constant (37 here; 59 with one query per
    # computed indicator, 68 when the statement and the chart each had a resolver).
    assert after <= 38, "\n".join(q["sql"][:150] for q in LAST)
