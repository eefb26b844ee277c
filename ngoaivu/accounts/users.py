"""Managing a province's users: who may, and the writes (create, change role and details,
deactivate or reactivate, reset the password), each in the change log.

A province administrator manages the users of their province only; a national
administrator (no province, role "Quản trị") or a superuser manages every user.
Nobody manages a superuser here, nor deactivates or demotes themselves.
"""
from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.accounts.models import User
from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Action, Role, can
from ngoaivu.core.scoping import scope_province_ids

DETAIL_FIELDS = ("first_name", "last_name", "email", "role")
PASSWORD_MARK = "********"  # the change log says a password was set, never its hash


def manages_every_province(actor) -> bool:
    return bool(actor and actor.is_authenticated and actor.is_active
                and (actor.is_superuser or (actor.province_id is None and actor.role == Role.ADMIN)))


def may_manage_users(actor) -> bool:
    """Whether the actor sees the user-management page at all."""
    return manages_every_province(actor) or can(actor, Action.MANAGE_USERS)


def may_manage(actor, target_province_id: int | None) -> bool:
    if manages_every_province(actor):
        return True
    if not can(actor, Action.MANAGE_USERS) or target_province_id is None:
        return False
    return target_province_id in (scope_province_ids(actor) or ())


def _ensure(actor, user: User | None, province_id: int | None) -> None:
    if (user is not None and user.is_superuser) or not may_manage(actor, province_id):
        raise ScopeDenied(_("Bạn không có quyền quản lý người dùng này."))


def _snapshot(user: User) -> dict:
    return snapshot(user)  # User.audit_exclude_fields keeps the password hash out


def _log(actor, action, user, before, after, channel) -> None:
    change_record(actor=actor, action=action, instance=user, before=before, after=after, channel=channel)


def _check_role(role: str) -> None:
    if role not in Role.values:
        raise ValidationError({"role": _("Vai trò không hợp lệ.")})


@transaction.atomic
def user_create(*, actor, data: dict, channel: str = "") -> User:
    """A new user of the actor's province (a national administrator names the province, or
    none for a national user), with a first password the user should then change."""
    province = data.get("province") if manages_every_province(actor) else actor.province
    _ensure(actor, None, getattr(province, "pk", None))
    _check_role(data.get("role", ""))
    username = (data.get("username") or "").strip()
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError({"username": _("Tên đăng nhập này đã có người dùng.")})
    user = User(username=username, province=province, **{name: data.get(name, "") for name in DETAIL_FIELDS})
    password = data.get("password") or ""
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise ValidationError({"password": error.messages}) from None
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    _log(actor, ChangeAction.CREATE, user, None, {**_snapshot(user), "password": PASSWORD_MARK}, channel)
    return user


def _locked(user: User) -> User:
    return User.objects.select_for_update().get(pk=user.pk)


@transaction.atomic
def user_update(user: User, *, actor, data: dict, channel: str = "") -> User:
    """Change a user's name, email or role (not the user name, province or password)."""
    _ensure(actor, user, user.province_id)
    user = _locked(user)
    data = {name: value for name, value in data.items() if name in DETAIL_FIELDS}
    if "role" in data:
        _check_role(data["role"])
        if user.pk == actor.pk and data["role"] != user.role:
            raise ValidationError({"role": _("Bạn không tự đổi vai trò của mình được; hãy nhờ một quản trị khác.")})
    before = _snapshot(user)
    for name, value in data.items():
        setattr(user, name, value)
    user.full_clean(exclude=["password"])
    user.save()
    after = _snapshot(user)
    if after != before:
        _log(actor, ChangeAction.UPDATE, user, before, after, channel)
    return user


@transaction.atomic
def user_set_active(user: User, *, actor, active: bool, channel: str = "") -> User:
    """Deactivate (cannot log in, API keys refused, changes stay in the log) or reactivate."""
    _ensure(actor, user, user.province_id)
    if user.pk == actor.pk and not active:
        raise ValidationError(_("Bạn không tự khóa tài khoản của mình được."))
    user = _locked(user)
    if user.is_active != active:
        before = _snapshot(user)
        user.is_active = active
        user.save(update_fields=["is_active"])
        _log(actor, ChangeAction.UPDATE, user, before, _snapshot(user), channel)
    return user


@transaction.atomic
def user_set_password(user: User, *, actor, password: str, channel: str = "") -> User:
    """An administrator sets a new password (the user forgot it and has no email): the
    user's sessions end and a login lockout of that user name is lifted."""
    _ensure(actor, user, user.province_id)
    user = _locked(user)
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise ValidationError({"password": error.messages}) from None
    before = {**_snapshot(user), "password": PASSWORD_MARK}
    user.set_password(password)
    user.save(update_fields=["password"])
    _log(actor, ChangeAction.UPDATE, user, before, {**_snapshot(user), "password": PASSWORD_MARK + " (đặt lại)"},
         channel)
    from axes.utils import reset

    reset(username=user.get_username())  # the attempts are rows of this database: same transaction
    return user
