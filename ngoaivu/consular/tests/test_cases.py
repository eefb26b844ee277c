"""Citizen cases: the workflow service, its pages and its API."""
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from ngoaivu.audit.models import ObjectChange
from ngoaivu.consular import services
from ngoaivu.consular.choices import CaseStatus
from ngoaivu.consular.models import CitizenCase, CitizenCaseStatusChange
from ngoaivu.consular.selectors import citizen_cases_open_too_long
from ngoaivu.consular.tests.helpers import make_case
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.workflow.services import take_step, workflow_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


def steps(case):
    return list(CitizenCaseStatusChange.objects.filter(case=case).values_list("to_state", "happened_on"))


class TestWorkflow:
    def test_a_new_case_is_received_and_its_history_starts(self, own_province, specialist):
        case = workflow_create(CitizenCase, actor=specialist, data={
            "province": own_province, "person_name": "Nguyễn Văn A", "country_id": "KR", "kind": "detained",
            "opened_on": date(2024, 1, 5)})
        assert case.status == CaseStatus.RECEIVED
        assert steps(case) == [(CaseStatus.RECEIVED, date(2024, 1, 5))]

    def test_the_whole_path_records_dates_and_history(self, own_province, specialist):
        case = make_case(own_province)
        take_step(case, "forward", actor=specialist, on=date(2024, 1, 8), note="Công văn gửi Cục Lãnh sự")
        take_step(case, "await", actor=specialist, on=date(2024, 1, 10))
        take_step(case, "answer", actor=specialist, on=date(2024, 2, 1), values={"outcome": "Công dân được trả tự do"})
        case = take_step(case, "close", actor=specialist, on=date(2024, 2, 2))
        assert (case.status, case.forwarded_to_consular_dept_on, case.closed_on) == (
            CaseStatus.CLOSED, date(2024, 1, 8), date(2024, 2, 2))
        assert [status for status, _ in steps(case)] == ["received", "forwarded", "awaiting", "answered", "closed"]
        assert ObjectChange.objects.filter(object_id=case.pk, action="update").count() == 4

    def test_a_step_the_workflow_does_not_allow_changes_nothing(self, own_province, specialist):
        case = make_case(own_province)
        with pytest.raises(ValidationError) as error:
            take_step(case, "answer", actor=specialist, on=date(2024, 1, 8), values={"outcome": "Đã trả lời"})
        assert error.value.message_dict["status"] == [
            "Không thể “Trả lời công dân” khi hồ sơ đang ở trạng thái “Tiếp nhận”."]
        assert CitizenCase.objects.get(pk=case.pk).status == CaseStatus.RECEIVED and len(steps(case)) == 1

    def test_answering_needs_an_outcome(self, own_province, specialist):
        case = make_case(own_province, status=CaseStatus.FORWARDED)
        with pytest.raises(ValidationError) as error:
            take_step(case, "answer", actor=specialist, on=date(2024, 2, 1))
        assert "outcome" in error.value.message_dict
        assert len(steps(case)) == 1 and not ObjectChange.objects.exists()

    def test_a_step_cannot_be_dated_before_the_previous_one(self, own_province, specialist):
        case = make_case(own_province, opened_on=date(2024, 1, 5))
        with pytest.raises(ValidationError) as error:
            take_step(case, "forward", actor=specialist, on=date(2024, 1, 4))
        assert error.value.message_dict["on"] == ["Ngày thực hiện không được trước ngày 05/01/2024 của bước trước."]

    def test_a_step_cannot_be_dated_in_the_future(self, own_province, specialist):
        with pytest.raises(ValidationError) as error:
            take_step(make_case(own_province), "forward", actor=specialist, on=timezone.localdate() + timedelta(days=1))
        assert "on" in error.value.message_dict

    def test_the_status_is_not_edited_directly(self, own_province, specialist):
        with pytest.raises(ValidationError) as error:
            services.citizen_case_update(make_case(own_province), actor=specialist, data={"status": "closed"})
        assert "status" in error.value.message_dict

    def test_a_corrected_reception_date_moves_the_first_step(self, own_province, specialist):
        case = make_case(own_province, opened_on=date(2024, 1, 5))
        services.citizen_case_update(case, actor=specialist, data={"opened_on": date(2024, 1, 3)})
        assert steps(case) == [(CaseStatus.RECEIVED, date(2024, 1, 3))]

    def test_the_reception_cannot_move_after_a_later_step(self, own_province, specialist):
        case = make_case(own_province, opened_on=date(2024, 1, 5))
        take_step(case, "forward", actor=specialist, on=date(2024, 1, 8))
        with pytest.raises(ValidationError) as error:
            services.citizen_case_update(case, actor=specialist, data={"opened_on": date(2024, 1, 9)})
        assert error.value.message_dict == {"opened_on": ["Ngày tiếp nhận không được sau các bước xử lý đã ghi."]}
        assert CitizenCase.objects.get(pk=case.pk).opened_on == date(2024, 1, 5)

    def test_the_reception_cannot_move_after_an_undated_step(self, own_province, specialist):
        # "Awaiting" is only in the history, not on the case: the service checks it.
        case = make_case(own_province, opened_on=date(2024, 1, 5), status=CaseStatus.AWAITING)
        CitizenCaseStatusChange.objects.create(province=own_province, case=case, step="await",
                                               to_state=CaseStatus.AWAITING, happened_on=date(2024, 1, 8))
        with pytest.raises(ValidationError) as error:
            services.citizen_case_update(case, actor=specialist, data={"opened_on": date(2024, 1, 9)})
        assert "opened_on" in error.value.message_dict
        assert steps(case)[0] == (CaseStatus.RECEIVED, date(2024, 1, 5))

    def test_an_approver_cannot_move_a_case(self, own_province, users):
        with pytest.raises(ScopeDenied):
            take_step(make_case(own_province), "forward", actor=users[Role.APPROVER], on=date(2024, 1, 8))


def test_cases_open_over_thirty_days_need_attention(own_province):
    today = timezone.localdate()
    stale = make_case(own_province, opened_on=today - timedelta(days=31))
    make_case(own_province, opened_on=today - timedelta(days=30))
    make_case(own_province, opened_on=today - timedelta(days=90), status=CaseStatus.CLOSED)
    [(label, cases, severity)] = citizen_cases_open_too_long(CitizenCase.objects.all())
    assert list(cases) == [stale] and severity == "overdue"
    assert label == "Vụ việc bảo hộ công dân mở quá 30 ngày"
    assert cases[0].attention_note == "31 ngày, tiếp nhận"


class TestPages:
    def test_list_filters_open_cases_by_country(self, own_province, users, client_for):
        open_kr = make_case(own_province)
        closed_kr = make_case(own_province, status=CaseStatus.CLOSED)
        open_jp = make_case(own_province, country_id="JP")
        page = client_for(users[Role.VIEWER]).get(reverse("consular:case_list"), {"is_open": "true", "country": "KR"})
        text = page.content.decode()
        assert reverse("consular:case_detail", args=[open_kr.pk]) in text
        assert reverse("consular:case_detail", args=[closed_kr.pk]) not in text
        assert reverse("consular:case_detail", args=[open_jp.pk]) not in text

    def test_create_from_the_form(self, own_province, users, client_for):
        response = client_for(users[Role.SPECIALIST]).post(reverse("consular:case_add"), {
            "person_name": "Nguyễn Văn A", "country": "KR", "kind": "accident", "opened_on": "05/01/2024"})
        case = CitizenCase.objects.get()
        assert response.status_code == 302 and case.province == own_province and len(steps(case)) == 1

    def test_detail_offers_only_the_allowed_steps(self, own_province, users, client_for):
        case = make_case(own_province)
        page = client_for(users[Role.SPECIALIST]).get(reverse("consular:case_detail", args=[case.pk])).content.decode()
        assert 'id="workflow-forward"' in page and 'id="workflow-close"' in page and 'id="workflow-answer"' not in page

    def test_a_step_posted_from_the_page(self, own_province, users, client_for):
        case = make_case(own_province)
        response = client_for(users[Role.SPECIALIST]).post(reverse("consular:case_step", args=[case.pk, "forward"]), {
            "on": "08/01/2024", "note": "Đã gửi Cục Lãnh sự"})
        assert response.status_code == 302
        case.refresh_from_db()
        assert case.status == CaseStatus.FORWARDED and case.forwarded_to_consular_dept_on == date(2024, 1, 8)

    def test_a_missing_outcome_is_explained_beside_it(self, own_province, users, client_for):
        case = make_case(own_province, status=CaseStatus.AWAITING)
        response = client_for(users[Role.SPECIALIST]).post(reverse("consular:case_step", args=[case.pk, "close"]), {
            "on": "01/02/2024"})
        text = response.content.decode()
        assert response.status_code == 400 and 'id="id_outcome_errors"' in text
        assert "Cần ghi kết quả xử lý trước khi trả lời công dân hoặc đóng vụ việc." in text

    def test_a_viewer_cannot_post_a_step(self, own_province, users, client_for):
        case = make_case(own_province)
        response = client_for(users[Role.VIEWER]).post(reverse("consular:case_step", args=[case.pk, "forward"]), {
            "on": "08/01/2024"})
        assert response.status_code == 403 and CitizenCase.objects.get(pk=case.pk).status == CaseStatus.RECEIVED

    def test_edit_and_history(self, own_province, users, client_for):
        case = make_case(own_province)
        client = client_for(users[Role.SPECIALIST])
        response = client.post(reverse("consular:case_edit", args=[case.pk]), {
            "person_name": "Nguyễn Văn A", "country": "KR", "kind": "detained", "opened_on": "05/01/2024",
            "summary": "Bị tạm giữ tại Seoul"})
        assert response.status_code == 302
        history = client.get(reverse("consular:case_history", args=[case.pk])).content.decode()
        assert "Bị tạm giữ tại Seoul" in history


class TestApi:
    def test_transition_and_steps(self, own_province, users, api_client_for):
        case = make_case(own_province)
        api = api_client_for(users[Role.SPECIALIST])
        response = api.post(reverse("citizen-case-step", args=[case.pk, "forward"]), {"on": "2024-01-08"}, format="json")
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "forwarded"
        assert response.json()["forwarded_to_consular_dept_on"] == "2024-01-08"
        history = api.get(reverse("citizen-case-steps", args=[case.pk])).json()
        assert [(row["step"], row["from_state"], row["to_state"]) for row in history] == [
            ("create", "", "received"), ("forward", "received", "forwarded")]

    def test_a_refused_step_names_the_field(self, own_province, users, api_client_for):
        case = make_case(own_province)
        response = api_client_for(users[Role.SPECIALIST]).post(
            reverse("citizen-case-step", args=[case.pk, "close"]), {"on": "2024-01-08"}, format="json")
        assert response.status_code == 400
        assert response.json() == {"outcome": ["Cần ghi kết quả xử lý trước khi trả lời công dân hoặc đóng vụ việc."]}

    def test_the_workflow_fields_are_read_only(self, own_province, users, api_client_for):
        case = make_case(own_province)
        response = api_client_for(users[Role.SPECIALIST]).patch(
            reverse("citizen-case-detail", args=[case.pk]), {"status": "closed"}, format="json")
        assert response.status_code == 200 and response.json()["status"] == "received"

    @pytest.mark.parametrize("role", [Role.VIEWER, Role.APPROVER])
    def test_roles_without_submit_cannot_move_a_case(self, role, own_province, users, api_client_for):
        case = make_case(own_province)
        response = api_client_for(users[role]).post(reverse("citizen-case-step", args=[case.pk, "forward"]),
                                                     {"on": "2024-01-08"}, format="json")
        assert response.status_code == 403

    def test_another_provinces_case_is_not_found(self, other_province, users, api_client_for):
        case = make_case(other_province)
        response = api_client_for(users[Role.SPECIALIST]).post(
            reverse("citizen-case-step", args=[case.pk, "forward"]), {"on": "2024-01-08"}, format="json")
        assert response.status_code == 404
