"""The kinds of background work: each app declares its own in AppConfig.ready().

A kind names the function that does the work. The function receives the Job and a
`progress(percent, message)` callable, and returns a JobOutcome (or None). It raises
ValidationError for a refusal the user should read (not retried) and anything else for a
failure; transient failures (database or broker unreachable) are retried.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class JobOutcome:
    message: str = ""  # shown on the job's page when it is done
    file_name: str = ""  # a file to download (stored with the job)
    file_content: bytes = b""
    url: str = ""  # the page of the result
    open_url: bool = True  # the waiting page opens it by itself (False: the message must be read first)
    api_url: str = ""  # the result in the API (/api/…/<id>/), for clients that started the job there


@dataclass(frozen=True)
class JobKind:
    code: str
    label: Any  # lazy Vietnamese label
    run: Callable[..., JobOutcome | None]
    time_limit: int | None = None  # seconds; settings.NGOAIVU_JOB_TIME_LIMIT when None
    max_retries: int = 2
    # Celery beat schedule (e.g. crontab(hour=6, minute=0)) for work that runs by itself.
    schedule: Any = None


_KINDS: dict[str, JobKind] = {}


def register_kind(kind: JobKind) -> JobKind:
    _KINDS[kind.code] = kind
    return kind


def kind_for(code: str) -> JobKind:
    try:
        return _KINDS[code]
    except KeyError:
        raise LookupError(f"Unknown job kind {code!r}: was its app's ready() run?") from None


def kinds() -> list[JobKind]:
    return list(_KINDS.values())
