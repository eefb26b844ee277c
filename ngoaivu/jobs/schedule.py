"""Celery beat's schedule, built from the job kinds that declare one (see registry.JobKind)."""
from ngoaivu.jobs.registry import kinds


def beat_schedule() -> dict:
    return {
        f"ngoaivu-{kind.code}": {"task": "ngoaivu.jobs.start_scheduled", "schedule": kind.schedule,
                                 "args": (kind.code,)}
        for kind in kinds() if kind.schedule is not None
    }
