"""Province scoping: the one restriction every view, API, export and search goes through.

A user belongs to one province (of today) or to the national level. A provincial user
sees the records of their province and of the units it succeeded (Hà Giang's records
belong to Tuyên Quang's users since 1 July 2025). National users read every province
and write none. Whether the role allows the action at all is the role table's business
(ngoaivu.core.roles).
"""
from __future__ import annotations

from django.db import models

from ngoaivu.core.roles import Action, can


def scope_province_ids(user) -> frozenset[int] | None:
    """Province ids the user's rows may live in; None means every province."""
    if user.is_superuser or user.province_id is None:
        return None
    cached = getattr(user, "_ngoaivu_scope_ids", None)
    if cached is None:
        from ngoaivu.geo.selectors import lineage_ids

        cached = frozenset(lineage_ids(user.province_id))
        user._ngoaivu_scope_ids = cached
    return cached


def restrict(queryset: models.QuerySet, user, action: str = Action.VIEW, *, province_field: str = "province"):
    """Rows of `queryset` the user may perform `action` on."""
    if user is None or not user.is_authenticated or not user.is_active:
        return queryset.none()
    if not can(user, action):
        return queryset.none()
    province_ids = scope_province_ids(user)
    if province_ids is None:
        return queryset
    return queryset.filter(**{f"{province_field}__in": province_ids})


def may_act_in_province(user, action: str, province_id: int | None) -> bool:
    """Whether the user may perform `action` on a row of that province."""
    if user is None or not user.is_authenticated or not user.is_active or not can(user, action):
        return False
    province_ids = scope_province_ids(user)
    return province_ids is None or province_id in province_ids
