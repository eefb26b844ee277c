"""Background work: the one way to start a job (`start_job`) and the runner a worker calls.

    from ngoaivu.jobs.services import start_job
    job = start_job("report_pdf", user=request.user, province=report.province,
                    params={"report": report.pk}, title=_("PDF báo cáo …"))
    return redirect(job_url(job))  # the page polls the job and offers its result

The caller checks that the user may do the work (as for any write) before starting it;
the job then acts for that user. Kinds are declared with ngoaivu.jobs.registry.
"""
from __future__ import annotations

import logging
import os
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import DatabaseError, InterfaceError, OperationalError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.audit.context import reset_request_id, set_request_id
from ngoaivu.core.vnformat import format_number
from ngoaivu.jobs.choices import JobStatus
from ngoaivu.jobs.limits import TIME_LIMIT_GRACE_SECONDS
from ngoaivu.jobs.models import Job
from ngoaivu.jobs.registry import JobKind, JobOutcome, kind_for

logger = logging.getLogger(__name__)

# Failures that say nothing about the job itself: the database or the broker was away.
TRANSIENT_ERRORS = (OperationalError, InterfaceError, ConnectionError, TimeoutError)


def start_job(kind: str, *, user=None, province=None, params: dict | None = None, title: str = "",
              input_file=None) -> Job:
    """Record a job and send it to the queue once the current transaction commits.

    `params` must be JSON; a file the job works on (an upload) goes in `input_file`: it
    is stored with the job, so a worker on another machine sharing the media folder reads it.
    """
    definition = kind_for(kind)
    job = Job(kind=kind, title=(title or str(definition.label))[:300], params=params or {}, user=user,
              province=province)
    if input_file is not None:
        job.input_file.save(os.path.basename(input_file.name), input_file, save=False)
    job.save()
    if _eager():
        _send(job, definition)  # in-process (tests, no broker): at once, in this transaction
    else:
        transaction.on_commit(lambda: _send(job, definition))
    return job


def job_url(job: Job) -> str:
    return reverse("jobs:job_detail", args=[job.pk])


def time_limit(definition: JobKind) -> int:
    return definition.time_limit or settings.NGOAIVU_JOB_TIME_LIMIT


def _eager() -> bool:
    from config.celery import app

    return bool(app.conf.task_always_eager)


def _send(job: Job, definition: JobKind) -> None:
    from ngoaivu.jobs.tasks import run_job

    limit = time_limit(definition)
    try:
        run_job.apply_async(args=[job.pk], soft_time_limit=limit, time_limit=limit + TIME_LIMIT_GRACE_SECONDS)
    except Exception as error:  # noqa: BLE001 - kombu raises its own errors when the broker is away
        logger.exception("Job %s could not be queued", job.pk)
        _finish(job.pk, JobStatus.FAILED, error=_("Không gửi được công việc tới hàng đợi: %(error)s") % {
            "error": error})


def job_execute(job_id: int, *, may_retry: bool) -> bool:
    """Run a queued job; returns True when it failed transiently and should be retried.

    The job is claimed first, so a message delivered twice runs it once. Each attempt
    has its own request id: the change log groups what the job wrote, the log lines
    carry it.
    """
    claimed = Job.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started_at=timezone.now(), attempts=F("attempts") + 1, error="")
    if not claimed:
        return False
    job = Job.objects.select_related("user", "province").get(pk=job_id)
    definition = kind_for(job.kind)
    token = set_request_id(uuid.uuid4())
    try:
        outcome = definition.run(job, lambda percent, message="": job_progress(job.pk, percent, message))
        _complete(job, outcome or JobOutcome())
    except ValidationError as error:  # a refusal the user can act on: not retried
        _finish(job.pk, JobStatus.FAILED, error=" ".join(error.messages))
    except TRANSIENT_ERRORS as error:
        if may_retry:
            logger.warning("Job %s failed transiently, retrying: %s", job.pk, error)
            Job.objects.filter(pk=job.pk).update(status=JobStatus.QUEUED, message=_("Đang thử lại…"))
            return True
        logger.exception("Job %s failed after its retries", job.pk)
        _finish(job.pk, JobStatus.FAILED, error=_("Hệ thống tạm thời không sẵn sàng: %(error)s") % {"error": error})
    except MemoryError:
        logger.error("Job %s exceeded its memory limit", job.pk)
        _finish(job.pk, JobStatus.FAILED, error=_("Công việc vượt quá giới hạn bộ nhớ (%(mb)s MB) nên bị dừng.")
                % {"mb": format_number(settings.NGOAIVU_JOB_MEMORY_LIMIT_MB)})
    except Exception as error:  # noqa: BLE001 - whatever failed, the job must not stay "running"
        if _is_soft_time_limit(error):
            _finish(job.pk, JobStatus.FAILED, error=_time_limit_message(definition))
        else:
            logger.exception("Job %s failed", job.pk)
            _finish(job.pk, JobStatus.FAILED, error=_("Công việc thất bại: %(error)s") % {"error": error})
    finally:
        reset_request_id(token)
    _drop_input(job)
    return False


def _drop_input(job: Job) -> None:
    # An upload is the job's working copy (the record that keeps it stores its own).
    if job.input_file:
        job.input_file.delete(save=False)
        Job.objects.filter(pk=job.pk).update(input_file="")


def _is_soft_time_limit(error: Exception) -> bool:
    from celery.exceptions import SoftTimeLimitExceeded

    return isinstance(error, SoftTimeLimitExceeded)


def _time_limit_message(definition: JobKind) -> str:
    return _("Công việc chạy quá thời gian cho phép (%(seconds)s giây) nên bị dừng.") % {
        "seconds": format_number(time_limit(definition))}


def job_progress(job_id: int, percent: int, message: str = "") -> None:
    """Written at once (outside any transaction the job holds) so the page sees it."""
    values = {"progress": max(0, min(100, int(percent))), "message": str(message)[:300]}
    from django.db import connection, connections

    if connection.in_atomic_block and connection.vendor == "postgresql":
        # A job writing in one transaction (an import) would hide its progress until the
        # end: write it through a connection of its own, committed at once. (SQLite has
        # one writer at a time, so there the page sees it when the transaction ends.)
        side = connections.create_connection("default")
        try:
            with side.cursor() as cursor:
                cursor.execute(f"UPDATE {Job._meta.db_table} SET progress = %s, message = %s WHERE id = %s",
                               [values["progress"], values["message"], job_id])
        finally:
            side.close()
        return
    Job.objects.filter(pk=job_id).update(**values)


def _complete(job: Job, outcome: JobOutcome) -> None:
    if outcome.file_content:
        job.result_file.save(os.path.basename(outcome.file_name) or "ket-qua", ContentFile(outcome.file_content),
                             save=False)
    _finish(job.pk, JobStatus.DONE, message=outcome.message, result_url=outcome.url, open_result=outcome.open_url,
            result_api_url=outcome.api_url, result_file=job.result_file.name or "")


def _finish(job_id: int, status: str, **fields) -> None:
    if status == JobStatus.DONE:
        fields["progress"] = 100
    Job.objects.filter(pk=job_id).update(status=status, finished_at=timezone.now(), **fields)


def job_fail_if_expired(job: Job) -> Job:
    """A job whose worker was killed (hard time limit, machine restart) never reports back:
    past its time limit and the grace period, it is shown as failed."""
    if job.status != JobStatus.RUNNING or job.started_at is None:
        return job
    definition = kind_for(job.kind)
    deadline = job.started_at + timedelta(seconds=time_limit(definition) + 2 * TIME_LIMIT_GRACE_SECONDS)
    if timezone.now() > deadline:
        try:
            _finish(job.pk, JobStatus.FAILED, error=_time_limit_message(definition))
        except DatabaseError:  # a read-only replica or a busy database: show it as is
            return job
        job.refresh_from_db()
    return job


def jobs_purge(*, older_than_days: int) -> int:
    """Delete finished jobs and their result files; returns how many were deleted."""
    cutoff = timezone.now() - timedelta(days=older_than_days)
    old = Job.objects.filter(finished_at__lt=cutoff)
    count = 0
    for job in old.iterator():
        if job.result_file:
            job.result_file.delete(save=False)
        job.delete()
        count += 1
    return count
