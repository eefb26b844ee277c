"""Find known multi-word names (countries, provinces, organisations) in a text.

A regex alternation of hundreds of names is slow in Python (every alternative is tried
at every position), so names are indexed by their first word and matched over the
text's word tokens: one dictionary look-up per word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Generic, TypeVar

from ngoaivu.geo.catalog import tone_variants

T = TypeVar("T")

_WORD = re.compile(r"\w+")
# What may stand between two words of one name: "Thừa Thiên- Huế", "Cô-oét", "TP. Huế".
_JOINER = re.compile(r"[ \-.']{1,4}")


class Tokens:
    """The word tokens of a text, with their offsets and case-folded forms."""

    def __init__(self, text: str, folded: str | None = None) -> None:
        self.text = text
        self.words = _WORD.findall(text)
        # fold_case() keeps offsets, so the folded text tokenises identically
        self.keys = _WORD.findall(folded) if folded is not None else [w.casefold() for w in self.words]
        self.starts = [match.start() for match in _WORD.finditer(text)]
        self.ends = [start + len(word) for start, word in zip(self.starts, self.words)]
        self.count = len(self.words)

    def __len__(self) -> int:
        return self.count

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def joined(self, i: int) -> bool:
        """Whether token i and i+1 are separated only by a name joiner."""
        return _JOINER.fullmatch(self.text, self.ends[i], self.starts[i + 1]) is not None


@dataclass(frozen=True)
class PhraseMatch(Generic[T]):
    start: int
    end: int
    text: str
    payload: T


@dataclass(frozen=True)
class _Entry(Generic[T]):
    exact: tuple[str, ...] | None  # the words as written, for case-sensitive names
    payload: T


class _Node(Generic[T]):
    __slots__ = ("children", "entries")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.entries: list[_Entry[T]] = []


class PhraseMatcher(Generic[T]):
    """A trie of names over case-folded words: matching walks one word at a time."""

    def __init__(self) -> None:
        self._root: _Node[T] = _Node()

    def add(self, phrase: str, payload: T, *, case_sensitive: bool = False) -> None:
        spellings = [phrase] if case_sensitive else tone_variants(" ".join(_WORD.findall(phrase)))
        for spelling in spellings:
            words = tuple(_WORD.findall(spelling))
            if not words:
                continue
            node = self._root
            for word in words:
                node = node.children.setdefault(word.casefold(), _Node())
            entry = _Entry(words if case_sensitive else None, payload)
            if entry not in node.entries:
                node.entries.append(entry)

    def match_at(self, tokens: Tokens, i: int) -> PhraseMatch[T] | None:
        """The longest name starting at token i."""
        node = self._root.children.get(tokens.keys[i]) if i < tokens.count else None
        best: PhraseMatch[T] | None = None
        j = i
        while node is not None:
            entry = next((e for e in node.entries if e.exact is None or tuple(tokens.words[i : j + 1]) == e.exact), None)
            if entry is not None:
                start, end = tokens.starts[i], tokens.ends[j]
                best = PhraseMatch(start, end, tokens.text[start:end], entry.payload)
            if j + 1 >= tokens.count or not tokens.joined(j):
                break
            j += 1
            node = node.children.get(tokens.keys[j])
        return best

    def find_all(self, tokens: Tokens, start: int = 0, end: int | None = None) -> list[PhraseMatch[T]]:
        """Non-overlapping names between character offsets start and end, left to right."""
        end = len(tokens.text) if end is None else end
        found: list[PhraseMatch[T]] = []
        i, count, keys, first_words = tokens.index_at(start), tokens.count, tokens.keys, self._root.children
        while i < count and tokens.starts[i] < end:
            match = self.match_at(tokens, i) if keys[i] in first_words else None
            if match is not None and match.end <= end:
                found.append(match)
                i = tokens.index_at(match.end)
            else:
                i += 1
        return found
