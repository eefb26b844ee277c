"""The catalogue of foreign and international organisations (data/organizations.json)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ngoaivu.geo.catalog import normalize_name

from .phrases import PhraseMatcher

DATA_FILE = Path(__file__).resolve().parent / "data" / "organizations.json"


@dataclass(frozen=True)
class Organization:
    name: str  # canonical, usually the acronym texts use: "WB", "JICA"
    aliases: tuple[str, ...]
    country: str | None  # ISO alpha-2 home country; None for international bodies
    type: str  # development_bank, agency, un_body, intergovernmental, fund, ngo, network (of cities or mayors)


@lru_cache(maxsize=1)
def organizations() -> tuple[Organization, ...]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return tuple(
        Organization(o["name"], tuple(o["aliases"]), o["country"], o["type"]) for o in raw["organizations"]
    )


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Organization]:
    index: dict[str, Organization] = {}
    for org in organizations():
        for name in (org.name, *org.aliases):
            index.setdefault(normalize_name(name), org)
    return index


def find_organization(name: str) -> Organization | None:
    """The organisation `name` names exactly (any alias; case and spacing ignored)."""
    return _by_name().get(normalize_name(name))


def _is_code(name: str) -> bool:
    """Acronyms and one-word brand names ("WB", "KfW", "Oxfam") must match as written:
    in lower case they may be ordinary words."""
    return " " not in name and len(name) <= 12


@lru_cache(maxsize=1)
def organization_matcher() -> PhraseMatcher[Organization]:
    matcher: PhraseMatcher[Organization] = PhraseMatcher()
    for org in organizations():
        for name in (org.name, *org.aliases):
            matcher.add(name, org, case_sensitive=_is_code(name))
    return matcher


_OFFICIAL_TYPES = ("agency", "development_bank")


@lru_cache(maxsize=1)
def _official_donors() -> re.Pattern:
    names = sorted({n.casefold() for o in organizations() if o.type in _OFFICIAL_TYPES for n in (o.name, *o.aliases)},
                   key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def names_an_official_donor(folded: str) -> bool:
    """Whether a government's aid agency or a development bank is named ("viện trợ không hoàn lại của KOICA" is ODA)."""
    return _official_donors().search(folded) is not None


def names_a_donor_government(folded: str) -> bool:
    """Whether a foreign government gives ("Chính phủ Đan Mạch … cam kết viện trợ không hoàn lại cho tỉnh …"): its grant is
    ODA, not foreign NGO aid."""
    return "chính phủ" in folded and _DONOR_GOVERNMENT.search(folded) is not None


_DONOR_GOVERNMENT = re.compile(
    r"(?<!\w)chính\s+phủ\s+(?:(?:và\s+nhân\s+dân|nước)\s+)?(?:nhật\s+bản|hàn\s+quốc|đan\s+mạch|đức|pháp|úc|australia|hoa\s+kỳ|mỹ"
    r"|anh|canada|thụy\s+điển|phần\s+lan|na\s+uy|hà\s+lan|bỉ|italia|ý|thụy\s+sĩ|new\s+zealand|luxembourg|ireland|áo"
    r"|tây\s+ban\s+nha|séc|hungary|ba\s+lan|israel|singapore|trung\s+quốc|ấn\s+độ|thái\s+lan|lào)(?!\w)")

