"""The catalogue of record types: one declaration per record type.

Each domain app registers its record types in its AppConfig.ready(). The navigation, home
page, search and trash read the catalogue; `ngoaivu.ui.records` derives a type's pages and
URLs and `ngoaivu.api.records` its API viewset and route from the same declaration, so an
app writes only what differs from the generic record (ADR 0016).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Callable

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.constants import LOOKUP_SEP

from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict


def _with_queryset(model: type[models.Model], lookup):
    """A prefetch named by a string as a Prefetch of the related model's default rows: the same
    rows, but Django then gives each record its list without building (and filtering) a
    queryset per record and relation, which cost more than the prefetch query itself on a
    page of 50 (django.db.models.query.prefetch_one_level)."""
    if not isinstance(lookup, str):
        return lookup
    try:
        for name in lookup.split(LOOKUP_SEP):
            model = model._meta.get_field(name).related_model
    except (FieldDoesNotExist, AttributeError):
        model = None
    return models.Prefetch(lookup, queryset=model._default_manager.all() if model is not None else None)


# Classes derived from a declaration (form, table, serializer, viewset…), built once per type.
_DERIVED: dict[tuple[str, str], type] = {}


@dataclass(frozen=True)
class RecordType:
    model: type[models.Model]
    url_namespace: str            # "partners:partner" → partners:partner_list, _detail, …
    group: str                    # navigation group label
    # Searched by the list's `q` (besides the folded search text), the API's `?search=`;
    # a type without them is left out of the global search.
    search_fields: tuple[str, ...] = ()
    # Callables taking a scoped queryset of the model and returning (label, queryset)
    # pairs that the home page shows as "due" and "overdue".
    attention: tuple[Callable, ...] = field(default_factory=tuple)
    in_navigation: bool = True
    in_search: bool = True        # listed by the global search (when it has search fields)

    # Pages: `<app prefix>/<url_path>/` (list), `them/`, `<pk>/`, `<pk>/sua/`, `<pk>/xoa/`,
    # `<pk>/lich-su/` and, with a workflow, `<pk>/buoc/<step>/`. None: no generated pages.
    url_path: str | None = None
    # What every read of the type joins (pages, API, selectors through `queryset`).
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple = ()
    annotate: Mapping = field(default_factory=dict)   # computed columns every read carries
    # The app's own classes where they differ; None: derived from the fields below.
    form: type | None = None
    filterset: type | None = None
    table: type | None = None
    serializer: type | None = None
    form_fields: tuple[str, ...] = ()      # default form: these fields of the model
    list_fields: tuple[str, ...] = ()      # default table: these columns, the first links
    filter_fields: tuple[str, ...] = ()    # default filterset: `q` and these exact filters
    detail_fields: tuple[str, ...] | None = None
    detail_template: str = "ui/record_detail.html"
    # Page classes replacing a generic one: {"detail": PartnerDetailView}.
    views: Mapping[str, type] = field(default_factory=dict)
    # Writes: (actor=, data=, channel=), (obj, actor=, data=, channel=), (obj, actor=, channel=).
    # None: the ordinary write path: core.services (child_create/child_update for a row of a
    # parent, `parent_field`), or core.workflow.services for a type with a workflow.
    create: Callable | None = None
    update: Callable | None = None
    delete: Callable | None = None
    # API: `/api/<api_path>/`, routes named `<api_basename>-list`, …; no API when empty.
    api_path: str = ""
    api_basename: str = ""
    api_prefetch_related: tuple = ()       # what the serializer's nested fields read besides
    ordering_fields: tuple[str, ...] = ()
    viewset: type | None = None            # a RecordViewSet subclass with the type's own routes

    @property
    def app_label(self) -> str:
        return self.url_namespace.split(":", 1)[0]

    def queryset(self, user, action: str = Action.VIEW, *, prefetch=()):
        """The one read of the type: its joins, narrowed to what the user may see (or do)."""
        queryset = self.model.objects.all()
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        if self.prefetch_related or prefetch:
            lookups = {}
            for lookup in (*self.prefetch_related, *prefetch):   # a path named twice is read once
                lookup = _with_queryset(self.model, lookup)
                lookups.setdefault(lookup.prefetch_to, lookup)
            queryset = queryset.prefetch_related(*lookups.values())
        if self.annotate:
            # An aggregate drops Meta.ordering, hence the explicit order.
            queryset = queryset.annotate(**self.annotate).order_by(*self.model._meta.ordering)
        return restrict(queryset, user, action)

    def create_service(self) -> Callable:
        if self.create is not None:
            return self.create
        if getattr(self.model, "parent_field", ""):
            from ngoaivu.core.services import child_create

            return lambda **kwargs: child_create(self.model, **kwargs)
        if hasattr(self.model, "workflow"):
            from ngoaivu.core.workflow.services import workflow_create

            return lambda **kwargs: workflow_create(self.model, **kwargs)
        from ngoaivu.core.services import record_create

        return lambda **kwargs: record_create(self.model, **kwargs)

    def update_service(self) -> Callable:
        if self.update is not None:
            return self.update
        if getattr(self.model, "parent_field", ""):
            from ngoaivu.core.services import child_update

            return child_update
        if hasattr(self.model, "workflow"):
            from ngoaivu.core.workflow.services import workflow_update

            return workflow_update
        from ngoaivu.core.services import record_update

        return record_update

    def delete_service(self) -> Callable:
        if self.delete is not None:
            return self.delete
        if hasattr(self.model, "workflow"):
            from ngoaivu.core.workflow.services import workflow_delete

            return workflow_delete
        from ngoaivu.core.services import record_delete

        return record_delete

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name_plural)

    @property
    def key(self) -> str:
        return self.model._meta.label_lower

    def url_name(self, view: str) -> str:
        return f"{self.url_namespace}_{view}"

    def derived(self, kind: str, build: Callable[[], type]) -> type:
        """The class of `kind` the UI or the API derives from this declaration, built on first use."""
        key = (self.key, kind)
        if key not in _DERIVED:
            _DERIVED[key] = build()
        return _DERIVED[key]


@dataclass(frozen=True)
class NavigationPage:
    """A page that is not a record list (a dashboard, a comparison) shown in a menu group."""

    group: str
    label: str
    url_name: str
    # Who sees the entry (e.g. national users only); everyone signed in when None.
    visible: Callable | None = None


@dataclass(frozen=True)
class HomeNotice:
    """A line on the home page that is not a record of the user's province (a round of the
    Ministry awaiting its report): its text, where it leads, a note and "due" or "overdue"."""

    label: str
    text: str
    url: str
    note: str = ""
    severity: str = "due"


_registry: dict[str, RecordType] = {}
_pages: list[NavigationPage] = []
# Callables taking the user and returning HomeNotices, registered by the apps that have them.
_home_notices: list[Callable] = []


def register(record_type: RecordType) -> None:
    _registry[record_type.key] = record_type


def register_page(page: NavigationPage) -> None:
    if page not in _pages:
        _pages.append(page)


def register_home_notices(source: Callable) -> None:
    if source not in _home_notices:
        _home_notices.append(source)


def home_notices(user) -> list[HomeNotice]:
    return [notice for source in _home_notices for notice in source(user)]


def navigation_pages() -> list[NavigationPage]:
    return list(_pages)


def record_types() -> list[RecordType]:
    return list(_registry.values())


def record_type_for(model: type[models.Model]) -> RecordType | None:
    return _registry.get(model._meta.label_lower)


def records(model: type[models.Model], user, action: str = Action.VIEW):
    """The records of a declared type the user may see (or act on): `RecordType.queryset`."""
    return _registry[model._meta.label_lower].queryset(user, action)
