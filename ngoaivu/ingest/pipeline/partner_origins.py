"""Organisations named with the country they come from in words, not brackets: "VNHelp của Hoa Kỳ", "Green Cross
Switzerland của Thụy Sỹ", and groups led by their country: "Từ Hoa Kỳ có Maryknoll, Free Wheelchair Mission và
Giving It Back to Kids (GIBTK); từ Pháp có GRET và VNED". A part of `partner_orgs.find_organizations`."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import gazetteer
from .catalog_orgs import find_organization
from .geography import country_at
from .names import looks_foreign
from .partner_base import Partner

if TYPE_CHECKING:
    from .partners import PartnerFinder

# led by the literal: "của " then a capital, where a country may start
_OF_COUNTRY = re.compile(r"của\s+(?=[A-ZĐÀ-Ỹ])")
# the name right before: capitalised words (foreign connectors between), after a separator or the list's opening
_NAME_BEFORE = re.compile(r"(?:^|[(,;:]\s*|\s(?:và|cho|có)\s+)(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|for|of|the|and|de|du|des|la|le)){0,5})\s+$")
# "từ Pháp có GRET và VNED", "Từ Hàn Quốc có …"
_FROM_COUNTRY = re.compile(r"ừ\s+(?=[A-ZĐÀ-Ỹ])")  # led by its rare letter; "T"/"t" before it is checked after
_HAS_AFTER = re.compile(r"\s+có\s+")
_GROUP_END = re.compile(r"[;.\n]")
_ITEM_SPLIT = re.compile(r"\s*,\s*|\s+và\s+")
_ITEM = re.compile(r"(?P<name>[A-ZĐÀ-Ỹ][^()]{0,70}?)\s*(?:\((?P<acronym>[A-Z][A-Za-z&]{1,9})\))?\s*$")
_MAX_ITEM_WORDS = 7
_PLACE_OR_FEAST_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|bang|huyện|quận|thị\s+xã|vùng|châu|khu|lễ|tết|dịp)\s+$")
_FEASTS = frozenset({"Tết", "Lễ", "Ngày"})
# "hai thành phố Gimhae và Chungju của Hàn Quốc": the next item of a list of places
_PLACES_LISTED_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|bang|huyện|quận|thị\s+xã|vùng|châu)\s+[A-ZĐÀ-Ỹ][^,;.()]{0,50}?(?:,|\s+và)\s+$")
_BODIES_AT_WORK = re.compile(r"tổ\s+chức|pcpnn|phi\s+chính\s+phủ|nhà\s+tài\s+trợ|viện\s+trợ")
_REACH = 70


def bodies_of_countries(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    found: list[Partner] = []
    text = finder.text
    for cue in _OF_COUNTRY.finditer(text):
        if not text[cue.start() - 1 : cue.start()].isspace():
            continue
        country = country_at(finder.tokens, cue.end())
        if country is None or country.payload == "VN":
            continue
        name = _NAME_BEFORE.search(text, max(0, cue.start() - _REACH), cue.start())
        if name is None or not _usable(finder, name.start("name"), name["name"], covered):
            continue
        found.append(_partner(name["name"], country.payload, name.start("name"), None))
    if "ừ " in text:  # what every "từ <country> có" holds
        for cue in _FROM_COUNTRY.finditer(text):
            if cue.start() < 1 or text[cue.start() - 1] not in "Tt" or (cue.start() > 1 and text[cue.start() - 2].isalnum()):
                continue
            country = country_at(finder.tokens, cue.end())
            has = _HAS_AFTER.match(text, country.end) if country is not None and country.payload != "VN" else None
            if has is None:
                continue
            end = (stop.start() if (stop := _GROUP_END.search(text, has.end())) is not None else len(text))
            found.extend(_group(finder, has.end(), end, country.payload, covered))
    return found


def _group(finder: PartnerFinder, start: int, end: int, country: str, covered: list[tuple[int, int]]) -> list[Partner]:
    found = []
    pos = start
    for piece in [*_ITEM_SPLIT.finditer(finder.text, start, end), None]:
        stop = piece.start() if piece is not None else end
        item = _ITEM.fullmatch(finder.text, pos, stop)
        if item is not None and _usable(finder, item.start("name"), item["name"], covered):
            found.append(_partner(item["name"].strip(), country, item.start("name"), item["acronym"]))
        pos = piece.end() if piece is not None else end
    return found


def _usable(finder: PartnerFinder, start: int, name: str, covered: list[tuple[int, int]]) -> bool:
    """A foreign-looking name of a few words, in a sentence on relations, not already read; no place ("tỉnh Tboung
    Khmum của Campuchia", a name the gazetteer knows) and no feast ("Tết Chôl Chnăm Thmây của Campuchia")."""
    if any(s <= start < e for s, e in covered) or len(name.split()) > _MAX_ITEM_WORDS:
        return False
    if _PLACE_OR_FEAST_BEFORE.search(finder.folded, max(0, start - 16), start) or name.split()[0] in _FEASTS \
            or gazetteer.places_named(name) or _PLACES_LISTED_BEFORE.search(finder.text, max(0, start - _REACH), start):
        return False
    if not looks_foreign(name) and not name.lower().startswith(("tổ chức", "quỹ", "viện", "hội", "ủy ban", "cơ quan")):
        return False
    sentence = finder.layout.sentence_at(start)
    if finder._speaks_of_relation(sentence) or _BODIES_AT_WORK.search(finder.folded, sentence.start, sentence.end):
        return True
    previous = finder.layout.sentences[sentence.index - 1] if sentence.index else None
    # "Nhiều tổ chức phi chính phủ có hoạt động lâu dài ở tỉnh. Từ Hoa Kỳ có …": the bodies the sentence before spoke of
    return previous is not None and previous.paragraph == sentence.paragraph \
        and _BODIES_AT_WORK.search(finder.folded, previous.start, previous.end) is not None


def _partner(name: str, country: str, start: int, acronym: str | None) -> Partner:
    org = find_organization(name) or (find_organization(acronym) if acronym else None)
    if org is not None:
        return Partner(org.name, "organization", org.country or country, "active", start, start + len(name), start,
                       start + len(name), org.aliases)
    aliases = (acronym,) if acronym else ()
    return Partner(name, "organization", country, "active", start, start + len(name), start, start + len(name), aliases)
