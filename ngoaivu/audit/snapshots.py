"""JSON snapshots of a record for the change log: plain values, foreign keys as ids."""
import datetime
import decimal
import uuid

from django.db import models


def _json_value(value):
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or None
    return value


def snapshot(instance: models.Model, m2m: dict | None = None) -> dict:
    """Field values for the change log. A model may leave out bulky fields it never edits
    (e.g. the full text of an ingested document) with `audit_exclude_fields`. `m2m`
    (name → the linked objects just written) spares a bulk write a query per row."""
    # The folded search copies are derived data, never a change of their own.
    excluded = set(getattr(instance, "audit_exclude_fields", ())) | {"search_title", "search_text"}
    data = {}
    for field in instance._meta.concrete_fields:
        if field.name in excluded:
            continue
        data[field.attname] = _json_value(getattr(instance, field.attname))
    if instance.pk:
        for field in instance._meta.many_to_many:
            if m2m is not None:
                data[field.name] = sorted(obj.pk for obj in m2m.get(field.name) or ())
            else:
                data[field.name] = sorted(getattr(instance, field.name).values_list("pk", flat=True))
    return data
