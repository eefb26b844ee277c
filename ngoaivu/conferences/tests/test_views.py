import datetime

import pytest
from django.urls import reverse

from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.conferences.models import Conference
from ngoaivu.conferences.tests.helpers import conference_form, make_conference, make_in_status
from ngoaivu.core.roles import Role
from ngoaivu.core.workflow.services import workflow_update

pytestmark = pytest.mark.django_db


def detail(conference) -> str:
    return reverse("conferences:conference_detail", args=[conference.pk])


def soon(days: int) -> str:
    return (datetime.date.today() + datetime.timedelta(days=days)).strftime("%d/%m/%Y")


def test_list_filters_by_kind_status_year_and_overdue(users, own_province, client_for):
    make_conference(own_province, title="Hội thảo 2023 đã báo cáo", status=S.REPORTED)
    make_conference(own_province, title="Diễn đàn 2022 chưa báo cáo", kind="forum", status=S.HELD,
                    start_date=datetime.date(2022, 9, 1), end_date=datetime.date(2022, 9, 2))
    web = client_for(users[Role.VIEWER])
    body = web.get(reverse("conferences:conference_list"), {"year": "2023", "kind": "seminar"}).content.decode()
    assert "Hội thảo 2023 đã báo cáo" in body and "Diễn đàn 2022" not in body
    body = web.get(reverse("conferences:conference_list"), {"overdue": "true"}).content.decode()
    assert "Diễn đàn 2022 chưa báo cáo" in body and "Hội thảo 2023" not in body
    body = web.get(reverse("conferences:conference_list"), {"date_to": "31/12/2022"}).content.decode()
    assert "Diễn đàn 2022" in body and "Hội thảo 2023" not in body


def test_create_then_the_detail_warns_of_a_late_dossier(users, client_for):
    web = client_for(users[Role.SPECIALIST])
    response = web.post(reverse("conferences:conference_add"), conference_form(start_date=soon(10),
                                                                               end_date=soon(11)))
    conference = Conference.objects.get()
    assert response.status_code == 302 and response["Location"] == detail(conference)
    body = web.get(detail(conference)).content.decode()
    assert 'id="dossier-warning"' in body and "Đã quá hạn nộp hồ sơ" in body
    body = web.get(reverse("conferences:conference_edit", args=[conference.pk])).content.decode()
    assert "Đã quá hạn nộp hồ sơ" in body


def test_validation_message_beside_the_field(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("conferences:conference_add"), conference_form(
        participants="10", foreign_participants="20"))
    assert page.status_code == 400
    body = page.content.decode()
    assert 'id="id_foreign_participants_errors"' in body
    assert "Số đại biểu nước ngoài không được lớn hơn tổng số đại biểu." in body
    assert not Conference.all_objects.exists()


def test_edit_page(users, own_province, client_for):
    conference = make_conference(own_province)
    response = client_for(users[Role.SPECIALIST]).post(
        reverse("conferences:conference_edit", args=[conference.pk]), conference_form(title="Tên mới"))
    assert response.status_code == 302 and Conference.objects.get(pk=conference.pk).title == "Tên mới"


def test_approver_approves_from_the_detail_page(users, own_province, client_for):
    conference = make_in_status(own_province, S.SUBMITTED)
    web = client_for(users[Role.APPROVER])
    body = web.get(detail(conference)).content.decode()
    assert 'id="workflow-approve"' in body and 'data-status="submitted"' in body
    assert reverse("conferences:conference_edit", args=[conference.pk]) not in body
    response = web.post(reverse("conferences:conference_step", args=[conference.pk, "approve"]),
                        {"approval_number": "88/UBND-NV"})
    assert response.status_code == 302
    body = web.get(detail(conference)).content.decode()
    assert 'data-status="approved"' in body and "88/UBND-NV" in body and 'id="status-history"' in body


def test_unknown_step_is_not_found(users, own_province, client_for):
    conference = make_in_status(own_province, S.DRAFT)
    web = client_for(users[Role.SPECIALIST])
    assert web.get(reverse("conferences:conference_step", args=[conference.pk, "khong-co"])).status_code == 404


def test_history_page(users, own_province, client_for):
    conference = make_conference(own_province)
    workflow_update(conference, actor=users[Role.SPECIALIST], data={"topics": "Năng lượng tái tạo"})
    page = client_for(users[Role.VIEWER]).get(reverse("conferences:conference_history", args=[conference.pk]))
    assert page.status_code == 200 and "Năng lượng tái tạo" in page.content.decode()
