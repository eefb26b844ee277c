import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.delegations.choices import DelegationStatus as S
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation
from ngoaivu.delegations.tests.helpers import delegation_payload, make_delegation, make_in_status

pytestmark = pytest.mark.django_db


def action_url(delegation, name: str) -> str:
    return reverse("delegation-step", args=[delegation.pk, name])


def test_create_returns_the_draft_with_its_history(users, api_client_for, own_province):
    response = api_client_for(users[Role.SPECIALIST]).post(reverse("delegation-list"), delegation_payload(),
                                                           format="json")
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "draft" and body["status_display"] == "Nháp" and body["countries"] == ["JP"]
    assert body["province"] == own_province.pk and body["cost"] == 350000000.0
    assert [change["to_state"] for change in body["status_changes"]] == ["draft"]


def test_status_in_the_body_is_ignored(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("delegation-list"), delegation_payload(status="approved"), format="json")
    assert response.status_code == 201 and response.json()["status"] == "draft"


def test_error_json_names_the_field(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("delegation-list"), delegation_payload(countries=["VN"]), format="json")
    assert response.status_code == 400
    assert response.json() == {"countries": ["Đoàn ra phải có ít nhất một quốc gia đến ngoài Việt Nam."]}
    assert not Delegation.all_objects.exists()


def test_filters(users, api_client_for, own_province):
    make_delegation(own_province, name="Lào 2019", start_date="2019-03-01", end_date="2019-03-04")
    make_delegation(own_province, name="Hoa Kỳ", direction=Direction.INBOUND, countries=("US",), status=S.SUBMITTED)
    api = api_client_for(users[Role.VIEWER])

    def names(**params):
        return {row["name"] for row in api.get(reverse("delegation-list"), params).json()["results"]}

    assert names(direction="inbound") == {"Hoa Kỳ"}
    assert names(status="submitted", country="US") == {"Hoa Kỳ"}
    assert names(year=2019) == {"Lào 2019"}
    assert names(date_from="2023-01-01") == {"Hoa Kỳ"}
    assert names(overdue="true") == set()


def test_workflow_actions_follow_the_role_table(users, api_client_for, own_province):
    delegation = make_in_status(own_province, S.DRAFT)
    specialist, approver = api_client_for(users[Role.SPECIALIST]), api_client_for(users[Role.APPROVER])
    assert approver.post(action_url(delegation, "submit")).status_code == 403
    response = specialist.post(action_url(delegation, "submit"), {"note": "Trình", "on": "2023-04-10"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert specialist.post(action_url(delegation, "approve")).status_code == 403
    response = approver.post(action_url(delegation, "approve"), {"approval_number": "12/QĐ-UBND",
                                                                 "on": "2023-04-20"}, format="json")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["approval_number"]) == ("approved", "12/QĐ-UBND")
    response = specialist.post(action_url(delegation, "complete"), {"on": "2023-05-11"}, format="json")
    assert response.json()["status"] == "completed" and response.json()["report_due_on"] == "2023-05-26"
    response = specialist.post(action_url(delegation, "report"), {"report_text": "Kết quả tốt"}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "reported"


def test_reject_needs_a_reason_in_the_json(users, api_client_for, own_province):
    delegation = make_in_status(own_province, S.SUBMITTED)
    response = api_client_for(users[Role.APPROVER]).post(action_url(delegation, "reject"), {}, format="json")
    assert response.status_code == 400 and "note" in response.json()
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED


def test_a_step_from_the_wrong_status_is_a_400_naming_the_status(users, api_client_for, own_province):
    delegation = make_in_status(own_province, S.DRAFT)
    response = api_client_for(users[Role.APPROVER]).post(action_url(delegation, "approve"), {}, format="json")
    assert response.status_code == 400 and "status" in response.json()


def test_approving_another_provinces_delegation_is_not_found(users, api_client_for, other_province):
    delegation = make_in_status(other_province, S.SUBMITTED)
    assert api_client_for(users[Role.APPROVER]).post(action_url(delegation, "approve")).status_code == 404
    assert Delegation.objects.get(pk=delegation.pk).status == S.SUBMITTED


def test_members_endpoint(users, api_client_for, own_province):
    delegation = make_delegation(own_province, direction=Direction.INBOUND, countries=("US",))
    api = api_client_for(users[Role.SPECIALIST])
    response = api.post(reverse("delegation-member-list"), {"delegation": delegation.pk, "full_name": "Jane Doe"},
                        format="json")
    assert response.status_code == 400 and "nationality" in response.json()
    response = api.post(reverse("delegation-member-list"), {
        "delegation": delegation.pk, "full_name": "Jane Doe", "nationality": "US", "role": "head"}, format="json")
    assert response.status_code == 201 and response.json()["province"] == own_province.pk
    listed = api.get(reverse("delegation-member-list"), {"delegation": delegation.pk}).json()["results"]
    assert [row["full_name"] for row in listed] == ["Jane Doe"]
    nested = api.get(reverse("delegation-detail", args=[delegation.pk])).json()["members"]
    assert [row["full_name"] for row in nested] == ["Jane Doe"]
