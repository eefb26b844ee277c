"""Rules of ODA and NGO-aid writes and the NGO-aid workflow; a refused write changes nothing."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.aid import services
from ngoaivu.aid.models import NgoAid, OdaProject, OdaTransaction
from ngoaivu.aid.tests.factories import make_ngo_aid, make_oda, make_partner
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.services import child_create, record_delete
from ngoaivu.core.workflow.services import take_step
from ngoaivu.geo.models import Province

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


@pytest.fixture
def approver(users):
    return users[Role.APPROVER]


def oda_data(province, donor, **extra):
    return {"province": province, "title": "Quản lý tài sản đường địa phương giai đoạn 2", "donor": donor,
            "stage": "mobilising", "proposed_on": D(2023, 3, 1), "planned_start": D(2025, 1, 1), **extra}


def test_oda_project_gets_a_local_code_and_a_permanent_iati_identifier(specialist, own_province):
    donor = make_partner(own_province, "WB")
    first = services.oda_project_create(actor=specialist, data=oda_data(own_province, donor))
    second = services.oda_project_create(actor=specialist, data=oda_data(own_province, donor, title="Dự án khác"))
    assert (first.local_code, second.local_code) == ("ODA-2025-001", "ODA-2025-002")
    assert first.iati_identifier == f"VN-PROV-{own_province.key}-ODA-2025-001"
    with pytest.raises(ValidationError) as error:
        services.oda_project_update(first, actor=specialist, data={"local_code": "ODA-X"})
    assert "local_code" in error.value.message_dict


def test_a_code_is_never_reused_even_after_deletion(specialist, own_province):
    donor = make_partner(own_province, "WB")
    project = services.oda_project_create(actor=specialist, data=oda_data(own_province, donor, local_code="WB-8"))
    record_delete(project, actor=specialist)
    with pytest.raises(ValidationError) as error:
        services.oda_project_create(actor=specialist, data=oda_data(own_province, donor, local_code="WB-8"))
    assert error.value.message_dict["local_code"] == ["Mã “WB-8” đã được dùng (kể cả bản ghi trong Thùng rác)."]
    assert OdaProject.all_objects.count() == 1


@pytest.mark.parametrize(("extra", "field"), [
    ({"stage": "implementing"}, "actual_start"),
    ({"proposed_on": None}, "proposed_on"),
    ({"actual_start": D(2023, 5, 1)}, "actual_start"),            # not started while mobilising
    ({"stage": "closed", "actual_start": D(2015, 1, 1)}, "actual_end"),
    ({"planned_end": D(2024, 1, 1)}, "planned_end"),               # before the planned start
])
def test_oda_stage_and_date_rules(specialist, own_province, extra, field):
    with pytest.raises(ValidationError) as error:
        services.oda_project_create(actor=specialist,
                                    data=oda_data(own_province, make_partner(own_province, "ADB"), **extra))
    assert field in error.value.message_dict
    assert not OdaProject.all_objects.exists() and not ObjectChange.objects.exists()


def test_a_foreign_locality_is_not_a_donor(specialist, own_province):
    locality = make_partner(own_province, "Tỉnh Gifu", "locality", country_id="JP")
    with pytest.raises(ValidationError) as error:
        services.oda_project_create(actor=specialist, data=oda_data(own_province, locality))
    assert "donor" in error.value.message_dict


def test_transactions_live_in_the_unit_of_their_project(specialist):
    historic = Province.objects.get(scheme="vn63", name="Hà Tĩnh")
    project = make_oda(historic)
    row = child_create(OdaTransaction, actor=specialist, data={
        "project": project, "transaction_type": "disbursement", "transaction_date": D(2023, 4, 3),
        "amount": Decimal("25000000000"), "currency": "VND"})
    assert row.province == historic and row.iati_transaction_type == "1" and row.year == 2023


def test_transactions_in_the_future_or_not_positive_are_refused(specialist, own_province):
    project = make_oda(own_province)
    with pytest.raises(ValidationError) as error:
        child_create(OdaTransaction, actor=specialist, data={
            "project": project, "transaction_type": "commitment", "transaction_date": D(2999, 1, 1),
            "amount": Decimal("0")})
    assert set(error.value.message_dict) == {"transaction_date", "amount"}
    assert not OdaTransaction.all_objects.exists()


def test_participating_organisations_carry_their_iati_roles(own_province):
    project = make_oda(own_province, donor=make_partner(own_province, "JICA", name_original="JICA"),
                       line_agency="UBND tỉnh Hà Tĩnh", implementing_agency="Ban QLDA ĐTXD công trình giao thông")
    assert [(org.role, org.role_name, org.name) for org in project.participating_orgs] == [
        ("1", "Funding", "JICA"), ("2", "Accountable", "UBND tỉnh Hà Tĩnh"),
        ("4", "Implementing", "Ban QLDA ĐTXD công trình giao thông")]
    assert (project.iati_activity_status, project.iati_finance_type, project.iati_flow_type) == ("2", "421", "10")


# ---------------------------------------------------------------- NGO-aid workflow


def test_the_whole_workflow_is_recorded(specialist, approver, own_province):
    aid = services.ngo_aid_create(actor=specialist, data={
        "province": own_province, "title": "Nước sạch cho trường học", "kind": "project",
        "ngo": make_partner(own_province, "Plan International", "ngo")})
    aid = take_step(aid, "submit", actor=specialist, on=D(2023, 2, 1))
    aid = take_step(aid, "approve", actor=approver, on=D(2023, 2, 18), values={
        "decision_number": "245/QĐ-UBND", "approval_authority": "province_chair"})
    aid = take_step(aid, "start", actor=specialist, on=D(2023, 3, 1))
    aid = take_step(aid, "complete", actor=specialist, on=D(2024, 2, 28))
    assert aid.status == "completed" and aid.iati_activity_status == "3"
    statuses = [change.after["status"] for change in ObjectChange.objects.filter(object_id=aid.pk).order_by("pk")]
    assert statuses == ["mobilising", "appraising", "approved", "implementing", "completed"]
    assert ObjectChange.objects.filter(object_id=aid.pk).order_by("pk")[2].user == approver
    history = list(aid.status_changes.values_list("step", "from_state", "to_state", "happened_on", "actor"))
    assert history[1:] == [("submit", "mobilising", "appraising", D(2023, 2, 1), specialist.pk),
                           ("approve", "appraising", "approved", D(2023, 2, 18), approver.pk),
                           ("start", "approved", "implementing", D(2023, 3, 1), specialist.pk),
                           ("complete", "implementing", "completed", D(2024, 2, 28), specialist.pk)]


def test_only_approvers_approve(specialist, own_province):
    aid = make_ngo_aid(own_province, status="appraising", appraisal_started_on=D(2023, 2, 1))
    with pytest.raises(ScopeDenied):
        take_step(aid, "approve", actor=specialist, on=D(2023, 2, 10),
                  values={"decision_number": "1/QĐ", "approval_authority": "province_chair"})
    aid.refresh_from_db()
    assert aid.status == "appraising" and not ObjectChange.objects.exists()


def test_a_step_from_the_wrong_status_changes_nothing(approver, own_province):
    aid = make_ngo_aid(own_province)
    with pytest.raises(ValidationError) as error:
        take_step(aid, "approve", actor=approver, on=D(2023, 2, 10),
                  values={"decision_number": "1/QĐ", "approval_authority": "province_chair"})
    assert error.value.message_dict["status"] == ["Không thể “Phê duyệt” khi hồ sơ đang ở trạng thái “Đang vận động”."]
    aid.refresh_from_db()
    assert aid.status == "mobilising" and not ObjectChange.objects.exists()


def test_a_decision_before_the_dossier_is_refused(approver, own_province):
    aid = make_ngo_aid(own_province, status="appraising", appraisal_started_on=D(2023, 2, 1))
    with pytest.raises(ValidationError) as error:
        take_step(aid, "refuse", actor=approver, on=D(2023, 1, 5), values={
            "decision_number": "9/UBND-NV", "approval_authority": "province_chair",
            "refusal_reason": "Không phù hợp quy hoạch"})
    assert "on" in error.value.message_dict
    assert NgoAid.objects.get(pk=aid.pk).status == "appraising"


def test_a_plain_edit_cannot_touch_what_the_workflow_records(specialist, own_province):
    aid = make_ngo_aid(own_province)
    with pytest.raises(ValidationError) as error:
        services.ngo_aid_update(aid, actor=specialist, data={"status": "implementing",
                                                             "actual_start": D(2023, 1, 1)})
    assert set(error.value.message_dict) == {"status", "actual_start"}
    with pytest.raises(ValidationError):
        services.ngo_aid_create(actor=specialist, data={
            "province": own_province, "title": "X", "ngo": aid.ngo, "decision_number": "5/QĐ"})


def test_reports_are_recorded_on_half_year_ends(specialist, own_province):
    aid = make_ngo_aid(own_province)
    with pytest.raises(ValidationError) as error:
        services.ngo_aid_update(aid, actor=specialist, data={"last_report_period_end": D(2023, 9, 30)})
    assert error.value.message_dict == {"last_report_period_end": ["Kỳ báo cáo kết thúc ngày 30/6 hoặc 31/12."]}
