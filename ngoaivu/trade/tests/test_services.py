from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_create, record_delete, record_restore, record_update
from ngoaivu.geo.models import Province
from ngoaivu.trade import services
from ngoaivu.trade.choices import Commodity, GateStatus, TradeFlow
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
from ngoaivu.trade.tests.helpers import make_figure, make_gate

pytestmark = pytest.mark.django_db


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


def add_status(gate, actor, status, changed_on):
    return services.border_gate_status_change_add(actor=actor, data={
        "gate": gate, "status": status, "changed_on": changed_on, "province": actor.province})


def current(gate):
    return BorderGate.objects.get(pk=gate.pk)


class TestGateStatus:
    def test_a_gate_without_changes_has_no_status_yet(self, own_province):
        gate = make_gate(own_province)
        assert gate.current_status is None
        assert gate.current_status_label == "Chưa ghi nhận"

    def test_the_latest_date_wins_whatever_the_order_of_entry(self, own_province, specialist):
        gate = make_gate(own_province)
        add_status(gate, specialist, GateStatus.REOPENED, date(2022, 5, 9))
        add_status(gate, specialist, GateStatus.TEMPORARILY_CLOSED, date(2020, 4, 1))  # entered late, older
        assert current(gate).current_status == GateStatus.REOPENED
        assert current(gate).current_status_since == date(2022, 5, 9)

    def test_deleting_and_restoring_the_latest_change_moves_the_status(self, own_province, specialist):
        gate = make_gate(own_province)
        add_status(gate, specialist, GateStatus.TEMPORARILY_CLOSED, date(2020, 4, 1))
        reopening = add_status(gate, specialist, GateStatus.REOPENED, date(2022, 5, 9))
        record_delete(reopening, actor=specialist)
        assert current(gate).current_status == GateStatus.TEMPORARILY_CLOSED
        record_restore(BorderGateStatusChange.all_objects.get(pk=reopening.pk), actor=specialist)
        assert current(gate).current_status == GateStatus.REOPENED

    def test_the_change_belongs_to_the_gates_province(self, own_province, specialist):
        # A gate of the unit before 1/7/2025 takes its changes into that unit, not the user's.
        historic = Province.objects.get(key="vn63-42")
        gate = make_gate(historic)
        change = add_status(gate, specialist, GateStatus.OPEN, date(2025, 8, 1))
        assert change.province == historic

    def test_a_change_dated_in_the_future_is_refused(self, own_province, specialist):
        gate = make_gate(own_province)
        with pytest.raises(ValidationError) as error:
            add_status(gate, specialist, GateStatus.OPEN, timezone.localdate() + timedelta(days=1))
        assert "changed_on" in error.value.message_dict
        assert not BorderGateStatusChange.all_objects.exists() and not ObjectChange.objects.exists()

    def test_another_province_cannot_change_the_gate(self, own_province, other_province, make_user):
        gate = make_gate(own_province)
        outsider = make_user(role=Role.SPECIALIST, province=other_province)
        with pytest.raises(ScopeDenied):
            add_status(gate, outsider, GateStatus.CLOSED, date(2024, 1, 1))
        assert not BorderGateStatusChange.all_objects.exists()


class TestGates:
    def test_create_returns_the_gate_with_its_status(self, own_province, specialist):
        gate = services.border_gate_create(actor=specialist, data={
            "province": own_province, "name_vn": "Cầu Treo", "name_foreign": "Nậm Phao", "country_id": "LA",
            "gate_class": "international"})
        assert gate.current_status is None and str(gate) == "Cầu Treo – Nậm Phao"
        assert ObjectChange.objects.get(object_id=gate.pk, action="create").after["name_vn"] == "Cầu Treo"

    def test_the_same_gate_twice_is_refused_beside_the_name(self, own_province, specialist):
        make_gate(own_province, name_vn="Cầu Treo")
        with pytest.raises(ValidationError) as error:
            services.border_gate_create(actor=specialist, data={
                "province": own_province, "name_vn": "cầu treo", "name_foreign": "Nậm Phao", "country_id": "LA",
                "gate_class": "international"})
        assert error.value.message_dict["name_vn"] == ["Cửa khẩu “cầu treo” đã có trong danh sách của tỉnh."]
        assert BorderGate.all_objects.count() == 1

    def test_only_a_land_neighbour_can_face_a_gate(self, own_province, specialist):
        with pytest.raises(ValidationError) as error:
            services.border_gate_create(actor=specialist, data={
                "province": own_province, "name_vn": "Nội Bài", "name_foreign": "Narita", "country_id": "JP",
                "gate_class": "international"})
        assert "country" in error.value.message_dict

    def test_a_gate_with_figures_cannot_be_deleted(self, own_province, specialist):
        gate = make_gate(own_province)
        make_figure(own_province, border_gate=gate)
        with pytest.raises(ValidationError):
            services.border_gate_delete(gate, actor=specialist)
        assert BorderGate.objects.filter(pk=gate.pk).exists()

    def test_a_gate_without_figures_goes_to_the_trash(self, own_province, specialist):
        gate = make_gate(own_province)
        services.border_gate_delete(gate, actor=specialist)
        assert BorderGate.all_objects.get(pk=gate.pk).is_deleted


def figure_data(province, **extra):
    return {"province": province, "flow": TradeFlow.EXPORT, "period_start": date(2022, 1, 1),
            "period_end": date(2022, 7, 31), "value": Decimal("609100000"), "currency": "USD",
            "source": "Sở Công Thương", **extra}


class TestFigures:
    def test_create_is_audited(self, own_province, specialist):
        figure = record_create(TradeFigure, actor=specialist, data=figure_data(own_province, is_estimate=True))
        assert str(figure) == "Kim ngạch xuất khẩu 7 tháng đầu năm 2022"
        assert figure.value_display == "609,1 triệu USD"
        assert ObjectChange.objects.get(object_id=figure.pk, action="create").after["value"] == "609100000"

    def test_a_period_ending_before_it_starts_changes_nothing(self, own_province, specialist):
        with pytest.raises(ValidationError) as error:
            record_create(TradeFigure, actor=specialist,
                                         data=figure_data(own_province, period_end=date(2021, 12, 31)))
        assert error.value.message_dict["period_end"] == ["Ngày kết thúc kỳ số liệu không được trước ngày bắt đầu."]
        assert not TradeFigure.all_objects.exists() and not ObjectChange.objects.exists()

    def test_a_second_figure_for_the_same_place_is_refused(self, own_province, specialist):
        make_figure(own_province)
        with pytest.raises(ValidationError) as error:
            record_create(TradeFigure, actor=specialist, data=figure_data(own_province, currency="VND"))
        assert error.value.message_dict["period_start"] == [
            "Đã có số liệu “Kim ngạch xuất khẩu 7 tháng đầu năm 2022” (609,1 triệu USD); "
            "hãy sửa số liệu đó thay vì nhập thêm."]
        assert TradeFigure.objects.count() == 1

    def test_the_same_period_for_another_flow_gate_or_commodity_is_fine(self, own_province, specialist):
        gate = make_gate(own_province)
        make_figure(own_province)
        record_create(TradeFigure, actor=specialist, data=figure_data(own_province, flow=TradeFlow.IMPORT))
        record_create(TradeFigure, actor=specialist, data=figure_data(own_province, border_gate=gate,
                                                                        value=Decimal(1000)))
        record_create(TradeFigure, actor=specialist, data=figure_data(own_province, commodity=Commodity.TEA,
                                                                        value=Decimal(1000)))
        assert TradeFigure.objects.count() == 4

    def test_a_deleted_figure_does_not_block_a_new_one(self, own_province, specialist):
        record_delete(make_figure(own_province), actor=specialist)
        record_create(TradeFigure, actor=specialist, data=figure_data(own_province))
        assert TradeFigure.objects.count() == 1

    def test_updating_a_figure_does_not_collide_with_itself(self, own_province, specialist):
        figure = make_figure(own_province)
        record_update(figure, actor=specialist, data={"value": Decimal("610000000")})
        assert TradeFigure.objects.get(pk=figure.pk).value == Decimal("610000000")

    def test_a_gate_of_another_province_is_refused(self, own_province, other_province, make_user):
        admin = make_user(role=Role.ADMIN, province=None, is_superuser=True)
        foreign_gate = make_gate(other_province)
        with pytest.raises(ValidationError) as error:
            record_create(TradeFigure, actor=admin, data=figure_data(own_province, border_gate=foreign_gate))
        assert "border_gate" in error.value.message_dict

    def test_a_gate_of_the_unit_before_the_merger_is_accepted(self, own_province, specialist):
        gate = make_gate(Province.objects.get(key="vn63-42"))
        figure = record_create(TradeFigure, actor=specialist, data=figure_data(own_province, border_gate=gate))
        assert figure.border_gate == gate


class TestBreakdown:
    """Hà Giang, 5 months of 2023: 102,6 million USD in total, broken down by commodity and gate."""

    def data(self, province, **extra):
        return figure_data(province, flow=TradeFlow.TOTAL, period_start=date(2023, 1, 1),
                           period_end=date(2023, 5, 31), **extra)

    def test_commodities_may_add_up_to_the_total(self, own_province, specialist):
        make_figure(own_province, **self.total())
        for commodity, value in ((Commodity.FRESH_FRUIT, "60000000"), (Commodity.CASSAVA_STARCH, "42600000")):
            record_create(TradeFigure, actor=specialist, data=self.data(own_province, commodity=commodity,
                                                                          value=Decimal(value)))
        assert TradeFigure.objects.count() == 3

    def test_commodities_beyond_the_total_are_refused(self, own_province, specialist):
        make_figure(own_province, **self.total())
        make_figure(own_province, **self.total(commodity=Commodity.FRESH_FRUIT, value="60000000"))
        with pytest.raises(ValidationError) as error:
            record_create(TradeFigure, actor=specialist, data=self.data(
                own_province, commodity=Commodity.ANTIMONY, value=Decimal("50000000")))
        assert error.value.message_dict["value"] == [
            "Cộng các số liệu chi tiết được 110 triệu USD, vượt "
            "“Tổng kim ngạch xuất, nhập khẩu 5 tháng đầu năm 2023” (102,6 triệu USD)."]

    def test_gates_beyond_the_total_are_refused(self, own_province, specialist):
        make_figure(own_province, **self.total())
        make_figure(own_province, **self.total(border_gate=make_gate(own_province), value="100000000"))
        with pytest.raises(ValidationError) as error:
            record_create(TradeFigure, actor=specialist, data=self.data(
                own_province, border_gate=make_gate(own_province), value=Decimal("5000000")))
        assert "value" in error.value.message_dict

    def test_commodities_at_a_gate_stay_within_that_gate(self, own_province, specialist):
        gate = make_gate(own_province)
        make_figure(own_province, **self.total(border_gate=gate, value="10000000"))
        with pytest.raises(ValidationError):
            record_create(TradeFigure, actor=specialist, data=self.data(
                own_province, border_gate=gate, commodity=Commodity.TEA, value=Decimal("10000001")))

    def test_a_total_below_its_parts_is_refused(self, own_province, specialist):
        total = make_figure(own_province, **self.total())
        make_figure(own_province, **self.total(commodity=Commodity.TEA, value="100000000"))
        with pytest.raises(ValidationError) as error:
            record_update(total, actor=specialist, data={"value": Decimal("90000000")})
        assert "value" in error.value.message_dict
        assert TradeFigure.objects.get(pk=total.pk).value == Decimal("102600000")

    def test_parts_in_another_currency_are_not_added(self, own_province, specialist):
        make_figure(own_province, **self.total())
        record_create(TradeFigure, actor=specialist, data=self.data(
            own_province, commodity=Commodity.TEA, value=Decimal("900000000"), currency="CNY"))
        assert TradeFigure.objects.count() == 2

    @staticmethod
    def total(value="102600000", **extra):
        return {"flow": TradeFlow.TOTAL, "start": date(2023, 1, 1), "end": date(2023, 5, 31), "value": value, **extra}
