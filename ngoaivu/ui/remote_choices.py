"""Choices fetched on demand: a filter on partners, projects or gates renders only the
chosen option, and tom-select asks `ui:choices` for the others as the user types.

A national list has thousands of partners; rendering each as an <option> made the page
half a megabyte and cost a query per option (the partner's country).
"""
from __future__ import annotations

from django import forms
from django.urls import reverse

from ngoaivu.core.collation import order_vietnamese
from ngoaivu.core.registry import record_types
from ngoaivu.core.scoping import restrict
from ngoaivu.core.search import search_filter

LIMIT = 30


def is_remote(model) -> bool:
    """Province records with search columns: the kinds whose rows grow with the data."""
    return hasattr(model, "search_text") and any(rt.model is model for rt in record_types())


def _with_names(queryset):
    # str() of a record names what it links to (a partner's country): join them once.
    links = [f.name for f in queryset.model._meta.concrete_fields if f.many_to_one and f.name != "province"]
    return queryset.select_related(*links)


class RemoteSelect(forms.Select):
    """A select that renders only its chosen option(s); data-remote tells forms.js where
    the others are."""

    allow_multiple_selected = False

    def __init__(self, model, attrs=None):
        self.model = model
        super().__init__(attrs)

    def get_context(self, name, value, attrs):
        attrs = {**(attrs or {}), "data-remote": reverse("ui:choices", args=[self.model._meta.label_lower])}
        return super().get_context(name, value, attrs)

    def optgroups(self, name, value, attrs=None):
        chosen = [v for v in value if v not in (None, "")]
        queryset = getattr(self.choices, "queryset", None)
        if queryset is not None:
            # Only the chosen rows (and the empty label): one query, whatever the table size.
            rows = _with_names(queryset.filter(pk__in=[v for v in chosen if str(v).isdigit()])) if chosen else []
            empty = [("", self.choices.field.empty_label)] if self.choices.field.empty_label is not None else []
            self.choices = [*empty, *((row.pk, str(row)) for row in rows)]
        return super().optgroups(name, value, attrs)


class RemoteSelectMultiple(RemoteSelect, forms.SelectMultiple):
    allow_multiple_selected = True


def remote_widget(field_class, model):
    multiple = issubclass(field_class, forms.ModelMultipleChoiceField)
    return (RemoteSelectMultiple if multiple else RemoteSelect)(model, attrs={"class": "form-select"})


def choice_options(*, user, model_key: str, text: str = "") -> list[dict] | None:
    """The first rows of a record type the user can see, matching `text` without
    diacritics, in Vietnamese order; None when `model_key` is not a record type."""
    model = next((rt.model for rt in record_types() if rt.key == model_key), None)
    if model is None or not is_remote(model):
        return None
    queryset = restrict(model.objects.all(), user)
    queryset = search_filter(queryset, text) if text.strip() else order_vietnamese(queryset)
    return [{"value": row.pk, "text": str(row)} for row in _with_names(queryset)[:LIMIT]]

