"""Resolving a figure: precedence of sources, combining periods, the 2025 merger, money."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.figures import FigureResolver
from ngoaivu.indicators.models import ExchangeRate
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import change_pct
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit

pytestmark = pytest.mark.django_db


def resolve(units, code, period, span=None, **kwargs):
    return FigureResolver(indicator(code), units, span or period, **kwargs).figure(period)


def test_the_entered_value_counts_over_an_extracted_one_until_another_is_chosen():
    hue = unit("vn63-46")
    jul = Period.to_end_of_month(2022, 7)
    extracted = observe(hue, "export_value", jul, millions("609.1"), source=Source.EXTRACTED, is_estimate=True,
                        source_document="seed 000")
    entered = observe(hue, "export_value", jul, millions("610"), source=Source.ENTERED)
    figure = resolve([hue], "export_value", jul)
    assert figure.value == millions(610)
    assert [c.observation.pk for c in figure.parts[0].alternatives] == [entered.pk, extracted.pk]
    extracted.counts = True
    extracted.save()
    figure = resolve([hue], "export_value", jul)
    assert figure.value == millions("609.1") and figure.is_estimate
    assert figure.display == "609,1 triệu USD"


def test_a_flow_sums_the_pieces_that_tile_the_period():
    hue = unit("vn63-46")
    for month in range(1, 8):
        observe(hue, "import_value", Period.month(2022, month), millions(50))
    observe(hue, "import_value", Period.half(2022), millions(300))
    figure = resolve([hue], "import_value", Period.to_end_of_month(2022, 7))
    assert figure.value == millions(350)  # the half-year and July, not seven months
    assert figure.parts[0].method == "tiled" and len(figure.parts[0].used) == 2
    assert resolve([hue], "import_value", Period.year(2022)).value is None  # August–December missing


def test_a_stock_is_read_at_the_latest_day_inside_the_period():
    hatinh = unit("vn63-42")
    observe(hatinh, "ngo_projects", Period.day(date(2023, 6, 30)), 18)
    observe(hatinh, "ngo_projects", Period.day(date(2023, 12, 8)), 21)
    figure = resolve([hatinh], "ngo_projects", Period.year(2023))
    assert figure.value == 21 and figure.as_of == date(2023, 12, 8)
    assert resolve([hatinh], "ngo_projects", Period.half(2023)).value == 18


def test_a_rate_is_never_summed_or_tiled():
    thainguyen = unit("vn63-19")
    for year in range(2016, 2021):
        observe(thainguyen, "export_growth", Period.year(year), 10)
    assert resolve([thainguyen], "export_growth", Period.term(2016, 2020)).value is None
    observe(thainguyen, "export_growth", Period.term(2016, 2020), "10.85")
    assert resolve([thainguyen], "export_growth", Period.term(2016, 2020)).value == Decimal("10.85")


def test_merged_units_add_up_under_todays_province_and_missing_ones_are_named():
    thainguyen, backan, today = unit("vn63-19"), unit("vn63-06"), unit("vn34-19")
    units = [today, thainguyen, backan]
    observe(thainguyen, "export_value", Period.half(2025), millions(2000))
    observe(backan, "export_value", Period.half(2025), millions(10))
    observe(today, "export_value", Period(date(2025, 7, 1), date(2025, 12, 31)), millions(2100))
    figure = resolve(units, "export_value", Period.year(2025))
    assert figure.value == millions(4110)
    assert {part.unit for part in figure.parts} == set(units)
    observe(thainguyen, "export_value", Period.year(2024), millions(3900))
    figure = resolve(units, "export_value", Period.year(2024))
    assert figure.value == millions(3900) and figure.missing_units == [backan]


def test_a_whole_year_reported_by_the_merged_province_stands_alone():
    thainguyen, backan, today = unit("vn63-19"), unit("vn63-06"), unit("vn34-19")
    observe(thainguyen, "export_value", Period.half(2025), millions(2000))
    observe(backan, "export_value", Period.half(2025), millions(10))
    observe(today, "export_value", Period.year(2025), millions(4100))
    figure = resolve([today, thainguyen, backan], "export_value", Period.year(2025))
    assert figure.value == millions(4100) and [part.unit for part in figure.parts] == [today]
    assert resolve([today, thainguyen, backan], "export_value", Period.half(2025)).value == millions(2010)


def test_merged_stocks_are_summed_at_the_same_day():
    thainguyen, backan, today = unit("vn63-19"), unit("vn63-06"), unit("vn34-19")
    units = [today, thainguyen, backan]
    observe(thainguyen, "fdi_active_projects", Period.day(date(2024, 12, 31)), 190)
    observe(backan, "fdi_active_projects", Period.day(date(2024, 12, 31)), 6)
    observe(today, "fdi_active_projects", Period.day(date(2025, 12, 31)), 201)
    assert resolve(units, "fdi_active_projects", Period.year(2024)).value == 196
    # After the merger only today's unit is in force: the old units' readings are not added.
    assert resolve(units, "fdi_active_projects", Period.year(2025)).value == 201


def test_money_in_another_currency_is_converted_with_the_rate_shown():
    thainguyen = unit("vn63-19")
    ExchangeRate.objects.create(currency="USD", valid_on=date(2020, 12, 31), rate_to_vnd=Decimal("23215"),
                                source="NHNN")
    observe(thainguyen, "oda_disbursed", Period.year(2020), millions(10), currency="USD")
    figure = resolve([thainguyen], "oda_disbursed", Period.year(2020))
    assert figure.value == Decimal("232150000000.00") and figure.currency == "VND"
    (conversion,) = figure.conversions
    assert conversion.note == "quy đổi theo tỷ giá 1 USD = 23.215 đồng ngày 31/12/2020"


def test_without_a_rate_the_figure_says_so_instead_of_guessing():
    thainguyen = unit("vn63-19")
    observe(thainguyen, "oda_disbursed", Period.year(2020), millions(10), currency="USD")
    figure = resolve([thainguyen], "oda_disbursed", Period.year(2020))
    assert figure.value is None
    assert figure.notes == ["Chưa có tỷ giá USD áp dụng đến ngày 31/12/2020."]


def test_change_against_the_same_period_last_year():
    hatinh = unit("vn63-42")
    observe(hatinh, "export_value", Period.year(2023), millions(2400), is_estimate=True)
    observe(hatinh, "export_value", Period.year(2022), millions("1804.5"))
    resolver = FigureResolver(indicator("export_value"), [hatinh], Period.term(2022, 2023))
    current, previous = resolver.figure(Period.year(2023)), resolver.figure(Period.year(2022))
    assert round(change_pct(current, previous), 1) == Decimal("33.0")


def test_counterpart_figures_are_kept_apart_from_the_total():
    thanhhoa = unit("vn63-38")
    term = Period.term(2016, 2021)
    observe(thanhhoa, "delegation_exchanges", term, 260, counterpart="Lào")
    observe(thanhhoa, "delegation_exchanges", term, 250, counterpart="Hủa Phăn")
    assert resolve([thanhhoa], "delegation_exchanges", term, counterpart="hủa phăn").value == 250
    assert resolve([thanhhoa], "delegation_exchanges", term).value is None
