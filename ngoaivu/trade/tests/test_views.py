from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_update
from ngoaivu.trade.choices import GateStatus, TradeFlow
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
from ngoaivu.trade.tests.helpers import make_figure, make_gate, make_status

pytestmark = pytest.mark.django_db

FIGURE_FORM = {"flow": "export", "period_start": "01/01/2022", "period_end": "31/07/2022", "value": "609.100.000",
               "currency": "USD", "is_estimate": "on", "source": "Sở Công Thương"}


@pytest.fixture
def specialist_client(users, client_for):
    return client_for(users[Role.SPECIALIST])


def body(response) -> str:
    return response.content.decode()


class TestFigurePages:
    def test_list_filters_by_flow_and_by_a_year_inside_the_period(self, own_province, specialist_client):
        term = make_figure(own_province, start=date(2016, 1, 1), end=date(2020, 12, 31))
        imports = make_figure(own_province, flow=TradeFlow.IMPORT, start=date(2016, 1, 1), end=date(2020, 12, 31))
        recent = make_figure(own_province)
        page = body(specialist_client.get(reverse("trade:figure_list"), {"flow": "export", "year": 2018}))
        assert reverse("trade:figure_detail", args=[term.pk]) in page
        assert reverse("trade:figure_detail", args=[imports.pk]) not in page
        assert reverse("trade:figure_detail", args=[recent.pk]) not in page
        assert "giai đoạn 2016-2020" in page

    def test_create_reads_vietnamese_numbers(self, own_province, specialist_client):
        response = specialist_client.post(reverse("trade:figure_add"), FIGURE_FORM)
        figure = TradeFigure.objects.get()
        assert response.status_code == 302 and response["Location"] == reverse("trade:figure_detail", args=[figure.pk])
        assert figure.value == Decimal("609100000") and figure.is_estimate and figure.province == own_province

    def test_a_duplicate_is_explained_beside_the_period(self, own_province, specialist_client):
        make_figure(own_province)
        response = specialist_client.post(reverse("trade:figure_add"), FIGURE_FORM)
        assert response.status_code == 400
        assert 'id="id_period_start_errors"' in body(response)
        assert "hãy sửa số liệu đó thay vì nhập thêm" in body(response)
        assert TradeFigure.objects.count() == 1

    def test_edit(self, own_province, specialist_client):
        figure = make_figure(own_province)
        response = specialist_client.post(reverse("trade:figure_edit", args=[figure.pk]),
                                          {**FIGURE_FORM, "value": "610.000.000", "note": "Số chính thức"})
        assert response.status_code == 302
        figure.refresh_from_db()
        assert figure.value == Decimal("610000000") and figure.note == "Số chính thức"

    def test_the_gate_list_of_the_form_stays_in_the_province(self, own_province, other_province, specialist_client):
        make_gate(own_province, name_vn="Cầu Treo")
        make_gate(other_province, name_vn="Na Mèo")
        page = body(specialist_client.get(reverse("trade:figure_add")))
        assert "Cầu Treo" in page and "Na Mèo" not in page

    def test_detail_compares_with_the_same_period_a_year_earlier(self, own_province, users, client_for):
        figure = make_figure(own_province)
        make_figure(own_province, start=date(2021, 1, 1), end=date(2021, 7, 31), value="517950000")
        page = body(client_for(users[Role.VIEWER]).get(reverse("trade:figure_detail", args=[figure.pk])))
        assert "609,1 triệu USD" in page and "517,95 triệu USD" in page and "tăng 17,6%" in page

    def test_history_lists_the_changes(self, own_province, users, client_for):
        figure = make_figure(own_province)
        record_update(figure, actor=users[Role.SPECIALIST], data={"note": "Theo Cục Hải quan"})
        page = client_for(users[Role.VIEWER]).get(reverse("trade:figure_history", args=[figure.pk]))
        assert page.status_code == 200 and "Theo Cục Hải quan" in body(page)


class TestGatePages:
    def test_list_filters_by_current_status(self, own_province, specialist_client):
        closed, reopened = make_gate(own_province), make_gate(own_province)
        make_status(closed, GateStatus.TEMPORARILY_CLOSED, date(2020, 2, 1))
        make_status(reopened, GateStatus.REOPENED, date(2023, 3, 1))
        page = body(specialist_client.get(reverse("trade:gate_list"), {"status": "temporarily_closed"}))
        assert reverse("trade:gate_detail", args=[closed.pk]) in page
        assert reverse("trade:gate_detail", args=[reopened.pk]) not in page

    def test_detail_shows_the_status_history_and_the_form(self, own_province, specialist_client):
        gate = make_gate(own_province, name_vn="A Đớt")
        make_status(gate, GateStatus.REOPENED, date(2022, 5, 9))
        page = body(specialist_client.get(reverse("trade:gate_detail", args=[gate.pk])))
        assert "Mở lại từ 09/05/2022" in page
        assert reverse("trade:gate_status_add", args=[gate.pk]) in page

    def test_a_status_change_posted_from_the_page(self, own_province, specialist_client):
        gate = make_gate(own_province)
        response = specialist_client.post(reverse("trade:gate_status_add", args=[gate.pk]), {
            "changed_on": "01/04/2020", "status": "temporarily_closed", "reason": "Phòng, chống dịch COVID-19"})
        assert response.status_code == 302
        assert BorderGate.objects.get(pk=gate.pk).current_status == GateStatus.TEMPORARILY_CLOSED

    def test_an_invalid_status_change_is_explained_beside_the_date(self, own_province, specialist_client):
        gate = make_gate(own_province)
        tomorrow = (timezone.localdate() + timedelta(days=1)).strftime("%d/%m/%Y")
        response = specialist_client.post(reverse("trade:gate_status_add", args=[gate.pk]),
                                          {"changed_on": tomorrow, "status": "open"})
        assert response.status_code == 400
        assert 'id="id_changed_on_errors"' in body(response)
        assert "Ngày thay đổi trạng thái không được sau ngày hôm nay." in body(response)
        assert not BorderGateStatusChange.all_objects.exists()

    def test_a_viewer_can_neither_add_nor_remove_a_status(self, own_province, users, client_for):
        gate = make_gate(own_province)
        change = make_status(gate)
        viewer = client_for(users[Role.VIEWER])
        assert reverse("trade:gate_status_add", args=[gate.pk]) not in body(
            viewer.get(reverse("trade:gate_detail", args=[gate.pk])))
        add = viewer.post(reverse("trade:gate_status_add", args=[gate.pk]),
                          {"changed_on": "01/01/2024", "status": "open"})
        remove = viewer.post(reverse("trade:gate_status_delete", args=[change.pk]))
        assert (add.status_code, remove.status_code) == (403, 403)
        assert BorderGateStatusChange.objects.count() == 1

    def test_removing_a_status_goes_back_to_the_gate(self, own_province, specialist_client):
        gate = make_gate(own_province)
        change = make_status(gate)
        response = specialist_client.post(reverse("trade:gate_status_delete", args=[change.pk]))
        assert response["Location"] == reverse("trade:gate_detail", args=[gate.pk])
        assert BorderGateStatusChange.all_objects.get(pk=change.pk).is_deleted

    def test_another_provinces_status_is_not_found(self, other_province, specialist_client):
        change = make_status(make_gate(other_province))
        assert specialist_client.post(reverse("trade:gate_status_delete", args=[change.pk])).status_code == 404

    def test_home_page_follows_temporarily_closed_gates(self, own_province, users, client_for):
        gate = make_gate(own_province, name_vn="Xín Mần", name_foreign="Đô Long", country_id="CN")
        make_status(gate, GateStatus.TEMPORARILY_CLOSED, date(2020, 2, 1))
        page = body(client_for(users[Role.VIEWER]).get(reverse("ui:home")))
        assert "Cửa khẩu đang tạm dừng hoạt động" in page
        assert "Xín Mần – Đô Long" in page and "Tạm dừng hoạt động từ 01/02/2020" in page


def test_gate_edit_and_history(own_province, specialist_client):
    gate = make_gate(own_province, name_vn="A Đớt", name_foreign="Tà Vàng")
    response = specialist_client.post(reverse("trade:gate_edit", args=[gate.pk]), {
        "name_vn": "A Đớt", "name_foreign": "Tà Vàng", "country": "LA", "gate_class": "main",
        "location": "Xã A Đớt, huyện A Lưới"})
    assert response.status_code == 302
    history = body(specialist_client.get(reverse("trade:gate_history", args=[gate.pk])))
    assert "Xã A Đớt, huyện A Lưới" in history
