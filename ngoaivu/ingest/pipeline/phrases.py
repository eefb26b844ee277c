"""Find known multi-word names (countries, provinces, organisations) in a text.

A regex alternation of hundreds of names is slow in Python (every alternative is tried
at every position), so names are indexed by their first word and matched over the
text's word tokens: one dictionary look-up per word.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from typing import Generic, TypeVar

from ngoaivu.geo.catalog import tone_variants

T = TypeVar("T")

_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
# What may stand between two words of one name: "Thừa Thiên- Huế", "Cô-oét", "TP. Huế":
# one to four of these characters (tested with str.strip, cheaper than a regex per gap)
_JOINER_CHARS = " -.'"
_JOINER_MAX = 4


class Tokens:
    """The word tokens of a text, with their offsets and case-folded forms."""

    def __init__(self, text: str, folded: str | None = None) -> None:
        self.text = text
        # one split gives gaps and words alternately; their running lengths are the offsets
        # (no Python loop over the words: this runs on every text). fold_case() keeps offsets and
        # word boundaries, so the folded text splits into the same tokens, already the keys; the
        # words as written are sliced from the text only where asked (`words_between`)
        parts = _WORD_SPLIT.split(folded if folded is not None else text)
        self.keys = parts[1::2] if folded is not None else [w.casefold() for w in parts[1::2]]
        self._gaps = parts[2::2]  # the gap after each word
        offsets = list(accumulate(map(len, parts)))
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self.count = len(self.keys)
        self.candidates: dict[object, list[int]] = {}  # per matcher: tokens that start one of its names

    def words_between(self, i: int, j: int) -> tuple[str, ...]:
        """Tokens i to j - 1 as written."""
        return tuple(self.text[start:end] for start, end in zip(self.starts[i:j], self.ends[i:j]))

    def __len__(self) -> int:
        return self.count

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after `pos`."""
        return bisect_left(self.starts, pos)

    def joined(self, i: int) -> bool:
        """Whether token i and i+1 are separated only by a name joiner."""
        gap = self._gaps[i]
        return 0 < len(gap) <= _JOINER_MAX and not gap.strip(_JOINER_CHARS)


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
            entry = None
            for candidate in node.entries:
                if candidate.exact is None or tokens.words_between(i, j + 1) == candidate.exact:
                    entry = candidate
                    break
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
        # the tokens that begin a name are listed once per text; each call then walks only
        # those in its range (scope and partners call this for every sentence)
        candidates = tokens.candidates.get(self)
        if candidates is None:
            # one membership test per token, in C (no Python loop over the text's words)
            first_words = self._root.children
            candidates = tokens.candidates[self] = list(compress(range(tokens.count), map(first_words.__contains__, tokens.keys)))
        found: list[PhraseMatch[T]] = []
        stop = bisect_left(tokens.starts, end)
        after = tokens.index_at(start)  # the first token a match may begin at
        for k in range(bisect_left(candidates, after), len(candidates)):
            i = candidates[k]
            if i >= stop:
                break
            if i < after:
                continue
            match = self.match_at(tokens, i)
            if match is not None and match.end <= end:
                found.append(match)
                after = tokens.index_at(match.end)
        return found
