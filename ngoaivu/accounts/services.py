"""Writes of accounts data: a province's settings, by its administrator, audited."""
from __future__ import annotations

from django.db import transaction

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_update
from ngoaivu.geo.models import Province

SETTINGS_FIELDS = ("responsible_body", "responsible_body_abbreviation", "delegation_report_days",
                   "report_signer_authority", "report_signer_title", "report_signer_name",
                   "report_number_suffix", "iati_organisation_identifier", "accept_all_skips_doubtful")


@transaction.atomic
def province_settings_update(*, actor, province: Province, data: dict, channel: str = "") -> ProvinceSettings:
    """Change a province's settings (made on first change); only its administrator may."""
    ensure_allowed(actor, Action.MANAGE_USERS, province.pk)
    data = {name: value for name, value in data.items() if name in SETTINGS_FIELDS}
    settings = ProvinceSettings.objects.select_for_update().filter(province=province).first()
    if settings is None:
        return record_create(ProvinceSettings, actor=actor, channel=channel, action=Action.MANAGE_USERS,
                             data={"province": province, **data})
    return record_update(settings, actor=actor, data=data, channel=channel, action=Action.MANAGE_USERS)
