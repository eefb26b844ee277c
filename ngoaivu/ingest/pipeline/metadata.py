"""Document-level facts: the publication date printed in the header and the province
the text reports on."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .geography import province_matcher, unit_as_of
from .phrases import Tokens

_HEADER_LINES = 8
_HEADER_LINE_MAX = 120
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_YMD = r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
_HEADER_DATE = re.compile(rf"(?<![\d/.-])(?:{_DMY}|{_YMD})(?![\d/])")
# What marks a date in a header line as the publication date rather than a date the
# article talks about: a clock time, a label, or the line being nothing but the date.
_HEADER_CUE = re.compile(
    rf"{_TIME}|ngày\s+đăng|đăng\s+(?:ngày|lúc)|cập\s+nhật|xuất\s+bản|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|GMT",
    re.IGNORECASE,
)
_ONLY_DATE = re.compile(rf"^\W*(?:{_DMY}|{_YMD})\W*$")


@dataclass(frozen=True)
class PublishedDate:
    day: date
    start: int
    end: int


def find_published_date(text: str) -> PublishedDate | None:
    pos, seen = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        if len(line) > _HEADER_LINE_MAX:
            continue
        match = _HEADER_DATE.search(line)
        if match is None or not (_HEADER_CUE.search(line) or _ONLY_DATE.match(line)):
            continue
        day = _to_date(match)
        if day is not None:
            return PublishedDate(day, start + match.start(), start + match.end())
    return None


def _to_date(match: re.Match) -> date | None:
    parts = (match["y"], match["m"], match["d"]) if match["y"] else (match["y2"], match["m2"], match["d2"])
    try:
        return date(*(int(p) for p in parts))
    except ValueError:
        return None


# --- the reporting province ---------------------------------------------------------

# "tỉnh X", "UBND tỉnh X", "Tỉnh ủy X" name the province as an administration: they
# weigh more than a bare place name (a venue, "văn hóa Huế").
_ADMIN_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?|UBND|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy)\s*$", re.IGNORECASE)
_TITLE_WEIGHT, _ADMIN_WEIGHT = 3, 2


def find_province(text: str, tokens: Tokens, on: date | None) -> str | None:
    """The province the text is about, named as it was on `on`."""
    scores: Counter[str] = Counter()
    title_end = text.find("\n") if "\n" in text else len(text)
    matcher = province_matcher()
    for match in matcher.find_all(tokens):
        if not match.text[:1].isupper() and not _ADMIN_BEFORE.search(text, max(0, match.start - 12), match.start):
            continue  # "hòa bình" is peace, "Hòa Bình" a province
        weight = 1
        if _ADMIN_BEFORE.search(text, max(0, match.start - 12), match.start):
            weight = _ADMIN_WEIGHT
        if match.start < title_end:
            weight += _TITLE_WEIGHT
        scores[unit_as_of(match.payload, on).key] += weight
    if not scores:
        return None
    best = max(scores, key=lambda key: (scores[key], key))
    return unit_as_of(best, on).name
