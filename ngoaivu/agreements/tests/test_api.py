from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.agreements.choices import AgreementStatus
from ngoaivu.agreements.models import Agreement, AgreementStatusChange
from ngoaivu.core.roles import Role
from ngoaivu.testing.files import pdf_bytes

from .helpers import make_agreement, make_partner, make_signed

pytestmark = pytest.mark.django_db


def submitted(province):
    return make_agreement(province, status=AgreementStatus.SUBMITTED, opinions_requested_on=date(2024, 1, 2))


def test_create_and_filter(users, own_province, api_client_for):
    api = api_client_for(users[Role.APPROVER])  # registering a signed agreement is an approver's
    partner = make_partner(own_province, "Quận Boeun", "KR")
    response = api.post(reverse("agreement-list"), {
        "title": "Thỏa thuận hợp tác lao động thời vụ", "kind": "cooperation", "vietnamese_party": "UBND tỉnh Hà Giang",
        "partners": [partner.pk], "sectors": ["labour"], "status": "signed", "signed_on": "2023-04-06"}, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["report_due_on"] == "2023-04-21" and body["province"] == own_province.pk
    make_agreement(own_province, title="Khác", sectors=["culture"])
    rows = api.get(reverse("agreement-list"), {"sector": "labour"}).json()["results"]
    assert [row["title"] for row in rows] == ["Thỏa thuận hợp tác lao động thời vụ"]
    rows = api.get(reverse("agreement-list"), {"signed_after": "2023-01-01", "signed_before": "2023-06-30"}).json()
    assert rows["count"] == 1
    rows = api.get(reverse("agreement-list"), {"unreported": "true"}).json()
    assert rows["count"] == 1


def test_error_json_names_the_field(users, own_province, api_client_for):
    response = api_client_for(users[Role.APPROVER]).post(reverse("agreement-list"), {
        "title": "X", "vietnamese_party": "UBND tỉnh", "partners": [make_partner(own_province).pk],
        "status": "in_force"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"signed_on": ["Thỏa thuận đã ký cần có ngày ký."]}


def test_patch_cannot_change_the_status(users, own_province, api_client_for):
    agreement = make_agreement(own_province)
    response = api_client_for(users[Role.SPECIALIST]).patch(
        reverse("agreement-detail", args=[agreement.pk]), {"status": "in_force"}, format="json")
    assert response.status_code == 400 and "status" in response.json()


def test_approver_permits_through_the_step_route(users, own_province, api_client_for):
    agreement = submitted(own_province)
    url = reverse("agreement-step", args=[agreement.pk, "permit"])
    response = api_client_for(users[Role.APPROVER]).post(
        url, {"on": "2024-01-15", "decision_number": "152/QĐ-UBND", "note": "Đồng ý"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "permitted" and response.json()["decided_on"] == "2024-01-15"
    history = api_client_for(users[Role.VIEWER]).get(reverse("agreement-steps", args=[agreement.pk])).json()
    assert [(row["step"], row["to_state"], row["note"]) for row in history] == [("permit", "permitted", "Đồng ý")]


@pytest.mark.parametrize("role", [Role.SPECIALIST, Role.VIEWER, Role.CONTRIBUTOR])
def test_only_approvers_may_permit(users, own_province, api_client_for, role):
    agreement = submitted(own_province)
    response = api_client_for(users[role]).post(
        reverse("agreement-step", args=[agreement.pk, "permit"]), {"on": "2024-01-15"}, format="json")
    assert response.status_code == 403
    assert Agreement.objects.get().status == AgreementStatus.SUBMITTED


def test_step_errors_as_json(users, own_province, other_province, api_client_for):
    api = api_client_for(users[Role.APPROVER])
    agreement = submitted(own_province)
    response = api.post(reverse("agreement-step", args=[agreement.pk, "permit"]), {"on": "15/13/2024"}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["on"]
    response = api.post(reverse("agreement-step", args=[agreement.pk, "permit"]), {"on": "2023-12-31"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"on": ["Ngày thực hiện không được trước ngày 02/01/2024 của bước trước."]}
    response = api.post(reverse("agreement-step", args=[agreement.pk, "sign"]), {"on": "2024-02-01"}, format="json")
    assert response.status_code == 403  # approvers do not record signings
    response = api.post(reverse("agreement-step", args=[submitted(other_province).pk, "permit"]),
                        {"on": "2024-01-15"}, format="json")
    assert response.status_code == 404
    assert not AgreementStatusChange.objects.exists()


def test_a_step_the_status_does_not_allow(users, own_province, api_client_for):
    agreement = make_agreement(own_province)
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("agreement-step", args=[agreement.pk, "take_effect"]), {"on": "2024-01-15"}, format="json")
    assert response.status_code == 400
    assert "status" in response.json()


def test_reviews_and_documents(users, own_province, api_client_for):
    api = api_client_for(users[Role.SPECIALIST])
    agreement = make_signed(own_province, signed_on=date(2021, 3, 26))
    response = api.post(reverse("agreement-review-list"), {
        "agreement": agreement.pk, "year": 2023, "rating": "effective", "summary": "Hội đàm thường niên"},
        format="json")
    assert response.status_code == 201, response.content
    response = api.post(reverse("agreement-review-list"), {
        "agreement": agreement.pk, "year": 2023, "rating": "effective", "summary": "Lần hai"}, format="json")
    assert response.status_code == 400 and "year" in response.json()

    response = api.post(reverse("agreement-document-list"), {
        "agreement": agreement.pk, "kind": "signed_copy", "file": SimpleUploadedFile("ban-ky.pdf", pdf_bytes())},
        format="multipart")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["uploaded_by"] == users[Role.SPECIALIST].pk
    assert api.get(body["file_url"]).status_code == 200
    response = api.post(reverse("agreement-document-list"), {
        "agreement": agreement.pk, "kind": "signed_copy", "file": SimpleUploadedFile("ban-ky.pdf", b"GIF89a")},
        format="multipart")
    assert response.status_code == 400 and "file" in response.json()
    rows = api.get(reverse("agreement-document-list"), {"agreement": agreement.pk}).json()["results"]
    assert len(rows) == 1
