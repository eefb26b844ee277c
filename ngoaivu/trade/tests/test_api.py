from datetime import date

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Province
from ngoaivu.trade.choices import GateStatus
from ngoaivu.trade.models import BorderGateStatusChange, TradeFigure
from ngoaivu.trade.tests.helpers import make_figure, make_gate, make_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(users, api_client_for):
    return api_client_for(users[Role.SPECIALIST])


def test_create_and_filter_figures(api, own_province):
    response = api.post(reverse("trade-figure-list"), {
        "flow": "export", "period_start": "2023-01-01", "period_end": "2023-12-31", "value": "2400000000",
        "is_estimate": True, "source": "Sở Ngoại vụ"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["currency"] == "USD" and response.json()["province"] == own_province.pk
    make_figure(own_province)
    rows = api.get(reverse("trade-figure-list"), {"year": 2023, "flow": "export"}).json()["results"]
    assert [row["value"] for row in rows] == [2400000000]


def test_errors_name_the_field(api, own_province):
    response = api.post(reverse("trade-figure-list"), {
        "flow": "export", "period_start": "2023-12-31", "period_end": "2023-01-01", "value": "1",
        "source": "Sở Công Thương"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"period_end": ["Ngày kết thúc kỳ số liệu không được trước ngày bắt đầu."]}
    assert not TradeFigure.all_objects.exists()


def test_a_gate_of_another_province_does_not_exist(api, other_province):
    response = api.post(reverse("trade-figure-list"), {
        "flow": "export", "period_start": "2023-01-01", "period_end": "2023-12-31", "value": "1",
        "source": "Sở Công Thương", "border_gate": make_gate(other_province).pk}, format="json")
    assert response.status_code == 400 and "border_gate" in response.json()


def test_same_period_last_year(api, own_province):
    figure = make_figure(own_province)
    make_figure(own_province, start=date(2021, 1, 1), end=date(2021, 7, 31), value="517950000")
    data = api.get(reverse("trade-figure-same-period-last-year", args=[figure.pk])).json()
    assert data["current"]["id"] == figure.pk and data["previous"]["value"] == 517950000
    assert data["change_pct"] == 17.6
    assert [part["id"] for part in data["previous_parts"]] == [data["previous"]["id"]]
    assert data["previous_value"] == 517950000


def test_status_changes_through_the_api(api, users, own_province):
    gate = make_gate(Province.objects.get(key="vn63-42"))
    response = api.post(reverse("border-gate-status-change-list"),
                        {"gate": gate.pk, "changed_on": "2020-04-01", "status": "temporarily_closed"}, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["province"] == gate.province_id
    detail = api.get(reverse("border-gate-detail", args=[gate.pk])).json()
    assert (detail["current_status"], detail["current_status_since"]) == ("temporarily_closed", "2020-04-01")
    rows = api.get(reverse("border-gate-list"), {"status": "temporarily_closed"}).json()["results"]
    assert [row["id"] for row in rows] == [gate.pk]


def test_a_status_change_is_never_edited(api, own_province):
    change = make_status(make_gate(own_province))
    response = api.patch(reverse("border-gate-status-change-detail", args=[change.pk]), {"status": "open"},
                         format="json")
    assert response.status_code == 405
    assert BorderGateStatusChange.objects.get(pk=change.pk).status == GateStatus.TEMPORARILY_CLOSED


def test_a_status_for_another_provinces_gate_is_refused(api, other_province):
    response = api.post(reverse("border-gate-status-change-list"), {
        "gate": make_gate(other_province).pk, "changed_on": "2020-04-01", "status": "closed"}, format="json")
    assert response.status_code == 400 and "gate" in response.json()


def test_deleting_a_gate_with_figures_is_refused_in_words(api, own_province):
    gate = make_gate(own_province)
    make_figure(own_province, border_gate=gate)
    response = api.delete(reverse("border-gate-detail", args=[gate.pk]))
    assert response.status_code == 400
    assert response.json()["non_field_errors"] == [
        "Không thể xóa cửa khẩu đang có số liệu kim ngạch; hãy xóa hoặc sửa các số liệu đó trước."]
