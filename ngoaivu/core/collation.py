"""Vietnamese alphabetical order (the order of dictionaries and of ICU's "vi" collation).

Letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the tone is a
second-level difference (none, huyền, hỏi, ngã, sắc, nặng) and case a third, so
"Cà Mau, Cao Bằng, Cần Thơ" and "Điện Biên" before "Tây Ninh". Sorting by code point
puts "Cao Bằng" before "Cà Mau" and every "Đ" after "Z".
"""
from __future__ import annotations

import functools
import unicodedata

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET, start=1)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


def _letter(base: str, marks: str) -> str:
    if base == "đ":
        return "đ"
    for mark in marks:
        if mark == "\u0302":
            return {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        if mark == "\u0306" and base == "a":
            return "ă"
        if mark == "\u031b":
            return {"o": "ơ", "u": "ư"}.get(base, base)
    return base


def sort_key(text) -> tuple:
    """A key for sorted(): Vietnamese letters first, then tones, then case."""
    primary, secondary, tertiary = [], [], []
    for char in str(text or ""):
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        lower = base.lower()
        if lower == "đ" or char in "đĐ":
            lower = "đ"
        letter = _letter(lower, marks)
        if letter in _LETTER_RANK:
            primary.append(100 + _LETTER_RANK[letter])
        elif lower.isdigit():
            primary.append(10 + int(lower))
        elif lower.isalpha():
            primary.append(200 + ord(lower))  # other scripts after the Vietnamese alphabet
        else:
            primary.append(1)  # spaces and punctuation: "Cà Mau" before "Cao Bằng"
        secondary.append(max((_TONES.get(mark, 0) for mark in marks), default=0))
        tertiary.append(0 if base.islower() or not base.isalpha() else 1)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def sort_by_name(items, key=str) -> list:
    """Items sorted by the Vietnamese order of `key(item)` (names recur: the 97 provinces are
    sorted on every figure page, so each name's key is kept)."""
    return sorted(items, key=lambda item: _cached_key(str(key(item) or "")))


# In the database: one collation name on both engines. PostgreSQL ships ICU's "vi"
# collation under this name; on SQLite the same name is registered on every connection
# with sort_key above, so ORDER BY gives the order sorted() gives in Python.
COLLATION = "vi-x-icu"


@functools.lru_cache(maxsize=65536)
def _cached_key(text: str) -> tuple:
    return sort_key(text)


def compare(left: str, right: str) -> int:
    """SQLite collation callback: -1, 0 or 1 in Vietnamese order (ties by code point)."""
    a, b = (_cached_key(left), left), (_cached_key(right), right)
    return (a > b) - (a < b)


def install_sqlite_collation(sender, connection, **kwargs) -> None:
    """connection_created receiver (CoreConfig.ready)."""
    if connection.vendor == "sqlite":
        connection.connection.create_collation(COLLATION, compare)


def _is_text(model, path: str) -> bool:
    from django.core.exceptions import FieldDoesNotExist
    from django.db import models

    field = None
    for part in path.split("__"):
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return False  # an annotation or a lookup: leave it to the database
        if field.is_relation:
            if field.related_model is None:
                return False
            model = field.related_model
    # Coded choices sort by their code; only free text follows the alphabet.
    return isinstance(field, (models.CharField, models.TextField)) and not field.choices


def _collated(model, item):
    from django.db.models import F
    from django.db.models.functions import Collate

    if not isinstance(item, str) or item.lstrip("-?") in ("pk", "") or item == "?":
        return item
    descending = item.startswith("-")
    path = item.lstrip("-")
    if not _is_text(model, path):
        return item
    expression = Collate(F(path), COLLATION)
    return expression.desc() if descending else expression.asc()


def order_vietnamese(queryset):
    """The queryset in its own ordering (explicit, else the model's), with every free-text
    field compared in Vietnamese order. Other fields and expressions are kept as they are."""
    query = queryset.query
    ordering = query.order_by or (query.default_ordering and queryset.model._meta.ordering) or ()
    collated = [_collated(queryset.model, item) for item in ordering]
    if all(new is old for new, old in zip(collated, ordering)):
        return queryset
    return queryset.order_by(*collated)
