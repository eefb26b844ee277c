"""Province scoping: the one restriction every view, API, export and search goes through.

A user belongs to one province (of today) or to the national level. A provincial user
sees the records of their province and of the units it succeeded (Hà Giang's records
belong to Tuyên Quang's users since 1 July 2025). National users read every province
and write none. Whether the role allows the action at all is the role table's business
(ngoaivu.core.roles).

Where a read must see less than its user (a report of one province, whoever asks), it
passes a ReadScope in the user's place: every function here takes either.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.db import models

from ngoaivu.core.roles import Action, can


@dataclass(frozen=True)
class ReadScope:
    """Who may see which units, without a user: records of `province_ids` (None: every
    province), for viewing only. Made by `narrowed` from a user who may see them, or by
    `unit_reader` for a command acting for no user; `province` names the unit read for,
    where one is (export titles say whose records they hold)."""

    province_ids: frozenset[int] | None
    province: object | None = None


def unit_reader(unit) -> ReadScope:
    """The read scope of `unit` and the units it succeeded, for the command line, which
    acts for no signed-in user (an export or IATI file of one province)."""
    from ngoaivu.geo.selectors import lineage_ids

    return ReadScope(frozenset(lineage_ids(unit.pk)), province=unit)


def narrowed(user, unit_id: int) -> ReadScope | None:
    """The read scope of one unit and the units it succeeded, if `user` may see that unit
    (None otherwise): a report of Tuyên Quang reads Hà Giang's records too."""
    if not may_act_in_province(user, Action.VIEW, unit_id):
        return None
    from ngoaivu.geo.selectors import lineage_ids

    return ReadScope(frozenset(lineage_ids(unit_id)))


def may(user, action: str) -> bool:
    """`can()` for a user or a read scope (which may view, nothing else)."""
    if isinstance(user, ReadScope):
        return action == Action.VIEW
    return can(user, action)


def scope_province_ids(user) -> frozenset[int] | None:
    """Province ids the user's rows may live in; None means every province."""
    if isinstance(user, ReadScope):
        return user.province_ids
    if user.is_superuser or user.province_id is None:
        return None
    cached = getattr(user, "_ngoaivu_scope_ids", None)
    if cached is None:
        from ngoaivu.geo.selectors import lineage_ids

        cached = frozenset(lineage_ids(user.province_id))
        user._ngoaivu_scope_ids = cached
    return cached


def restrict(queryset: models.QuerySet, user, action: str = Action.VIEW, *, province_field: str = "province"):
    """Rows of `queryset` the user (or read scope) may perform `action` on."""
    if not may(user, action):
        return queryset.none()
    province_ids = scope_province_ids(user)
    if province_ids is None:
        return queryset
    return queryset.filter(**{f"{province_field}__in": province_ids})


def may_act_in_province(user, action: str, province_id: int | None) -> bool:
    """Whether the user (or read scope) may perform `action` on a row of that province."""
    if not may(user, action):
        return False
    province_ids = scope_province_ids(user)
    return province_ids is None or province_id in province_ids
