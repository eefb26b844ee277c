"""Figures across the 2025 mergers from records filed under a unit of the lineage outside its
own time: a partner of 2020 entered under today's Thái Nguyên, a Bắc Kạn relation still
running after 1/7/2025. The merged province's figure is its territory's; an old unit's own
figure keeps its own records and names those filed under the new unit (ADR 0020)."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.accounts.models import User
from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.figures import FigureResolver
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import figure_for, national_comparison
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit

pytestmark = pytest.mark.django_db

NATION = User(username="bo-ngoai-giao", is_superuser=True)


@pytest.fixture
def thainguyen():
    """Today's Thái Nguyên and the two units it was formed from, as units_of gives them."""
    return unit("vn34-19"), unit("vn63-19"), unit("vn63-06")


def partner(province, since, ended=None):
    from ngoaivu.partners.models import Partner

    return Partner.objects.create(province=province, name=f"Đối tác {since:%Y%m%d}", partner_type="locality",
                                  country_id="JP", established_on=since, ended_on=ended,
                                  status="lapsed" if ended else "active")


def project(province, certified, capital=millions(10)):
    from ngoaivu.investment.models import FdiProject

    return FdiProject.objects.create(province=province, name="Nhà máy", investor_name="Công ty",
                                     investor_country_id="KR", certificate_date=certified,
                                     registered_capital=capital, capital_currency="USD", status="active")


def resolve(code, units, period):
    return FigureResolver(indicator(code), units, Period(date(2024, 1, 1), date(2025, 12, 31))).figure(period)


def test_a_stock_before_the_merger_counts_the_records_filed_under_the_merged_unit(thainguyen):
    today, old, backan = thainguyen
    partner(old, date(2018, 3, 1))
    partner(backan, date(2019, 5, 1))
    partner(today, date(2020, 8, 1))          # established in 2020, entered under today's unit
    partner(today, date(2025, 9, 1))          # after 31/12/2024: not in that day's stock
    figure = resolve("partner_localities", [today, old, backan], Period.year(2024))
    assert figure.value == 3 and figure.as_of == date(2024, 12, 31)
    (filed_under_today,) = [part for part in figure.parts if part.unit == today]
    assert filed_under_today.method == "outside" and filed_under_today.value == 1
    assert figure.missing_units == []


def test_a_stock_after_the_merger_counts_the_old_units_records_still_running(thainguyen):
    today, old, backan = thainguyen
    partner(old, date(2018, 3, 1))
    partner(backan, date(2019, 5, 1))
    partner(backan, date(2016, 1, 1), ended=date(2025, 3, 31))  # ended before: not running
    partner(today, date(2025, 9, 1))
    figure = resolve("partner_localities", [today, old, backan], Period.year(2025))
    assert figure.value == 3
    assert {(part.unit.key, part.method, part.value) for part in figure.parts} == {
        ("vn34-19", "computed", 1), ("vn63-19", "outside", 1), ("vn63-06", "outside", 1)}


def test_a_stored_reading_covers_its_territory_and_the_records_outside_are_named_beside_it(thainguyen):
    today, old, backan = thainguyen
    observe(old, "partner_localities", Period.day(date(2024, 12, 31)), 40)
    observe(backan, "partner_localities", Period.day(date(2024, 12, 31)), 5)
    observe(today, "partner_localities", Period.day(date(2025, 12, 31)), 47)
    partner(today, date(2020, 8, 1))
    partner(backan, date(2019, 5, 1))
    before = resolve("partner_localities", [today, old, backan], Period.year(2024))
    assert before.value == 45 and [part.unit for part in before.uncounted] == [today]
    assert before.notes == ["Chưa cộng hồ sơ ghi dưới Thái Nguyên có ngày ngoài thời gian tồn tại của đơn vị này "
                            "(1): số liệu đã có của Thái Nguyên, Bắc Kạn được coi là của cả địa bàn."]
    # The merged unit's reading of its territory stands: the old units' records are not added to it.
    after = resolve("partner_localities", [today, old, backan], Period.year(2025))
    assert after.value == 47 and [part.unit for part in after.uncounted] == [backan]
    # A computed snapshot is only the unit's own records: what is filed elsewhere adds to it.
    observe(backan, "partner_localities", Period.day(date(2024, 12, 31)), 6, source=Source.COMPUTED,
            counts=True)
    observe(old, "partner_localities", Period.day(date(2024, 12, 31)), 39, source=Source.COMPUTED, counts=True)
    assert resolve("partner_localities", [today, old, backan], Period.year(2024)).value == 46


def test_a_flow_before_and_across_the_merger_counts_every_record_of_the_lineage_once(thainguyen):
    today, old, backan = thainguyen
    project(old, date(2024, 5, 10))
    project(today, date(2024, 9, 2))          # a 2024 licence entered under today's unit
    project(old, date(2025, 2, 1))
    project(today, date(2025, 3, 15))         # before 1/7/2025, under today's unit
    project(today, date(2025, 9, 1), millions(30))
    project(backan, date(2025, 8, 20))        # after its end, under the old unit
    units = [today, old, backan]
    assert resolve("fdi_new_projects", units, Period.year(2024)).value == 2
    year = resolve("fdi_new_projects", units, Period.year(2025))
    assert year.value == 4
    assert sorted((part.unit.key, part.period.start, part.method) for part in year.parts) == [
        ("vn34-19", date(2025, 1, 1), "outside"), ("vn34-19", date(2025, 7, 1), "computed"),
        ("vn63-06", date(2025, 7, 1), "outside"), ("vn63-19", date(2025, 1, 1), "computed")]
    assert year.missing_units == [backan]  # Bắc Kạn has nothing in its own first half
    assert resolve("fdi_new_capital", units, Period.half(2025)).value == millions(20)
    assert resolve("fdi_new_capital", units, Period(date(2025, 7, 1), date(2025, 12, 31))).value == millions(40)


def test_the_merged_units_own_report_of_a_past_period_stands_alone(thainguyen):
    today, old, backan = thainguyen
    project(today, date(2024, 9, 2))
    project(old, date(2024, 5, 10))
    observe(today, "fdi_new_projects", Period.year(2024), 9)  # the territory's 2024, as a 2025 report states it
    figure = resolve("fdi_new_projects", [today, old, backan], Period.year(2024))
    assert figure.value == 9 and [part.unit for part in figure.parts] == [today]


def test_an_old_units_own_figure_keeps_its_records_and_names_those_under_the_new_unit(thainguyen):
    today, old, backan = thainguyen
    partner(backan, date(2019, 5, 1))
    partner(today, date(2020, 8, 1))
    partner(today, date(2021, 4, 1))
    figure = resolve("partner_localities", [backan], Period.year(2024))
    assert figure.value == 1 and [part.unit for part in figure.parts] == [backan]
    (elsewhere,) = figure.uncounted
    assert elsewhere.unit == today and elsewhere.value == 2
    assert figure.notes == ["Chưa tính hồ sơ ghi dưới đơn vị mới Thái Nguyên có ngày trong thời gian này (2): "
                            "không tách được cho từng đơn vị cũ, đã tính trong số liệu của Thái Nguyên."]
    project(today, date(2024, 9, 2))
    flow = resolve("fdi_new_projects", [old], Period.year(2024))
    assert flow.value is None and [part.unit for part in flow.uncounted] == [today]
    # After its end an old unit has no figure of its own, and names nothing.
    after = resolve("partner_localities", [backan], Period.year(2025))
    assert after.value is None and after.uncounted == [] and after.notes == []


def test_national_rows_count_each_record_once(thainguyen):
    today, old, backan = thainguyen
    partner(old, date(2018, 3, 1))
    partner(backan, date(2019, 5, 1))
    partner(today, date(2020, 8, 1))
    partner(unit("vn34-08"), date(2021, 1, 1))  # Tuyên Quang of today, dated before it
    partner(unit("vn63-02"), date(2017, 1, 1))  # Hà Giang
    partners = indicator("partner_localities")
    rows = national_comparison(user=NATION, indicator=partners, period=Period.year(2024))
    values = {row.unit.key: row.comparison.current.value for row in rows if row.comparison.current.value}
    assert values == {"vn34-19": 3, "vn34-08": 2}  # every record of the nation, once
    historic = national_comparison(user=NATION, indicator=partners, period=Period.year(2024), historic=True)
    by_key = {row.unit.key: row.comparison.current for row in historic}
    assert {key: figure.value for key, figure in by_key.items() if figure.value} == {
        "vn63-19": 1, "vn63-06": 1, "vn63-02": 1}
    # The records under the new units are named under each old unit, and added to none.
    assert [part.value for part in by_key["vn63-19"].uncounted] == [1]
    assert [part.value for part in by_key["vn63-06"].uncounted] == [1]
    assert [part.unit.key for part in by_key["vn63-02"].uncounted] == ["vn34-08"]


def test_the_change_against_last_year_of_a_merged_province_compares_its_territory(thainguyen):
    today, old, _backan = thainguyen
    project(old, date(2024, 5, 10))
    project(today, date(2024, 9, 2))
    project(today, date(2025, 3, 15))
    project(today, date(2025, 9, 1), millions(30))
    comparison = figure_for(user=NATION, unit=today, indicator=indicator("fdi_new_capital"),
                            period=Period.year(2025))
    assert comparison.previous.value == millions(20) and comparison.current.value == millions(40)
    assert comparison.change_pct == Decimal(100)


def test_an_unchanged_provinces_old_unit_names_its_records_under_the_new_unit_without_a_split():
    old, today = unit("vn63-42"), unit("vn34-42")  # Hà Tĩnh, unchanged on 1/7/2025
    partner(today, date(2020, 8, 1))
    figure = resolve("partner_localities", [old], Period.year(2024))
    assert figure.value is None and [part.unit for part in figure.uncounted] == [today]
    assert figure.notes == ["Chưa tính hồ sơ ghi dưới đơn vị mới Hà Tĩnh có ngày trong thời gian này (1): "
                            "đã tính trong số liệu của Hà Tĩnh."]
