"""The request being served, for the change log: which request grouped which changes."""
import uuid
from contextvars import ContextVar

_request_id: ContextVar[uuid.UUID | None] = ContextVar("ngoaivu_request_id", default=None)


def current_request_id() -> uuid.UUID | None:
    return _request_id.get()


def set_request_id(value: uuid.UUID | None):
    return _request_id.set(value)


def reset_request_id(token) -> None:
    _request_id.reset(token)
