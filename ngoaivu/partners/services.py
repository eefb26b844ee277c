"""Writes of partners. Every channel (UI, API, admin, text review) comes through here."""
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_bulk_create, record_create, record_delete, record_update
from ngoaivu.partners.identity import place_key
from ngoaivu.partners.models import Partner


def _current(data: dict, partner: Partner | None, field: str):
    return data[field] if field in data else getattr(partner, field, None)


def _country_code(data: dict, partner: Partner | None) -> str | None:
    if "country_id" in data:
        return data["country_id"]
    if "country" in data:
        return data["country"].pk if data["country"] else None
    return partner.country_id if partner else None


def _with_place_key(data: dict, partner: Partner | None = None) -> dict:
    key = place_key(partner_type=_current(data, partner, "partner_type"),
                    names=(_current(data, partner, "name"), _current(data, partner, "name_original")),
                    country_code=_country_code(data, partner))
    return {**data, "place_key": key}


def partner_create(*, actor, data: dict, channel: str = "") -> Partner:
    return record_create(Partner, actor=actor, data=_with_place_key(data), channel=channel)


def partner_bulk_create(*, actor, rows: list[dict], channel: str = "") -> list[Partner]:
    """partner_create for many rows at once (imports)."""
    return record_bulk_create(Partner, actor=actor, rows=[_with_place_key(data) for data in rows], channel=channel)


def partner_update(partner: Partner, *, actor, data: dict, channel: str = "") -> Partner:
    return record_update(partner, actor=actor, data=_with_place_key(data, partner), channel=channel)


def _references():
    """Every field of every model that points at a partner (found from the models, so a
    new record type that links partners is merged without changing this code)."""
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is Partner and (
                field.many_to_one or field.one_to_one or field.many_to_many
            ):
                yield model, field


@transaction.atomic
def partner_merge(kept: Partner, duplicate: Partner, *, actor, channel: str = "") -> Partner:
    """Move every reference of `duplicate` onto `kept`, then put `duplicate` in the trash
    (restorable). The moved references are written to the change log of `kept`."""
    ensure_allowed(actor, Action.CHANGE, kept.province_id)
    ensure_allowed(actor, Action.DELETE, duplicate.province_id)
    if kept.pk == duplicate.pk:
        raise ValidationError({"duplicate": _("Hãy chọn một đối tác khác để gộp.")})
    if duplicate.is_deleted or kept.is_deleted:
        raise ValidationError({"duplicate": _("Không gộp được đối tác đã bị xóa.")})
    if kept.province_id != duplicate.province_id:
        raise ValidationError({"duplicate": _("Chỉ gộp được hai đối tác của cùng một tỉnh, thành phố.")})
    if kept.country_id != duplicate.country_id:
        raise ValidationError({"duplicate": _("Hai đối tác thuộc hai quốc gia khác nhau, không gộp được.")})
    moved: dict[str, list] = {}
    for model, field in _references():
        label = f"{model._meta.label}.{field.name}"
        owners = model._base_manager.filter(**{field.name: duplicate})
        ids = list(owners.values_list("pk", flat=True))
        if not ids:
            continue
        if field.many_to_many:
            for owner in owners:
                getattr(owner, field.name).remove(duplicate)
                getattr(owner, field.name).add(kept)
        else:
            owners.update(**{field.name: kept})
        moved[label] = ids
    change_record(actor=actor, action=ChangeAction.UPDATE, instance=kept, channel=channel,
                  before={"merged_partner": None},
                  after={"merged_partner": {"id": duplicate.pk, "name": duplicate.name, "moved": moved}})
    notes = "\n".join(filter(None, [kept.notes, _("Đã gộp đối tác “%(name)s” (mã %(pk)s).")
                                    % {"name": duplicate.name, "pk": duplicate.pk}]))
    kept = record_update(kept, actor=actor, channel=channel, data={
        "notes": notes, "name_original": kept.name_original or duplicate.name_original,
    })
    record_delete(duplicate, actor=actor, channel=channel)
    return kept
