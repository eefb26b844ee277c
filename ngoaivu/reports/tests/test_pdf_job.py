"""The PDF runs in the background worker: the page starts a job, polls it, downloads the file."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.jobs.models import Job
from ngoaivu.reports import exports, views
from ngoaivu.reports.rendering import pdf
from ngoaivu.reports.rendering.pdf import PdfConversionFailed
from ngoaivu.testing.files import pdf_bytes

FAKE_PDF = pdf_bytes()


@pytest.fixture
def libreoffice(monkeypatch):
    """LibreOffice's conversion stands in (its own tests run it for real); the DOCX is still written."""
    calls = []

    def convert(docx_bytes, timeout=pdf.DEFAULT_TIMEOUT_SECONDS):
        calls.append(docx_bytes[:2])
        return FAKE_PDF

    monkeypatch.setattr(views, "pdf_available", lambda: True)
    monkeypatch.setattr(exports, "convert_docx_to_pdf", convert)
    monkeypatch.setitem(exports.FORMATS, "pdf", exports.ExportFormat(
        "pdf", "application/pdf", lambda doc: convert(exports.render_docx(doc))))
    return calls


@pytest.fixture
def report(make_report, own_province, trade_figure):
    trade_figure("export", 2023, "2.4e9")
    return make_report(own_province)


def test_the_pdf_action_starts_a_job_whose_page_offers_the_file(users, report, client_for, libreoffice):
    web = client_for(users[Role.VIEWER])
    response = web.get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    job = Job.objects.get()
    assert response.status_code == 302 and response.url == reverse("jobs:job_detail", args=[job.pk])
    assert (job.kind, job.status, job.user, job.province) == ("report_pdf", "done", users[Role.VIEWER],
                                                              report.province)
    assert libreoffice == [b"PK"]  # the DOCX went to the converter
    state = web.get(reverse("jobs:job_status", args=[job.pk])).json()
    assert state["status"] == "done" and state["message"] == "Bản PDF đã sẵn sàng."
    download = web.get(state["download_url"])
    assert b"".join(download.streaming_content) == FAKE_PDF
    assert download["Content-Disposition"].endswith('.pdf"')
    page = web.get(response.url).content.decode()
    assert reverse("reports:report_detail", args=[report.pk]) in page  # the way back


def test_a_failed_conversion_fails_the_job_with_the_reason(users, report, client_for, libreoffice, monkeypatch):
    def broken(doc):
        raise PdfConversionFailed("LibreOffice không tạo được tệp PDF: lỗi phông chữ")

    monkeypatch.setitem(exports.FORMATS, "pdf", exports.ExportFormat("pdf", "application/pdf", broken))
    web = client_for(users[Role.SPECIALIST])
    web.get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    job = Job.objects.get()
    assert (job.status, job.error, job.attempts) == ("failed", "LibreOffice không tạo được tệp PDF: lỗi phông chữ", 1)


def test_without_libreoffice_no_job_is_started(users, report, client_for, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    response = client_for(users[Role.VIEWER]).get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    assert response.url == reverse("reports:report_detail", args=[report.pk])
    assert not Job.objects.exists()


def test_a_job_cannot_reach_a_report_outside_its_users_scope(report, make_user, other_province):
    from ngoaivu.jobs.services import start_job

    stranger = make_user(role=Role.SPECIALIST, province=other_province)
    job = start_job("report_pdf", user=stranger, province=other_province, params={"report": report.pk})
    job.refresh_from_db()
    assert (job.status, job.error) == ("failed", "Không tìm thấy báo cáo hoặc phiên bản này.")
