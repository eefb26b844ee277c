"""Countries and Vietnamese provinces as the pipeline looks them up in text.

Names come from the project's geography catalogue (`ngoaivu.geo.catalog`); this module
only indexes them for fast scanning and adds which countries each border province
faces (general geography, used when a text names a border gate without its country).
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from ngoaivu.geo import catalog

from .phrases import PhraseMatch, PhraseMatcher, Tokens

# Land-border provinces (names before the 2025 mergers) and the countries they face.
BORDER_NEIGHBOURS: dict[str, frozenset[str]] = {
    **{name: frozenset({"CN"}) for name in ("Lai Châu", "Lào Cai", "Hà Giang", "Cao Bằng", "Lạng Sơn", "Quảng Ninh")},
    "Điện Biên": frozenset({"CN", "LA"}),
    **{name: frozenset({"LA"}) for name in (
        "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam")},
    "Kon Tum": frozenset({"LA", "KH"}),
    **{name: frozenset({"KH"}) for name in (
        "Gia Lai", "Đắk Lắk", "Đắk Nông", "Bình Phước", "Tây Ninh", "Long An", "Đồng Tháp", "An Giang", "Kiên Giang")},
}  # fmt: skip


@lru_cache(maxsize=1)
def country_matcher() -> PhraseMatcher[str]:
    """Every country name and alias -> ISO code (ambiguous short names included: use
    it only where the syntax already says a country follows)."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name, code in catalog.country_names().items():
        matcher.add(name, code)
    return matcher


def country_at(tokens: Tokens, pos: int) -> PhraseMatch[str] | None:
    """The country named exactly at `pos`, allowing a leading "nước"/"quốc gia"."""
    i = tokens.index_at(pos)
    if i >= len(tokens) or tokens.starts[i] != pos:
        return None
    if tokens.keys[i] in ("nước", "quốc") and i + 1 < len(tokens):
        skip = 2 if tokens.keys[i] == "quốc" and i + 2 < len(tokens) and tokens.keys[i + 1] == "gia" else 1
        match = country_matcher().match_at(tokens, i + skip)
        if match is not None:
            return PhraseMatch(pos, match.end, tokens.text[pos : match.end], match.payload)
    return country_matcher().match_at(tokens, i)


def country_name(code: str) -> str:
    country = catalog.country_by_code(code)
    return country.name_vi if country else code


@lru_cache(maxsize=1)
def province_matcher() -> PhraseMatcher[str]:
    """Province names, full names and aliases (both schemes) -> unit key."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for unit in catalog.provinces():
        for name in (unit.name, unit.full_name, *unit.aliases):
            matcher.add(name, unit.key)
    return matcher


@lru_cache(maxsize=512)
def unit_as_of(key: str, day: date | None) -> catalog.ProvinceUnit:
    """The unit in force on `day` that `key` is, descends from or became (the text's
    own name: "Thừa Thiên Huế" in 2022 even where it says "Huế")."""
    unit = catalog.province_by_key(key)
    if day is None or unit.is_valid_on(day):
        return unit
    # of the units it was made of, the one that bore its name ("Gia Lai" in 2023 is the old
    # Gia Lai, not Bình Định, the first unit the merged Gia Lai lists)
    older = [catalog.province_by_key(k) for k in catalog.lineage(key)[1:]]
    valid = [candidate for candidate in older if candidate.is_valid_on(day)]
    for candidate in valid:
        if candidate.name == unit.name:
            return candidate
    if valid:
        return valid[0]
    later = catalog.current_unit(key)
    return later if later.is_valid_on(day) else unit


def border_countries(province_name: str | None) -> frozenset[str]:
    if not province_name:
        return frozenset()
    unit = catalog.find_province(province_name, on=date(2024, 12, 31))
    return BORDER_NEIGHBOURS.get(unit.name if unit else province_name, frozenset())


# Districts and provincial towns before the 2025 mergers -> their province (data/vn_districts.json,
# generated from the vietnam-provinces wheel by scripts/build_gazetteer.py): a dateline "Móng Cái –" or
# "huyện Yên Châu" in a text that names no province says where it was written.
DISTRICTS_FILE = Path(__file__).parent / "data" / "vn_districts.json"
DISTRICT_DESIGNATOR = re.compile(r"^(?:huyện|thị\s+xã|quận|thành\s+phố|tp\b\.?)\s*", re.IGNORECASE)
COMMUNE_DESIGNATOR = re.compile(r"^(?:xã|phường|đặc\s+khu)\s+", re.IGNORECASE)
MERGED_ON = date(2025, 7, 1)  # from then on no districts: communes and wards under the provinces
# An undated text speaking of the 2025 mergers as done: "sau sáp nhập", "trước khi hợp nhất", "tỉnh X (mới)",
# "Vĩnh Phúc (cũ)", "tỉnh mới".
_MERGER_DONE = re.compile(
    r"(?:sau|trước)\s+(?:khi\s+)?(?:sáp\s+nhập|hợp\s+nhất|sắp\s+xếp)|\(\s*(?:mới|cũ)\s*\)|tỉnh\s+mới(?!\w)"
)


def naming_day(folded: str, published: date | None, reporting_year: int | None) -> date | None:
    """The day whose units name the text's provinces: its date; for an undated text the middle of the year
    it reports on, but on the side of the 2025 mergers the text itself gives: a year after them (a plan's
    "đến năm 2030", a goal for 2026) moves no undated text to its province's merged successor unless the text
    speaks of the mergers as done (then the units from 1 July 2025). None: the units as the text names them."""
    if published is not None:
        return published
    done = reporting_year is not None and reporting_year >= MERGED_ON.year and _MERGER_DONE.search(folded) is not None
    if done:
        return max(date(reporting_year, 6, 30), MERGED_ON)
    if reporting_year is None or date(reporting_year, 6, 30) >= MERGED_ON:
        return None
    return date(reporting_year, 6, 30)


@lru_cache(maxsize=2)
def _districts(table: str = "districts") -> dict[str, tuple[str, bool]]:
    rows = json.loads(DISTRICTS_FILE.read_text(encoding="utf-8"))[table]
    return {catalog.local_unit_key(name): (key, common) for name, key, common in rows}


def commune_province(name: str, designated: bool = False) -> str | None:
    """The vn34 key of the province whose commune, ward or special zone (from 1 July 2025) `name` is
    ("phường Móng Cái 1", "Đồng Đăng"); only names one province alone bears, those older units of another
    province also bore only after "xã", "phường", "đặc khu". For texts of that time only: older ones
    name older units."""
    lead = COMMUNE_DESIGNATOR.match(name)
    if lead is not None and lead.end() < len(name):
        name, designated = name[lead.end() :], True
    found = _districts("communes").get(catalog.local_unit_key(name))
    if found is None or (found[1] and not designated):
        return None
    return found[0]


def local_unit_province(name: str, on: date | None, designated: bool = False) -> str | None:
    """The key of the province a district's or town's name (any text) or, in a text from 1 July 2025,
    a commune's or ward's name says."""
    found = district_province(name, designated)
    if found is None and on is not None and on >= MERGED_ON:
        found = commune_province(name, designated)
    return found


def province_key_before_mergers(province_name: str | None) -> str | None:
    """The vn63 key of the text's province, which its districts' entries name ("Cao Bằng" -> its key before 2025)."""
    unit = catalog.find_province(province_name, on=date(2024, 12, 31)) if province_name else None
    return unit.key if unit is not None else None


def district_province(name: str, designated: bool = False) -> str | None:
    """The vn63 key of the province whose district or provincial town `name` is ("Móng Cái",
    "huyện Yên Châu"). A name also common among other provinces' communes ("Thống Nhất") counts only
    after a designator ("huyện", "thị xã", "TP"); a name two provinces' districts share, never."""
    lead = DISTRICT_DESIGNATOR.match(name)
    if lead is not None and lead.end() < len(name):
        name, designated = name[lead.end() :], True
    found = _districts().get(catalog.local_unit_key(name))
    if found is None or (found[1] and not designated):
        return None
    return found[0]
