import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.workflow.services import take_step, workflow_delete
from ngoaivu.delegations import services
from ngoaivu.delegations.choices import DelegationStatus as S
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation, DelegationMember
from ngoaivu.delegations.tests.helpers import make_delegation, make_in_status
from ngoaivu.testing.files import pdf_bytes

pytestmark = pytest.mark.django_db


def new_data(province, **extra) -> dict:
    from ngoaivu.geo.models import Country

    return {"province": province, "direction": Direction.OUTBOUND, "name": "Đoàn xúc tiến đầu tư tại Hàn Quốc",
            "level": "provincial_leaders", "head_title": "Phó Chủ tịch UBND tỉnh",
            "start_date": datetime.date(2023, 9, 12), "end_date": datetime.date(2023, 9, 16),
            "countries": [Country.objects.get(pk="KR")], "purpose": "Xúc tiến đầu tư", **extra}


def test_create_starts_a_draft_with_its_history_and_audit(users, own_province):
    delegation = services.delegation_create(actor=users[Role.SPECIALIST], data=new_data(own_province))
    assert delegation.status == S.DRAFT
    assert list(delegation.countries.values_list("pk", flat=True)) == ["KR"]
    assert [(c.from_state, c.to_state) for c in delegation.status_changes.all()] == [("", S.DRAFT)]
    assert ObjectChange.objects.get(object_id=delegation.pk, action="create").after["countries"] == ["KR"]


@pytest.mark.parametrize("countries", [[], ["VN"]])
def test_outbound_needs_a_foreign_country_and_nothing_is_saved(users, own_province, countries):
    from ngoaivu.geo.models import Country

    with pytest.raises(ValidationError) as error:
        services.delegation_create(actor=users[Role.SPECIALIST], data=new_data(
            own_province, countries=list(Country.objects.filter(pk__in=countries))))
    assert "countries" in error.value.message_dict
    assert not Delegation.all_objects.exists() and not ObjectChange.objects.exists()


def test_inbound_may_have_no_country(users, own_province):
    delegation = services.delegation_create(actor=users[Role.SPECIALIST], data=new_data(
        own_province, direction=Direction.INBOUND, countries=[]))
    assert delegation.direction == Direction.INBOUND


def test_end_before_start_is_refused_beside_the_field(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.delegation_create(actor=users[Role.SPECIALIST], data=new_data(
            own_province, end_date=datetime.date(2023, 9, 1)))
    assert error.value.message_dict["end_date"] == ["Ngày kết thúc không được trước ngày bắt đầu."]
    assert not Delegation.all_objects.exists()


def test_step_fields_cannot_be_written_directly(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.delegation_create(actor=users[Role.SPECIALIST], data=new_data(own_province, status=S.APPROVED))
    assert "status" in error.value.message_dict


def test_full_outbound_path_to_the_result_report(users, own_province):
    specialist, approver = users[Role.SPECIALIST], users[Role.APPROVER]
    delegation = make_in_status(own_province, S.DRAFT)
    delegation = take_step(delegation, "submit", actor=specialist, note="Kèm đề án", on=datetime.date(2023, 4, 20))
    delegation = take_step(delegation, "approve", actor=approver, values={"approval_number": "1234/QĐ-UBND"},
                           on=datetime.date(2023, 4, 28))
    delegation = take_step(delegation, "complete", actor=specialist, on=datetime.date(2023, 5, 12))
    report = SimpleUploadedFile("bao-cao.pdf", pdf_bytes(), content_type="application/pdf")
    delegation = take_step(delegation, "report", actor=specialist, on=datetime.date(2023, 5, 20),
                           values={"report_text": "Đã ký biên bản", "report_file": report})
    assert delegation.status == S.REPORTED
    assert (delegation.approval_number, delegation.approval_date) == ("1234/QĐ-UBND", datetime.date(2023, 4, 28))
    assert delegation.returned_on == datetime.date(2023, 5, 12) and delegation.report_file.name.endswith(".pdf")
    steps = [(c.from_state, c.to_state, c.actor_id) for c in delegation.status_changes.all()][1:]
    assert steps == [(S.DRAFT, S.SUBMITTED, specialist.pk), (S.SUBMITTED, S.APPROVED, approver.pk),
                     (S.APPROVED, S.COMPLETED, specialist.pk), (S.COMPLETED, S.REPORTED, specialist.pk)]
    assert delegation.status_changes.all()[1].note == "Kèm đề án"
    assert ObjectChange.objects.filter(object_id=delegation.pk, action="update").count() == 4


def test_complete_defaults_to_the_planned_end(users, own_province):
    delegation = make_in_status(own_province, S.APPROVED)
    delegation = take_step(delegation, "complete", actor=users[Role.SPECIALIST])
    assert delegation.returned_on == delegation.end_date


def test_only_approvers_approve_or_reject(users, own_province):
    delegation = make_in_status(own_province, S.SUBMITTED)
    for role in (Role.SPECIALIST, Role.ADMIN, Role.VIEWER, Role.CONTRIBUTOR):
        with pytest.raises(ScopeDenied):
            take_step(delegation, "approve", actor=users[role])
        with pytest.raises(ScopeDenied):
            take_step(delegation, "reject", actor=users[role], note="Không phù hợp")
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED


def test_approver_cannot_submit(users, own_province):
    with pytest.raises(ScopeDenied):
        take_step(make_in_status(own_province, S.DRAFT), "submit", actor=users[Role.APPROVER])


def test_approve_only_when_submitted(users, own_province):
    delegation = make_in_status(own_province, S.DRAFT)
    with pytest.raises(ValidationError) as error:
        take_step(delegation, "approve", actor=users[Role.APPROVER])
    assert "status" in error.value.message_dict
    assert Delegation.objects.get(pk=delegation.pk).status == S.DRAFT
    assert delegation.status_changes.count() == 1 and not ObjectChange.objects.exists()


def test_rejection_needs_a_reason_and_changes_nothing_without(users, own_province):
    delegation = make_in_status(own_province, S.SUBMITTED)
    with pytest.raises(ValidationError) as error:
        take_step(delegation, "reject", actor=users[Role.APPROVER], note="  ")
    assert error.value.message_dict == {"note": ["Cần nêu lý do."]}
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED
    rejected = take_step(delegation, "reject", actor=users[Role.APPROVER], note="Chưa có trong kế hoạch")
    assert rejected.status == S.REJECTED and rejected.status_changes.last().note == "Chưa có trong kế hoạch"


def test_editing_is_only_for_drafts_and_a_rejected_dossier_goes_back_to_draft(users, own_province):
    specialist = users[Role.SPECIALIST]
    delegation = make_in_status(own_province, S.REJECTED)
    with pytest.raises(ValidationError):
        services.delegation_update(delegation, actor=specialist, data={"programme": "Sửa"})
    assert Delegation.objects.get(pk=delegation.pk).programme == ""
    delegation = take_step(delegation, "reopen", actor=specialist)
    delegation = services.delegation_update(delegation, actor=specialist, data={"programme": "Sửa"})
    assert (delegation.status, delegation.programme) == (S.DRAFT, "Sửa")


def test_cannot_return_in_the_future(users, own_province):
    delegation = make_in_status(own_province, S.APPROVED)
    with pytest.raises(ValidationError) as error:
        take_step(delegation, "complete", actor=users[Role.SPECIALIST],
                  on=datetime.date.today() + datetime.timedelta(days=3))
    assert "on" in error.value.message_dict
    assert Delegation.objects.get(pk=delegation.pk).status == S.APPROVED


def test_report_needs_text_or_file(users, own_province):
    delegation = make_in_status(own_province, S.COMPLETED, returned_on=datetime.date(2023, 5, 11))
    with pytest.raises(ValidationError) as error:
        take_step(delegation, "report", actor=users[Role.SPECIALIST], values={"report_text": " "})
    assert "report_text" in error.value.message_dict
    assert Delegation.objects.get(pk=delegation.pk).status == S.COMPLETED


def test_report_file_must_be_a_document(users, own_province):
    delegation = make_in_status(own_province, S.COMPLETED, returned_on=datetime.date(2023, 5, 11))
    with pytest.raises(ValidationError) as error:
        take_step(delegation, "report", actor=users[Role.SPECIALIST], values={"report_file": SimpleUploadedFile(
            "bao-cao.exe", b"MZ")})
    assert "report_file" in error.value.message_dict


def test_cancel_needs_a_reason_and_a_cancelled_dossier_may_be_deleted(users, own_province):
    specialist = users[Role.SPECIALIST]
    delegation = make_in_status(own_province, S.APPROVED)
    with pytest.raises(ValidationError):
        workflow_delete(delegation, actor=specialist)
    delegation = take_step(delegation, "cancel", actor=specialist, note="Đối tác đề nghị lùi lịch")
    workflow_delete(delegation, actor=specialist)
    assert not Delegation.objects.filter(pk=delegation.pk).exists()


def test_another_province_is_out_of_reach(users, other_province):
    delegation = make_in_status(other_province, S.SUBMITTED)
    with pytest.raises(ScopeDenied):
        take_step(delegation, "approve", actor=users[Role.APPROVER])
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED


def test_members_take_the_delegations_province_and_inbound_guests_need_a_nationality(users, own_province):
    specialist = users[Role.SPECIALIST]
    inbound = make_delegation(own_province, direction=Direction.INBOUND, countries=["US"])
    with pytest.raises(ValidationError) as error:
        services.member_create(actor=specialist, data={"delegation": inbound, "full_name": "John Smith"})
    assert error.value.message_dict == {"nationality": ["Khách của đoàn vào phải có quốc tịch."]}
    from ngoaivu.geo.models import Country

    member = services.member_create(actor=specialist, data={
        "delegation": inbound, "full_name": "John Smith", "nationality": Country.objects.get(pk="US"),
        "passport_number": "A1234567", "province": None})
    assert member.province == own_province


def test_member_list_is_frozen_once_submitted(users, own_province):
    specialist = users[Role.SPECIALIST]
    delegation = make_in_status(own_province, S.DRAFT)
    member = services.member_create(actor=specialist, data={"delegation": delegation, "full_name": "Trần Thị B"})
    take_step(delegation, "submit", actor=specialist)
    member = DelegationMember.objects.get(pk=member.pk)
    with pytest.raises(ValidationError):
        services.member_update(member, actor=specialist, data={"title": "Chuyên viên"})
    with pytest.raises(ValidationError):
        services.member_delete(member, actor=specialist)
    with pytest.raises(ValidationError):
        services.member_create(actor=specialist, data={"delegation": delegation, "full_name": "Lê Văn C"})
    assert list(delegation.members.values_list("full_name", "title")) == [("Trần Thị B", "")]


def test_turning_into_inbound_needs_every_guests_nationality(users, own_province):
    specialist = users[Role.SPECIALIST]
    delegation = make_delegation(own_province)
    services.member_create(actor=specialist, data={"delegation": delegation, "full_name": "Trần Thị B"})
    with pytest.raises(ValidationError) as error:
        services.delegation_update(delegation, actor=specialist, data={"direction": Direction.INBOUND})
    assert "direction" in error.value.message_dict
    assert Delegation.objects.get(pk=delegation.pk).direction == Direction.OUTBOUND


def test_member_cannot_move_to_another_delegation(users, own_province):
    specialist = users[Role.SPECIALIST]
    first, second = make_delegation(own_province), make_delegation(own_province)
    member = services.member_create(actor=specialist, data={"delegation": first, "full_name": "Trần Thị B"})
    with pytest.raises(ValidationError) as error:
        services.member_update(member, actor=specialist, data={"delegation": second})
    assert "delegation" in error.value.message_dict
