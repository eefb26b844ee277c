"""A text read before, uploaded again (same content): the upload says so and leads to the earlier run."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.ingest.models import ExtractionRun, SourceDocument
from ngoaivu.ingest.tests.texts import REPORT

pytestmark = pytest.mark.django_db


def test_the_page_leads_to_the_earlier_run_and_says_so(report, specialist, client_for):
    web = client_for(specialist)
    # the same content as a file, with other line ends: still the same text
    again = web.post(reverse("ingest:document_add"), {
        "file": SimpleUploadedFile("ban-sao.txt", REPORT.replace("\n", "\r\n").encode("utf-8")), "title": "Bản sao"})
    assert again.status_code == 302 and again["Location"] == reverse("ingest:run_detail", args=[report.run.pk])
    page = web.get(again["Location"]).content.decode()
    assert "đã được đọc trước đó" in page and f"lần đọc #{report.run.pk}" in page
    assert reverse("ingest:document_detail", args=[report.document.pk]) in page
    assert SourceDocument.objects.count() == 1 and ExtractionRun.objects.count() == 1


def test_the_api_names_the_earlier_run(specialist, api_client_for, fixed_extractor):
    api = api_client_for(specialist)
    first = api.post(reverse("document-list"), {"text": REPORT}, format="json")
    assert first.status_code == 202
    again = api.post(reverse("document-list"), {"text": REPORT + "\n"}, format="json")
    assert again.status_code == 200
    repeat = again.json()["repeat_of"]
    run_id = first.json()["document"]["latest_run"]["id"]
    assert repeat["run"] == run_id and "đã được đọc trước đó" in repeat["detail"]
    assert repeat["run_url"].endswith(reverse("run-detail", args=[run_id]))
    assert repeat["page_url"].endswith(reverse("ingest:run_detail", args=[run_id]))
    assert api.get(repeat["run_url"]).json()["status"] == "done"
    assert ExtractionRun.objects.count() == 1


def test_another_province_s_reading_is_not_revealed(report, make_user, other_province, client_for):
    other = make_user(Role.SPECIALIST, province=other_province)
    response = client_for(other).post(reverse("ingest:document_add"), {"text": REPORT, "title": "Của tỉnh khác"})
    assert response.status_code == 302 and response["Location"] != reverse("ingest:run_detail", args=[report.run.pk])
    assert SourceDocument.objects.filter(province=other_province).count() == 1
