"""Generic record pieces the shared layers (ngoaivu.core, ngoaivu.ui) do not offer yet.

The investment and aid apps both need them: child rows of a record (capital
adjustments, transactions), links to other province records in forms, and money
totals that keep each currency apart. They are kept in one place, proposed to move to
ngoaivu.core / ngoaivu.ui; ngoaivu.aid imports them from here meanwhile.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import django_filters
import django_tables2 as tables
from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.core.models import AliveManager, ProvinceRecord
from ngoaivu.core.registry import record_type_for
from ngoaivu.core.scoping import restrict
from ngoaivu.core.services import record_create, record_update
from ngoaivu.core.vnformat import format_number

# ---------------------------------------------------------------- reads


@dataclass(frozen=True)
class CountedAmounts:
    """A count of records and their amounts, one total per original currency."""

    count: int
    amounts: dict[str, Decimal] = field(default_factory=dict)


def add_amounts(*totals: dict[str, Decimal]) -> dict[str, Decimal]:
    """Per-currency totals added together, currencies still apart."""
    result: dict[str, Decimal] = {}
    for amounts in totals:
        for currency, amount in amounts.items():
            result[currency] = result.get(currency, Decimal(0)) + amount
    return result


def totals_by_currency(queryset, amount_field: str, currency_field: str = "currency") -> dict[str, Decimal]:
    """Sum of `amount_field` per currency; converting is the figures layer's job."""
    rows = queryset.order_by().values(currency_field).annotate(total=models.Sum(amount_field))
    return {row[currency_field]: row["total"] for row in rows if row["total"] is not None}


# ---------------------------------------------------------------- child rows


class ChildManager(AliveManager):
    """Alive rows whose parent is alive too.

    Deleting a project hides its adjustments and restoring it brings them back, so no
    cascade has to be undone. The model names its parent in `parent_field`.
    """

    def get_queryset(self):
        return super().get_queryset().filter(**{f"{self.model.parent_field}__deleted_at__isnull": True})


def _parent_label(model) -> str:
    return str(model._meta.get_field(model.parent_field).verbose_name)


@transaction.atomic
def child_create(model, *, actor, data: dict, channel: str = "") -> models.Model:
    """Create a child row in its parent's province (which may be a unit before 2025)."""
    parent = data.get(model.parent_field)
    if parent is None or parent.is_deleted:
        raise ValidationError({model.parent_field: _("Hãy chọn %(parent)s.") % {"parent": _parent_label(model)}})
    return record_create(model, actor=actor, data={**data, "province": parent.province}, channel=channel)


@transaction.atomic
def child_update(child, *, actor, data: dict, channel: str = "") -> models.Model:
    """Update a child row; it never moves to another parent (nor so to another province)."""
    parent_field = type(child).parent_field
    if parent_field in data and data[parent_field] != getattr(child, parent_field):
        raise ValidationError({parent_field: _("Không chuyển được sang %(parent)s khác; hãy xóa và thêm mới.")
                               % {"parent": _parent_label(type(child))}})
    return record_update(child, actor=actor, data=data, channel=channel)


# ---------------------------------------------------------------- forms, pages, tables, filters, admin


class ScopedChoicesMixin:
    """Choices of links to province records list only the records of the user's scope."""

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for form_field in self.fields.values():
            queryset = getattr(form_field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, ProvinceRecord):
                form_field.queryset = restrict(queryset, user)


class ChildFormMixin(ScopedChoicesMixin):
    """The parent is chosen when the row is added and shown, not editable, afterwards."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields[self._meta.model.parent_field].disabled = True


def inline_child_form(form_class, user, parent, **initial):
    """The small "add a row" form shown on the parent's page, the parent fixed and hidden."""
    parent_field = form_class._meta.model.parent_field
    form = form_class(user=user, initial={parent_field: parent.pk, **initial})
    form.fields[parent_field].widget = forms.HiddenInput()
    return form


class ScopedFormViewMixin:
    """Passes the user to forms built on ScopedChoicesMixin."""

    def form_kwargs(self, obj=None) -> dict:
        return {**super().form_kwargs(obj), "user": self.request.user}


class ChildFormViewMixin(ScopedFormViewMixin):
    """Child rows are added from the parent's page (`?<parent_field>=<id>` preselects it)
    and the user goes back to that page after saving."""

    def form_kwargs(self, obj=None) -> dict:
        kwargs = super().form_kwargs(obj)
        parent_field = self.model.parent_field
        if obj is None and self.request.GET.get(parent_field):
            kwargs["initial"] = {parent_field: self.request.GET[parent_field]}
        return kwargs

    def success(self, obj):
        messages.success(self.request, _("Đã lưu “%(obj)s”.") % {"obj": obj})
        parent = getattr(obj, self.model.parent_field)
        return HttpResponseRedirect(reverse(record_type_for(type(parent)).url_name("detail"), args=[parent.pk]))


class AddThroughPagesAdminMixin:
    """Rows whose creation needs a service (a generated identifier, the parent's province)
    are added from the app's pages, not from the admin."""

    def has_add_permission(self, request):
        return False


class MoneyColumn(tables.Column):
    """An amount with the currency it was entered in: "25.000.000 USD"."""

    def __init__(self, *args, currency_field: str = "currency", **kwargs):
        self.currency_field = currency_field
        super().__init__(*args, **kwargs)

    def render(self, value, record):
        return f"{format_number(value, 2)} {getattr(record, self.currency_field)}"


def scoped_records(model):
    """A filter's queryset callable: only records of the requesting user's scope are choices."""
    def queryset(request):
        return restrict(model.objects.all(), getattr(request, "user", None))
    return queryset


YEAR_BOUNDS = {"min_value": 1945, "max_value": 2100}


def year_range_filters(field_name: str) -> tuple[django_filters.NumberFilter, django_filters.NumberFilter]:
    """"Từ năm" and "đến năm" filters on the year of a date field."""
    return (
        django_filters.NumberFilter(field_name=field_name, lookup_expr="year__gte", label=gettext_lazy("Từ năm"),
                                    **YEAR_BOUNDS),
        django_filters.NumberFilter(field_name=field_name, lookup_expr="year__lte", label=gettext_lazy("Đến năm"),
                                    **YEAR_BOUNDS),
    )
