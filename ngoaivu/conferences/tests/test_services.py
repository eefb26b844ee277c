import datetime

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.conferences.choices import ProvinceRole
from ngoaivu.conferences.models import Conference
from ngoaivu.conferences.tests.helpers import make_conference, make_in_status
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.workflow.services import take_step, workflow_create, workflow_delete, workflow_update

pytestmark = pytest.mark.django_db
TODAY = datetime.date.today()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


def new_data(province, **extra) -> dict:
    return {"province": province, "title": "Diễn đàn hợp tác Việt Nam – Lào – Thái Lan", "kind": "forum",
            "organiser": "Sở Ngoại vụ", "start_date": days(60), "end_date": days(61), "place": "Hà Tĩnh",
            "topics": "Hợp tác hành lang đường 8", **extra}


def test_create_starts_a_draft_with_its_history(users, own_province):
    conference = workflow_create(Conference, actor=users[Role.SPECIALIST], data=new_data(own_province))
    assert conference.status == S.DRAFT and conference.status_changes.get().to_state == S.DRAFT


@pytest.mark.parametrize("extra, field", [
    ({"end_date": days(59)}, "end_date"),
    ({"participants": 10, "foreign_participants": 11}, "foreign_participants"),
    ({"place": ""}, "place"),
])
def test_invalid_input_changes_nothing(users, own_province, extra, field):
    with pytest.raises(ValidationError) as error:
        workflow_create(Conference, actor=users[Role.SPECIALIST], data=new_data(own_province, **extra))
    assert field in error.value.message_dict
    assert not Conference.all_objects.exists()


def test_an_online_conference_needs_no_place(users, own_province):
    conference = workflow_create(Conference, actor=users[Role.SPECIALIST], data=new_data(
        own_province, place="", format="online"))
    assert conference.pk


def test_submit_files_the_dossier_today_unless_dated(users, own_province):
    specialist = users[Role.SPECIALIST]
    undated = take_step(make_in_status(own_province, S.DRAFT), "submit", actor=specialist)
    assert undated.dossier_filed_on == TODAY
    dated = make_in_status(own_province, S.DRAFT)
    assert take_step(dated, "submit", actor=specialist, on=datetime.date(2023, 5, 1)).dossier_filed_on == \
        datetime.date(2023, 5, 1)


def test_full_path_and_only_approvers_approve(users, own_province):
    specialist, approver = users[Role.SPECIALIST], users[Role.APPROVER]
    conference = take_step(make_in_status(own_province, S.DRAFT), "submit", actor=specialist,
                           on=datetime.date(2023, 6, 1))
    with pytest.raises(ScopeDenied):
        take_step(conference, "approve", actor=specialist)
    conference = take_step(conference, "approve", actor=approver, values={"approval_number": "1520/UBND-NV"},
                           on=datetime.date(2023, 6, 5))
    conference = take_step(conference, "complete", actor=specialist)
    conference = take_step(conference, "report", actor=specialist, values={"report_text": "Thu hút 3 dự án"},
                           on=datetime.date(2023, 6, 25))
    assert conference.status == S.REPORTED and conference.approval_date == datetime.date(2023, 6, 5)
    assert [c.to_state for c in conference.status_changes.all()] == [
        S.DRAFT, S.SUBMITTED, S.APPROVED, S.HELD, S.REPORTED]


def test_cannot_mark_held_before_it_opens(users, own_province):
    conference = make_in_status(own_province, S.APPROVED, start_date=days(3), end_date=days(4))
    with pytest.raises(ValidationError) as error:
        take_step(conference, "complete", actor=users[Role.SPECIALIST])
    assert "status" in error.value.message_dict
    assert Conference.objects.get(pk=conference.pk).status == S.APPROVED


def test_report_cannot_precede_the_closing(users, own_province):
    conference = make_in_status(own_province, S.HELD)
    with pytest.raises(ValidationError) as error:
        take_step(conference, "report", actor=users[Role.SPECIALIST], values={"report_text": "x"},
                  on=datetime.date(2023, 6, 1))
    assert "reported_on" in error.value.message_dict


def test_rejection_needs_a_reason_and_editing_only_drafts(users, own_province):
    conference = make_in_status(own_province, S.SUBMITTED)
    with pytest.raises(ValidationError):
        take_step(conference, "reject", actor=users[Role.APPROVER])
    with pytest.raises(ValidationError):
        workflow_update(conference, actor=users[Role.SPECIALIST], data={"topics": "khác"})
    conference = take_step(conference, "reject", actor=users[Role.APPROVER], note="Trùng lịch")
    conference = take_step(conference, "reopen", actor=users[Role.SPECIALIST])
    conference = workflow_update(conference, actor=users[Role.SPECIALIST], data={"topics": "khác"})
    assert (conference.status, conference.topics) == (S.DRAFT, "khác")


def test_approved_conferences_are_kept(users, own_province):
    conference = make_in_status(own_province, S.APPROVED)
    with pytest.raises(ValidationError):
        workflow_delete(conference, actor=users[Role.SPECIALIST])
    assert Conference.objects.filter(pk=conference.pk).exists()


def test_dossier_deadline_is_30_days_or_40_when_the_prime_minister_decides(own_province):
    conference = make_conference(own_province, start_date=datetime.date(2023, 6, 15))
    assert conference.dossier_due_on == datetime.date(2023, 5, 16)
    assert conference.approval_authority == "Chủ tịch UBND tỉnh"
    conference.needs_prime_minister = True
    assert conference.dossier_due_on == datetime.date(2023, 5, 6)
    assert conference.approval_authority == "Thủ tướng Chính phủ"
    conference.dossier_filed_on = datetime.date(2023, 5, 10)
    assert conference.dossier_filed_late
    assert conference.dossier_warning == ("Hồ sơ nộp ngày 10/05/2023, muộn so với hạn 06/05/2023 "
                                          "(ít nhất 40 ngày trước khai mạc, QĐ 06/2020/QĐ-TTg).")


def test_attending_needs_no_dossier_nor_report(own_province):
    conference = make_conference(own_province, province_role=ProvinceRole.PARTICIPANT, status=S.APPROVED)
    assert conference.dossier_due_on is None and conference.report_due_on is None
    assert conference.dossier_warning == ""
