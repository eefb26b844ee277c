"""How one mention of a province counts towards the province a text reports on
(`metadata.reporting_province`): where a foreign mission sits is no subject, nor what a title's
subject is compared with; a delegation met by a foreign party is the writer's own."""
from __future__ import annotations

import re
from functools import lru_cache

from ngoaivu.geo import catalog

from .phrases import PhraseMatcher, Tokens

# "Tổng Lãnh sự Hàn Quốc tại Thành phố Hồ Chí Minh", "Đại sứ quán Nhật Bản tại Hà Nội", "Văn phòng Lãnh sự
# quán Nhật Bản tại Đà Nẵng": a foreign mission's seat, which a province's text names beside its guest.
_MISSION_SEAT = re.compile(
    r"(?:(?i:đại\s+sứ|lãnh\s+sự)(?:\s+quán)?|(?i:văn\s+phòng)\s+(?i:đại\s+diện))"
    r"(?:\s+[^\W\d_a-zđ][\w-]*){1,4}\s+tại\s*$"
)
_SEAT_WINDOW = 60


def is_mission_seat(text: str, start: int) -> bool:
    """Whether the province named at `start` is where a foreign mission sits."""
    return _MISSION_SEAT.search(text, max(0, start - _SEAT_WINDOW), start) is not None


# "Sáng 16/4, tại Hà Nội, Thủ tướng … hội đàm": the capital as a venue, where national bodies and provinces'
# delegations meet; it says nothing of whose text it is (the capital's own texts name it as a city at work).
_CAPITAL_VENUE = re.compile(r"(?<!\w)(?i:tại|ở)\s+$")
_CAPITAL = re.compile(r"(?i:hà\s+nội)$")


def is_capital_venue(text: str, start: int, name: str) -> bool:
    """Whether the province named `name` at `start` is the capital, bare after "tại"/"ở"."""
    return _CAPITAL.match(name) is not None and _CAPITAL_VENUE.search(text, max(0, start - 6), start) is not None


# "Bất ngờ vượt TP Hồ Chí Minh, Bắc Ninh …", "thấp hơn Bắc Ninh": the place a subject is measured against;
# "Một địa phương cạnh TP.HCM …", "tỉnh giáp Hà Nội": the neighbour a subject is located by.
_COMPARED = re.compile(
    r"(?<!\w)(?i:vượt(?:\s+qua)?|qua\s+mặt|bỏ\s+xa|hơn|thua|theo\s+sau"
    r"|(?:sát\s+|ngay\s+)?(?:bên\s+)?cạnh|giáp(?:\s+ranh)?(?:\s+với)?|liền\s+kề|láng\s+giềng(?:\s+của)?)\s*$"
)


def is_compared(text: str, start: int) -> bool:
    """Whether the province named at `start` is what another is compared with."""
    return _COMPARED.search(text, max(0, start - 20), start) is not None


# A foreign party a delegation meets: a mission's or a foreign unit's head, or a foreign country named.
_FOREIGN_HOST = re.compile(
    r"(?i:đại\s+sứ|tổng\s+lãnh\s+sự|lãnh\s+sự\s+quán|tỉnh\s+trưởng|phó\s+tỉnh\s+trưởng|thống\s+đốc|thị\s+trưởng|nước\s+bạn|chdcnd)"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


@lru_cache(maxsize=1)
def _foreign_countries() -> PhraseMatcher[str]:
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name, code in catalog.country_names(include_ambiguous=False).items():
        if code != "VN":
            matcher.add(name, code)
    return matcher


def abroad(text: str, tokens: Tokens, end: int, next_province: int) -> bool:
    """Whether the delegation whose province's name ends at `end` meets a foreign party: the rest of
    its sentence names one before any other Vietnamese province ("đoàn công tác tỉnh A … chào xã giao
    Tỉnh trưởng tỉnh X (Lào)", "đoàn của tỉnh A … làm việc với Tổng Lãnh sự Hàn Quốc"). Then A is the
    writer, not a guest (`next_province`: where the next province is named)."""
    stop = _SENTENCE_END.search(text, end)
    limit = min(stop.start() if stop else len(text), next_province)
    host = _FOREIGN_HOST.search(text, end, limit)
    if host is not None:
        return True
    return any(match.text[:1].isupper() for match in _foreign_countries().find_all(tokens, end, limit))
