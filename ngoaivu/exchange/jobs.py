"""Imports in the background worker (ngoaivu.jobs, ADR 0010): checking a sheet and writing it.

One kind does both halves; the batch's status says which (checking → the dry run,
writing → the write). The job's page shows the rows done, then opens the import's page.
A job that fails leaves the batch where the user can act: a check that failed is
refused with the reason, a write that failed (nothing written: one transaction) can be
confirmed again.
"""
from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.core.vnformat import format_number
from ngoaivu.jobs.registry import JobKind, JobOutcome

IMPORT_JOB = "exchange_import"


def _progress(progress, verb: str):
    def report(done: int, total: int | None) -> None:
        # The file's own row count can be off (blank rows): never claim to be done early.
        percent = min(95, 5 + 90 * done // total) if total else 50
        progress(percent, _("%(verb)s %(done)s / %(total)s dòng") % {
            "verb": verb, "done": format_number(done), "total": format_number(total) if total else "?"})
    return report


def run_import(job, progress) -> JobOutcome:
    from ngoaivu.exchange.models import ImportBatch, ImportStatus
    from ngoaivu.exchange.services import import_check, import_write

    batch = ImportBatch.objects.select_related("user", "province").get(pk=job.params["batch"])
    writing = batch.status == ImportStatus.WRITING
    progress(5, _("Đang ghi") if writing else _("Đang kiểm tra"))
    try:
        if writing:
            batch = import_write(batch, _progress(progress, _("Đã ghi")))
        else:
            batch = import_check(batch, _progress(progress, _("Đã kiểm tra")))
    except BaseException as error:     # incl. the soft time limit: the batch must not stay "checking"
        _release(batch, writing, error)
        raise
    counts = batch.report.get("counts", {})
    message = _("Thêm mới %(create)s, cập nhật %(update)s, không đổi %(unchanged)s, lỗi %(error)s dòng.") % {
        key: format_number(counts.get(key, 0)) for key in ("create", "update", "unchanged", "error")}
    if batch.report.get("file_errors"):
        message = " ".join(batch.report["file_errors"])
    return JobOutcome(message=message, url=reverse("exchange:import_detail", args=[batch.pk]),
                      api_url=reverse("import-detail", args=[batch.pk]))


def _release(batch, writing: bool, error: BaseException) -> None:
    from ngoaivu.exchange.models import ImportBatch, ImportStatus

    if writing:
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.PREVIEW)
    else:
        ImportBatch.objects.filter(pk=batch.pk).update(status=ImportStatus.REJECTED, report={
            "file_errors": [_("Không kiểm tra được tệp: %(error)s") % {"error": error or type(error).__name__}],
            "rows": [], "counts": {}, "written": False})


KINDS = [
    # 100.000 rows take about a minute each way on a quiet server (docs/benchmarks.md).
    JobKind(IMPORT_JOB, gettext_lazy("Nhập dữ liệu từ bảng tính"), run_import, time_limit=1800, max_retries=0),
]
