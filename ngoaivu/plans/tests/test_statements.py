"""Figures stated as the seeds state them: value, change on the same period, share of the plan."""
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.indicators.models import ExchangeRate
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit
from ngoaivu.plans.models import Plan, Target
from ngoaivu.plans.selectors import figure_statement

pytestmark = pytest.mark.django_db
JULY_2022 = Period.to_end_of_month(2022, 7)


def trade(province, flow, period, value, estimate=False):
    from ngoaivu.trade.models import TradeFigure

    TradeFigure.objects.create(province=province, flow=flow, period_start=period.start, period_end=period.end,
                               value=millions(value), currency="USD", is_estimate=estimate, source="Sở Công Thương")


def year_plan(province, year, **targets):
    plan = Plan.objects.create(province=province, name=f"Kế hoạch phát triển kinh tế - xã hội năm {year}",
                               start_year=year, end_year=year)
    for code, value in targets.items():
        Target.objects.create(province=province, plan=plan, indicator=indicator(code), kind="value",
                              value=millions(value), currency="USD")
    return plan


@pytest.fixture
def hue_2022():
    hue = unit("vn63-46")
    trade(hue, "export", JULY_2022, "609.1", estimate=True)
    trade(hue, "import", JULY_2022, "404.3")
    trade(hue, "export", Period.to_end_of_month(2021, 7), "517.95")
    trade(hue, "import", Period.to_end_of_month(2021, 7), "346.74")
    year_plan(hue, 2022, export_value=1128, import_value=650)


@pytest.fixture
def hatinh_2023():
    hatinh = unit("vn63-42")
    trade(hatinh, "export", Period.year(2023), 2400, estimate=True)
    trade(hatinh, "import", Period.year(2023), 2700)
    trade(hatinh, "export", Period.year(2022), "1804.5")
    trade(hatinh, "import", Period.year(2022), "2812.5")
    year_plan(hatinh, 2023, export_value=2000)


def state(user, key, code, period):
    statement = figure_statement(user=user, unit=unit(key), indicator=indicator(code), period=period)
    pct = (lambda value: None if value is None else round(value, 1))
    return statement.figure.display, pct(statement.change_pct), pct(statement.plan_pct), statement


def test_hue_exports_and_imports_to_july_2022(users, hue_2022, make_user):
    viewer = make_user(role=Role.VIEWER, province=unit("vn34-46"))  # Huế today
    display, change, plan, statement = state(viewer, "vn34-46", "export_value", JULY_2022)
    assert (display, change, plan) == ("609,1 triệu USD", Decimal("17.6"), Decimal("54.0"))
    assert statement.figure.is_estimate and statement.plan_scope == "year"
    display, change, plan, statement = state(viewer, "vn34-46", "import_value", JULY_2022)
    assert (display, change, plan) == ("404,3 triệu USD", Decimal("16.6"), Decimal("62.2"))
    assert not statement.figure.is_estimate


def test_ha_tinh_2023(users, hatinh_2023):
    display, change, plan, _ = state(users[Role.VIEWER], "vn34-42", "export_value", Period.year(2023))
    assert (display, change, plan) == ("2,4 tỷ USD", Decimal("33.0"), Decimal("120.0"))
    display, change, plan, _ = state(users[Role.VIEWER], "vn34-42", "import_value", Period.year(2023))
    assert (display, change, plan) == ("2,7 tỷ USD", Decimal("-4.0"), None)


def test_a_term_target_measures_the_whole_term_and_a_range_gives_both_shares(make_user):
    thanhhoa = unit("vn63-38")
    plan = Plan.objects.create(province=thanhhoa, name="Mục tiêu 2021-2025", start_year=2021, end_year=2025)
    Target.objects.create(province=thanhhoa, plan=plan, indicator=indicator("agreements_signed"), kind="range",
                          value_min=10, value_max=20)
    observe(thanhhoa, "agreements_signed", Period.term(2021, 2025), 15)
    observe(thanhhoa, "agreements_signed", Period.year(2023), 4)
    national = make_user(role=Role.VIEWER, province=None)
    _, _, plan_pct, statement = state(national, "vn34-38", "agreements_signed", Period.term(2021, 2025))
    assert plan_pct == 150 and statement.plan_pct_max == 75 and statement.plan_scope == "term"
    # A year inside the term has no plan of its own here.
    assert state(national, "vn34-38", "agreements_signed", Period.year(2023))[3].target is None


def test_a_target_in_another_currency_is_converted_and_the_rate_shown(users):
    hatinh = unit("vn63-42")
    ExchangeRate.objects.create(currency="USD", valid_on=date(2023, 12, 29), rate_to_vnd=Decimal("24000"),
                                source="NHNN")
    plan = year_plan(hatinh, 2023)
    Target.objects.create(province=hatinh, plan=plan, indicator=indicator("export_value"), kind="value",
                          value=Decimal(48_000_000_000_000), currency="VND")
    observe(hatinh, "export_value", Period.year(2023), millions(2400))
    _, _, plan_pct, statement = state(users[Role.VIEWER], "vn34-42", "export_value", Period.year(2023))
    assert plan_pct == 120
    assert statement.conversion.note == "quy đổi theo tỷ giá 1 USD = 24.000 đồng ngày 29/12/2023"


def test_figures_api_states_value_change_and_plan(hue_2022, make_user, api_client_for):
    api = api_client_for(make_user(role=Role.VIEWER, province=unit("vn34-46")))
    data = api.get(reverse("figures"), {"indicator": "export_value", "start": "2022-01-01",
                                        "end": "2022-07-31"}).json()
    assert data["province"] == "vn34-46" and data["display"] == "609,1 triệu USD" and data["is_estimate"]
    assert round(data["change_pct"], 1) == 17.6 and round(data["plan"]["pct"], 1) == 54.0
    assert data["plan"]["scope"] == "year" and data["same_period_last_year"]["value"] == 517950000.0
    assert data["parts"][0]["unit"] == "vn63-46" and data["parts"][0]["method"] == "computed"


def test_figures_api_is_scoped(hue_2022, users, make_user, api_client_for):
    query = {"indicator": "export_value", "start": "2022-01-01", "end": "2022-07-31", "province": "vn34-46"}
    assert api_client_for(users[Role.VIEWER]).get(reverse("figures"), query).status_code == 403
    national = api_client_for(make_user(role=Role.VIEWER, province=None))
    assert national.get(reverse("figures"), query).json()["value"] == 609100000.0
    response = national.get(reverse("figures"), {**query, "province": ""})
    assert response.status_code == 400 and "province" in response.json()


def test_progress_api(users, api_client_for, hatinh_2023, other_province):
    plan = Plan.objects.get()
    api = api_client_for(users[Role.VIEWER])
    data = api.get(reverse("plan-progress", args=[plan.pk]), {"as_of": "2023-12-31"}).json()
    (row,) = data["targets"]
    assert (row["indicator"], row["status"], round(row["pct"])) == ("export_value", "reached", 120)
    assert row["display"] == "2,4 tỷ USD"
    foreign = Plan.objects.create(province=unit("vn63-38"), name="X", start_year=2023, end_year=2023)
    assert api.get(reverse("plan-progress", args=[foreign.pk])).status_code == 404
    assert api.get(reverse("plan-progress", args=[plan.pk]), {"as_of": "hôm qua"}).status_code == 400


def test_dashboard_page_states_the_seed_figures(hue_2022, make_user, client_for):
    web = client_for(make_user(role=Role.VIEWER, province=unit("vn34-46")))
    body = web.get(reverse("plans:dashboard"), {"shape": "to_month", "year": 2022, "month": 7}).content.decode()
    for text in ("ước 609,1 triệu USD", "+17,6%", "54%", "404,3 triệu USD", "+16,6%", "62,2%",
                 "kế hoạch năm", "Có nguy cơ không đạt", 'data-chart="chart-export_value"'):
        assert text in body, text


def test_plan_page_shows_progress_as_of_a_day(users, hatinh_2023, client_for):
    plan = Plan.objects.get()
    body = client_for(users[Role.VIEWER]).get(reverse("plans:plan_detail", args=[plan.pk]),
                                              {"as_of": "31/12/2023"}).content.decode()
    assert "Tiến độ thực hiện đến ngày 31/12/2023" in body and "Đã đạt" in body and "120%" in body
