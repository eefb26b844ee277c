"""Turning records and change-log rows into label/value rows for the pages."""
from __future__ import annotations

import datetime
import decimal

from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst

HIDDEN_FIELDS = {"id", "created_at", "updated_at", "deleted_at"}


def display_value(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, datetime.datetime):
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, (int, float, decimal.Decimal)):
        return number_format(value, use_l10n=True, force_grouping=True)
    return value


def field_value(obj: models.Model, field: models.Field):
    if field.many_to_many:
        return ", ".join(str(item) for item in getattr(obj, field.name).all()) or "—"
    if field.choices:
        return display_value(getattr(obj, f"get_{field.name}_display")())
    if isinstance(field, models.IntegerField) and field.name.endswith("year"):
        value = getattr(obj, field.name)
        return "—" if value is None else str(value)  # a year is not a quantity: no "2.024"
    if isinstance(field, models.FileField):
        file = getattr(obj, field.name)
        return file.name.rsplit("/", 1)[-1] if file else "—"
    return display_value(getattr(obj, field.name))


def field_rows(obj: models.Model, names: tuple[str, ...] | None = None) -> list[tuple[str, object]]:
    meta = obj._meta
    if names is None:
        fields = [f for f in [*meta.concrete_fields, *meta.many_to_many] if f.name not in HIDDEN_FIELDS and f.editable]
    else:
        fields = [meta.get_field(name) for name in names]
    return [(capfirst(str(field.verbose_name)), field_value(obj, field)) for field in fields]
