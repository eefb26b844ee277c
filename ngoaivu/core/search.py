"""Search without diacritics: one folding for the stored search columns and the user's words.

Vietnamese users type "nhat ban" for "Nhật Bản" and "lao" for both "Lào" and "lao động".
Every province record keeps two folded columns (accent-free, lower-case, đ → d), written
by the record services on every save: `search_title` (its name as shown) and
`search_text` (the name, every free-text field and the names of the records it links
to). A query folds the user's words the same way and matches them with a plain LIKE,
so SQLite and PostgreSQL answer the same and no row is scanned in Python.
"""
from __future__ import annotations

import re
import unicodedata

from django.db import models
from django.db.models import Case, IntegerField, Q, Value, When

SEARCH_COLUMNS = ("search_title", "search_text")
# Free text that is not worth finding: hashes, file paths, machine payloads.
_SKIPPED_TEXT = ("fingerprint", "sha256", "checksum", "path", "payload", "token")
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text) -> str:
    """"Hà Tĩnh – ĐÀ NẴNG" → "ha tinh da nang": no marks, lower-case, one space between words."""
    text = str(text or "").replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(stripped.lower()))


def query_words(text: str) -> list[str]:
    """The folded words of a query, each at most once, in order."""
    return list(dict.fromkeys(fold(text).split()))


def _text_fields(model) -> list[models.Field]:
    excluded = set(getattr(model, "audit_exclude_fields", ())) | set(SEARCH_COLUMNS)
    return [
        field for field in model._meta.concrete_fields
        if isinstance(field, (models.CharField, models.TextField))
        and not field.choices and field.name not in excluded
        and not any(part in field.name for part in _SKIPPED_TEXT)
    ]


def search_values(instance: models.Model, m2m: dict | None = None) -> tuple[str, str]:
    """(search_title, search_text) of a saved record, folded. `m2m` (name → the linked
    objects being written) lets a bulk write compute them before its INSERT."""
    title = str(instance)
    parts = [title]
    parts += [getattr(instance, field.attname) or "" for field in _text_fields(type(instance))]
    for field in instance._meta.concrete_fields:
        # The names of what it links to: an agreement is found by its partner's country.
        if field.is_relation and field.name != "province" and getattr(instance, field.attname, None):
            parts.append(str(getattr(instance, field.name)))
    for field in instance._meta.many_to_many:
        if m2m is not None:
            parts.extend(str(item) for item in list(m2m.get(field.name) or ())[:50])
        elif instance.pk:
            parts.extend(str(item) for item in getattr(instance, field.name).all()[:50])
    return fold(title)[:500], fold(" ".join(str(part) for part in parts))


def refresh_search_columns(instance: models.Model) -> None:
    """Store the folded columns of a saved record (one UPDATE; no change-log row)."""
    if not all(hasattr(instance, name) for name in SEARCH_COLUMNS):
        return
    title, text = search_values(instance)
    instance.search_title, instance.search_text = title, text
    type(instance)._base_manager.filter(pk=instance.pk).update(search_title=title, search_text=text)


def search_filter(queryset: models.QuerySet, text: str, also: Q | None = None) -> models.QuerySet:
    """Rows containing every word of `text` (folded), best first: words in the name rank
    above words found elsewhere, a name starting with the query above both. `also` adds
    rows matched otherwise (a list's own fields typed exactly, for rows written before
    their columns were)."""
    words = query_words(text)
    if not words:
        return queryset
    condition = Q()
    for word in words:
        condition &= Q(search_text__contains=word)
    if also is not None:
        condition |= also
    in_title = Q()
    for word in words:
        in_title &= Q(search_title__contains=word)
    rank = Case(
        When(search_title__startswith=" ".join(words), then=Value(3)),
        When(in_title, then=Value(2)),
        default=Value(1), output_field=IntegerField(),
    )
    ordering = ["-search_rank", *(queryset.query.order_by or queryset.model._meta.ordering or ["-pk"])]
    queryset = queryset.filter(condition).annotate(search_rank=rank).order_by(*ordering)
    return queryset.distinct() if also is not None else queryset  # a to-many join may repeat rows


def fill_search_columns(apps, schema_editor, app_label: str) -> None:
    """Migration step: fill the columns of an app's existing rows.

    Historical models have no __str__ nor registry, so the title is the first name-like
    field; the next save through the services writes the full text.
    """
    for model in apps.get_app_config(app_label).get_models():
        if not all(any(f.name == name for f in model._meta.fields) for name in SEARCH_COLUMNS):
            continue
        fields = _text_fields(model)
        title_field = next((f for f in fields if f.name in ("name", "title", "full_name", "person_name",
                                                               "name_vn", "number")), None)
        batch = []
        for row in model._base_manager.all().iterator(chunk_size=500):
            row.search_title = fold(getattr(row, title_field.attname) if title_field else "")[:500]
            row.search_text = fold(" ".join(getattr(row, f.attname) or "" for f in fields))
            batch.append(row)
            if len(batch) == 500:
                model._base_manager.bulk_update(batch, list(SEARCH_COLUMNS))
                batch = []
        if batch:
            model._base_manager.bulk_update(batch, list(SEARCH_COLUMNS))


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base.lower()[:1] or char


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the folded `words` occur in the original `text`: (start, end) character
    spans, merged and sorted, so "Lào" is marked for the query "lao"."""
    folded = "".join(_fold_char(char) for char in text)  # one folded char per original char
    spans = []
    for word in words:
        start = folded.find(word)
        while word and start != -1:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
