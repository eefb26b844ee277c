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
