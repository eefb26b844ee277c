"""The API: documents in, facts out, decisions on facts, a run's progress; errors name the field."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.ingest.choices import FactStatus
from ngoaivu.ingest.models import SourceDocument
from ngoaivu.ingest.tests.texts import REPORT
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def test_post_a_text_is_stored_and_read_by_the_worker(specialist, api_client_for):
    api = api_client_for(specialist)
    response = api.post(reverse("document-list"), {"text": REPORT, "title": "Sơ kết", "url": "https://langson.example/a"},
                        format="json")
    assert response.status_code == 202, response.content
    job, body = response.json()["job"], response.json()["document"]
    assert response["Location"] == job["url"] and job["url"].endswith(reverse("job-detail", args=[job["id"]]))
    # no broker in the tests: the worker's job ran in-process before the answer
    assert (job["status"], job["progress"]) == ("done", 100)
    assert job["result_api_url"].endswith(reverse("document-detail", args=[body["id"]]))
    assert api.get(job["url"]).json()["status"] == "done"
    assert (body["title"], body["latest_run"]["status"], body["latest_run"]["progress"]) == ("Sơ kết", "done", 100)
    assert body["detected_province"] == "Lạng Sơn" and body["text"] == REPORT
    again = api.post(reverse("document-list"), {"text": REPORT}, format="json")
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert SourceDocument.objects.count() == 1


def test_post_a_file(specialist, api_client_for):
    response = api_client_for(specialist).post(reverse("document-list"), {
        "file": SimpleUploadedFile("so-ket.txt", REPORT.encode("utf-8")), "published": "2024-07-16"},
        format="multipart")
    assert response.status_code == 202, response.content
    document = response.json()["document"]
    assert (document["source_format"], document["published"]) == ("txt", "2024-07-16")


def test_post_a_word_file_is_read_in_the_worker(specialist, api_client_for, fixed_extractor):
    from ngoaivu.testing.files import docx_bytes

    api = api_client_for(specialist)
    response = api.post(reverse("document-list"), {
        "file": SimpleUploadedFile("so-ket.docx", docx_bytes(REPORT.split("\n")))}, format="multipart")
    assert response.status_code == 202, response.content
    assert response.json()["document"] is None  # stored by the worker
    job = api.get(response["Location"]).json()
    assert (job["status"], job["message"]) == ("done", "Tìm thấy 6 dữ kiện, 6 dữ kiện mới.")
    document = api.get(job["result_api_url"]).json()
    assert document["source_format"] == "docx" and document["latest_run"]["facts_new"] == 6


def test_another_users_job_is_not_found(specialist, users, api_client_for):
    response = api_client_for(specialist).post(reverse("document-list"), {"text": REPORT}, format="json")
    assert api_client_for(users[Role.ADMIN]).get(response["Location"]).status_code == 404


def test_empty_post_names_the_field(specialist, api_client_for):
    response = api_client_for(specialist).post(reverse("document-list"), {"text": "  "}, format="json")
    assert response.status_code == 400 and "file" in response.json()
    assert not SourceDocument.all_objects.exists()


def test_facts_of_a_document_filtered_by_kind(report, specialist, api_client_for):
    response = api_client_for(specialist).get(reverse("document-facts", args=[report.document.pk]),
                                              {"kind": "partner"})
    assert response.status_code == 200
    rows = response.json()["results"]
    assert sorted(row["payload"]["name"] for row in rows) == ["Gyeonggi", "UNDP"]
    assert all(REPORT[row["start"]:row["end"]] == row["evidence"] for row in rows)


def test_accept_with_a_correction_and_reject(fact_of, specialist, api_client_for):
    api = api_client_for(specialist)
    fact = fact_of("partner", name="Gyeonggi")
    response = api.post(reverse("fact-accept", args=[fact.pk]),
                        {"corrected_payload": {"name": "Tỉnh Gyeonggi"}}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    partner = Partner.objects.get()
    assert (body["status"], body["record_model"], body["record_id"], partner.name) == \
        ("accepted", "partners.partner", partner.pk, "Tỉnh Gyeonggi")
    assert api.post(reverse("fact-accept", args=[fact.pk]), format="json").json()["record_id"] == partner.pk
    assert Partner.objects.count() == 1
    other = fact_of("partner", name="UNDP")
    assert api.post(reverse("fact-reject", args=[other.pk])).json()["status"] == "rejected"


def test_correct_keeps_the_fact_waiting(fact_of, specialist, api_client_for):
    fact = fact_of("observation")
    response = api_client_for(specialist).post(reverse("fact-correct", args=[fact.pk]), {
        "corrected_payload": {"value": 512400000}}, format="json")
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["effective_payload"]["value"]) == ("corrected", 512400000)


def test_a_refused_acceptance_is_json_naming_the_field(fact_of, specialist, api_client_for):
    fact = fact_of("border_gate")
    response = api_client_for(specialist).post(reverse("fact-accept", args=[fact.pk]), format="json")
    assert response.status_code == 400 and "gate_class" in response.json()
    fact.refresh_from_db()
    assert fact.status == FactStatus.PENDING


def test_accept_all(report, specialist, api_client_for):
    response = api_client_for(specialist).post(reverse("document-accept-all", args=[report.document.pk]))
    body = response.json()
    assert body["accepted"] == 4
    assert sorted(key for row in body["refused"] for key in row["errors"]) == ["gate_class", "plan"]


def test_run_progress(report, specialist, api_client_for):
    body = api_client_for(specialist).get(reverse("run-detail", args=[report.run.pk])).json()
    assert (body["status"], body["progress"], body["facts_new"], body["document"]) == \
        ("done", 100, 6, report.document.pk)


def test_rerun_finds_nothing_new(report, specialist, api_client_for):
    response = api_client_for(specialist).post(reverse("document-rerun", args=[report.document.pk]))
    assert response.status_code == 202 and response["Location"].endswith(reverse("run-detail", args=[response.json()["id"]]))
    assert (response.json()["status"], response.json()["facts_new"]) == ("done", 0)  # in-process worker


def test_another_provinces_fact_is_not_found(fact_of, make_user, other_province, api_client_for):
    api = api_client_for(make_user(role=Role.SPECIALIST, province=other_province))
    fact = fact_of("partner", name="UNDP")
    assert api.post(reverse("fact-accept", args=[fact.pk])).status_code == 404
    assert api.get(reverse("run-detail", args=[fact.run_id])).status_code == 404
    assert api.get(reverse("document-facts", args=[fact.document_id])).status_code == 404
    assert not Partner.objects.exists()


@pytest.mark.parametrize("role", [Role.VIEWER, Role.APPROVER])
def test_readers_cannot_decide(fact_of, users, role, api_client_for):
    api = api_client_for(users[role])
    fact = fact_of("partner", name="UNDP")
    assert api.get(reverse("fact-detail", args=[fact.pk])).status_code == 200
    assert api.post(reverse("fact-accept", args=[fact.pk])).status_code == 403
    assert not Partner.objects.exists()
