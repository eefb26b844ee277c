"""Uploads are checked before anything is stored, then read in the background worker."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ngoaivu.ingest.models import ExtractionRun, SourceDocument
from ngoaivu.ingest.tests.texts import REPORT
from ngoaivu.jobs.models import Job
from ngoaivu.testing.files import docx_bomb, docx_bytes

pytestmark = pytest.mark.django_db


def upload(web, name: str, content: bytes):
    return web.post(reverse("ingest:document_add"), {"file": SimpleUploadedFile(name, content), "title": ""})


def test_a_word_file_is_read_by_the_worker_and_its_page_leads_to_the_review(specialist, client_for,
                                                                           fixed_extractor):
    web = client_for(specialist)
    response = upload(web, "so-ket.docx", docx_bytes(REPORT.split("\n")))
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("jobs:job_detail", args=[job.pk])
    state = web.get(reverse("jobs:job_status", args=[job.pk])).json()
    document = SourceDocument.objects.get()
    assert (state["status"], state["open_result"]) == ("done", True)
    assert state["result_url"] == reverse("ingest:document_detail", args=[document.pk])
    assert state["message"] == "Tìm thấy 6 dữ kiện, 6 dữ kiện mới."
    assert document.source_format == "docx" and document.title == "so-ket" and document.file
    assert ExtractionRun.objects.get().status == "done"
    assert not Job.objects.get().input_file  # the working copy is gone; the document keeps its own


def test_the_same_word_file_again_is_told_on_the_job_page(specialist, client_for, fixed_extractor):
    web = client_for(specialist)
    upload(web, "so-ket.docx", docx_bytes(REPORT.split("\n")))
    upload(web, "ban-sao.docx", docx_bytes(REPORT.split("\n")))
    job = Job.objects.order_by("pk").last()
    state = web.get(reverse("jobs:job_status", args=[job.pk])).json()
    assert "đã được đọc trước đó" in state["message"] and state["open_result"] is False
    assert state["result_url"] == reverse("ingest:run_detail", args=[ExtractionRun.objects.get().pk])
    assert SourceDocument.objects.count() == 1


@pytest.mark.parametrize("name, content, message", [
    ("bom.docx", docx_bomb(paragraphs=2_000_000), "có 2.000.000 đoạn văn, quá giới hạn 60.000"),
    ("phinh.docx", docx_bomb(paragraphs=1, inflated_mb=200), "khi giải nén lớn hơn 50 MB"),
    ("rac.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 400, "Tệp PDF rac.pdf bị hỏng"),
])
def test_hostile_files_are_refused_beside_the_field_and_nothing_is_stored(specialist, client_for, name, content,
                                                                         message):
    page = upload(client_for(specialist), name, content)
    assert page.status_code == 400
    body = page.content.decode()
    assert message in body[body.index('id="id_file_errors"'):][:400]
    assert not Job.objects.exists() and not SourceDocument.all_objects.exists()
