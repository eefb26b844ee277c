"""A partner's identity across spellings: the gazetteer's key of the foreign place it is."""
from __future__ import annotations

import re

from ngoaivu.ingest.pipeline import gazetteer
from ngoaivu.ingest.pipeline.gazetteer import identity
from ngoaivu.partners.choices import PartnerType

# Records often keep the unit's noun in the name: "Tỉnh Xiêng Khoảng", "Thành phố Gifu".
_UNIT_NOUN = re.compile(
    r"^(?:tỉnh\s+bang|tiểu\s+bang|tỉnh|thành\s+phố|thủ\s+đô|bang|quận|huyện|vùng|khu\s+tự\s+trị|cộng\s+h(?:òa|oà)|"
    r"chính\s+quyền|địa\s+cấp\s+thị|thị)\s+",
    re.IGNORECASE,
)


def place_key(*, partner_type: str | None, names, country_code: str | None) -> str:
    """The key of the first of `names` the gazetteer knows in the country ("" if none);
    only localities have one (an organisation named after a city is not the city)."""
    if partner_type != PartnerType.LOCALITY or not country_code:
        return ""
    for name in filter(None, names):
        bare, unit = unit_and_name(name)
        for candidate in (name, bare):
            key = identity(candidate, country_code, unit)
            if key:
                return key
    return ""


def unit_and_name(name: str) -> tuple[str, str]:
    """"Thành phố Moskva" -> ("Moskva", "Thành phố"): the unit noun tells a capital from the
    province of the same name."""
    name = name.strip()
    bare = _UNIT_NOUN.sub("", name)
    return bare, name[: len(name) - len(bare)].strip()


def namesakes(*, partner_type: str | None, name: str, country_code: str | None) -> list[str]:
    """The places a locality's name may mean when the gazetteer cannot tell which ("Viêng Chăn":
    the capital or the province), each as a reader tells it; [] when the name is clear or unknown."""
    if partner_type != PartnerType.LOCALITY or not country_code or not name:
        return []
    bare, unit = unit_and_name(name)
    for candidate in (name, bare):
        places = gazetteer.namesakes(candidate, country_code, unit)
        if places:
            return [gazetteer.distinct_name(p) for p in places] if len(places) > 1 else []
    return []
