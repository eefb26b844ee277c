"""Pairs of border gates: "cặp cửa khẩu A - B", "cửa khẩu A (Việt Nam) - B (Trung Quốc)"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .geography import border_countries, country_at
from .names import read_name
from .phrases import Tokens
from .segments import Layout, at_word_start

_GATE = re.compile(r"cửa\s+khẩu(?:\s+(?:chính|phụ|quốc\s+tế|song\s+phương|quốc\s+gia))*\s+(?=[^\W\d_])")  # on folded text
_GATE_LEAD = re.compile(r"(?:(?:các|\d+)\s+)?(?:cặp\s+)?$")  # quoted with the gates: "2 cặp cửa khẩu"
_PAIR_LINK = re.compile(r"\s*-\s*")
_PAIRS_SEPARATOR = re.compile(r"\s*(?:,|và|;)\s*")
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(\s*")


@dataclass(frozen=True)
class BorderGate:
    start: int
    end: int
    vn: str
    foreign: str
    country: str | None

    def to_fact_fields(self) -> dict:
        return {"vn": self.vn, "foreign": self.foreign, "country": self.country}


def find_border_gates(text: str, folded: str, tokens: Tokens, layout: Layout, province: str | None) -> list[BorderGate]:
    neighbours = border_countries(province)
    default_country = next(iter(neighbours)) if len(neighbours) == 1 else None
    found: dict[tuple[str, str], BorderGate] = {}
    for match in _GATE.finditer(folded):
        if not at_word_start(folded, match.start()):
            continue
        lead = _GATE_LEAD.search(folded, max(0, match.start() - 12), match.start())
        start = lead.start() if lead else match.start()
        sentence = layout.sentence_at(match.start())
        pos = match.end()
        while True:
            pair = _read_pair(text, tokens, pos)
            if pair is None:
                break
            vn, foreign, country, end = pair
            country = country or _country_in_sentence(text, tokens, sentence.start, sentence.end, neighbours) or default_country
            found.setdefault((vn, foreign), BorderGate(start, end, vn, foreign, country))
            separator = _PAIRS_SEPARATOR.match(text, end)
            if separator is None or end >= sentence.end:
                break
            pos = separator.end()
    return list(found.values())


def _read_pair(text: str, tokens: Tokens, pos: int) -> tuple[str, str, str | None, int] | None:
    """"A - B" or "A (Việt Nam) - B (Trung Quốc)": (vn, foreign, country, end)."""
    first = read_name(text, pos)
    if first is None:
        return None
    vn, end = first
    vn_country, end = _bracketed_country(text, tokens, end)
    if vn_country not in (None, "VN"):
        return None
    link = _PAIR_LINK.match(text, end)
    second = link and read_name(text, link.end())
    if not second:
        return None
    foreign, end = second
    country, end = _bracketed_country(text, tokens, end)
    if country == "VN":
        return None
    return vn, foreign, country, end


def _bracketed_country(text: str, tokens: Tokens, pos: int) -> tuple[str | None, int]:
    bracket = _COUNTRY_IN_BRACKETS.match(text, pos)
    if bracket:
        country = country_at(tokens, bracket.end())
        closing = country and re.match(r"\s*\)", text[country.end : country.end + 4])
        if closing:
            return country.payload, country.end + closing.end()
    return None, pos


def _country_in_sentence(text: str, tokens: Tokens, start: int, end: int, neighbours: frozenset[str]) -> str | None:
    """A neighbouring country the sentence names ("phía Lào", "nước bạn Campuchia")."""
    for i in range(tokens.index_at(start), tokens.index_at(end)):
        if tokens.words[i][:1].isupper():
            country = country_at(tokens, tokens.starts[i])
            if country is not None and country.payload in neighbours:
                return country.payload
    return None
