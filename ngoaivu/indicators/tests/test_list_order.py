"""Observations list in catalogue order read from their own index: each row carries its
indicator's position (IndicatorPositionField), kept in step when the catalogue moves."""
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_bulk_create
from ngoaivu.indicators import services
from ngoaivu.indicators.models import Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(own_province):
    """Two indicators far apart in the catalogue, two periods each, made out of order."""
    made = [observe(own_province, "import_value", Period.year(2023), millions(5)),
            observe(own_province, "export_value", Period.year(2023), millions(7)),
            observe(own_province, "import_value", Period.year(2024), millions(6)),
            observe(own_province, "export_value", Period.year(2024), millions(8))]
    return {(row.indicator.code, row.period_end.year): row for row in made}


def _api_order(client) -> list[tuple[str, int]]:
    results = client.get(reverse("observation-list")).json()["results"]
    return [(row["indicator"], int(row["period_end"][:4])) for row in results]


def _catalogue_order(queryset) -> list[tuple[str, int]]:
    """The order the list had before: by the indicator's row in the catalogue, newest first."""
    return [(row.indicator.code, row.period_end.year) for row in
            queryset.order_by("indicator__position", "-period_end", "-period_start")]


def test_every_write_path_copies_the_position(rows, own_province, users):
    assert all(row.indicator_position == row.indicator.position > 0 for row in rows.values())
    specialist = users[Role.SPECIALIST]
    entered = services.observation_create(actor=specialist, data={
        "province": own_province, "indicator": indicator("fdi_new_capital"), "value": millions(3),
        "currency": "USD", "period_start": Period.year(2022).start, "period_end": Period.year(2022).end})
    bulk, = record_bulk_create(Observation, actor=specialist, rows=[{
        "province": own_province, "indicator": indicator("intl_conferences"), "value": 4,
        "period_start": Period.year(2022).start, "period_end": Period.year(2022).end}])
    for row in (entered, bulk):
        row.refresh_from_db()
        assert row.indicator_position == row.indicator.position
    moved = services.observation_update(entered, actor=specialist, data={"indicator": indicator("import_value")})
    moved.refresh_from_db()
    assert moved.indicator_position == indicator("import_value").position


def test_the_list_keeps_the_catalogue_order_and_follows_it_when_it_moves(rows, users, api_client_for, make_user):
    client = api_client_for(users[Role.SPECIALIST])
    assert _api_order(client) == _catalogue_order(Observation.objects.all())
    assert _api_order(client)[:2] == [("export_value", 2024), ("export_value", 2023)]
    root = make_user(role=Role.ADMIN, province=None, is_superuser=True)
    last = max(indicator(code).position for code in ("export_value", "import_value"))
    services.indicator_update(indicator("export_value"), actor=root, data={"position": last + 1})
    assert _api_order(client)[:2] == [("import_value", 2024), ("import_value", 2023)]
    assert _api_order(client) == _catalogue_order(Observation.objects.all())


def test_the_list_is_sorted_by_a_column_of_its_own_table(rows, users, api_client_for):
    client = api_client_for(users[Role.SPECIALIST])
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("observation-list"))
    page_sql = next(q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"] and "LIMIT" in q["sql"])
    order_by = page_sql.split("ORDER BY", 1)[1]
    assert order_by.lstrip().startswith('"indicators_observation"."indicator_position" ASC')
    assert '"indicators_indicator"."position"' not in order_by


def test_the_migration_copies_the_positions_of_existing_rows(rows):
    Observation.objects.update(indicator_position=0)
    migration = import_module("ngoaivu.indicators.migrations.0005_observation_live_order")
    migration.copy_positions(apps, None)
    assert all(row.indicator_position == row.indicator.position for row in Observation._base_manager.all())


def test_the_api_does_not_show_the_copy(rows, users, api_client_for):
    row = api_client_for(users[Role.SPECIALIST]).get(reverse("observation-list")).json()["results"][0]
    assert "indicator_position" not in row
