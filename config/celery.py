"""The task queue (ADR 0006): Celery, configured from Django's settings (CELERY_*).

Production sends tasks through Redis; the demo through kombu's filesystem transport
(no broker to install); the tests run them in-process (CELERY_TASK_ALWAYS_EAGER).
"""
import os

from celery import Celery
from celery.signals import beat_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.django.base")

app = Celery("ngoaivu")
# The current app is per thread in Celery: without this, a request served by another
# thread (gunicorn's threads, the test live server) would send to a default broker.
app.set_default()
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks(["ngoaivu.jobs"])


@beat_init.connect
def _schedule(sender, **_kwargs) -> None:
    # Job kinds declare their schedules in their apps' ready(): read once Django is set up.
    from ngoaivu.jobs.schedule import beat_schedule

    sender.app.conf.beat_schedule = beat_schedule()
