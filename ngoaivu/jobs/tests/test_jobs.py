"""Jobs as a user meets them: started, polled, downloaded, refused, retried, limited."""
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.exceptions import ValidationError
from django.db import OperationalError
from django.urls import reverse
from django.utils import timezone

from ngoaivu.core.roles import Role
from ngoaivu.jobs import services
from ngoaivu.jobs.choices import JobStatus
from ngoaivu.jobs.models import Job
from ngoaivu.jobs.registry import JobKind, JobOutcome, register_kind

CALLS = {"flaky": 0}


def _export(job, progress):
    progress(50, "Đang viết tệp")
    return JobOutcome(message="Xong", file_name="bao-cao.txt", file_content=f"tham số {job.params['n']}".encode())


def _refuse(job, progress):
    raise ValidationError("Tệp vượt giới hạn 2.000 trang.")


def _flaky(job, progress):
    CALLS["flaky"] += 1
    if CALLS["flaky"] < 3:
        raise OperationalError("could not connect to server")
    return JobOutcome(url="/ket-qua/")


def _always_down(job, progress):
    raise OperationalError("could not connect to server")


def _greedy(job, progress):
    raise MemoryError


def _slow(job, progress):
    raise SoftTimeLimitExceeded()


for code, run in {"t_export": _export, "t_refuse": _refuse, "t_flaky": _flaky, "t_down": _always_down,
                  "t_greedy": _greedy, "t_slow": _slow}.items():
    register_kind(JobKind(code=code, label=f"Thử {code}", run=run, time_limit=60, max_retries=2))


@pytest.fixture
def specialist(users):
    return users[Role.SPECIALIST]


def test_a_job_runs_and_its_file_is_downloaded_from_its_page(specialist, own_province, client_for):
    job = services.start_job("t_export", user=specialist, province=own_province, params={"n": 7}, title="Xuất")
    job.refresh_from_db()
    assert (job.status, job.progress, job.message, job.attempts) == (JobStatus.DONE, 100, "Xong", 1)
    web = client_for(specialist)
    page = web.get(reverse("jobs:job_detail", args=[job.pk])).content.decode()
    assert "jobs/job.js" in page and "<script>" not in page
    state = web.get(reverse("jobs:job_status", args=[job.pk])).json()
    assert state["finished"] and state["status_label"] == "Hoàn thành"
    download = web.get(state["download_url"])
    assert b"".join(download.streaming_content) == "tham số 7".encode()


def test_jobs_are_seen_only_by_who_started_them_in_their_scope(specialist, users, make_user, other_province,
                                                               own_province, client_for, client):
    job = services.start_job("t_export", user=specialist, province=own_province, params={"n": 1})
    for stranger in (users[Role.VIEWER], make_user(role=Role.SPECIALIST, province=other_province)):
        web = client_for(stranger)
        for name in ("jobs:job_detail", "jobs:job_status", "jobs:job_download"):
            assert web.get(reverse(name, args=[job.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("jobs:job_status", args=[job.pk])).status_code == 302  # to the login page


def test_a_refusal_fails_the_job_with_its_message_and_is_not_retried(specialist, own_province):
    job = services.start_job("t_refuse", user=specialist, province=own_province)
    job.refresh_from_db()
    assert (job.status, job.error, job.attempts) == (JobStatus.FAILED, "Tệp vượt giới hạn 2.000 trang.", 1)


def test_transient_failures_are_retried_then_the_job_succeeds(specialist, own_province):
    CALLS["flaky"] = 0
    job = services.start_job("t_flaky", user=specialist, province=own_province)
    job.refresh_from_db()
    assert (job.status, job.attempts, job.result_url) == (JobStatus.DONE, 3, "/ket-qua/")


def test_transient_failures_stop_after_the_retries(specialist, own_province):
    job = services.start_job("t_down", user=specialist, province=own_province)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED and job.attempts == 3
    assert job.error.startswith("Hệ thống tạm thời không sẵn sàng")


@pytest.mark.parametrize("kind, message", [
    ("t_greedy", "Công việc vượt quá giới hạn bộ nhớ (2.048 MB) nên bị dừng."),
    ("t_slow", "Công việc chạy quá thời gian cho phép (60 giây) nên bị dừng."),
])
def test_limits_fail_the_job_with_a_vietnamese_message(specialist, own_province, kind, message):
    job = services.start_job(kind, user=specialist, province=own_province)
    job.refresh_from_db()
    assert (job.status, job.error) == (JobStatus.FAILED, message)


def test_a_job_whose_worker_was_killed_shows_as_failed_after_its_limit(specialist, own_province, client_for):
    job = Job.objects.create(kind="t_export", title="Xuất", user=specialist, province=own_province,
                             status=JobStatus.RUNNING, started_at=timezone.now() - timedelta(minutes=5))
    state = client_for(specialist).get(reverse("jobs:job_status", args=[job.pk])).json()
    assert state["status"] == "failed" and "quá thời gian" in state["error"]


def test_a_job_is_claimed_once(specialist, own_province):
    job = services.start_job("t_export", user=specialist, province=own_province, params={"n": 1})
    assert services.job_execute(job.pk, may_retry=True) is False
    job.refresh_from_db()
    assert job.attempts == 1


def test_purge_deletes_old_finished_jobs_and_their_files(specialist, own_province):
    job = services.start_job("t_export", user=specialist, province=own_province, params={"n": 1})
    Job.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=40))
    assert services.jobs_purge(older_than_days=30) == 1
    assert not Job.objects.exists()
