"""Document-level facts: the publication date printed in the header and the province
the text reports on."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ngoaivu.geo import catalog

from .geography import local_unit_province, province_matcher, unit_as_of
from .outlets import HEADER_LINE_MAX, TAIL_LINES, provinces_of_sites
from .phrases import Tokens
from .province_mentions import abroad, is_capital_venue, is_compared, is_mission_seat
from .round_ups import NamedProvinces, district_mentions

_HEADER_LINES = 8
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?"
_DMY = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
_YMD = r"(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})"
_HEADER_DATE = re.compile(rf"(?<![\d/.-])(?:{_DMY}|{_YMD})(?![\d/])")
# What marks a date in a header line as the publication date rather than a date the
# article talks about: a clock time, a label, a page's view counter ("29/09/2021, 533 lượt xem"),
# or the line being nothing but the date.
_HEADER_CUE = re.compile(
    rf"{_TIME}|ngày\s+đăng|đăng\s+(?:ngày|lúc)|cập\s+nhật|xuất\s+bản|phát\s+hành|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|GMT"
    r"|lượt\s+xem",
    re.IGNORECASE,
)
# "Ngày 22/6/2023" alone under the title is the page's date too; followed by the lead it is an event's
_ONLY_DATE = re.compile(rf"^\W*(?:ngày\s+)?(?:{_DMY}|{_YMD})\W*$", re.IGNORECASE)
# A header line that is a date in words and nothing else: "Ngày 12 tháng 9 năm 2024",
# "Thứ năm, 12 tháng 9, 2024 14:30"
_WORDS_DATE_LINE = re.compile(
    rf"^\W*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?P<d>\d{{1,2}})\s+tháng\s+(?P<m>\d{{1,2}})\s*(?:,|\s+năm)\s*"
    rf"(?P<y>(?:19|20)\d{{2}})(?:\s*[,|-]?\s*{_TIME})?\W*$",
    re.IGNORECASE,
)
# A bulletin's issue number before its dateline: "Số 9/2024 – Bình Dương, ngày 22/10/2024"
_ISSUE = r"(?:Số\s+\d{1,3}\s*/\s*(?:19|20)\d{2}\s*[-–—]\s*)?"
# An administrative document's dateline: "Đồng Nai, ngày 20 tháng 3 năm 2024" (the place
# is capitalised words, then the date in words or figures, and nothing after it).
_DATELINE = re.compile(
    r"^\s*" + _ISSUE + r"[^\W\d_][^\d,]{1,40},\s*ngày\s+(?:(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>(?:19|20)\d{2}))\W*$",
    re.IGNORECASE,
)
# A news item's dateline opening its first paragraph: "24/11/2025 - Trong ...", "TTH, 29/11/2016 - ...",
# "Cà Mau (TTXVN) 01/02/2021 - ..." (a place and an agency in brackets), also labelled: "Cập nhật 18:15, 11/06/2019 - ...".
_NEWS_DATELINE = re.compile(
    r"^\s*(?:(?:cập\s+nhật|ngày\s+đăng|đăng)(?:\s+(?:lúc|ngày))?\s*:?\s*)?"  # "Cập nhật 18:15, 11/06/2019 - …"
    r"(?:[^\d\n,()]{1,40}\s*\([^\d()\n]{2,20}\)\s*,?\s*|[^\d\n,]{1,40},\s*)?(?:\d{1,2}[:h]\d{2}\s*[,|]?\s*)?(?:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
    r"(?:\s*,?\s*\d{1,2}[:h]\d{2})?(?:\s*\([^()\n]{1,30}\))?\s*(?:-|:|\|)\s+\S",
    re.IGNORECASE,
)
# A lead that dates its own day: "SGGP – Chiều 22-10-2025, ...", "(NLĐO) – Ngày 31-8-2024, ...",
# "Hôm nay (19/11/2021), ...", "(Báo Kon Tum) - Ngày 19/10/2023, ...", "(Dân trí) - …", "VOV.VN - …", "(Baoquangngai.vn)- Sáng …",
# "Lạng Sơn (TTXVN) - Ngày …": an agency's or a newspaper's byline (its name, address or place and
# agency) or "hôm nay", then a full date.
_LEAD_DATE = re.compile(
    r"^\s*(?:(?:\(?[^\W\d_a-zđ][^\W\d_a-zđ.]{1,11}\)?|[^\W\d_a-zđ]{2,10}\.(?:VN|vn|Vn)|\([^\W\d_a-zđ][^()\n]{1,30}\)|\([\w.-]{2,40}\.(?:vn|com|net|org)\)"
    r"|[^\W\d_][^\W\d_]*(?:\s[^\W\d_][^\W\d_]*){0,3}\s*\([^\W\d_a-zđ][^()\n]{1,11}\)"
    r"|(?:Báo|Đài|Cổng\s+TTĐT)(?:\s[^\W\d_][^\W\d_]*){1,4})"  # "Báo Lạng Sơn - Sáng 3/6/2024, …"
    r"\s*[-–—]\s*(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm\s+nay)|(?i:hôm\s+nay))"
    r"\s*(?:\(\s*)?(?i:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)
# A place's dateline then the lead's full date: "TP Vinh – Sáng 12/3/2024, …", "Móng Cái - Ngày 5/6/2025, …";
# the place must be a province, a district or a town, not an author ("Minh Anh - Sáng …" is no dateline).
_PLACE_LEAD_DATE = re.compile(
    r"^\s*(?P<place>[^\W\d_][^\W\d_.]*(?:[ .]{1,2}[^\W\d_][^\W\d_]*){0,4})\s*(?:\([^()\n]{1,20}\))?\s*[-–—]\s*"
    r"(?i:sáng|chiều|tối|trưa|đêm|ngày)\s*(?:\(\s*)?(?i:ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})(?!\d)"
)


# A place and a date alone on a header line: "Hà Nam, 25/9/2023", "TP Vinh, 12/3/2024".
_PLACE_DATE = re.compile(rf"^\s*(?P<place>[^\W\d_][^\d,\n]{{1,40}}?)\s*,\s*(?i:ngày\s+)?{_DMY}\W*$")


# A speech's or a conference's place and day in brackets under its title: "(Yên Bái, ngày 18/8/2011)",
# "(Trung tâm Hành chính tỉnh, chiều ngày 05/02/2018)", "(Hà Nội, ngày 15 tháng 01 năm 2025)"; a span
# ("(Từ ngày 8 đến 10/12/2015)") or a purpose ("(Phục vụ Hội nghị … ngày 17/01/2025)") has no comma before its day.
_BRACKETED_DATELINE = re.compile(
    r"^\s*\(\s*[^\W\d_][^\d,()\n]{1,50},\s*(?i:(?:sáng|chiều|tối|trưa)\s+)?(?i:ngày\s+)?"
    r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2}))(?!\d)[^()\n]{0,40}\)\s*$"
)


def _place_date(line: str) -> re.Match | None:
    return _place_lead_date(line, _PLACE_DATE)


def _place_lead_date(line: str, pattern: re.Pattern = _PLACE_LEAD_DATE) -> re.Match | None:
    """A province's, district's or town's dateline: with the lead's full date after a dash (under the
    title), or alone on its line (`_place_date`, the first line too)."""
    match = pattern.match(line)
    if match is None:
        return None
    place, day = match["place"].strip(" ."), _dateline_date(match)
    return match if catalog.find_province(place) is not None or local_unit_province(place, day) is not None else None


_DATELINE_LINES = 14  # letterheads put number, motto and place before the date
# A byline under the title giving who wrote it, then the date: "Minh Anh | 12/03/2024",
# "Bài và ảnh: Minh Anh - 12/03/2024", "Sở Ngoại vụ - 12/03/2024 10:20", "Thời báo Tài chính Việt Nam, 28/06/2023".
_BYLINE_DATE = re.compile(
    rf"^\s*[^\W\d_][^\d|\n]{{0,50}}?\s*[|\-–—,]\s*(?:ngày\s+)?{_DMY}(?:\s*[,|-]?\s*{_TIME})?\W*$",
    re.IGNORECASE,
)
# An outlet's name then the date, nothing between: "Báo Tuyên Quang 12/12/2025".
_OUTLET_DATE = re.compile(
    rf"^\s*(?:Báo|Đài|Tạp\s+chí|Cổng\s+(?:TTĐT|[Tt]hông\s+tin))\s+[^\W\d_a-zđ][^\d|\n]{{1,40}}?\s+(?:ngày\s+)?{_DMY}"
    rf"(?:\s*[,|-]?\s*{_TIME})?\W*$"
)


@dataclass(frozen=True)
class PublishedDate:
    day: date
    start: int
    end: int


def find_published_date(text: str, sources: tuple[str, ...] = ()) -> PublishedDate | None:
    """The publication date the header (or failing it the foot) prints. A date only a source line
    gives ("Nguồn: Báo X - 12/3/2024") has no place in `text`: it comes back at offset 0, empty."""
    pos, seen = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        dateline = (
            _NEWS_DATELINE.match(line)
            or (_DATELINE.match(line) if len(line) <= HEADER_LINE_MAX else None)
            or (_LEAD_DATE.match(line) if seen > 1 else None)
            or (_place_lead_date(line) if seen > 1 else None)
            or _place_date(line)
            or (_BRACKETED_DATELINE.match(line) if seen > 1 else None)
        )
        if dateline is not None:
            day = _dateline_date(dateline)
            if day is not None:
                end = dateline.end("y" if dateline["y"] else "y2")
                return PublishedDate(day, start + dateline.start("d" if dateline["d"] else "d2"), start + end)
        if seen > _HEADER_LINES or len(line) > HEADER_LINE_MAX:
            continue
        byline = (_BYLINE_DATE.match(line) or _OUTLET_DATE.match(line)) if seen > 1 else None
        day = _dateline_date(byline) if byline else None
        if day is not None:
            return PublishedDate(day, start + byline.start("d"), start + byline.end("y"))
        in_words = _WORDS_DATE_LINE.match(line)
        day = _dateline_date(in_words) if in_words else None
        if day is not None:
            return PublishedDate(day, start + in_words.start("d"), start + in_words.end("y"))
        match = _HEADER_DATE.search(line)
        if match is None or not (_HEADER_CUE.search(line) or _ONLY_DATE.match(line)):
            continue
        day = _to_date(match)
        if day is not None:
            return PublishedDate(day, start + match.start(), start + match.end())
    return _published_at_the_end(text) or _published_in_sources(sources)


def _published_in_sources(sources: tuple[str, ...]) -> PublishedDate | None:
    for source in sources:
        match = _HEADER_DATE.search(source)
        day = _to_date(match) if match else None
        if day is not None:
            return PublishedDate(day, 0, 0)
    return None


# A date labelled at the foot of a page: "Ngày đăng: 12/3/2024", "Cập nhật lúc 10:20, 12/03/2024".
_TAIL_CUE = re.compile(r"ngày\s+đăng|đăng\s+(?:ngày|lúc)|cập\s+nhật|xuất\s+bản|ngày\s+xuất\s+bản", re.IGNORECASE)


def _published_at_the_end(text: str) -> PublishedDate | None:
    """The publication date a labelled line in the page's last lines gives."""
    end = len(text.rstrip())
    for _ in range(TAIL_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if len(line) <= HEADER_LINE_MAX and _TAIL_CUE.search(line):
            match = _HEADER_DATE.search(line)
            day = _to_date(match) if match else None
            if day is not None:
                return PublishedDate(day, start + match.start(), start + match.end())
        if start == 0:
            break
        end = start - 1
    return None


def _to_date(match: re.Match) -> date | None:
    parts = (match["y"], match["m"], match["d"]) if match["y"] else (match["y2"], match["m2"], match["d2"])
    try:
        return date(*(int(p) for p in parts))
    except ValueError:
        return None


def _dateline_date(match: re.Match) -> date | None:
    d, m, y = (match["d"], match["m"], match["y"]) if match["d"] else (match["d2"], match["m2"], match["y2"])
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


# --- the reporting province ---------------------------------------------------------

# "tỉnh X", "UBND tỉnh X", "Tỉnh ủy X" name the province as an administration: they
# weigh more than a bare place name (a venue, "văn hóa Huế").
_ADMIN_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?|UBND|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy)\s*$", re.IGNORECASE)
_ADMIN_LEAD = re.compile(r"(?:tỉnh|thành\s+phố|TP\.?)\s*", re.IGNORECASE)  # a full name: "tỉnh Tây Ninh"
_TITLE_WEIGHT, _ADMIN_WEIGHT = 3, 2
_LEAD_WEIGHT = 10  # a news dateline's place: more than the title's subject (9 at most)


# Where the text says who writes it: a letterhead line ("ỦY BAN NHÂN DÂN TỈNH X", "UBND
# TỈNH X", "SỞ NGOẠI VỤ TỈNH X", "TỈNH ỦY X", or "TỈNH X" under "ỦY BAN NHÂN DÂN"), an
# administrative dateline ("X, ngày 20 tháng 3 năm 2024") or a news dateline ("X, 20/3/2024 -",
# "X - Sáng 17/4, ..."). Any of them decides the province; a mere mention never does.
_LETTERHEAD = re.compile(
    r"^\s*(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND|SỞ\s+[^\W\d_][^,:;]{0,40}?"
    r"|BAN\s+[^\W\d_][^,:;]{0,40}?|VĂN\s+PHÒNG\s+[^,:;]{0,40}?|ĐẢNG\s+BỘ|BAN\s+CHẤP\s+HÀNH\s+ĐẢNG\s+BỘ)?"
    r"\s*(?:TỈNH|THÀNH\s+PHỐ|TP\.?)(?!\s+ỦY|\s+UỶ)\s+(?P<name>[^\W\d_][^,:;()\d]{1,30}?)\s*$"
    r"|^\s*(?:TỈNH|THÀNH)\s+(?:ỦY|UỶ)\s+(?P<party>[^\W\d_][^,:;()\d]{1,30}?)\s*$"
    r"|^\s*(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)?\s*(?:HUYỆN|THỊ\s+XÃ|QUẬN|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+"
    r"(?P<district>[^\W\d_][^,:;()\d]{1,30}?)\s*$"  # a district's letterhead: its province by the district table
)
_DATELINE_PLACE = re.compile(r"^\s*" + _ISSUE + r"(?P<name>[^\W\d_][^\d,\n]{1,40}?)\s*,\s*(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|\s*[/.-]\s*)\d", re.IGNORECASE)
_LEAD_PLACE = re.compile(
    r"^\(?(?P<name>[^\W\d_][^\W\d_]*(?:[ .-]{1,3}[^\W\d_]+){0,4})\)?(?:\s*\([^()\n]{1,20}\))?\s*[-–—]\s+\S"
)  # "SÓC TRĂNG - …", "Quảng Ninh (TTXVN) - …"
_SIGNAL_LINES = 14
# A delegation's province is the visitor's: "đoàn công tác (của) tỉnh X", "Đoàn đại biểu TP. X".
_GUEST_BEFORE = re.compile(
    r"đoàn(?:\s+(?:công\s+tác|đại\s+biểu|cán\s+bộ|lãnh\s+đạo|doanh\s+nghiệp|khảo\s+sát))?(?:\s+cấp\s+cao)?(?:\s+của)?"
    r"\s*(?:tỉnh|thành\s+phố|TP\.?)?\s*$",
    re.IGNORECASE,
)


def find_province(text: str, tokens: Tokens, on: date | None, sources: tuple[str, ...] = ()) -> str | None:
    """The province the text is about, named as it was on `on` (see `reporting_province`)."""
    return reporting_province(text, tokens, on, sources)[0]


def reporting_province(
    text: str, tokens: Tokens, on: date | None, sources: tuple[str, ...] = ()
) -> tuple[str | None, bool]:
    """The province the text is about, named as it was on `on`, and whether the text is instead a
    round-up of the nation's, a region's or several provinces' figures (then no province's).

    Who wrote it comes first (letterhead, dateline, a provincial site in the byline); only
    without them is the province counted from the names in the text, the title's subject
    weighing most."""
    signed = province_of_header(text, on)
    if signed is not None:
        return signed, False
    scores: Counter[str] = Counter()
    guests: Counter[str] = Counter()
    first_at: dict[str, int] = {}
    title_end = _title_end(text)
    subject_seen = False
    matches = list(province_matcher().find_all(tokens))
    listed = _listed(text, matches)
    named = NamedProvinces()
    for index, match in enumerate(matches):
        if index in listed:
            named.others.add(unit_as_of(match.payload, on).key)
            continue  # a ranking or a round-up's list names other provinces beside the subject
        if is_capital_venue(text, match.start, match.text):
            continue  # "tại Hà Nội": where national bodies meet, no subject
        if is_mission_seat(text, match.start):
            continue  # "Tổng Lãnh sự Hàn Quốc tại TP X": where a foreign mission sits, beside any text's guest
        lead = _ADMIN_LEAD.match(match.text)
        admin = lead is not None or _ADMIN_BEFORE.search(text, max(0, match.start - 12), match.start) is not None
        name = match.text[lead.end() :] if lead else match.text
        if not name[:1].isupper() and not admin:
            continue  # "hòa bình" is peace, "Hòa Bình" a province
        key = unit_as_of(match.payload, on).key
        travelling = _GUEST_BEFORE.search(text, max(0, match.start - 40), match.start) is not None
        following = matches[index + 1].start if index + 1 < len(matches) else len(text)
        if travelling and not abroad(text, tokens, match.end, following):
            guests[key] += 1  # "đoàn công tác tỉnh X": the visitor, not the writer
            continue  # (a delegation met by a foreign party is the writer's own: it weighs as a title)
        compared = is_compared(text, match.start)  # "vượt TP X, tỉnh Y …": what the subject is measured against
        acting = match.start >= title_end and admin and (
            match.text[:1] == "t" or _ADMIN_BEFORE.search(text, max(0, match.start - 12), match.start) is not None
        )  # "tỉnh X", "UBND TP X"; a bare "TP X" heads a table's line as often
        named.note(text, match, key, 0 if compared else title_end, acting)
        weight = (_ADMIN_WEIGHT if admin else 1) + (_TITLE_WEIGHT if travelling else 0)
        if compared:
            weight = 1
        elif match.start < title_end:
            weight += _TITLE_WEIGHT
            if not subject_seen:  # the title's subject: "Quảng Trị đón đoàn công tác tỉnh Savannakhet"
                weight += _TITLE_WEIGHT
        elif not subject_seen:  # no province in the title: the first one named is the subject
            weight += 1
        subject_seen = subject_seen or not compared
        scores[key] += weight
        first_at.setdefault(key, match.start)
    sites = provinces_of_sites(text, sources)
    for key in sites:
        scores[unit_as_of(key, on).key] += _TITLE_WEIGHT + _ADMIN_WEIGHT
    signed_sources = provinces_of_sites("", sources)
    for key in signed_sources:  # a source line is no mention: it weighs one more
        scores[unit_as_of(key, on).key] += _ADMIN_WEIGHT
    lead = _lead_province(text, on)
    if lead is not None:
        key, decisive = lead
        scores[key] += _LEAD_WEIGHT if decisive else _TITLE_WEIGHT
    elif not sites and not signed_sources and named.round_up(text, title_end):
        return None, True
    scores = scores or district_mentions(text, on) or guests  # no province named: its districts, else a delegation's
    if not scores:
        return None, False
    # a tie goes to the province named first
    best = max(scores, key=lambda key: (scores[key], -first_at.get(key, len(text)), key))
    return unit_as_of(best, on).name, False


# A rubric over the title ("ĐỐI NGOẠI - HỘI NHẬP", "KINH TẾ"): a short line in capitals without figures
_RUBRIC_MAX = 40
_RUBRIC_LINES = 3  # rubrics and date lines skipped at most
_DATE_LINE_MAX = 40  # "Thứ Ba, 16/05/2023 08:15": a date line, not a title with a date in it


def _title_end(text: str) -> int:
    """Where the title's line ends: the first line, unless rubrics and the page's date stand above it."""
    start, skipped = 0, 0
    while skipped < _RUBRIC_LINES:
        end = text.find("\n", start)
        if end < 0:
            return len(text)
        line = text[start:end].strip()
        if not line:
            start = end + 1
            continue
        header_date = _HEADER_DATE.search(line)
        dated = _WORDS_DATE_LINE.match(line) or (
            header_date is not None and (_ONLY_DATE.match(line) or _HEADER_CUE.search(line)) and len(line) <= _DATE_LINE_MAX)
        rubric = line.isupper() and len(line) <= _RUBRIC_MAX and not any(c.isdigit() for c in line)
        if not rubric and not dated:
            return end
        start, skipped = end + 1, skipped + 1
    return text.find("\n") if "\n" in text else len(text)


# Provinces named in a row ("Hà Nội, Bắc Ninh, TP.HCM và Đồng Nai", "A (3,5 tỷ USD), B (2,8 tỷ
# USD)", "A dẫn đầu với 7 tỷ USD, tiếp theo là B"): a ranking or a round-up, whose members are
# not what the text is about; 3 or more different ones, each within a short stretch of the same sentence.
_LIST_GAP = 45
_LIST_MIN = 3
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n|[.!?]$")
# A semicolon after nothing but a province's figure parts a list's items: "A hơn 42,4 tỷ USD; B 39,3 tỷ USD; …"
_FIGURE_ITEM_GAP = re.compile(
    r"\s*(?:(?:hơn|gần|khoảng|trên|đạt|với)\s+)*\d[\d.,]*\s*(?:(?:tỷ|tỉ|triệu|nghìn)\s+)?(?:USD|đồng|%)?\s*;\s*$"
)


def _listed(text: str, matches: list) -> set[int]:
    """Indices of the matches that are members of a list of provinces."""
    listed: set[int] = set()
    run = [0] if matches else []
    for i in range(1, len(matches) + 1):
        if i < len(matches):
            gap = text[matches[i - 1].end : matches[i].start]
            # "A vượt B, C": what A is compared with starts a list of its own; A stays the subject
            parted = _SENTENCE_BREAK.search(gap) is not None and _FIGURE_ITEM_GAP.fullmatch(gap) is None
            if len(gap) <= _LIST_GAP and not parted and not is_compared(text, matches[i].start):
                run.append(i)
                continue
        if len({matches[j].payload for j in run}) >= _LIST_MIN:  # three different provinces
            listed.update(run)
        run = [i]
    return listed


def province_of_header(text: str, on: date | None) -> str | None:
    """The province a letterhead or an administrative dateline names as the writer, if any."""
    for stripped, seen in _signal_lines(text):
        if stripped.isupper() and len(stripped) <= HEADER_LINE_MAX:
            letterhead = _LETTERHEAD.match(stripped)
            if letterhead is not None and letterhead["district"]:
                district = local_unit_province(letterhead["district"], on, designated=True)
                found = unit_as_of(district, on).name if district else None
            else:
                found = _province_named(letterhead["name"] or letterhead["party"], on) if letterhead else None
        else:
            place = _DATELINE_PLACE.match(stripped) if _DATELINE.match(stripped) else None
            found = _province_named(place["name"], on) if place else None
        if found is not None:
            return found
    return None


def _lead_province(text: str, on: date | None) -> tuple[str, bool] | None:
    """The key of the province a news dateline or lead names ("Kiên Giang, 26/10/2022 -",
    "SÓC TRĂNG - Sáng 3/6, …"): where the news was written, which outweighs any mention but
    not a letterhead; and whether it weighs so: "Hà Nội (TTXVN) -" is a national agency's home
    desk, which often heads a province's news (`_AGENCY_AT_HOME`)."""
    for stripped, seen in _signal_lines(text):
        if stripped.isupper():
            continue
        dated = _DATELINE_PLACE.match(stripped)
        place = dated or (_LEAD_PLACE.match(stripped) if seen > 1 else None)
        if place is not None and _inside_dashed_name(stripped, place["name"]):
            continue  # "Bà Rịa - Vũng Tàu dẫn đầu …": the dash is inside a province's name, no dateline's
        unit = catalog.find_province(place["name"].strip(" .-"), on) if place else None
        if unit is not None:
            return unit_as_of(unit.key, on).key, _AGENCY_AT_HOME.match(stripped) is None
        # a district's or town's dateline ("TP Vinh, 12/3/2024", "Móng Cái (TTXVN) - …"); a short line with a
        # dash may be an author's byline ("Hải Hà - 12/3/2024"), whose name says nothing of a place
        district = local_unit_province(place["name"].strip(" .-"), on) if place and (dated or len(stripped) >= _DISTRICT_LEAD_MIN) else None
        if district is not None:
            return unit_as_of(district, on).key, True
    return None


_DISTRICT_LEAD_MIN = 60


@lru_cache(maxsize=1)
def _dashed_names() -> tuple[str, ...]:
    """Province names written with a dash ("Bà Rịa - Vũng Tàu"), in comparison form."""
    return tuple({catalog.normalize_name(n) for u in catalog.provinces() for n in (u.name, *u.aliases) if "-" in n})


def _inside_dashed_name(line: str, place: str) -> bool:
    head, place = catalog.normalize_name(line[:60]), catalog.normalize_name(place)
    return any(len(name) > len(place) and (head + " ").startswith(name + " ") for name in _dashed_names())


# "HÀ NỘI, 12/5 (TTXVN) -", "Hà Nội (TTXVN) -", "Hà Nội, 16/12/2025 -": a national agency's home desk or
# the capital, where provinces' conferences are held: the place weighs as a title's subject, not as a dateline
_AGENCY_AT_HOME = re.compile(r"^\s*(?i:hà\s+nội)\b(?:[^()\n]{0,12}\((?:TTXVN|VNA|TTXVN/VNA|Chinhphu\.vn|VOV|VTV)\)|\s*,\s*(?:ngày\s+)?\d)")


def _signal_lines(text: str):
    seen = 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        seen += 1
        if seen > _SIGNAL_LINES:
            return
        yield line.strip(), seen


def _province_named(name: str, on: date | None) -> str | None:
    unit = catalog.find_province(name.strip(" .-"), on)
    if unit is None:  # "Móng Cái, ngày 20 tháng 3 năm 2024": a district's or town's dateline
        district = local_unit_province(name.strip(" .-"), on)
        return unit_as_of(district, on).name if district else None
    return unit_as_of(unit.key, on).name if on else unit.name
