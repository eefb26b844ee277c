"""Indicators computed from the domain apps' records (rows written straight to the tables)."""
from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.indicators.computations import FLOW, Computation, all_computations, computation_for
from ngoaivu.indicators.figures import FigureResolver
from ngoaivu.indicators.models import ExchangeRate
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit

pytestmark = pytest.mark.django_db


def resolve(code, units, period, **kwargs):
    return FigureResolver(indicator(code), units, period, **kwargs).figure(period)


def trade(province, flow, period, value, **extra):
    from ngoaivu.trade.models import TradeFigure

    return TradeFigure.objects.create(province=province, flow=flow, period_start=period.start,
                                      period_end=period.end, value=value, currency="USD", source="Sở Công Thương",
                                      **extra)


def project(province, certified, capital, currency="USD", terminated=None):
    from ngoaivu.investment.models import FdiProject

    return FdiProject.objects.create(province=province, name="Nhà máy", investor_name="Công ty", investor_country_id="JP",
                                     certificate_date=certified, registered_capital=capital,
                                     capital_currency=currency, terminated_on=terminated,
                                     status="terminated" if terminated else "active")


def test_every_catalogue_computation_runs_in_this_installation():
    assert [c.indicator for c in all_computations() if c.skipped_reason] == []
    assert len(all_computations()) == 29


def test_a_missing_model_or_field_is_skipped_with_the_reason():
    assert Computation("x", "nowhere.Nothing", "day").skipped_reason == "mô hình nowhere.Nothing chưa có"
    assert Computation("x", "trade.TradeFigure", "signed_on").skipped_reason == \
        "trade.TradeFigure chưa có trường signed_on"


def test_trade_figures_that_tile_the_period_add_up_and_keep_the_estimate_mark():
    hue = unit("vn63-46")
    trade(hue, "export", Period.half(2022), millions(500))
    trade(hue, "export", Period.month(2022, 7), millions("109.1"), is_estimate=True)
    trade(hue, "export", Period.month(2022, 7), millions(40), commodity="wood")  # a breakdown, not the total
    figure = resolve("export_value", [hue], Period.to_end_of_month(2022, 7))
    assert figure.value == millions("609.1") and figure.is_estimate
    assert figure.parts[0].method == "computed"
    assert resolve("export_value", [hue], Period.year(2022)).value is None


def test_total_trade_uses_the_total_rows_else_exports_and_imports():
    hagiang, hue = unit("vn63-02"), unit("vn63-46")
    may = Period.to_end_of_month(2023, 5)
    trade(hagiang, "total", may, millions("102.6"))
    trade(hue, "export", may, millions(300))
    trade(hue, "import", may, millions(200))
    resolver = FigureResolver(indicator("trade_value"), [hagiang, hue], may)
    assert resolver.figure(may, [hagiang]).value == millions("102.6")
    assert resolver.figure(may, [hue]).value == millions(500)


def test_an_entered_value_outranks_the_records_and_both_are_shown():
    hue = unit("vn63-46")
    trade(hue, "export", Period.year(2021), millions(900))
    observe(hue, "export_value", Period.year(2021), millions(950))
    figure = resolve("export_value", [hue], Period.year(2021))
    assert figure.value == millions(950)
    assert [c.source for c in figure.parts[0].alternatives] == ["entered", "live"]


def test_fdi_projects_capital_and_active_projects_at_a_date():
    thainguyen = unit("vn63-19")
    ExchangeRate.objects.create(currency="JPY", valid_on=date(2022, 12, 30), rate_to_vnd=Decimal("178"), source="x")
    ExchangeRate.objects.create(currency="USD", valid_on=date(2022, 12, 30), rate_to_vnd=Decimal("23612"),
                                source="x")
    kept = project(thainguyen, date(2022, 3, 1), millions(100))
    project(thainguyen, date(2022, 5, 1), Decimal(1_000_000_000), currency="JPY")
    project(thainguyen, date(2019, 5, 1), millions(20), terminated=date(2022, 6, 30))
    from ngoaivu.investment.models import FdiCapitalAdjustment

    FdiCapitalAdjustment.objects.create(province=thainguyen, project=kept, adjusted_on=date(2022, 9, 1),
                                        added_capital=millions(30), currency="USD")
    year = Period.year(2022)
    assert resolve("fdi_new_projects", [thainguyen], year).value == 2
    capital = resolve("fdi_new_capital", [thainguyen], year)
    # 1 tỷ JPY × 178 / 23.612 = 7.538.539,73 USD, and the conversion is written out.
    assert capital.value == millions(100) + Decimal("7538539.73")
    assert [c.note for c in capital.conversions] == [
        "quy đổi theo tỷ giá 1 JPY = 178 đồng ngày 30/12/2022; 1 USD = 23.612 đồng ngày 30/12/2022"]
    assert resolve("fdi_registered_capital", [thainguyen], year).value == capital.value + millions(30)
    assert resolve("fdi_active_projects", [thainguyen], Period.to_end_of_month(2022, 5)).value == 3
    assert resolve("fdi_active_projects", [thainguyen], year).value == 2
    assert resolve("fdi_adjusted_projects", [thainguyen], year).value == 1


def test_partner_localities_running_on_the_day():
    from ngoaivu.partners.models import Partner

    thanhhoa = unit("vn63-38")
    for name, start, end, status in [("Hủa Phăn", date(2010, 1, 1), None, "active"),
                                     ("Seongnam", date(2015, 6, 1), date(2022, 5, 1), "lapsed"),
                                     ("Farwaniyah", date(2021, 3, 1), None, "active"),
                                     ("Tula", date(2021, 3, 1), None, "planned")]:
        Partner.objects.create(province=thanhhoa, name=name, partner_type="locality", country_id="LA",
                               established_on=start, ended_on=end, status=status)
    assert resolve("partner_localities", [thanhhoa], Period.year(2020)).value == 2
    assert resolve("partner_localities", [thanhhoa], Period.year(2021)).value == 3
    assert resolve("partner_localities", [thanhhoa], Period.year(2022)).value == 2


def test_delegation_exchanges_with_one_partner():
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.partners.models import Partner

    thanhhoa = unit("vn63-38")
    houaphanh = Partner.objects.create(province=thanhhoa, name="Tỉnh Hủa Phăn", partner_type="locality",
                                       country_id="LA")
    for day, status, partner in [(date(2017, 5, 1), "reported", houaphanh), (date(2018, 5, 1), "approved", houaphanh),
                                 (date(2018, 6, 1), "rejected", houaphanh), (date(2019, 1, 1), "reported", None)]:
        Delegation.objects.create(province=thanhhoa, direction="outbound", name="Đoàn", level="department",
                                  head_title="Giám đốc", start_date=day, end_date=day, purpose="Hợp tác",
                                  status=status, partner=partner)
    term = Period.term(2016, 2021)
    assert resolve("delegation_exchanges", [thanhhoa], term).value == 3
    assert resolve("delegation_exchanges", [thanhhoa], term, counterpart="tỉnh hủa phăn").value == 2


def test_a_flow_computation_counts_rows_dated_inside_the_period():
    computation = computation_for("agreements_signed")
    assert computation.kind == FLOW and computation.model == "agreements.Agreement"
    from ngoaivu.agreements.models import Agreement

    hatinh = unit("vn63-42")
    for day in (date(2023, 1, 10), date(2023, 12, 31), date(2024, 1, 1)):
        Agreement.objects.create(province=hatinh, title="Biên bản ghi nhớ", signed_on=day, status="signed")
    assert computation.values([hatinh.pk], Period.year(2023))[hatinh.pk].amounts == {"": 2}
