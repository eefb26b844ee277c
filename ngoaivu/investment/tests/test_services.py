"""Rules of FDI and promotion writes; a refused write changes nothing."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_create, record_delete, record_restore
from ngoaivu.geo.models import Province
from ngoaivu.investment import services
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.investment.tests.factories import make_adjustment, make_implementation, make_project

pytestmark = pytest.mark.django_db


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


def test_terminated_project_needs_its_date_and_nothing_is_saved(specialist, own_province):
    with pytest.raises(ValidationError) as error:
        record_create(FdiProject, actor=specialist, data={
            "province": own_province, "name": "Nhà máy thép", "investor_name": "Steel Co.", "investor_country_id": "TW",
            "certificate_date": datetime.date(2019, 1, 5), "registered_capital": Decimal("1000000"),
            "status": "terminated"})
    assert error.value.message_dict["terminated_on"] == ["Dự án đã chấm dứt hoạt động cần có ngày chấm dứt."]
    assert not FdiProject.all_objects.exists() and not ObjectChange.objects.exists()


def test_rows_of_a_project_live_in_the_project_unit_of_their_time(specialist):
    # A Hà Tĩnh user of today records a 2023 project in the Hà Tĩnh unit before the 2025 reform.
    historic = Province.objects.get(scheme="vn63", name="Hà Tĩnh")
    project = make_project(historic)
    adjustment = services.fdi_adjustment_create(actor=specialist, data={
        "project": project, "adjusted_on": datetime.date(2023, 11, 2), "added_capital": Decimal("3000000")})
    assert adjustment.province == historic
    assert adjustment.currency == "USD"  # taken from the project when not given
    assert ObjectChange.objects.get(object_id=adjustment.pk, action="create").province == historic


def test_adjustment_in_another_currency_is_refused(specialist, own_province):
    project = make_project(own_province)
    with pytest.raises(ValidationError) as error:
        services.fdi_adjustment_create(actor=specialist, data={
            "project": project, "adjusted_on": datetime.date(2023, 11, 2), "added_capital": Decimal("5000"),
            "currency": "VND"})
    assert "currency" in error.value.message_dict
    assert not FdiCapitalAdjustment.all_objects.exists()


def test_a_reduction_cannot_take_the_capital_to_zero(specialist, own_province):
    project = make_project(own_province, registered_capital=Decimal("2000000"))
    make_adjustment(project, added_capital=Decimal("-500000"))
    with pytest.raises(ValidationError) as error:
        services.fdi_adjustment_create(actor=specialist, data={
            "project": project, "adjusted_on": datetime.date(2024, 1, 10), "added_capital": Decimal("-1500000")})
    assert error.value.message_dict == {"added_capital": ["Vốn đăng ký sau điều chỉnh phải lớn hơn 0."]}
    assert FdiCapitalAdjustment.all_objects.count() == 1
    assert not ObjectChange.objects.exists()


def test_a_row_never_moves_to_another_project(specialist, own_province):
    adjustment = make_adjustment(make_project(own_province))
    with pytest.raises(ValidationError) as error:
        services.fdi_adjustment_update(adjustment, actor=specialist,
                                       data={"project": make_project(own_province, name="Dự án khác")})
    assert "project" in error.value.message_dict


def test_blank_implementation_start_means_since_the_certificate(specialist, own_province):
    project = make_project(own_province, certificate_date=datetime.date(2021, 4, 1))
    row = services.fdi_implementation_create(actor=specialist, data={
        "project": project, "period_end": datetime.date(2022, 12, 31), "amount": Decimal("7000000")})
    assert row.period_start == datetime.date(2021, 4, 1)


def test_overlapping_implementation_periods_are_refused(specialist, own_province):
    project = make_project(own_province)
    make_implementation(project, period_start=datetime.date(2023, 3, 15), period_end=datetime.date(2023, 12, 31))
    with pytest.raises(ValidationError) as error:
        services.fdi_implementation_create(actor=specialist, data={
            "project": project, "period_start": datetime.date(2023, 7, 1), "period_end": datetime.date(2024, 6, 30),
            "amount": Decimal("1000000")})
    assert error.value.message_dict["period_start"] == [
        "Kỳ này trùng với số liệu vốn thực hiện đã nhập (15/03/2023–31/12/2023)."]
    assert FdiImplementation.all_objects.count() == 1 and not ObjectChange.objects.exists()


def test_terminating_before_an_adjustment_is_refused_and_rolled_back(specialist, own_province):
    project = make_project(own_province)
    make_adjustment(project, adjusted_on=datetime.date(2024, 5, 1))
    with pytest.raises(ValidationError) as error:
        services.fdi_project_update(project, actor=specialist, data={
            "status": "terminated", "terminated_on": datetime.date(2024, 1, 1)})
    assert "terminated_on" in error.value.message_dict
    project.refresh_from_db()
    assert project.status == "active" and project.terminated_on is None
    assert not ObjectChange.objects.filter(action="update").exists()


def test_deleting_a_project_hides_its_rows_until_it_is_restored(specialist, own_province):
    project = make_project(own_province)
    adjustment = make_adjustment(project)
    record_delete(project, actor=specialist)
    assert not FdiCapitalAdjustment.objects.filter(pk=adjustment.pk).exists()
    assert FdiCapitalAdjustment.all_objects.get(pk=adjustment.pk).deleted_at is None  # hidden, not deleted
    record_restore(FdiProject.all_objects.get(pk=project.pk), actor=specialist)
    assert FdiCapitalAdjustment.objects.filter(pk=adjustment.pk).exists()


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"location_kind": "abroad"}, "country", "Sự kiện ở nước ngoài phải có quốc gia."),
    ({"location_kind": "in_province", "country_id": "JP"}, "country",
     "Sự kiện trong nước không chọn quốc gia nước ngoài."),
    ({"location_kind": "in_country", "end_date": datetime.date(2019, 5, 1)}, "end_date",
     "Ngày kết thúc phải sau ngày bắt đầu."),
])
def test_promotion_event_rules(specialist, own_province, data, field, message):
    with pytest.raises(ValidationError) as error:
        record_create(PromotionEvent, actor=specialist, data={
            "province": own_province, "title": "Xúc tiến đầu tư", "start_date": datetime.date(2019, 5, 20), **data})
    assert error.value.message_dict[field] == [message]
    assert not PromotionEvent.all_objects.exists()
