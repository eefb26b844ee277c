import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.conferences.models import Conference
from ngoaivu.conferences.tests.helpers import conference_payload, make_conference, make_in_status
from ngoaivu.core.roles import Role
from ngoaivu.testing.files import pdf_bytes

pytestmark = pytest.mark.django_db


def action_url(conference, name: str) -> str:
    return reverse("conference-step", args=[conference.pk, name])


def test_create_shows_the_deadlines(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("conference-list"), conference_payload(needs_prime_minister=True), format="json")
    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["dossier_due_on"], body["approval_authority"]) == (
        "draft", "2023-09-23", "Thủ tướng Chính phủ")


def test_error_json_names_the_field(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("conference-list"), conference_payload(end_date="2023-11-01"), format="json")
    assert response.status_code == 400 and "end_date" in response.json()


def test_filters(users, api_client_for, own_province):
    make_conference(own_province, title="Hội thảo Hàn Quốc", status=S.REPORTED)
    make_conference(own_province, title="Tọa đàm Lào", kind="roundtable", countries=("LA",))
    api = api_client_for(users[Role.VIEWER])

    def titles(**params):
        return {row["title"] for row in api.get(reverse("conference-list"), params).json()["results"]}

    assert titles(kind="roundtable") == {"Tọa đàm Lào"}
    assert titles(country="KR", status="reported") == {"Hội thảo Hàn Quốc"}
    assert titles(year=2022) == set()


def test_workflow_actions(users, api_client_for, own_province):
    conference = make_in_status(own_province, S.DRAFT)
    specialist, approver = api_client_for(users[Role.SPECIALIST]), api_client_for(users[Role.APPROVER])
    assert specialist.post(action_url(conference, "submit")).json()["status"] == "submitted"
    assert specialist.post(action_url(conference, "reject"), {"note": "x"}, format="json").status_code == 403
    response = approver.post(action_url(conference, "reject"), {}, format="json")
    assert response.status_code == 400 and "note" in response.json()
    assert approver.post(action_url(conference, "approve"), {}, format="json").json()["status"] == "approved"
    assert specialist.post(action_url(conference, "complete")).json()["status"] == "held"
    report = SimpleUploadedFile("mau-02.pdf", pdf_bytes(), content_type="application/pdf")
    response = specialist.post(action_url(conference, "report"), {"report_file": report})
    assert response.status_code == 200 and response.json()["status"] == "reported"
    assert Conference.objects.get(pk=conference.pk).report_file.name.endswith(".pdf")


def test_approving_another_provinces_conference_is_not_found(users, api_client_for, other_province):
    conference = make_in_status(other_province, S.SUBMITTED)
    assert api_client_for(users[Role.APPROVER]).post(action_url(conference, "approve")).status_code == 404
    assert Conference.objects.get(pk=conference.pk).status == S.SUBMITTED
