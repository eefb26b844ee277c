"""What exchange knows of a record type: its columns, natural key and write services.

Everything comes from the registry and the record type's own pages: the list page
gives the filters and the related rows to load, the add/edit/delete pages give the
services every channel writes through. Only the natural key and a few units are
declared here, per type, because they are decisions rather than facts of the model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from django.db import models
from django.urls import NoReverseMatch, resolve, reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.registry import RecordType, record_types
from ngoaivu.core.services import record_bulk_create
from ngoaivu.exchange.columns import CHOICE, PROVINCE, Column, model_columns

# The columns that say which record a row is (besides its province). A type with an
# alive unique constraint uses it; the others declare theirs. docs/exchange.md lists them.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "partners.partner": ("name", "country"),
    "agreements.agreement": ("title", "signed_on"),
    "agreements.agreementdocument": ("agreement", "kind", "title"),
    "delegations.delegation": ("name", "start_date"),
    "conferences.conference": ("title", "start_date"),
    "investment.fdiproject": ("name", "certificate_date"),
    "investment.promotionevent": ("title", "start_date"),
    "investment.fdicapitaladjustment": ("project", "adjusted_on"),
    "investment.fdiimplementation": ("project", "period_start", "period_end"),
    "aid.odaproject": ("title", "donor"),
    "aid.ngoaid": ("title", "ngo"),
    "aid.odatransaction": ("project", "transaction_type", "transaction_date", "amount", "currency"),
    "aid.ngoaidtransaction": ("aid", "transaction_type", "transaction_date", "amount", "currency"),
    "trade.bordergatestatuschange": ("gate", "changed_on"),
    "consular.citizencase": ("person_name", "opened_on"),
    "consular.overseasactivity": ("title", "held_on"),
    "consular.labourdeployment": ("period_start", "period_end", "country", "scheme", "partner"),
    "culture.culturalevent": ("title", "start_date"),
    "indicators.observation": ("indicator", "period_start", "period_end", "counterpart", "source"),
    "plans.plan": ("name", "start_year", "end_year"),
    "plans.target": ("plan", "indicator", "scope", "year"),
    "reports.report": ("period_start", "period_end", "title"),
    "ingest.sourcedocument": ("title",),
}

# An import writes new rows in one go (core.services.record_bulk_create) for a type written
# by the ordinary services; a type with its own create service needs a batch twin of it,
# next to it in its services module, or is written a row at a time.
BULK_CREATE: dict[str, str] = {
    "partners.partner": "ngoaivu.partners.services.partner_bulk_create",
}

# Exported, not imported: a report is written from the figures and a source document is
# read from its file; both are made on their own pages.
EXPORT_ONLY = {"reports.report", "ingest.sourcedocument"}

# Units the model cannot tell (counts of people, the indicator's own unit).
UNITS: dict[str, dict[str, str]] = {
    "conferences.conference": {"participants": _("người"), "foreign_participants": _("người")},
    "consular.overseasactivity": {"participants_count": _("người")},
    "consular.labourdeployment": {"workers_sent": _("người")},
    "culture.culturalevent": {"audience_size": _("người")},
    "indicators.observation": {"value": _("theo đơn vị của chỉ tiêu")},
    "plans.target": {"value": _("theo đơn vị của chỉ tiêu"), "value_min": _("theo đơn vị của chỉ tiêu"),
                     "value_max": _("theo đơn vị của chỉ tiêu")},
    "investment.promotionevent": {"agreements_signed": _("văn bản")},
}

def _ngo_aid_workflow_fields() -> tuple[str, ...]:
    from ngoaivu.aid.models import NgoAid

    return tuple(sorted(NgoAid.workflow.step_fields))


# Editable fields that only a workflow step may set: exported, not imported.
READ_ONLY: dict[str, Callable[[], tuple[str, ...]]] = {
    "aid.ngoaid": _ngo_aid_workflow_fields,
}

# Fields left out of sheets: evidence offsets only make sense beside the source text.
EXCLUDED: dict[str, tuple[str, ...]] = {
    "indicators.observation": ("evidence_start", "evidence_end"),
}


def _view_class(record_type: RecordType, view: str, args=()):
    """The class of one of the type's own pages, when that page is really about this model."""
    try:
        match = resolve(reverse(record_type.url_name(view), args=args))
    except NoReverseMatch:
        return None
    view_class = getattr(match.func, "view_class", None)
    declared = getattr(match.func, "view_initkwargs", {}).get("record_type")  # a page derived from the declaration
    return view_class if declared is not None and declared.model is record_type.model else None


@dataclass
class ExchangeSpec:
    record_type: RecordType
    natural_key: tuple[str, ...] = ()
    units: dict = field(default_factory=dict)
    exclude: tuple[str, ...] = ()

    @property
    def model(self) -> type[models.Model]:
        return self.record_type.model

    @property
    def key(self) -> str:
        return self.record_type.key

    @property
    def slug(self) -> str:
        return self.key.replace(".", "-")

    @property
    def label(self) -> str:
        return self.record_type.label

    @property
    def parent_field(self) -> str:
        return getattr(self.model, "parent_field", "") or ""

    def columns(self) -> list[Column]:
        # Child rows live in their parent's province; the parent column says which.
        read_only = READ_ONLY[self.key]() if self.key in READ_ONLY else ()
        return model_columns(self.model, exclude=self.exclude, units=self.units, read_only=read_only,
                             with_province=not self.parent_field)

    def key_columns(self) -> tuple[str, ...]:
        """The natural key; the province is part of it for records that are not children."""
        return self.natural_key if self.parent_field else (PROVINCE, *self.natural_key)

    @cached_property
    def list_view(self):
        return _view_class(self.record_type, "list")

    @cached_property
    def _create_view(self):
        return _view_class(self.record_type, "add")

    @cached_property
    def _update_view(self):
        return _view_class(self.record_type, "edit", [0])

    @cached_property
    def _delete_view(self):
        return _view_class(self.record_type, "delete", [0])

    @property
    def importable(self) -> bool:
        """A type is imported through its pages' services; a required file cannot come from a sheet."""
        required_file = any(isinstance(f, models.FileField) and not f.blank for f in self.model._meta.concrete_fields)
        return self.key not in EXPORT_ONLY and self._create_view is not None and self._update_view is not None and not required_file

    def create(self) -> Callable:
        return self.record_type.create_service()

    def status_column(self) -> Column | None:
        """The type's plain status (a choice the user edits), which lists may change for
        many records at once; None when there is none or a workflow's steps set it."""
        if getattr(self.model, "workflow", None) is not None:
            return None
        return next((column for column in self.columns()
                     if column.name == "status" and column.kind == CHOICE and column.importable), None)

    def bulk_create(self) -> Callable | None:
        """The type's batch create service, or None when rows must go one at a time."""
        if self.key in BULK_CREATE:
            return import_string(BULK_CREATE[self.key])
        model = self.model
        if self.record_type.create is None and not self.parent_field and getattr(model, "workflow", None) is None:
            return lambda *, actor, rows, channel="": record_bulk_create(model, actor=actor, rows=rows, channel=channel)
        return None

    def update(self) -> Callable:
        return self.record_type.update_service()

    def delete(self) -> Callable:
        return self.record_type.delete_service()


def _unique_key(model) -> tuple[str, ...]:
    for constraint in model._meta.constraints:
        fields = getattr(constraint, "fields", ())
        if isinstance(constraint, models.UniqueConstraint) and fields:
            key = tuple(name for name in fields if name != PROVINCE)
            if all(model._meta.get_field(name).editable for name in key):
                return key
    return ()


def spec_for(key: str) -> ExchangeSpec | None:
    for record_type in record_types():
        if record_type.key == key:
            return ExchangeSpec(record_type, natural_key=NATURAL_KEYS.get(key) or _unique_key(record_type.model),
                                units=UNITS.get(key, {}), exclude=EXCLUDED.get(key, ()))
    return None


def exchange_specs() -> list[ExchangeSpec]:
    """Every record type that has a list page of its own."""
    specs = [spec_for(record_type.key) for record_type in record_types()]
    return [spec for spec in specs if spec.list_view is not None]


def spec_by_slug(slug: str) -> ExchangeSpec | None:
    return spec_for(slug.replace("-", ".", 1)) if "-" in slug else spec_for(slug)
