"""Turning records and change-log rows into label/value rows for the pages."""
from __future__ import annotations

import datetime
import decimal

from django.db import models
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst

HIDDEN_FIELDS = {"id", "created_at", "updated_at", "deleted_at", "search_title", "search_text"}


def format_amount(value, currency: str = "") -> str:
    """An amount in the interface's language: "900.000.000 VND" (vi), "1,250.5 USD" (en).
    Đồng has no minor unit in use, so VND never shows decimals."""
    from babel.numbers import format_decimal
    from django.utils.translation import get_language

    from ngoaivu.core.vnformat import round_half_up

    if value is None or value == "":
        return "—"
    decimals = 0 if currency == "VND" else 2
    locale = "en" if get_language() == "en" else "vi"
    text = format_decimal(round_half_up(value, decimals), format="#,##0" + ("." + "#" * decimals if decimals else ""),
                          locale=locale)
    return f"{text} {currency}".strip()


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
    if isinstance(field, models.DecimalField) and getattr(obj, "currency", None) and field.name != "exchange_rate":
        return format_amount(getattr(obj, field.name), obj.currency)
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
