import datetime

import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.delegations.choices import DelegationStatus as S
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation, DelegationMember
from ngoaivu.delegations.tests.helpers import delegation_form, make_delegation, make_in_status

pytestmark = pytest.mark.django_db


def detail(delegation) -> str:
    return reverse("delegations:delegation_detail", args=[delegation.pk])


def step(delegation, slug: str) -> str:
    return reverse("delegations:delegation_step", args=[delegation.pk, slug])


def test_list_filters_by_direction_status_country_and_dates(users, own_province, client_for):
    make_delegation(own_province, name="Đoàn ra Lào", status=S.APPROVED)
    make_delegation(own_province, name="Đoàn vào Hoa Kỳ", direction=Direction.INBOUND, countries=("US",))
    web = client_for(users[Role.VIEWER])
    body = web.get(reverse("delegations:delegation_list"), {"direction": "inbound"}).content.decode()
    assert "Đoàn vào Hoa Kỳ" in body and "Đoàn ra Lào" not in body
    body = web.get(reverse("delegations:delegation_list"), {"status": "approved", "country": "LA"}).content.decode()
    assert "Đoàn ra Lào" in body and "Đoàn vào Hoa Kỳ" not in body
    body = web.get(reverse("delegations:delegation_list"), {"date_from": "12/05/2023"}).content.decode()
    assert "Không có bản ghi nào khớp điều kiện lọc." in body


def test_list_filters_overdue_reports(users, own_province, client_for):
    make_delegation(own_province, name="Đoàn quá hạn", status=S.COMPLETED)
    make_delegation(own_province, name="Đoàn đã báo cáo", status=S.REPORTED, report_text="x")
    body = client_for(users[Role.VIEWER]).get(reverse("delegations:delegation_list"), {"overdue": "true"})
    assert "Đoàn quá hạn" in body.content.decode() and "Đoàn đã báo cáo" not in body.content.decode()


def test_create_page_saves_a_draft(users, client_for):
    response = client_for(users[Role.SPECIALIST]).post(reverse("delegations:delegation_add"), delegation_form())
    delegation = Delegation.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(delegation)
    assert delegation.status == S.DRAFT and delegation.start_date.isoformat() == "2023-09-12"


def test_validation_messages_appear_beside_their_fields(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("delegations:delegation_add"), delegation_form(
        countries=["VN"], end_date="01/09/2023"))
    assert page.status_code == 400
    body = page.content.decode()
    assert 'id="id_countries_errors"' in body and "Đoàn ra phải có ít nhất một quốc gia đến ngoài Việt Nam." in body
    assert 'id="id_end_date_errors"' in body and "Ngày kết thúc không được trước ngày bắt đầu." in body
    assert not Delegation.all_objects.exists()


def test_edit_page_changes_a_draft_but_refuses_a_submitted_dossier(users, own_province, client_for):
    web = client_for(users[Role.SPECIALIST])
    draft = make_delegation(own_province)
    response = web.post(reverse("delegations:delegation_edit", args=[draft.pk]),
                        delegation_form(name="Đoàn đã đổi tên"))
    assert response.status_code == 302 and Delegation.objects.get(pk=draft.pk).name == "Đoàn đã đổi tên"
    submitted = make_delegation(own_province, status=S.SUBMITTED)
    page = web.post(reverse("delegations:delegation_edit", args=[submitted.pk]), delegation_form(name="Không được"))
    assert page.status_code == 400 and "không sửa được; hãy dùng các bước xử lý" in page.content.decode()
    assert Delegation.objects.get(pk=submitted.pk).name != "Không được"


def test_workflow_buttons_follow_the_role_and_status(users, own_province, client_for):
    delegation = make_in_status(own_province, S.SUBMITTED)
    web = client_for(users[Role.APPROVER])
    body = web.get(detail(delegation)).content.decode()
    assert 'id="workflow-approve"' in body and 'id="workflow-reject"' in body
    assert 'id="workflow-submit"' not in body and 'data-status="submitted"' in body
    web.logout()
    body = client_for(users[Role.SPECIALIST]).get(detail(delegation)).content.decode()
    assert 'id="workflow-approve"' not in body and 'id="workflow-cancel"' in body
    assert reverse("delegations:delegation_edit", args=[delegation.pk]) not in body


def test_submit_then_approve_through_the_pages_and_see_the_history(users, own_province, client_for):
    delegation = make_in_status(own_province, S.DRAFT)
    web = client_for(users[Role.SPECIALIST])
    assert web.get(step(delegation, "submit")).status_code == 200
    assert web.post(step(delegation, "submit"), {"note": "Trình lãnh đạo", "on": "01/05/2023"}).status_code == 302
    assert web.get(step(delegation, "approve")).status_code == 403
    web.logout()
    web = client_for(users[Role.APPROVER])
    response = web.post(step(delegation, "approve"), {"approval_number": "25/QĐ-UBND", "on": "02/05/2023"})
    assert response.status_code == 302
    body = web.get(detail(delegation)).content.decode()
    assert 'data-status="approved"' in body and "25/QĐ-UBND" in body
    assert "Trình lãnh đạo" in body and 'id="status-history"' in body


def test_rejection_without_reason_shows_the_error_beside_the_field(users, own_province, client_for):
    delegation = make_in_status(own_province, S.SUBMITTED)
    page = client_for(users[Role.APPROVER]).post(step(delegation, "reject"), {"note": ""})
    assert page.status_code == 400 and 'id="id_note_errors"' in page.content.decode()
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED


def _docx_bytes() -> bytes:
    import io

    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Báo cáo kết quả chuyến công tác")
    document.save(buffer)
    return buffer.getvalue()


def test_report_page_accepts_a_file(users, own_province, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    delegation = make_in_status(own_province, S.COMPLETED, returned_on=datetime.date(2023, 5, 11))
    response = client_for(users[Role.SPECIALIST]).post(step(delegation, "report"), {
        "report_file": SimpleUploadedFile("bao-cao.docx", _docx_bytes()), "on": "20/05/2023"})
    assert response.status_code == 302
    delegation.refresh_from_db()
    assert delegation.status == S.REPORTED and delegation.report_file.name.endswith(".docx")


def test_report_page_refuses_a_file_that_is_not_what_it_says(users, own_province, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    delegation = make_in_status(own_province, S.COMPLETED, returned_on=datetime.date(2023, 5, 11))
    response = client_for(users[Role.SPECIALIST]).post(step(delegation, "report"), {
        "report_file": SimpleUploadedFile("bao-cao.docx", b"PK not really a document"), "on": "20/05/2023"})
    assert response.status_code == 400
    assert Delegation.objects.get(pk=delegation.pk).status == S.COMPLETED


def test_members_are_added_edited_and_removed_from_the_detail_page(users, own_province, client_for):
    delegation = make_delegation(own_province, direction=Direction.INBOUND, countries=("LA",))
    web = client_for(users[Role.SPECIALIST])
    add = reverse("delegations:delegation_member_add", args=[delegation.pk])
    page = web.post(add, {"full_name": "Khamphanh", "role": "head"})
    assert page.status_code == 400 and "Khách của đoàn vào phải có quốc tịch." in page.content.decode()
    assert web.post(add, {"full_name": "Khamphanh", "role": "head", "nationality": "LA"}).status_code == 302
    member = DelegationMember.objects.get()
    edit = reverse("delegations:delegation_member_edit", args=[delegation.pk, member.pk])
    assert web.post(edit, {"full_name": "Khamphanh", "role": "head", "nationality": "LA",
                           "passport_number": "P0012345"}).status_code == 302
    assert "P0012345" in web.get(detail(delegation)).content.decode()
    web.post(reverse("delegations:delegation_member_delete", args=[delegation.pk, member.pk]))
    assert not DelegationMember.objects.exists() and DelegationMember.all_objects.count() == 1


def test_history_page_lists_the_changes(users, own_province, client_for):
    from ngoaivu.delegations import services

    delegation = make_delegation(own_province)
    services.delegation_update(delegation, actor=users[Role.SPECIALIST], data={"programme": "Khảo sát nhà máy"})
    page = client_for(users[Role.VIEWER]).get(reverse("delegations:delegation_history", args=[delegation.pk]))
    assert page.status_code == 200 and "Khảo sát nhà máy" in page.content.decode()
