"""The job's waiting page, the state it polls, the result's download, and /healthz."""
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ngoaivu.core.uploads import file_response
from ngoaivu.jobs import health, selectors, services


def _visible_job(request, pk: int):
    job = selectors.job_get(user=request.user, pk=pk)
    if job is None:
        raise Http404(_("Không tìm thấy công việc."))
    return services.job_fail_if_expired(job)


@login_required
def job_detail(request, pk: int):
    job = _visible_job(request, pk)
    return render(request, "jobs/job_detail.html", {"job": job, "state": selectors.job_state(job)})


@never_cache
@login_required
def job_status(request, pk: int):
    return JsonResponse(selectors.job_state(_visible_job(request, pk)))


@login_required
def job_download(request, pk: int):
    return file_response(_visible_job(request, pk).result_file)


@never_cache
@require_GET
def healthz(request):
    """For load balancers and monitoring: 200 when the database and the queue answer, else 503."""
    database, database_detail = health.database_ok()
    queue, queue_detail = health.queue_ok()
    status = "ok" if database and queue else "error"
    return JsonResponse({
        "status": status,
        "database": {"ok": database, "detail": database_detail},
        "queue": {"ok": queue, "detail": queue_detail},
    }, status=200 if status == "ok" else 503)
