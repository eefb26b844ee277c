"""Report work that runs in the background worker (ngoaivu.jobs): the PDF through LibreOffice.

A conversion takes 10–16 s: the page starts a job and polls it instead of holding a web
worker. The job acts for the person who asked: the report is read through their scope.
"""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.jobs.registry import JobKind, JobOutcome
from ngoaivu.reports.exports import PDF_ERRORS, export_file, file_name
from ngoaivu.reports.rendering.pdf import DEFAULT_TIMEOUT_SECONDS

PDF_JOB = "report_pdf"


def run_report_pdf(job, progress) -> JobOutcome:
    progress(10, _("Đang dựng văn bản báo cáo"))
    document, subject = _document_for(job)
    progress(30, _("Đang chuyển sang PDF bằng LibreOffice"))
    try:
        content, _export = export_file(document, "pdf")
    except PDF_ERRORS as error:  # no LibreOffice, or it failed: say so, offer the DOCX
        raise ValidationError(str(error)) from error
    return JobOutcome(message=_("Bản PDF đã sẵn sàng."), file_name=file_name(document, "pdf", subject),
                      file_content=content)


def _document_for(job):
    from ngoaivu.reports.forms import NationalReportForm
    from ngoaivu.reports.selectors import report_list, report_text, requested_version
    from ngoaivu.reports.views import NATIONAL_SUBJECT, national_document

    user = job.user
    if "national" in job.params:
        form = NationalReportForm(job.params["national"])
        if user is None or user.province_id is not None or not form.is_valid():
            raise ValidationError(_("Không dựng được báo cáo tổng hợp toàn quốc với các tham số này."))
        return national_document(user, form), NATIONAL_SUBJECT
    report = report_list(user=user).filter(pk=job.params.get("report")).first() if user else None
    version = requested_version(report, str(job.params.get("version") or "")) if report else None
    if version is None:
        raise ValidationError(_("Không tìm thấy báo cáo hoặc phiên bản này."))
    return report_text(report, version).document, ""


PDF_KIND = JobKind(code=PDF_JOB, label=gettext_lazy("Xuất báo cáo ra PDF"), run=run_report_pdf,
                   time_limit=DEFAULT_TIMEOUT_SECONDS + 60, max_retries=1)
