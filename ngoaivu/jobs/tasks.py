"""The Celery side of ngoaivu.jobs: one task runs any job; scheduled kinds are started by beat."""
from __future__ import annotations

from celery.signals import worker_process_init
from django.conf import settings

from config.celery import app
from ngoaivu.jobs import services
from ngoaivu.jobs.limits import limit_memory
from ngoaivu.jobs.models import Job
from ngoaivu.jobs.registry import kind_for

RETRY_BACKOFF_SECONDS = 10


@worker_process_init.connect
def _limit_worker_process(**_kwargs) -> None:
    limit_memory(settings.NGOAIVU_JOB_MEMORY_LIMIT_MB)


@app.task(bind=True, name="ngoaivu.jobs.run", acks_late=True, ignore_result=True)
def run_job(self, job_id: int) -> None:
    job = Job.objects.filter(pk=job_id).only("kind").first()
    if job is None:  # deleted (purged) while it waited
        return
    max_retries = kind_for(job.kind).max_retries
    if services.job_execute(job_id, may_retry=self.request.retries < max_retries):
        # Exponential back-off: 10 s, 20 s, 40 s… for a database or broker to come back.
        raise self.retry(countdown=RETRY_BACKOFF_SECONDS * 2 ** self.request.retries, max_retries=max_retries)


@app.task(name="ngoaivu.jobs.start_scheduled", ignore_result=True)
def start_scheduled(kind: str) -> None:
    """Beat's entry: scheduled work is a job like any other, with no one who asked for it."""
    services.start_job(kind)
