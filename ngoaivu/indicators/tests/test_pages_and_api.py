"""Observation pages and API, the indicator page, the national comparison, catalogues."""
from datetime import date

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.models import ExchangeRate, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.tests.helpers import indicator, millions, observe, unit
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db
FIRST_HALF_2026 = Period.half(2026)  # after 1/7/2025: the observation stays in today's unit


def make_observation(province, **extra):
    return observe(province, "export_value", FIRST_HALF_2026, millions(100), **extra)


CASE = RecordCase(
    model=Observation,
    api_basename="observation",
    ui_namespace="indicators:observation",
    make=make_observation,
    api_payload=lambda: {"indicator": "export_value", "period_start": "2026-01-01", "period_end": "2026-06-30",
                         "value": "125000000", "currency": "USD", "is_estimate": True},
    form_data=lambda: {"indicator": indicator("import_value").pk, "period_start": "01/01/2026",
                       "period_end": "30/06/2026", "value": "98.500.000,5", "currency": "USD", "source": "entered",
                       "qualifier": ""},
    api_patch={"note": "Số liệu của Sở Công Thương"},
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def national(make_user):
    return make_user(role=Role.VIEWER, province=None)


def test_list_filters_by_indicator_and_year(users, client_for):
    hatinh = unit("vn63-42")
    observe(hatinh, "export_value", Period.year(2023), millions(2400))
    observe(hatinh, "export_value", Period.year(2022), millions("1804.5"))
    observe(hatinh, "import_value", Period.year(2023), millions(2700))
    page = client_for(users[Role.VIEWER]).get(reverse("indicators:observation_list"),
                                              {"indicator": "export_value", "year": 2023})
    body = page.content.decode()
    assert "2,4 tỷ USD" in body and "1,8 tỷ USD" not in body and "2,7 tỷ USD" not in body


def test_create_page_puts_the_error_beside_the_field(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("indicators:observation_add"), {
        "indicator": indicator("export_value").pk, "period_start": "01/01/2023", "period_end": "31/12/2023",
        "value": "2.400.000.000", "currency": "", "source": "entered", "qualifier": ""})
    assert page.status_code == 400
    assert "Chỉ tiêu tiền cần ghi rõ tiền tệ." in page.content.decode()
    assert not Observation.all_objects.exists()


def test_create_then_edit_through_the_pages(users, client_for):
    web = client_for(users[Role.SPECIALIST])
    response = web.post(reverse("indicators:observation_add"), {
        "indicator": indicator("export_value").pk, "period_start": "01/01/2023", "period_end": "31/12/2023",
        "value": "2.400.000.000", "currency": "USD", "source": "entered", "qualifier": "", "is_estimate": "on"})
    assert response.status_code == 302
    observation = Observation.objects.get()
    assert observation.province == unit("vn63-42") and observation.is_estimate
    response = web.post(reverse("indicators:observation_edit", args=[observation.pk]), {
        "indicator": indicator("export_value").pk, "period_start": "01/01/2023", "period_end": "31/12/2023",
        "value": "2.410.000.000", "currency": "USD", "source": "entered", "qualifier": ""})
    assert response.status_code == 302
    observation.refresh_from_db()
    assert observation.value == millions(2410)
    history = web.get(reverse("indicators:observation_history", args=[observation.pk])).content.decode()
    assert "2.410.000.000 USD" in history  # the history reads as money, not a raw number


def test_detail_shows_every_source_and_which_counts(users, client_for):
    hatinh = unit("vn63-42")
    entered = observe(hatinh, "export_value", Period.year(2023), millions(2400))
    extracted = observe(hatinh, "export_value", Period.year(2023), millions(2450), source=Source.EXTRACTED,
                        source_document="Báo Hà Tĩnh", evidence_text="Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD")
    web = client_for(users[Role.SPECIALIST])
    body = web.get(reverse("indicators:observation_detail", args=[extracted.pk])).content.decode()
    assert "2,4 tỷ USD" in body and "2,45 tỷ USD" in body and "Kim ngạch xuất khẩu ước đạt 2,4 tỷ USD" in body
    assert "không phải là số được dùng" in body
    response = web.post(reverse("indicators:observation_choose", args=[extracted.pk]))
    assert response.status_code == 302
    extracted.refresh_from_db()
    entered.refresh_from_db()
    assert extracted.counts and not entered.counts


def test_the_home_page_asks_to_choose_between_disagreeing_sources(users, client_for):
    hatinh = unit("vn63-42")
    observe(hatinh, "export_value", Period.year(2023), millions(2400))
    observe(hatinh, "export_value", Period.year(2023), millions(2450), source=Source.EXTRACTED,
            source_document="Báo Hà Tĩnh")
    observe(hatinh, "import_value", Period.year(2023), millions(2700))
    observe(hatinh, "import_value", Period.year(2023), millions(2700), source=Source.EXTRACTED,
            source_document="Báo Hà Tĩnh")  # the same value: nothing to choose
    body = client_for(users[Role.VIEWER]).get(reverse("ui:home")).content.decode()
    assert "chưa chọn số được dùng" in body
    assert body.count("Kim ngạch xuất khẩu — năm 2023") == 2 and "Kim ngạch nhập khẩu — năm 2023" not in body


def test_a_viewer_cannot_choose_through_the_page(users, client_for):
    observation = observe(unit("vn63-42"), "export_value", Period.year(2023), millions(2400))
    response = client_for(users[Role.VIEWER]).post(reverse("indicators:observation_choose", args=[observation.pk]))
    assert response.status_code == 403


def test_api_choose_action_and_field_errors(users, api_client_for, other_province):
    api = api_client_for(users[Role.SPECIALIST])
    hatinh = unit("vn63-42")
    observation = observe(hatinh, "export_value", Period.year(2023), millions(2400))
    response = api.post(reverse("observation-choose", args=[observation.pk]))
    assert response.status_code == 200 and response.json()["counts"] is True
    response = api.post(reverse("observation-list"), {"indicator": "export_value", "period_start": "2023-01-01",
                                                      "period_end": "2023-12-31", "value": "1"}, format="json")
    assert response.status_code == 400 and "currency" in response.json()
    foreign = observe(unit("vn63-38"), "export_value", Period.year(2023), millions(1))
    assert api.post(reverse("observation-choose", args=[foreign.pk])).status_code == 404
    viewer = api_client_for(users[Role.VIEWER])
    assert viewer.post(reverse("observation-choose", args=[observation.pk])).status_code == 403


def test_api_filters_by_province_indicator_period_and_source(users, api_client_for, make_user):
    hatinh, thanhhoa = unit("vn63-42"), unit("vn63-38")
    observe(hatinh, "export_value", Period.year(2023), millions(2400))
    observe(hatinh, "export_value", Period.half(2023), millions(1100), source=Source.IMPORTED)
    observe(thanhhoa, "export_value", Period.year(2023), millions(5000))
    api = api_client_for(national(make_user))
    rows = api.get(reverse("observation-list"), {"province": "vn34-42", "indicator": "export_value",
                                                 "period": "2023", "source": "imported"}).json()["results"]
    assert [row["value"] for row in rows] == [1100000000.0]
    assert rows[0]["province_key"] == "vn63-42" and rows[0]["period_label"] == "6 tháng đầu năm 2023"
    assert len(api.get(reverse("observation-list"), {"province": "vn34-38"}).json()["results"]) == 1


def test_indicator_page_shows_the_series_and_change(users, client_for):
    hatinh = unit("vn63-42")
    observe(hatinh, "export_value", Period.year(2023), millions(2400), is_estimate=True)
    observe(hatinh, "export_value", Period.year(2022), millions("1804.5"))
    page = client_for(users[Role.VIEWER]).get(reverse("indicators:indicator", args=["export_value"]),
                                              {"shape": "year", "year": 2023})
    body = page.content.decode()
    assert "ước 2,4 tỷ USD" in body and "+33%" in body and 'data-chart="series-chart"' in body


def test_national_comparison_ranks_todays_provinces_and_sums_merged_units(make_user, api_client_for):
    observe(unit("vn63-19"), "export_value", Period.year(2024), millions(3000))
    observe(unit("vn63-06"), "export_value", Period.year(2024), millions(10))
    observe(unit("vn63-42"), "export_value", Period.year(2024), millions(2600))
    api = api_client_for(national(make_user))
    data = api.get(reverse("national"), {"indicator": "export_value", "start": "2024-01-01",
                                         "end": "2024-12-31"}).json()
    assert len(data["results"]) == 34
    first, second = data["results"][:2]
    assert (first["province_name"], first["rank"], first["value"]) == ("Thái Nguyên", 1, 3010000000.0)
    assert (second["province_name"], second["rank"]) == ("Hà Tĩnh", 2)
    historic = api.get(reverse("national"), {"indicator": "export_value", "start": "2024-01-01",
                                             "end": "2024-12-31", "historic": "1"}).json()
    assert len(historic["results"]) == 63
    assert [row["province_name"] for row in historic["results"][:3]] == ["Thái Nguyên", "Hà Tĩnh", "Bắc Kạn"]


def test_a_provincial_user_compares_only_their_own_province(users, api_client_for, client_for):
    observe(unit("vn63-42"), "export_value", Period.year(2024), millions(2600))
    observe(unit("vn63-19"), "export_value", Period.year(2024), millions(3000))
    data = api_client_for(users[Role.VIEWER]).get(reverse("national"), {
        "indicator": "export_value", "start": "2024-01-01", "end": "2024-12-31"}).json()
    assert [row["province"] for row in data["results"]] == ["vn34-42"]
    page = client_for(users[Role.VIEWER]).get(reverse("indicators:national"), {
        "indicator": indicator("export_value").pk, "shape": "year", "year": 2024}).content.decode()
    assert "2,6 tỷ USD" in page and "3 tỷ USD" not in page


def test_national_page_takes_the_indicator_code_as_the_api_does(users, client_for):
    observe(unit("vn63-42"), "export_value", Period.year(2024), millions(2600))
    client = client_for(users[Role.VIEWER])
    page = client.get(reverse("indicators:national"), {"indicator": "export_value", "shape": "year", "year": 2024})
    assert page.context["indicator"].code == "export_value" and "2,6 tỷ USD" in page.content.decode()
    assert '<option value="export_value" selected>' in page.content.decode()
    unknown = client.get(reverse("indicators:national"), {"indicator": "nope", "shape": "year", "year": 2024})
    assert unknown.status_code == 200 and unknown.context["form"].errors["indicator"]
    assert not unknown.context["rows"]


def test_national_query_errors_name_the_field(users, api_client_for):
    api = api_client_for(users[Role.VIEWER])
    response = api.get(reverse("national"), {"indicator": "nope", "start": "2024-01-01", "end": "2024-12-31"})
    assert response.status_code == 400 and set(response.json()) == {"indicator"}
    response = api.get(reverse("national"), {"indicator": "export_value", "start": "2024-12-31",
                                             "end": "2024-01-01"})
    assert response.status_code == 400 and set(response.json()) == {"end"}


def test_catalogues_are_read_by_all_and_written_by_system_administrators(users, api_client_for, make_user):
    specialist = api_client_for(users[Role.SPECIALIST])
    listed = specialist.get(reverse("indicator-list"), {"page_size": 100}).json()["results"]
    assert len(listed) == 35
    detail = specialist.get(reverse("indicator-detail", args=["trade_value"])).json()
    assert detail["computable"]["skipped_reason"] is None
    new = {"code": "tourists", "name_vi": "Khách quốc tế", "name_en": "International visitors", "unit": "people",
           "aggregation": "flow", "group": "culture"}
    assert specialist.post(reverse("indicator-list"), new, format="json").status_code == 403
    root = api_client_for(make_user(role=Role.ADMIN, province=None, is_superuser=True))
    assert root.post(reverse("indicator-list"), new, format="json").status_code == 201
    rate = {"currency": "USD", "valid_on": "2023-12-29", "rate_to_vnd": "24000", "source": "NHNN"}
    assert specialist.post(reverse("exchange-rate-list"), rate, format="json").status_code == 403
    assert root.post(reverse("exchange-rate-list"), rate, format="json").status_code == 201
    assert ExchangeRate.objects.get().valid_on == date(2023, 12, 29)
    assert specialist.get(reverse("exchange-rate-list")).json()["results"][0]["rate_to_vnd"] == 24000.0


def test_anonymous_users_get_nothing(client, api_client_for):
    from rest_framework.test import APIClient

    assert APIClient().get(reverse("national"), {"indicator": "export_value", "start": "2024-01-01",
                                                 "end": "2024-12-31"}).status_code in (401, 403)
    assert client.get(reverse("indicators:national")).status_code == 302
