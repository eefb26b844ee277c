"""Writes of partners. Every channel (UI, API, admin, text review) comes through here."""
from ngoaivu.core.services import record_create, record_delete, record_update
from ngoaivu.partners.models import Partner


def partner_create(*, actor, data: dict, channel: str = "") -> Partner:
    return record_create(Partner, actor=actor, data=data, channel=channel)


def partner_update(partner: Partner, *, actor, data: dict, channel: str = "") -> Partner:
    return record_update(partner, actor=actor, data=data, channel=channel)


def partner_delete(partner: Partner, *, actor, channel: str = "") -> None:
    record_delete(partner, actor=actor, channel=channel)
