"""Counts of records grouped by one field, for the statistics pages of several record types."""
from django.db.models import Count, QuerySet


def count_by(queryset: QuerySet, key: str, label_field: str | None = None, *, labels: dict | None = None,
             by_key: bool = False) -> list[dict]:
    """Rows {"key", "label", "count"} of `queryset` grouped by `key`, rows without a key left out;
    largest count first, or in key order (`by_key`, for years)."""
    fields = [key, label_field] if label_field else [key]
    rows = (queryset.exclude(**{f"{key}__isnull": True}).values(*fields)
            .annotate(count=Count("id", distinct=True)).order_by())

    def label(row) -> str:
        if labels is not None:
            return str(labels.get(row[key], row[key]))
        return str(row[label_field or key])

    result = [{"key": row[key], "label": label(row), "count": row["count"]} for row in rows]
    return sorted(result, key=(lambda row: row["key"]) if by_key else (lambda row: (-row["count"], row["label"])))
