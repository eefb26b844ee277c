"""The catalogue of record types: what the navigation, home page, search and trash list.

Each domain app registers its record types in its AppConfig.ready(), so cross-cutting
pages never import domain apps by name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from django.db import models


@dataclass(frozen=True)
class RecordType:
    model: type[models.Model]
    url_namespace: str            # "partners:partner" → partners:partner_list, _detail, …
    group: str                    # navigation group label
    search_fields: tuple[str, ...] = ()
    # Callables taking a scoped queryset of the model and returning (label, queryset)
    # pairs that the home page shows as "due" and "overdue".
    attention: tuple[Callable, ...] = field(default_factory=tuple)
    in_navigation: bool = True

    @property
    def label(self) -> str:
        return str(self.model._meta.verbose_name_plural)

    @property
    def key(self) -> str:
        return self.model._meta.label_lower

    def url_name(self, view: str) -> str:
        return f"{self.url_namespace}_{view}"


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
