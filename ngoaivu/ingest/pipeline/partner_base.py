"""What a partner found in a text is, and the country written right after a name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ngoaivu.geo.catalog import normalize_name

from .geography import country_at
from .phrases import Tokens

_COUNTRY_LINK = re.compile(r"\s*(?:[,-]\s*)?(?:(?:của|thuộc)\s+)?(?:nước\s+(?:bạn\s+)?)?")


@dataclass
class Partner:
    name: str
    partner_type: str  # "locality", "organization", "embassy"
    country: str | None
    status: str  # "active" or "planned"
    start: int  # evidence span
    end: int
    name_start: int
    name_end: int
    aliases: tuple[str, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str]:
        return self.partner_type, normalize_name(self.name)

    def to_fact_fields(self) -> dict:
        fields = {"name": self.name, "partner_type": self.partner_type, "country": self.country, "status": self.status}
        if self.aliases:
            fields["aliases"] = list(self.aliases)
        return fields



_PART_OF_COUNTRY = re.compile(r"(?:(?:miền|vùng|phía)\s+)?(?:Nam|Bắc|Trung|Đông|Tây|Thượng|Hạ)\s+")


_OPENING = re.compile(r"\s*\(\s*")
_CLOSING = re.compile(r"\s*\)")


def country_after(text: str, tokens: Tokens, pos: int) -> tuple[str, int] | None:
    """A country right after a name: " (Nhật Bản)", ", Hàn Quốc", " (nước CHDCND Lào)"."""
    bracket = _OPENING.match(text, pos, pos + 8)
    if bracket:
        match = country_at(tokens, bracket.end())
        if match is None and (part := _PART_OF_COUNTRY.match(text, bracket.end())) is not None:
            match = country_at(tokens, part.end())  # "(Nam Lào)", "(miền Bắc Lào)": a part of the country named with it
        closing = match and _CLOSING.match(text, match.end, match.end + 4)
        return (match.payload, closing.end()) if closing else None
    link = _COUNTRY_LINK.match(text, pos)  # ", Hàn Quốc", " của Lào", " nước bạn Lào"
    match = link and country_at(tokens, link.end())
    return (match.payload, match.end) if match else None
