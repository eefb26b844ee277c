"""Resource limits of a worker process, so one job cannot take the machine down.

The time limit is Celery's (soft: the job is told and fails cleanly; hard: the process
is killed). Memory is bounded twice: the kernel refuses a worker process more than
NGOAIVU_JOB_MEMORY_LIMIT_MB of data (the job fails with MemoryError), and a process
that grew past NGOAIVU_WORKER_MAX_MEMORY_MB is replaced after its job (Celery's
max-memory-per-child). Readers bound their own work before parsing (pipeline/readers.py).
"""
from __future__ import annotations

import resource

TIME_LIMIT_GRACE_SECONDS = 30  # between the soft limit (job fails cleanly) and the kill


def limit_memory(megabytes: int) -> None:
    """Cap the process's data segment (heap and anonymous mappings), not its address space:
    shared libraries and thread stacks reserve address space they never use."""
    if megabytes <= 0:
        return
    limit = megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
