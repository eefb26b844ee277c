"""The spreadsheet columns of a record type, derived once from its model's fields.

Every editable field becomes a column headed by its Vietnamese name (with the unit
when it has one); links to other records are written as the linked record's name and
read back with the same name matching as the text review screen
(ngoaivu.geo.catalog.normalize_name). Files are not carried in sheets. A record type
may add units or leave columns out in `specs.OVERRIDES`.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from ngoaivu.core.choices import Currency

TEXT, INTEGER, DECIMAL, DATE, BOOLEAN, CHOICE, LINK, LINKS = (
    "text", "integer", "decimal", "date", "boolean", "choice", "link", "links")
# Never carried: identity and bookkeeping (ids differ between databases).
SKIPPED_FIELDS = {"id", "created_at", "updated_at", "deleted_at", "province"}
PROVINCE = "province"


@dataclass(frozen=True)
class Column:
    name: str                       # the model field
    label: str                      # its Vietnamese name, capitalised
    kind: str
    required: bool = False
    unit: str = ""
    choices: tuple[tuple[str, str], ...] = ()      # (code, label)
    related_model: type[models.Model] | None = None
    decimal_places: int = 0
    grouped: bool = True            # 1.234 — not for years
    importable: bool = True         # False: exported for reading, set by the workflow, ignored on import


    @property
    def header(self) -> str:
        return f"{self.label} ({self.unit})" if self.unit else self.label

    def choice_label(self, code) -> str:
        return dict(self.choices).get(code, code or "")


def _kind(field: models.Field) -> str:
    if field.many_to_many:
        return LINKS
    if field.is_relation:
        return LINK
    if field.flatchoices:
        return CHOICE
    if isinstance(field, models.BooleanField):
        return BOOLEAN
    if isinstance(field, models.DateField):
        return DATE
    if isinstance(field, models.DecimalField):
        return DECIMAL
    if isinstance(field, (models.IntegerField, models.FloatField)):
        return INTEGER
    return TEXT


def _currency_companion(model, field: models.Field) -> models.Field | None:
    """The field holding an amount's currency: `counterpart_amount` → `counterpart_currency`,
    `registered_capital` → `capital_currency`, else `currency`."""
    names = {f.name: f for f in model._meta.concrete_fields
             if f.flatchoices and {code for code, _label in f.flatchoices} <= set(Currency.values)}
    parts = field.name.split("_")
    for candidate in (f"{parts[0]}_currency", f"{parts[-1]}_currency", "currency"):
        if candidate in names:
            return names[candidate]
    return None


def _unit(model, field: models.Field, units: dict) -> str:
    if str(field.verbose_name).endswith(")"):
        return ""                   # the name already says it: "… theo văn bản (%)"
    if field.name in units:
        return str(units[field.name])
    if field.name.endswith("_pct"):
        return "%"
    if isinstance(field, models.DecimalField):
        currency = _currency_companion(model, field)
        if currency is not None:
            return _("theo cột “%(column)s”") % {"column": capfirst(currency.verbose_name)}
    return ""


def field_column(model, field: models.Field, units: dict) -> Column:
    kind = _kind(field)
    has_default = field.has_default() or isinstance(field, models.BooleanField)
    return Column(
        name=field.name,
        label=str(capfirst(field.verbose_name)),
        kind=kind,
        required=not field.blank and not has_default and kind != LINKS,
        unit=_unit(model, field, units),
        choices=tuple((str(code), str(label)) for code, label in field.flatchoices) if kind == CHOICE else (),
        related_model=field.related_model if kind in (LINK, LINKS) else None,
        decimal_places=getattr(field, "decimal_places", 0) or 0,
        grouped=not field.name.endswith("year"),
    )


def model_columns(model, *, exclude=(), units=None, read_only=(), with_province: bool = True) -> list[Column]:
    """Editable fields in declaration order, then the province (a national user's export
    mixes provinces; a provincial user may name a unit it succeeded). A workflow's status
    (a non-editable field with choices) and the fields named in `read_only` are exported
    for reading and ignored on import: only the workflow's steps set them."""
    from dataclasses import replace

    from ngoaivu.geo.models import Province

    columns = []
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if field.name in SKIPPED_FIELDS or field.name in exclude or isinstance(field, models.FileField):
            continue
        if not field.editable and not field.flatchoices:
            continue
        column = field_column(model, field, units or {})
        if not field.editable or field.name in read_only:
            column = replace(column, importable=False, required=False)
        columns.append(column)
    if with_province:
        columns.append(Column(name=PROVINCE, label=_("Tỉnh, thành phố"), kind=LINK, related_model=Province))
    return columns
