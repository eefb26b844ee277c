"""Reads of accounts data: a province's settings, a user's API keys."""
from __future__ import annotations

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import current_province


def province_settings_for(unit: Province) -> ProvinceSettings | None:
    """The unit's own settings, else those of today's unit that carries it on (a report of
    Thừa Thiên Huế in 2022 is signed as Huế's settings say); None when neither has any."""
    today_unit = current_province(unit)
    found = {row.province_id: row for row in ProvinceSettings.objects.filter(province__in=[unit.pk, today_unit.pk])}
    return found.get(unit.pk) or found.get(today_unit.pk)


def tokens_of(user):
    """The user's API keys, newest first (active and past: their page shows both)."""
    from ngoaivu.accounts.models import ApiToken

    return ApiToken.objects.filter(user=user).order_by("-created_at", "-pk")


def users_managed_by(actor, *, query: str = "", role: str = "", active: bool | None = None):
    """The users the actor manages (their province's; every user for a national
    administrator), superusers left out, filtered by name/email text, role and state."""
    from django.db.models import Q

    from ngoaivu.accounts.models import User
    from ngoaivu.accounts.users import manages_every_province, may_manage_users
    from ngoaivu.core.scoping import scope_province_ids

    users = User.objects.select_related("province").filter(is_superuser=False).order_by("province__name", "username")
    if not may_manage_users(actor):
        return users.none()
    if not manages_every_province(actor):
        users = users.filter(province__in=scope_province_ids(actor) or ())
    if query:
        users = users.filter(Q(username__icontains=query) | Q(first_name__icontains=query)
                             | Q(last_name__icontains=query) | Q(email__icontains=query))
    if role:
        users = users.filter(role=role)
    if active is not None:
        users = users.filter(is_active=active)
    return users
