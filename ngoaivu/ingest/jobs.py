"""Reading texts in the background worker (ngoaivu.jobs): an uploaded file, or a queued run.

The upload page checks a file (type, content, what it unpacks into) and hands it to a
job: reading a Word or PDF file and running the extractor never holds a web worker.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.jobs.registry import JobKind, JobOutcome

UPLOAD_JOB = "ingest_upload"
RUN_JOB = "ingest_run"


def run_upload(job, progress) -> JobOutcome:
    """Read the uploaded file, store the document and read its facts, for the uploader."""
    from ngoaivu.geo.models import Province
    from ngoaivu.ingest import services

    params = job.params
    progress(10, _("Đang đọc tệp và tìm dữ kiện"))
    published = date.fromisoformat(params["published"]) if params.get("published") else None
    with job.input_file.open("rb") as stored:
        result = services.document_ingest(
            actor=job.user, province=Province.objects.get(pk=params["province"]),
            file=File(stored, name=Path(params["file_name"]).name), title=params.get("title", ""),
            url=params.get("url", ""), published=published, run_now=True, channel=params.get("channel", ""))
    if not result.created:  # read before: say so on the job's page, with the way to that reading
        return JobOutcome(message=result.repeat_notice, url=_run_page(result), open_url=False,
                          api_url=reverse("document-detail", args=[result.document.pk]))
    return _outcome(result.run)


def run_extraction(job, progress) -> JobOutcome:
    from ngoaivu.ingest import services

    progress(10, _("Đang tìm dữ kiện trong văn bản"))
    return _outcome(services.run_execute(job.params["run"]))


def _outcome(run) -> JobOutcome:
    from ngoaivu.ingest.choices import RunStatus

    if run is None or run.status == RunStatus.FAILED:
        raise ValidationError(run.error if run else _("Không đọc được văn bản."))
    return JobOutcome(
        message=_("Tìm thấy %(found)s dữ kiện, %(new)s dữ kiện mới.") % {"found": run.facts_found, "new": run.facts_new},
        url=reverse("ingest:document_detail", args=[run.document_id]),
        api_url=reverse("document-detail", args=[run.document_id]))


def _run_page(result) -> str:
    if result.run is None:
        return reverse("ingest:document_detail", args=[result.document.pk])
    return reverse("ingest:run_detail", args=[result.run.pk])


KINDS = (
    JobKind(code=UPLOAD_JOB, label=gettext_lazy("Đọc văn bản tải lên"), run=run_upload, time_limit=180),
    JobKind(code=RUN_JOB, label=gettext_lazy("Đọc lại văn bản"), run=run_extraction, time_limit=180),
)
