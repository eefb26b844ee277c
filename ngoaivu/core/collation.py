"""Vietnamese alphabetical order (the order of dictionaries and of ICU's "vi" collation).

Letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the tone is a
second-level difference (none, huyền, hỏi, ngã, sắc, nặng) and case a third, so
"Cà Mau, Cao Bằng, Cần Thơ" and "Điện Biên" before "Tây Ninh". Sorting by code point
puts "Cao Bằng" before "Cà Mau" and every "Đ" after "Z".
"""
from __future__ import annotations

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
    """Items sorted by the Vietnamese order of `key(item)`."""
    return sorted(items, key=lambda item: sort_key(key(item)))
