"""Reading the names of foreign localities: a list of names after a locality noun with the
country that closes it, bracketed items each with its country, how high a unit each noun
names, and the country a higher unit gives (split from partners.py, which finds them)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ngoaivu.geo.catalog import AMBIGUOUS_COUNTRY_NAMES, find_country, normalize_name

from . import gazetteer
from .geography import country_at
from .names import WORD, read_name
from .phrases import Tokens

# Flat alternatives (no nested group first): the regex engine then skips positions whose
# first letter starts no noun, which halves the scan.
NOUN_BRANCHES = (
    r"địa\s+cấp\s+thị", r"huyện\s+cấp\s+thị", r"tỉnh\s+bang", r"tiểu\s+bang", "tỉnh", r"thành\s+phố", r"tp\.?", "quận", "huyện",
    "bang", r"vùng\s+lãnh\s+thổ", r"lãnh\s+thổ", "vùng", "hạt", r"thị\s+xã", r"thị\s+trấn", r"thị(?<!đô\sthị)", "châu",
    r"thủ\s+đô", r"đặc\s+khu", r"khu\s+tự\s+trị(?:\s+dân\s+tộc\s+\w+)?", "khu", "xã", "làng", r"cộng\s+h(?:òa|oà)",
    r"trấn(?<!thị\strấn)",  # ("trấn Thủy Khẩu": a Chinese town, the unit a Vietnamese commune or town twins with)
    r"phủ(?<!chính\sphủ)(?<!thủ\sphủ)",  # ("Phủ Kyoto": a Japanese prefecture)
)
NOUNS = "(?:" + "|".join(NOUN_BRANCHES) + r")\s+"
# How high a unit each noun names: a unit after a name is its parent only when higher
# ("thành phố X, bang Y"), not a sibling ("tỉnh A, tỉnh B").
NOUN_RANK = (
    (re.compile(r"(?:xã|làng|thị\s+trấn|trấn)\s"), 1),
    (re.compile(r"(?:quận|huyện|hạt|khu(?!\s+tự\s+trị)|thị\s+xã|huyện\s+cấp\s+thị)\s"), 2),
    (re.compile(r"(?:thành\s+phố|tp\.?|thị|châu|địa\s+cấp\s+thị)\s"), 3),
)
PARENT_NOUN = re.compile(NOUNS)
# Nouns of regions and zones ("tiểu vùng Mekong", "khu Dodamso"): no country is inferred for them.
REGION_NOUN = re.compile(r"(?:vùng|khu|làng|đặc\s+khu|thủ\s+đô|cộng\s+h)")
OPEN_BRACKET = re.compile(r"\s*\(\s*")
# compiled once: re.match(r"…") looks its pattern up in a cache on every call
BRACKET_CLOSES = re.compile(r"\s*\)")
LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+và\s+|\s*;\s*")
# an amount each listed place was given, written after its name
_AMOUNT_AFTER = re.compile(r"\s*:?\s*[\d][\d.,]*\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|USD|usd)(?!\w)")


def split_country_tail(text: str, tokens: Tokens, start: int, end: int) -> tuple[int, str | None]:
    """A name read as "Okayama Nhật Bản" ends with its country: split it off."""
    for word in WORD.finditer(text, start, end):
        if word.start() == start:
            continue
        match = country_at(tokens, word.start())
        if match is not None and gazetteer.places_named(text[start:end]):
            break  # "Bắc Úc" (the Northern Territory) is a place's whole name, not a place and its country
        # "tỉnh Nguyễn Văn Anh" is a person ("Anh" is also a given name), not a place in England
        if match is not None and match.end == end and normalize_name(match.text) not in AMBIGUOUS_COUNTRY_NAMES:
            return word.start(), match.payload
    return end, None


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int


_COUNT_BEFORE = re.compile(r"(?<!\w)(?P<n>hai|ba|bốn|năm|2|3|4|5)\s+$")
_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5}
_DASH = re.compile(r" ?[-–] ?")


def split_counted_chain(names: list[Name], text: str, folded: str, noun_start: int) -> list[Name]:
    """"ba tỉnh Quảng Trị - Savannakhet - Salavan": as many places joined by dashes as the count before their noun says
    (not "tỉnh Bà Rịa - Vũng Tàu", one name)."""
    count = _COUNT_BEFORE.search(folded, max(0, noun_start - 6), noun_start) if len(names) == 1 else None
    if count is None:
        return names
    chain, pos = list(names), names[0].end
    while (dash := _DASH.match(text, pos)) is not None and (read := read_name(text, dash.end())) is not None:
        chain.append(Name(read[0], dash.end(), read[1]))
        pos = read[1]
    return chain if len(chain) > 1 and int(_COUNTS.get(count["n"], count["n"])) == len(chain) else names


_DATED_ASIDE_AFTER = re.compile(r"\s*\((?=[^()\n]{0,60}\d)[^()\n]{1,60}\)")
# "Oakland (bang California), Pittsburgh (bang Pennsylvania) và Houston": the unit a listed place lies in, in brackets
_PARENT_ASIDE_AFTER = re.compile(r"\s*\(\s*(?:tiểu\s+bang|bang|tỉnh|vùng|châu|quận|hạt|state|province)\s+[^\W\d_][^()\n;]{0,40}\)",
                                 re.IGNORECASE)


def read_name_list(text: str, tokens: Tokens, pos: int, limit: int, *, communes: bool = False,
                   parent_asides: bool = False) -> tuple[list[Name], str | None, int]:
    """Names separated by commas/"và"; stops at the first country (returned) or non-name. `communes`: names after a
    Vietnamese unit's noun ("xã"), where a country word closing a name the list goes on past is part of it."""
    names: list[Name] = []
    country: str | None = None
    while pos < limit:
        read = read_name(text, pos, particles=True)
        if read is None:
            break
        name, end = read
        if not names and " " not in name and text[max(0, pos - 3) : pos].rstrip().endswith(":") \
                and text[end : end + 1] == " " and text[end + 1 : end + 2].islower() and LIST_SEPARATOR.match(text, end) is None \
                and not gazetteer.places_named(name):
            break  # "Quảng Bình - các tỉnh Lào: Kim ngạch qua …": a clause opening on a capital, no list of names
        whole_country = country_at(tokens, pos)
        if whole_country is not None and whole_country.end >= end:
            # "tỉnh A, B, Lào" closes the list; "thị xã A; Lào là ..." starts a new clause
            if names and ";" not in text[names[-1].end : pos]:
                country, pos = whole_country.payload, whole_country.end
            elif names:
                pos = names[-1].end
            break
        name_end, tail_country = split_country_tail(text, tokens, pos, end)
        if communes and tail_country and (more := LIST_SEPARATOR.match(text, end)) is not None \
                and read_name(text, more.end()) is not None:
            name_end, tail_country = end, None  # "5 xã Dào San, …, Khổng Lào, Hoang Thèn": a name the list goes on past
        names.append(Name(text[pos:name_end].rstrip(" -"), pos, pos + len(text[pos:name_end].rstrip(" -"))))
        pos = end
        if tail_country:
            country = tail_country
            break
        amount = _AMOUNT_AFTER.match(text, pos)  # "gồm Champasak 150 triệu đồng, Salavan 100 triệu đồng và …"
        pos = amount.end() if amount is not None else pos
        dated = _DATED_ASIDE_AFTER.match(text, pos)  # "Shizuoka (ký bản ghi nhớ năm 2005), Kyoto (tháng 2/2013), …"
        pos = dated.end() if dated is not None else pos
        # (a list after a counted unit: "ba thành phố của Hoa Kỳ là Oakland (bang California), Pittsburgh (…) và …")
        parent = _PARENT_ASIDE_AFTER.match(text, pos) if parent_asides else None
        pos = parent.end() if parent is not None else pos
        separator = LIST_SEPARATOR.match(text, pos)
        if separator is None:
            break
        pos_next = separator.end()
        if read_name(text, pos_next) is None or PARENT_NOUN.match(text[pos_next : pos_next + 30].lower()):
            break  # "tỉnh A và Khu tự trị B": the next name has its own noun
        pos = pos_next
    return names, country, pos


# "châu Á", "châu Âu": continents, not the "châu" (prefecture) of a province.
CONTINENTS = frozenset({"á", "âu", "phi", "mỹ", "úc", "đại dương", "mỹ latinh", "nam cực"})
# "các tỉnh Đông Bắc Campuchia": a compass region, not a place's name.
COMPASS = frozenset({"đông", "tây", "nam", "bắc", "trung"})


def is_acronym(name: str) -> bool:
    """"UBND", "HĐND": a word in capitals is a body's acronym, no place's name (unless the gazetteer knows it)."""
    return " " not in name and len(name) <= 6 and name.isupper() and not gazetteer.places_named(name)


def is_region_word(name: str) -> bool:
    words = name.casefold().split()
    # "Nam" before "Lào" is the south, even though some Chinese unit is called "Nam"
    return bool(words) and all(w in COMPASS for w in words[:2])


def rank(noun: str) -> int:
    return next((rank for pattern, rank in NOUN_RANK if pattern.match(noun)), 4)


def parent_country(name: str, places) -> str | None:
    """The country a higher unit gives: a Vietnamese province makes the unit below it
    Vietnamese ("thành phố X (tỉnh Lâm Đồng)") unless the text states another country."""
    return "VN" if gazetteer.is_vietnamese_province(name) else one_country(places)


def bracketed_items(text: str, tokens: Tokens, pos: int, limit: int) -> list[tuple[Name, str]]:
    """"A (Lào), B (Hàn Quốc) và C (Nhật Bản)": names each followed by its country in
    brackets; empty unless the first item is so written."""
    items: list[tuple[Name, str]] = []
    while pos < limit:
        read = read_name(text, pos)
        bracket = read and OPEN_BRACKET.match(text[read[1] : read[1] + 6])
        country = bracket and country_at(tokens, read[1] + bracket.end())
        closing = country and BRACKET_CLOSES.match(text[country.end : country.end + 4])
        if not closing or find_country(read[0]):
            break
        items.append((Name(read[0], pos, read[1]), country.payload))
        separator = LIST_SEPARATOR.match(text, country.end + closing.end())
        if separator is None:
            break
        pos = separator.end()
    return items


def known_place_before_person(name: Name) -> Name | None:
    """"Ubon Ratchathani Pongrat Piromrat": the longest leading words the gazetteer knows,
    when at least two words (a person's name) follow them."""
    words = list(WORD.finditer(name.text))
    for cut in range(len(words) - 2, 0, -1):
        head = name.text[: words[cut - 1].end()]
        if gazetteer.places_named(head):
            return Name(head, name.start, name.start + len(head))
    return None


def one_country(places) -> str | None:
    countries = {p.country for p in places or ()}
    return countries.pop() if len(countries) == 1 else None
