"""Writes of cultural and external-information events."""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ngoaivu.core.services import record_create, record_update
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.geo.selectors import lineage_ids


def _check_partners(partners, province_id) -> None:
    # Many-to-many values never reach clean(); a partner must be the province's own
    # (or one of the unit it succeeded), whoever links it.
    own_units = set(lineage_ids(province_id))
    if any(partner.province_id not in own_units or partner.is_deleted for partner in partners or ()):
        raise ValidationError({"partners": _("Có đối tác không thuộc tỉnh, thành phố của bản ghi.")})


def cultural_event_create(*, actor, data: dict, channel: str = "") -> CulturalEvent:
    province = data.get("province")
    if province is not None:
        _check_partners(data.get("partners"), province.pk)
    return record_create(CulturalEvent, actor=actor, data=data, channel=channel)


def cultural_event_update(event: CulturalEvent, *, actor, data: dict, channel: str = "") -> CulturalEvent:
    _check_partners(data.get("partners"), event.province_id)
    return record_update(event, actor=actor, data=data, channel=channel)
