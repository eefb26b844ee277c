"""A partner's identity across spellings: the gazetteer's key of the foreign place it is."""
from __future__ import annotations

import re

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
        for candidate in (name, _UNIT_NOUN.sub("", name.strip())):
            key = identity(candidate, country_code)
            if key:
                return key
    return ""
