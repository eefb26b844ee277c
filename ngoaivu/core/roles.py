"""Roles and what each may do. Kept as data so the permission matrix is one table.

A national user (no province) reads every province and writes none, whatever the role
field says; a superuser may do everything.
"""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    VIEWER = "viewer", _("Người xem")
    CONTRIBUTOR = "contributor", _("Cộng tác viên sở, ngành")
    SPECIALIST = "specialist", _("Chuyên viên")
    APPROVER = "approver", _("Lãnh đạo phê duyệt")
    ADMIN = "admin", _("Quản trị")


class Action:
    VIEW = "view"
    ADD = "add"
    CHANGE = "change"
    DELETE = "delete"
    RESTORE = "restore"
    SUBMIT = "submit"
    APPROVE = "approve"
    MANAGE_USERS = "manage_users"
    # The Ministry's reporting rounds: opening, closing, returning a province's submission.
    MANAGE_ROUNDS = "manage_rounds"


_WRITE = {Action.ADD, Action.CHANGE}
CAPABILITIES: dict[str, frozenset[str]] = {
    Role.VIEWER: frozenset({Action.VIEW}),
    Role.CONTRIBUTOR: frozenset({Action.VIEW, *_WRITE}),
    Role.SPECIALIST: frozenset({Action.VIEW, *_WRITE, Action.DELETE, Action.RESTORE, Action.SUBMIT}),
    Role.APPROVER: frozenset({Action.VIEW, Action.APPROVE}),
    Role.ADMIN: frozenset(
        {Action.VIEW, *_WRITE, Action.DELETE, Action.RESTORE, Action.SUBMIT, Action.MANAGE_USERS}
    ),
}
NATIONAL_CAPABILITIES = frozenset({Action.VIEW})
# A national administrator also runs the reporting rounds; still no province record writes.
NATIONAL_ADMIN_CAPABILITIES = frozenset({Action.VIEW, Action.MANAGE_ROUNDS})


def can(user, action: str) -> bool:
    """Whether the user's role allows `action` anywhere (province scoping comes on top)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if user.province_id is None:
        allowed = NATIONAL_ADMIN_CAPABILITIES if user.role == Role.ADMIN else NATIONAL_CAPABILITIES
        return action in allowed
    return action in CAPABILITIES.get(user.role, frozenset())
