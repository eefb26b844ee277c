"""Reads that span record types: home-page counts and attention lists, search, trash, and the
change log (here, not in audit: the log sits below core, so it cannot scope its own reads)."""
from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.pagination import COUNT_CAP
from ngoaivu.core.registry import home_notices, record_types
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.core.search import query_words, search_filter


def home_summary(*, user) -> dict:
    attention = []
    shown = [record_type for record_type in record_types() if record_type.in_navigation]
    counts = [{"type": record_type, "count": min(count, COUNT_CAP), "count_exact": count <= COUNT_CAP}
              for record_type, count in zip(shown, _counts(shown, user))]
    for record_type in record_types():
        queryset = restrict(record_type.model.objects.all(), user)
        for rule in record_type.attention:
            for label, items, severity in rule(queryset):
                if hasattr(items, "select_related"):
                    # The type's own joins (its name may read them: an observation's indicator),
                    # and the province: the Ministry sees whose item it is.
                    items = items.select_related(*record_type.select_related, "province")
                items = list(items[:20])
                if items:
                    attention.append({"type": record_type, "label": label, "items": items, "severity": severity})
    return {"counts": counts, "attention": attention, "notices": home_notices(user)}


def _counts(types, user) -> list[int]:
    """The number of records of each type the user sees, in one query (a UNION ALL of one
    count per table) rather than one query per type. Each count stops at COUNT_CAP + 1 rows,
    as the lists' counts do (ADR 0017): a national count of every table read them all."""
    if not types:
        return []
    parts, params = [], []
    for index, record_type in enumerate(types):
        rows = restrict(record_type.model.objects.all(), user).order_by().values("pk")[:COUNT_CAP + 1]
        sql, part_params = rows.query.sql_with_params()
        parts.append(f"SELECT {index} AS home_type, COUNT(*) AS home_count FROM ({sql}) AS home_rows_{index}")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        found = dict(cursor.fetchall())
    return [found.get(index, 0) for index in range(len(types))]


def search_all(*, user, text: str, limit_per_type: int = 20) -> list[dict]:
    """Records of every type matching all the words, without diacritics; best match first
    within a type, and the types whose best match ranks highest first."""
    words = query_words(text)
    if not words or len("".join(words)) < 2:
        return []
    results = []
    for record_type in record_types():
        if not (record_type.in_search and record_type.search_fields) or not hasattr(record_type.model, "search_text"):
            continue
        queryset = search_filter(restrict(record_type.model.objects.all(), user), text)
        items = list(queryset[:limit_per_type + 1])
        if items:
            results.append({"type": record_type, "items": items[:limit_per_type],
                            "more": len(items) > limit_per_type, "best": items[0].search_rank})
    results.sort(key=lambda group: -group["best"])
    return results


def trash_list(*, user) -> list[dict]:
    groups = []
    for record_type in record_types():
        queryset = restrict(record_type.model.all_objects.deleted(), user, Action.VIEW).order_by("-deleted_at")
        items = list(queryset[:200])
        if items:
            groups.append({"type": record_type, "items": items})
    return groups


def deleted_record(*, user, model_key: str, pk: int):
    for record_type in record_types():
        if record_type.key == model_key:
            return restrict(record_type.model.all_objects.deleted(), user, Action.RESTORE).filter(pk=pk).first()
    return None


def change_list_for_object(*, user, instance):
    """The history of one record; empty when the user may not see its province."""
    queryset = ObjectChange.objects.filter(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=True),
        object_id=instance.pk,
    ).select_related("user", "content_type")
    return restrict(queryset, user)


def change_list(*, user):
    return restrict(ObjectChange.objects.select_related("user", "content_type", "province"), user)
