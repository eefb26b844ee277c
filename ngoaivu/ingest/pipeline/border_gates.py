"""Pairs of border gates: "cặp cửa khẩu A - B", "cửa khẩu A (Việt Nam) - B (Trung Quốc)"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ngoaivu.geo.catalog import find_country, find_province

from .gazetteer import places_named
from .geography import border_countries, country_at
from .names import read_name
from .phrases import Tokens
from .segments import Layout, at_word_start

# On folded text: "cửa khẩu quốc tế A - B", "hai cặp cửa khẩu là A - B và C - D", "cặp cửa khẩu: A - B".
# A crossing point ("lối thông quan", "lối mở", a goods road "đường chuyên dụng") or a pair of border markets pairs like
# a gate.
_CROSSINGS = (r"cửa\s+khẩu", r"lối\s+thông\s+quan", r"điểm\s+thông\s+quan", r"lối\s+mở", r"lối\s+qua\s+lại", r"chợ\s+biên\s+giới", r"cặp\s+chợ",
              r"đường\s+chuyên\s+dụng")
_CROSSING = "|".join(_CROSSINGS)
_GATE_CLASS = r"chính|phụ|quốc\s+tế|song\s+phương|quốc\s+gia|đường\s+(?:bộ|sông|sắt|thủy|thuỷ)|biên\s+giới"
# One pattern per crossing word: a literal start lets the regex engine scan fast. Classes
# may be listed with commas or "và": "cửa khẩu quốc tế đường bộ, đường sông A - B", "… đường bộ và đường sông A - B".
_GATES = tuple(
    # ("lối thông quan cầu Tà Lùng II - Thủy Khẩu": a crossing over a bridge, named by its ends)
    re.compile(rf"{crossing}(?:(?:,|\s+và)?\s+(?:{_GATE_CLASS}))*(?:\s+(?:là|gồm(?:\s+có)?|giữa)|\s*:)?(?:\s+cầu)?[ ]+[“\"]?(?=[^\W\d_])")
    for crossing in _CROSSINGS
)
# ("17 lối thông quan được mở tại 7 tỉnh, tỉnh có 6 lối, trong đó A - B và C - D thuộc cặp …": the part named)
_ANNOUNCED_PAIRS = tuple(
    re.compile(rf"{crossing}(?:[^.;:\n]{{1,60}}?(?:\s(?:là|gồm(?:\s+có)?)|:)|[^.;:\n]{{0,100}}?,\s*trong\s+đó(?:\s+có)?)[ ]+(?=[^\W\d_])")
    for crossing in _CROSSINGS
)
_NUMBER_WORD = r"hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|\d+"
# "Trên tuyến biên giới … có 8 cặp cửa khẩu quốc tế; riêng Quảng Trị có hai cặp là A - B với tỉnh X và C - D với tỉnh Y"
_PAIRS_COUNTED_AFTER = re.compile(rf"cửa\s+khẩu[^.\n]{{1,100}}?\s(?:{_NUMBER_WORD})\s+cặp\s+(?:là|gồm(?:\s+có)?)\s+(?=[^\W\d_])")
# "nâng cấp cặp cửa khẩu phụ A - B với tỉnh X và cặp C - D với tỉnh Y": a further pair named by "cặp" alone
_PAIR_CONTINUED = re.compile(r"cửa\s+khẩu[^.;:\n]{1,160}?\s(?:và|,)\s+cặp\s+(?=[^\W\d_])")
# "Tịnh Biên - Phnom Den là một trong những cặp cửa khẩu quốc tế …": a sentence opening on the pair it then calls one
# (found by its words, then read from the sentence's start: an empty match there, where the pair is read)
_CALLED_A_PAIR = re.compile(r"l(?<!\wl)à\s+(?:một\s+trong\s+(?:những|các|hai|ba)\s+)?cặp\s+cửa\s+khẩu")
_PAIR_OPENING = re.compile(r"(?=[^\W\d_][^\n.;:()]{1,40}?\s[-–]\s[^\n.;:()]{2,40}?\s+là\s)")
# "… A - B với tỉnh X": the foreign province the pair faces, after it
_FACING_PROVINCE = re.compile(r"\s+với\s+(?:tỉnh|bang|thành\s+phố|huyện|khu\s+tự\s+trị)\s+(?=[^\W\d_])", re.IGNORECASE)
_BELONGS_TO_PAIR = re.compile(r"\s+thuộc\s+cặp\s+(?:cửa\s+khẩu\s+(?:(?:quốc\s+tế|chính|phụ|song\s+phương)\s+)?)?(?=[^\W\d_])")
_BRIDGE_WORD = re.compile(r"cầu[ ]+$", re.IGNORECASE)
_ZONE_BEFORE = re.compile(r"khu\s+kinh\s+tế\s+$")  # "Khu kinh tế cửa khẩu A - B" names a zone
# "tuyến cao tốc Cửa khẩu Hữu Nghị - Chi Lăng": a road named by its two ends
_ROUTE_BEFORE = re.compile(r"(?:cao\s+tốc|quốc\s+lộ|tỉnh\s+lộ|tuyến\s+đường|đường\s+(?:nối|dẫn))\s+$")
_GATE_LEAD = re.compile(rf"(?:(?:{_NUMBER_WORD})\s+)?(?:cặp\s+)?$")  # quoted with the gates: "2 cặp cửa khẩu"
# A line announcing a list of pairs ("Các cặp cửa khẩu gồm:"); each item below is a pair.
_LIST_HEAD = re.compile(r"cửa\s+khẩu[^\n]*:\s*$")
_LIST_MARK = re.compile(r"\s*(?:[-+•*]|[a-zđ]\)|\d+[.)])\s+")
# A bracket naming a locality rather than a country: "(tỉnh Quảng Bình)", "(huyện X, tỉnh Y)".
# "A, tỉnh Quảng Nam - B, tỉnh Sê Kông": the gate's locality after a comma.
_LOCALITY_AFTER_COMMA = re.compile(r"(?:\s*,\s*(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã|bang|quận|châu)\s+[^\W\d_][^\s,()-]*(?:[ ][^\W\d_a-zđ][^\s,()-]*)*)+")
_LOCALITY_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:tỉnh|huyện|thị\s+xã|thành\s+phố|xã|bang|quận|khu\s+tự\s+trị|châu|thị\s+trấn)\s[^()\n]{1,60}\)",
    re.IGNORECASE,
)
# "A - B", "A (Việt Nam) - cửa khẩu B (Lào)", "A đối diện với cửa khẩu B", "A (xã X) thông thương với cửa khẩu B"
_PAIR_LINK = re.compile(
    rf"\s*(?:-|/|,?\s*đối\s+diện(?:\s+(?:với|là))?|(?P<and>và|với|cùng(?:\s+với)?)|,?\s*(?P<joins>nối\s+với|thông\s+(?:thương\s+)?(?:sang|với)))"
    rf"\s*(?P<gate>(?:{_CROSSING})(?:\s+(?:{_GATE_CLASS}))*\s+)?",
    re.IGNORECASE,
)
_PAIRS_SEPARATOR = re.compile(r"\s*(?:,|và|;)\s*")
_COUNTRY_IN_BRACKETS = re.compile(r"\s*\(\s*")


_LAND_NEIGHBOURS = frozenset({"CN", "LA", "KH"})  # when the text's province is not known
_JOINED_PAIR = re.compile(r"-(?=[^\W\d_a-zđ])")  # a hyphen before a capital: two names
_NAME_IN_BRACKETS = re.compile(r"\s*\(\s*[^\W\d_a-zđ][^()\n\d]{0,40}\)")


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
    for match in _gate_mentions(folded, layout):
        if not at_word_start(folded, match.start()) or _ZONE_BEFORE.search(folded, max(0, match.start() - 16), match.start()) \
                or _ROUTE_BEFORE.search(folded, max(0, match.start() - 16), match.start()):
            continue
        lead = _GATE_LEAD.search(folded, max(0, match.start() - 12), match.start())
        start = lead.start() if lead else match.start()
        sentence = layout.sentence_at(match.start())
        pos = match.end()
        if (bridge := _BRIDGE_WORD.search(text, max(0, pos - 6), pos)) is not None and text[bridge.start()].isupper():
            pos = bridge.start()  # "cửa khẩu Cầu Treo - Nậm Phao": the gate's own name, not a bridge before it
        while True:
            pair = _read_pair(text, tokens, pos)
            if pair is None:
                # "các cửa khẩu đường bộ Tây Trang, Huổi Puốc - Na Son và A Pa Chải": a gate named alone, then a pair
                single = read_name(text, pos)
                separator = single and _PAIRS_SEPARATOR.match(text, single[1])
                if not separator or separator.end() >= sentence.end:
                    break
                pos = separator.end()
                continue
            vn, foreign, country, end = pair
            country = country or _country_in_sentence(text, tokens, sentence.start, sentence.end, neighbours, foreign) \
                or default_country
            _keep(found, BorderGate(start, end, vn, foreign, country))
            if (facing := _FACING_PROVINCE.match(text, end)) is not None and (name := read_name(text, facing.end())):
                end = name[1]
            if (belongs := _BELONGS_TO_PAIR.match(folded, end)) is not None and (whole := _read_pair(text, tokens, belongs.end())):
                # "A - B và C - D thuộc cặp E - F; G - H thuộc cặp …": the pair the crossings belong to, then the next
                _keep(found, BorderGate(belongs.end(), whole[3], whole[0], whole[1], whole[2] or country))
                end = whole[3]
            separator = _PAIRS_SEPARATOR.match(text, end)
            if separator is None or end >= sentence.end:
                break
            pos = separator.end()
    for start, pos, country in _listed_pairs(text, folded, tokens, layout, neighbours):
        pair = _read_pair(text, tokens, pos)
        if pair is not None:
            vn, foreign, own_country, end = pair
            _keep(found, BorderGate(start, end, vn, foreign, own_country or country or default_country))
    return _one_way_each(found)


def _keep(found: dict[tuple[str, str], BorderGate], gate: BorderGate) -> None:
    """The first telling of a pair wins; a headline's capitals ("CỬA KHẨU ĐẮK PEUR - NAM LYR") are the same pair as the
    body's, whose telling is kept."""
    key = (gate.vn.casefold(), gate.foreign.casefold())
    first = found.get(key)
    if first is None:
        found[key] = gate
    elif first.vn.isupper() and not gate.vn.isupper():
        found[key] = gate


def _one_way_each(found: dict[tuple[str, str], BorderGate]) -> list[BorderGate]:
    """"cặp cửa khẩu Đ (Việt Nam) - V (Lào)" then "qua cửa khẩu V - Đ": a pair written the other way round later is the
    same pair, its sides as first told (the first telling wins, like any pair told twice)."""
    return [gate for (vn, foreign), gate in found.items()
            if vn == foreign or (foreign, vn) not in found or found[(foreign, vn)].start > gate.start]


def _gate_mentions(folded: str, layout: Layout) -> list[re.Match]:
    """Gate words followed by their pair, and "cặp cửa khẩu với tỉnh X (Lào) là A - B": a
    short qualifier between the words and the pairs it announces."""
    opening = (_PAIR_OPENING.match(folded, layout.sentence_at(m.start()).start) for m in _CALLED_A_PAIR.finditer(folded))
    return sorted((*(m for pattern in (*_GATES, *_ANNOUNCED_PAIRS, _PAIRS_COUNTED_AFTER, _PAIR_CONTINUED)
                     for m in pattern.finditer(folded)), *(m for m in opening if m is not None)),
                  key=lambda m: m.start())


def _listed_pairs(text: str, folded: str, tokens: Tokens, layout: Layout, neighbours: frozenset[str]):
    """(item start, where its pair starts, the country the list head names) for the
    items of a list of gate pairs written without "cửa khẩu" on each line."""
    under: str | None | bool = False  # False: not under a list head; else its country
    for paragraph in layout.paragraphs:
        line = folded[paragraph.start : paragraph.end]
        mark = _LIST_MARK.match(text, paragraph.start)
        if mark is None:
            under = _country_in_sentence(text, tokens, paragraph.start, paragraph.end, neighbours) if _LIST_HEAD.search(line) else False
            continue
        if under is not False and not any(gate.match(folded, mark.end()) for gate in _GATES):
            yield paragraph.start, mark.end(), under


def _read_pair(text: str, tokens: Tokens, pos: int) -> tuple[str, str, str | None, int] | None:
    """"A - B" or "A (Việt Nam) - B (Trung Quốc)": (vn, foreign, country, end)."""
    first = read_name(text, pos)
    if first is None:
        return None
    vn, end = first
    joined = _JOINED_PAIR.search(vn)  # "Tà Lùng-Thủy Khẩu" read as one hyphenated name
    if joined is not None:
        vn, foreign = vn[: joined.start()], vn[joined.end() :]
        return None if _names_places(vn, foreign) else (vn, foreign, None, end)
    vn_placed = _LOCALITY_IN_BRACKETS.match(text, end) is not None
    vn_country, end = _side_tail(text, tokens, end)
    link = _PAIR_LINK.match(text, end)
    second = link and read_name(text, link.end())
    if not second:
        return None
    foreign, end = second
    # "lối thông quan A (huyện X) với B (huyện Y)": each side placed in its own district, "với" pairs them
    placed_pair = vn_placed and link["and"] == "với" and _LOCALITY_IN_BRACKETS.match(text, end) is not None
    country, end = _side_tail(text, tokens, end)
    if vn_country not in (None, "VN") and country == "VN":  # "B (Lào) - A (Việt Nam)"
        vn, foreign, vn_country, country = foreign, vn, country, vn_country
    if vn_country not in (None, "VN") or country == "VN" or _names_places(vn, foreign):
        return None
    # "cửa khẩu A (Việt Nam) và cửa khẩu B (Lào)": "và"/"với" joins a pair only when the second
    # side states its country and is a gate again or faces "(Việt Nam)"; "cửa khẩu A và B"
    # are two gates of the province
    if link["and"] and not placed_pair and (country is None or not (vn_country == "VN" or link["gate"])):
        return None
    if link["joins"] and not link["gate"]:  # "nối với cửa khẩu B", not "nối với Quốc lộ 8"
        return None
    return vn, foreign, country, end


def _names_places(vn: str, foreign: str) -> bool:
    """"cửa khẩu Việt Nam - Trung Quốc" names two countries and "cửa khẩu giữa Hà Tĩnh -
    Khăm Muồn" two provinces, not a pair of gates."""
    if find_country(vn) or find_country(foreign) or find_province(foreign) is not None:
        return True  # "thuộc huyện X - Nghệ An": the foreign side is never a Vietnamese province
    if vn.strip().casefold() == "việt":
        return True  # "các cửa khẩu đường bộ Việt – Trung": the two countries, shortened
    return find_province(vn) is not None and any(p.level == 1 and p.country != "VN" for p in places_named(foreign))


def _side_tail(text: str, tokens: Tokens, pos: int) -> tuple[str | None, int]:
    """What follows a gate's name: brackets ("(Việt Nam)", "(huyện X, Lào)") and its
    locality (", tỉnh X"), in any order; the country they state."""
    country = None
    while True:
        stated, end = _bracketed_country(text, tokens, pos)
        locality = _LOCALITY_AFTER_COMMA.match(text, end)
        end = locality.end() if locality else end
        country = country or stated
        if end == pos:
            return country, pos
        pos = end


def _bracketed_country(text: str, tokens: Tokens, pos: int) -> tuple[str | None, int]:
    locality = _LOCALITY_IN_BRACKETS.match(text, pos)
    if locality is not None:
        country = _country_closing(text, tokens, locality.start(), locality.end())
        return country or _country_of_province_in(text[locality.start() : locality.end()]), locality.end()
    bracket = _COUNTRY_IN_BRACKETS.match(text, pos)
    if bracket:
        country = country_at(tokens, bracket.end())
        closing = country and re.match(r"\s*\)", text[country.end : country.end + 4])
        if closing:
            return country.payload, country.end + closing.end()
        named = _NAME_IN_BRACKETS.match(text, pos)  # "(Đắk Nông)": the gate's province
        if named is not None:
            return _country_closing(text, tokens, named.start(), named.end()), named.end()
    return None, pos


_PROVINCE_IN_BRACKET = re.compile(r"(?:tỉnh|bang|khu\s+tự\s+trị)\s+([^\W\d_][^,()\n]{1,30}?)\s*[,)]", re.IGNORECASE)


def _country_of_province_in(bracket: str) -> str | None:
    """"(huyện Viêng Xay, tỉnh Hủa Phăn)": the country of the first-level unit named, when
    the gazetteer knows it as foreign and it is no Vietnamese province."""
    for match in _PROVINCE_IN_BRACKET.finditer(bracket):
        name = match.group(1)
        if find_province(name) is not None:
            return "VN"
        countries = {p.country for p in places_named(name) if p.level == 1 and p.country != "VN"}
        if len(countries) == 1:
            return countries.pop()
    return None


def _country_closing(text: str, tokens: Tokens, start: int, end: int) -> str | None:
    """The country that ends a bracket after a comma: "(huyện Viêng Xay, Lào)"."""
    comma = text.rfind(",", start, end)
    if comma < 0:
        return None
    country = country_at(tokens, comma + 1 + (len(text[comma + 1 : end]) - len(text[comma + 1 : end].lstrip())))
    return country.payload if country is not None and re.match(r"\s*\)", text[country.end : end]) else None


def _country_in_sentence(text: str, tokens: Tokens, start: int, end: int, neighbours: frozenset[str],
                         foreign: str | None = None) -> str | None:
    """A neighbouring country the sentence names ("phía Lào", "nước bạn Campuchia"), not the first word of a
    Vietnamese province ("Lào Cai"); with none, the one country the gazetteer knows the foreign crossing's place in."""
    for i in range(tokens.index_at(start), tokens.index_at(end)):
        if tokens.text[tokens.starts[i]].isupper():
            country = country_at(tokens, tokens.starts[i])
            if country is not None and country.payload in (neighbours or _LAND_NEIGHBOURS) \
                    and find_province(" ".join(tokens.words_between(i, i + 2))) is None:
                return country.payload
    countries = {p.country for p in places_named(foreign)} - {"VN"} if foreign else set()
    return countries.pop() if len(countries) == 1 else None
