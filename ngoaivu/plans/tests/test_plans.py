"""Plans and targets: rules, services, pages, API and the scoping matrix."""
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.core.services import child_create, child_update, record_delete
from ngoaivu.indicators.tests.helpers import indicator, unit
from ngoaivu.plans import services
from ngoaivu.plans.models import Plan, Target
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db


def make_plan(province, **extra):
    return Plan.objects.create(province=province, **{"name": "Kế hoạch đối ngoại 2026-2030", "start_year": 2026,
                                                     "end_year": 2030, **extra})


def make_target(province, **extra):
    plan = make_plan(province)
    target = Target.objects.create(province=province, plan=plan, indicator=indicator("agreements_signed"),
                                   kind="floor", value=Decimal(10), **extra)
    target.refresh_from_db()  # the value as stored, as the matrix's snapshots compare it
    return target


PLAN_CASE = RecordCase(
    model=Plan,
    api_basename="plan",
    ui_namespace="plans:plan",
    make=make_plan,
    api_payload=lambda: {"name": "Chương trình hội nhập quốc tế 2026-2030", "start_year": 2026, "end_year": 2030},
    form_data=lambda: {"name": "Kế hoạch thông tin đối ngoại 2026-2030", "start_year": "2026", "end_year": "2030"},
    api_patch={"notes": "Đã rà soát"},
)


def test_plan_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(PLAN_CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def test_target_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    own_plan = make_plan(own_province, name="Kế hoạch của tỉnh")
    case = RecordCase(
        model=Target,
        api_basename="target",
        ui_namespace="plans:target",
        make=make_target,
        api_payload=lambda: {"plan": own_plan.pk, "indicator": "export_value", "kind": "range",
                             "value_min": "3500000000", "value_max": "4000000000", "currency": "USD"},
        form_data=lambda: {"plan": own_plan.pk, "indicator": indicator("cultural_events").pk, "kind": "floor",
                           "value": "20", "scope": "term"},
        api_patch={"note": "Theo Kế hoạch 108/KH-UBND"},
    )
    assert_scoping_matrix(case, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def test_a_plan_belongs_to_the_unit_of_its_first_year(users, own_province):
    plan = services.plan_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Kế hoạch phát triển kinh tế - xã hội năm 2023", "start_year": 2023,
        "end_year": 2023})
    assert plan.province == unit("vn63-42")


def test_a_chosen_unit_must_have_existed_in_the_plans_years(users, own_province):
    """Hà Tĩnh before 1/7/2025 may own a plan for 2021–2025, not one for 2026–2030."""
    data = {"province": own_province, "name": "Kế hoạch hội nhập quốc tế", "reporting_unit": unit("vn63-42")}
    with pytest.raises(ValidationError) as error:
        services.plan_create(actor=users[Role.SPECIALIST], data={**data, "start_year": 2026, "end_year": 2030})
    assert "reporting_unit" in error.value.message_dict
    assert not Plan.all_objects.exists()
    plan = services.plan_create(actor=users[Role.SPECIALIST], data={**data, "start_year": 2021, "end_year": 2025})
    assert plan.province == unit("vn63-42")


def test_plan_years_in_order(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.plan_create(actor=users[Role.SPECIALIST], data={
            "province": own_province, "name": "X", "start_year": 2030, "end_year": 2026})
    assert "end_year" in error.value.message_dict
    assert not Plan.all_objects.exists() and not ObjectChange.objects.exists()


@pytest.mark.parametrize("fields, field", [
    ({"kind": "range", "value_min": 4, "value_max": 3}, "value_max"),
    ({"kind": "range", "value_min": 3}, "value_max"),
    ({"kind": "floor"}, "value"),
    ({"kind": "value", "value": 5, "value_min": 1}, "value_min"),
    ({"kind": "value", "value": 5, "scope": "year", "year": 2031}, "year"),
    ({"kind": "value", "value": 5, "year": 2027}, "year"),
    ({"kind": "value", "value": 5, "counts_increase": True}, "counts_increase"),
])
def test_target_rules_name_the_field(users, own_province, fields, field):
    plan = make_plan(own_province)
    with pytest.raises(ValidationError) as error:
        child_create(Target, actor=users[Role.SPECIALIST], data={
            "plan": plan, "indicator": indicator("agreements_signed"), **fields})
    assert field in error.value.message_dict
    assert not Target.all_objects.exists()


def test_money_targets_need_a_currency(users, own_province):
    plan = make_plan(own_province)
    with pytest.raises(ValidationError) as error:
        child_create(Target, actor=users[Role.SPECIALIST], data={
            "plan": plan, "indicator": indicator("export_value"), "kind": "value", "value": 10**9})
    assert "currency" in error.value.message_dict


def test_a_target_lives_where_its_plan_does_and_stays_in_it(users, own_province):
    plan = services.plan_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Kế hoạch năm 2023", "start_year": 2023, "end_year": 2023})
    target = child_create(Target, actor=users[Role.SPECIALIST], data={
        "province": own_province, "plan": plan, "indicator": indicator("export_value"), "kind": "value",
        "value": 2 * 10**9, "currency": "USD"})
    assert target.province == plan.province == unit("vn63-42")
    other_plan = make_plan(own_province)
    with pytest.raises(ValidationError) as error:
        child_update(target, actor=users[Role.SPECIALIST], data={"plan": other_plan})
    assert "plan" in error.value.message_dict


def test_a_deleted_plans_targets_are_hidden_with_it_and_come_back_with_it(users, own_province):
    from ngoaivu.core.services import record_restore

    target = make_target(own_province)
    record_delete(target.plan, actor=users[Role.SPECIALIST])
    assert not Plan.objects.exists() and not Target.objects.exists()
    record_restore(Plan.all_objects.get(), actor=users[Role.SPECIALIST])
    assert list(Target.objects.all()) == [target]


def test_wording_of_targets(own_province):
    plan = make_plan(own_province, start_year=2021, end_year=2025)
    fdi = Target(plan=plan, indicator=indicator("fdi_registered_capital"), kind="range",
                 value_min=Decimal("3.5") * 10**9, value_max=4 * 10**9, currency="USD")
    growth = Target(plan=plan, indicator=indicator("export_growth"), kind="floor", value=7, scope="year")
    year = Target(plan=plan, indicator=indicator("cultural_events"), kind="value", value=4, scope="year", year=2023)
    assert fdi.wording == "khoảng 3,5 tỷ USD – 4 tỷ USD"
    assert growth.wording == "từ 7%/năm trở lên" and growth.is_growth_rate
    assert year.wording == "4 năm 2023"


def test_target_form_error_is_shown_beside_the_field(users, own_province, client_for):
    plan = make_plan(own_province)
    page = client_for(users[Role.SPECIALIST]).post(reverse("plans:target_add"), {
        "plan": plan.pk, "indicator": indicator("export_value").pk, "kind": "range", "value_min": "4",
        "value_max": "3", "currency": "USD", "scope": "term"})
    assert page.status_code == 400
    assert "Mức cao phải lớn hơn mức thấp." in page.content.decode()


def test_plan_history_page(users, own_province, client_for):
    plan = services.plan_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Kế hoạch 2026-2030", "start_year": 2026, "end_year": 2030})
    services.plan_update(plan, actor=users[Role.SPECIALIST], data={"notes": "Bổ sung mục tiêu văn hóa"})
    page = client_for(users[Role.VIEWER]).get(reverse("plans:plan_history", args=[plan.pk]))
    assert "Bổ sung mục tiêu văn hóa" in page.content.decode()


def test_target_api_refuses_a_plan_of_another_province(users, api_client_for, other_province):
    foreign = make_plan(other_province)
    response = api_client_for(users[Role.SPECIALIST]).post(reverse("target-list"), {
        "plan": foreign.pk, "indicator": "cultural_events", "kind": "floor", "value": "20"}, format="json")
    assert response.status_code == 400 and "plan" in response.json()
    assert not Target.all_objects.exists()
