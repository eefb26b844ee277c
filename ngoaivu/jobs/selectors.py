"""Reads of jobs: a user sees the jobs they started, within their province scope."""
from ngoaivu.core.scoping import restrict
from ngoaivu.jobs.models import Job


def job_list(*, user):
    return restrict(Job.objects.filter(user=user), user).select_related("province")


def job_get(*, user, pk: int) -> Job | None:
    if user is None or not user.is_authenticated:
        return None
    return job_list(user=user).filter(pk=pk).first()


def job_state(job: Job) -> dict:
    """What the waiting page polls."""
    return {
        "id": job.pk, "kind": job.kind, "title": job.title, "status": job.status,
        "status_label": str(job.get_status_display()), "progress": job.progress, "message": job.message,
        "error": job.error, "finished": job.is_finished, "result_url": job.result_url,
        "open_result": job.open_result,
        "download_url": _download_url(job),
    }


def _download_url(job: Job) -> str:
    from django.urls import reverse

    return reverse("jobs:job_download", args=[job.pk]) if job.result_file else ""
