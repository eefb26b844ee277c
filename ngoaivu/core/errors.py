from django.core.exceptions import PermissionDenied, ValidationError  # noqa: F401  re-exported


class ScopeDenied(PermissionDenied):
    """The actor may not act on this province's records (or not in this way)."""


class StaleRecord(ValidationError):
    """An edit made from an older version of the record than the one stored.

    A ValidationError, so a form shows it above the fields and nothing is saved; the API
    answers 412 Precondition Failed. `changes` says who changed what since (audit rows).
    """

    def __init__(self, message, *, current_version: int, changes: list[dict]):
        super().__init__(message, code="stale")
        self.current_version = current_version
        self.changes = changes
