"""A merged province's report compares its territory with the same period a year earlier,
counting the records filed under today's unit for dates before the merger (ADR 0020)."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.geo.models import Province
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import millions
from ngoaivu.reports.builder.collect import collect_snapshot
from ngoaivu.reports.builder.compose import compose
from ngoaivu.reports.management.commands.report import system_user
from ngoaivu.reports.rendering.model import Paragraph

pytestmark = pytest.mark.django_db


def project(province, certified, capital):
    from ngoaivu.investment.models import FdiProject

    return FdiProject.objects.create(province=province, name="Nhà máy", investor_name="Công ty",
                                     investor_country_id="KR", certificate_date=certified,
                                     registered_capital=capital, capital_currency="USD", status="active")


def test_the_fdi_sentence_compares_the_merged_territory_with_last_year():
    today, old = Province.objects.get(key="vn34-19"), Province.objects.get(key="vn63-19")
    project(old, date(2024, 5, 10), millions(10))
    project(today, date(2024, 9, 2), millions(10))   # a 2024 licence entered under today's unit
    project(today, date(2025, 3, 15), millions(10))  # before 1/7/2025, under today's unit
    project(today, date(2025, 9, 1), millions(30))
    snapshot = collect_snapshot(user=system_user(), unit=today, period=Period.year(2025), today=date(2026, 1, 15))
    figure = snapshot["figures"]["fdi_new_capital"]
    # numbers as the snapshot keeps them (PostgreSQL's decimals carry their scale: "40000000.00")
    assert tuple(Decimal(figure[key]) for key in ("value", "previous", "change_pct")) == (40_000_000, 20_000_000, 100)
    text = " ".join(block.text for section in compose(snapshot).sections for block in section.blocks
                    if isinstance(block, Paragraph) and block.editable_key == "results.fdi")
    assert "40 triệu USD, tăng 100% so với năm 2024" in text


def test_the_ministrys_compilation_counts_each_record_once_in_either_set_of_units():
    from ngoaivu.reports.builder.national import collect_national

    today, old, backan = (Province.objects.get(key=key) for key in ("vn34-19", "vn63-19", "vn63-06"))
    project(old, date(2024, 5, 10), millions(10))
    project(backan, date(2024, 6, 1), millions(5))
    project(today, date(2024, 9, 2), millions(10))   # filed under today's unit: in neither old unit's row
    historic = collect_national(user=system_user(), period=Period.year(2024))
    assert historic["historic"] is True
    assert {key: unit["values"]["fdi_new_projects"]["value"] for key, unit in historic["units"].items()} == {
        "vn63-19": "1", "vn63-06": "1"}
    filed = historic["filed_under_new_units"]
    assert list(filed) == ["vn34-19"] and filed["vn34-19"]["name"] == "Thái Nguyên"
    assert {key: Decimal(value) for key, value in filed["vn34-19"]["values"].items()} == {
        "fdi_new_projects": 1, "fdi_new_capital": 10_000_000}
    current = collect_national(user=system_user(), period=Period.year(2024), historic=False)
    assert current["units"]["vn34-19"]["values"]["fdi_new_projects"]["value"] == "3"
    assert current["filed_under_new_units"] == {}
