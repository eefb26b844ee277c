from django.core.exceptions import PermissionDenied, ValidationError  # noqa: F401  re-exported


class ScopeDenied(PermissionDenied):
    """The actor may not act on this province's records (or not in this way)."""
