"""Reads for export: the rows of a record type's list, with the list's own filters and search.

The list page's filterset and related-row loading are reused, so an export holds
exactly what the user sees on the page (every page of it), scoped by `restrict`.
"""
from __future__ import annotations

from types import SimpleNamespace

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext as _

from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.exchange.columns import LINK, LINKS
from ngoaivu.exchange.specs import ExchangeSpec
from ngoaivu.ui.records import record_filterset

# Parameters of the list page that are not filters.
NON_FILTER_PARAMS = {"page", "per_page", "sort", "format", "ids", "page_size", "ordering"}


def _with_related(spec: ExchangeSpec, queryset: QuerySet) -> QuerySet:
    columns = spec.columns()
    links = [column.name for column in columns if column.kind == LINK]
    queryset = queryset.select_related(*links)
    for column in columns:
        if column.kind == LINKS:
            queryset = queryset.prefetch_related(Prefetch(column.name))
    return queryset


def export_queryset(spec: ExchangeSpec, *, user, params: QueryDict | dict | None = None, request=None,
                    ids: list[int] | None = None, base: QuerySet | None = None) -> QuerySet:
    """The records a user's export holds: scoped, filtered as the list page filters (or an
    API viewset's already filtered `base`), in a stable order (the model's, then id).
    `ids` narrows to selected rows."""
    if base is not None:
        queryset = restrict(_with_related(spec, base), user, Action.VIEW)
        return _ordered(spec, queryset.filter(pk__in=ids) if ids is not None else queryset)
    queryset = spec.model.objects.select_related(*spec.record_type.select_related)
    queryset = restrict(_with_related(spec, queryset), user, Action.VIEW)
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    if spec.record_type.url_path is not None:  # filtered as its list page filters
        filterset_class = record_filterset(spec.record_type)
        data = QueryDict(mutable=True)
        for key, values in (params.lists() if isinstance(params, QueryDict) else (params or {}).items()):
            if key not in NON_FILTER_PARAMS:
                data.setlist(key, values if isinstance(values, list) else [values])
        filterset = filterset_class(data or None, queryset=queryset,
                                    request=request or SimpleNamespace(user=user, GET=data))
        if filterset.is_bound and not filterset.is_valid():
            raise ValidationError({name: errors for name, errors in filterset.errors.items()})
        queryset = filterset.qs
    return _ordered(spec, queryset)


def _ordered(spec: ExchangeSpec, queryset: QuerySet) -> QuerySet:
    # Ties broken by ascending id, so that a file imported elsewhere exports in the same order.
    ordering = [name for name in spec.model._meta.ordering or [] if name.lstrip("-") not in ("pk", "id")]
    return queryset.order_by(*ordering, "pk")


def export_title(spec: ExchangeSpec, user) -> str:
    where = getattr(user.province, "name", None) or _("Toàn quốc")
    return f"{str(spec.label)[:1].upper()}{str(spec.label)[1:]} — {where}"
