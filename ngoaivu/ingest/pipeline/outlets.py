"""Who signs a text: a provincial newspaper's, portal's or radio's address, name or acronym in the
first lines, the last ones or a source line ("(Baoquangninh.vn) -", "Theo Báo Hà Tĩnh", "Nguồn: BLC").
Used by `metadata.reporting_province`."""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from ngoaivu.geo import catalog

HEADER_LINE_MAX = 120  # a header or foot line longer than this is prose
TAIL_LINES = 3  # the page's last lines a signature or a date may stand on

# A provincial newspaper's or portal's address in a byline: "(Baoquangninh.vn) -",
# "sonoivu.tayninh.gov.vn": the province's name without tones and spaces.
_SITE = re.compile(r"(?<![\w.])(?:www\.)?(?:[a-z]+\.)?(?:bao|dientu)?(?P<name>[a-z]{4,})\.(?:gov\.vn|com\.vn|org\.vn|vn)(?!\w)")
_SITE_LINES = 6


def provinces_of_sites(text: str, sources: tuple[str, ...] = ()) -> list[str]:
    """Provinces whose newspaper, portal or radio signs the text: its address or its name in
    the first lines, in the last ones or in a source line ("Theo Báo Hà Tĩnh", "Nguồn: Cổng TTĐT
    tỉnh Lai Châu", "Nguồn: BLC")."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    head = "\n".join(lines[:_SITE_LINES]).lower()
    tail = [line for line in lines[_SITE_LINES:][-TAIL_LINES:] if len(line) <= HEADER_LINE_MAX]
    tail += [source for source in sources if len(source) <= HEADER_LINE_MAX]
    names = _site_names()
    addresses = head + "\n" + "\n".join(tail).lower()
    # (every address ends in ".vn": lines without it are not scanned, a slow scan without a literal start)
    found = [key for m in _SITE.finditer(addresses) if (key := _site_province(m["name"], names))] if ".vn" in addresses else []
    acronyms = _outlet_acronyms()
    for line in lines[:_SITE_LINES]:
        byline = _ACRONYM_BYLINE.match(line)
        if byline is not None and byline["abbr"] in acronyms:
            found.append(acronyms[byline["abbr"]])
    for line in tail:
        signature = _ACRONYM_SIGNATURE.search(line)
        if signature is not None and signature["abbr"] in acronyms:
            found.append(acronyms[signature["abbr"]])
    for line in [*lines[:_SITE_LINES], *tail]:
        for match in _OUTLET.finditer(line):
            unit = _province_leading(match["name"]) if match["name"][:1].isupper() else None
            if unit is not None:
                found.append(unit.key)
    return found


# A provincial outlet named in a byline: "Báo Hà Tĩnh", "Đài PT-TH Lai Châu", "Cổng TTĐT tỉnh Sơn La".
_OUTLET = re.compile(
    r"(?:B(?<!\wB)áo|Đài\s+(?:PT-TH|PTTH|Phát\s+thanh\s+(?:và|-)\s+Truyền\s+hình)|Cổng\s+(?:TTĐT|thông\s+tin\s+điện\s+tử))"
    r"(?:\s+(?:tỉnh|thành\s+phố))?\s+(?P<name>[^\W\d_][^\W\d_]*(?:[ -][^\W\d_a-zđ][^\W\d_]*){0,3})"
)  # "B(?<!\wB)áo": "Báo" at a word's start, the look-behind after the letter (a fast scan)


def _province_leading(name: str):
    """The province an outlet's name starts with: "Điện Biên Phủ" (the newspaper of Điện Biên),
    "Hà Nội mới"; the whole name first, then shorter heads of two words or more."""
    words = name.split()
    for size in range(len(words), 1, -1):
        unit = catalog.find_province(" ".join(words[:size]))
        if unit is not None:
            return unit
    return catalog.find_province(name) if len(words) == 1 else None


# A newspaper's acronym heading a lead: "BHG - Ngày 18/10, …", "(BLC) - …" (data/outlet_acronyms.json)
_ACRONYM_BYLINE = re.compile(r"^\s*\(?(?P<abbr>[A-ZĐ]{2,6})\)?\s*[-–—]\s")
# ... or signing the foot: "Minh Anh - BLC", "Hoàng Vũ (BHG)", a source line "Nguồn: BLC - 12/3/2024"
_ACRONYM_SIGNATURE = re.compile(r"(?:^|[-–—/(,]\s*)(?P<abbr>[A-ZĐ]{2,6})\)?\s*(?:[-–—,]\s*[\d/.:h\s]+)?\.?$")


@lru_cache(maxsize=1)
def _outlet_acronyms() -> dict[str, str]:
    """"BHG" -> the key of the province whose newspaper signs so."""
    data = json.loads((Path(__file__).parent / "data" / "outlet_acronyms.json").read_text(encoding="utf-8"))
    found = {}
    for entry in data["acronyms"]:
        unit = catalog.find_province(entry["province"])
        if unit is not None:
            found[entry["acronym"]] = unit.key
    return found


_SITE_SUFFIX = 4  # "baodienbienphu.com.vn", "hanoimoi.vn": the province's name and a short word


def _site_province(name: str, names: dict[str, str]) -> str | None:
    """The key of the province an address names: the whole name, else the longest province name
    it starts with, followed by at most a short word."""
    if name in names:
        return names[name]
    for cut in range(len(name) - 1, max(len(name) - _SITE_SUFFIX, 4) - 1, -1):
        if name[:cut] in names:
            return names[name[:cut]]
    return None


@lru_cache(maxsize=1)
def _site_names() -> dict[str, str]:
    """"quangninh" -> a unit key, for every province name; a name two different
    provinces share without tones is left out (the same province before and after the
    2025 mergers is one name)."""
    found: dict[str, dict[str, str]] = {}
    for unit in catalog.provinces():
        for name in (unit.name, *unit.aliases):
            found.setdefault(_ascii_joined(name), {}).setdefault(unit.name, unit.key)
    return {name: next(iter(units.values())) for name, units in found.items() if len(units) == 1 and len(name) >= 4}


def _ascii_joined(name: str) -> str:
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in plain if c.isascii() and c.isalnum()).lower()
