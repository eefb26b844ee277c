"""API keys: made (shown once), checked on each request, revoked by their owner (listed by
ngoaivu.accounts.selectors.tokens_of)."""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.accounts.models import ApiToken

PREFIX_LENGTH = 8


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    token: ApiToken
    key: str  # shown to the owner once; only its hash is stored


def token_active_q():
    from django.db.models import Q

    return Q(revoked_at__isnull=True, expires_at__gt=timezone.now())


@transaction.atomic
def token_issue(*, user, name: str = "", days: int | None = None) -> IssuedToken:
    """A new key for `user`. Past NGOAIVU_API_TOKEN_MAX_ACTIVE keys the oldest active ones
    are revoked, so a script asking for a key on every run does not pile them up."""
    max_days = settings.NGOAIVU_API_TOKEN_MAX_DAYS
    days = settings.NGOAIVU_API_TOKEN_DAYS if days in (None, "") else days
    if not 1 <= int(days) <= max_days:
        raise ValidationError({"days": _("Số ngày hiệu lực phải từ 1 đến %(max)d.") % {"max": max_days}})
    key = secrets.token_hex(20)
    token = ApiToken.objects.create(user=user, name=(name or "").strip()[:100], key_hash=hash_key(key),
                                    prefix=key[:PREFIX_LENGTH],
                                    expires_at=timezone.now() + timedelta(days=int(days)))
    keep = settings.NGOAIVU_API_TOKEN_MAX_ACTIVE
    surplus = list(ApiToken.objects.filter(token_active_q(), user=user).order_by("-created_at", "-pk")
                   .values_list("pk", flat=True)[keep:])
    if surplus:
        ApiToken.objects.filter(pk__in=surplus).update(revoked_at=timezone.now())
    return IssuedToken(token, key)


def token_revoke(token: ApiToken, *, actor) -> ApiToken:
    """Revoke one of the actor's own keys (another user's key is "not found")."""
    if token.user_id != actor.pk:
        raise ValidationError(_("Không tìm thấy khóa API này trong các khóa của bạn."))
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def token_check(key: str) -> tuple[ApiToken | None, str]:
    """The active token of `key`, or None and why it is refused (in Vietnamese)."""
    token = ApiToken.objects.select_related("user", "user__province").filter(key_hash=hash_key(key)).first()
    if token is None:
        return None, _("Khóa API không hợp lệ.")
    if token.revoked_at is not None:
        return None, _("Khóa API đã bị thu hồi. Hãy tạo khóa mới.")
    if token.expires_at <= timezone.now():
        return None, _("Khóa API đã hết hạn ngày %(date)s. Hãy tạo khóa mới.") % {
            "date": timezone.localtime(token.expires_at).strftime("%d/%m/%Y")}
    if not token.user.is_active:
        return None, _("Tài khoản của khóa API này đã bị khóa.")
    return token, ""


def token_touch(token: ApiToken) -> None:
    """Record the last use, at most once a minute per key (not a write per request)."""
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now

