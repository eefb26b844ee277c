"""Cited legal documents: "Chỉ thị số 41-CT/TW ngày 15/4/2010 của Ban Bí thư"."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .segments import at_word_start

_DOC_TYPES = {
    "chỉ thị": "Chỉ thị", "nghị quyết liên tịch": "Nghị quyết liên tịch", "nghị quyết": "Nghị quyết",
    "nghị định": "Nghị định", "quyết định": "Quyết định", "thông tư liên tịch": "Thông tư liên tịch",
    "thông tư": "Thông tư", "kế hoạch hành động": "Kế hoạch hành động", "kế hoạch": "Kế hoạch",
    "chương trình hành động": "Chương trình hành động",
    "chương trình": "Chương trình", "kết luận": "Kết luận", "công văn": "Công văn", "luật": "Luật",
    "pháp lệnh": "Pháp lệnh", "thông báo kết luận": "Thông báo kết luận", "thông báo": "Thông báo",
    "hướng dẫn": "Hướng dẫn", "quy định": "Quy định", "quy chế": "Quy chế", "đề án": "Đề án",
    "công điện": "Công điện", "văn bản": "Văn bản",
}  # fmt: skip


def _types_pattern() -> str:
    """The types, the longest first, grouped by their first letter ("c(?:hỉ\\s+thị|ông\\s+văn|…)|n(?:…)"):
    the regex engine then tries one group at a letter, not every type."""
    by_letter: dict[str, list[str]] = {}
    for doc_type in sorted(_DOC_TYPES, key=len, reverse=True):
        by_letter.setdefault(doc_type[0], []).append(re.escape(doc_type[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in by_letter.items())


_TYPE = _types_pattern()
# "số 339", "số 41-CT/TW"; without "số" the number must carry a code: "22-NQ/TW".
# ("Nghị quyết số 30a": a number with a letter after it, the Government's programme for the poorest districts)
_NUMBER_AFTER_SO = r"\d+[a-zđ]?(?![\w])(?:[/-][\w.]+)*|\d+(?:[/-][\w.]+)*"
_CODED_NUMBER = r"\d+(?:/\d{4})?[/-][^\W\d_][\w.]*(?:[/-][\w.]+)*"
_DATE = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d{2})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>(?:19|20)\d{2})"
_ISSUER_END = r"(?=\s+(?:về|khóa|khoá|ban\s+hành|quy\s+định|phê\s+duyệt|hướng\s+dẫn|thực\s+hiện|và|nhằm|đến|trong|tại|đã|là|ngày|được|đặt\s+ra|đề\s+ra)\b|\s*[,;.:()\"]|\s*$)"

_CITATION = re.compile(
    rf"""(?P<type>{_TYPE})
    (?:(?<=luật|lệnh)\s+(?!số\s)[^\W\d_][^\d,;.():\n"“”]{{1,60}}?(?=\s+số\s))?  # "Luật Thỏa thuận quốc tế số 70/2020/QH14": a law's title
    \s+(?:số\s+(?P<number>{_NUMBER_AFTER_SO})|(?P<coded>{_CODED_NUMBER}))
    (?:\s*,?\s*(?:cùng\s+)?(?:ban\s+hành\s+)?ngày\s+(?:{_DATE}))?  # ("… và Quyết định số 1201/QĐ-TTg cùng ngày 14/10/2023")
    (?:\s*,?\s*của\s+(?P<issuer>[^,;.:()\"\n]{{2,80}}?){_ISSUER_END})?""",
    re.VERBOSE,  # runs on the case-folded text
)
# ("Ngày 5/12/2024, HĐND tỉnh khóa XVIII, kỳ họp thứ 25 đã thông qua Nghị quyết số …": the council's term and sitting)
_SITTING = r"(?i:(?:\s+kh(?:óa|oá)\s+[ivxl\d]+\s*,?)?(?:\s+(?:tại\s+)?kỳ\s+họp\s+(?:thứ\s+)?[^\W_]+(?:\s+[^\W\d_]+){0,2}?\s*,?)?)"
# "UBND tỉnh đã ban hành Kế hoạch số ...": the issuer comes first.
_BODY = (r"(?:Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|Hội\s+đồng|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thành\s+ủy|Ban|BTV|BCH|Bộ|Chính\s+phủ|(?:Phó\s+)?Thủ\s+tướng"
         r"|Quốc\s+hội)")
_ISSUER_BEFORE = re.compile(
    r"(" + _BODY + r"[^,;.:\n]{0,60}?)" + _SITTING + r"\s+(?:(?:đã|vừa|mới|vừa\s+mới|đã\s+chính\s+thức)\s+)?(?:ban\s+hành|phê\s+duyệt|ký(?:\s+(?:ban\s+hành|tiếp))?|thông\s+qua)\s+$"
)
# "Ngày 5/4/2024, UBND tỉnh ban hành Kế hoạch số ...": the date opens the sentence.
_VERB_BEFORE = r"(?:(?:đã|vừa|mới|vừa\s+mới)\s+)?(?:ban\s+hành|phê\s+duyệt|ký(?:\s+(?:ban\s+hành|tiếp))?|thông\s+qua)\s+$"
_DATE_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))ngày\s+(?:{_DATE})\s*,?\s*(?:[^\W\d_][^,;.:\n\d]{{0,80}}?{_SITTING}\s+)?{_VERB_BEFORE}"
)
# "…; cũng trong ngày này, UBND tỉnh ban hành Kế hoạch số …": the day of the document cited just before
_SAME_DAY_BEFORE = re.compile(
    rf"(?:cũng\s+)?(?:trong\s+|vào\s+)?(?:cùng\s+ngày|ngày\s+(?:này|đó|hôm\s+đó))\s*,?\s*(?:[^\W\d_][^,;.:\n\d]{{0,80}}?\s+)?{_VERB_BEFORE}"
)
# "Ngày 9/2, UBND tỉnh ban hành Kế hoạch số 27/KH-UBND năm 2023": day and month before, the
# year after the number.
_DAY_MONTH_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))ngày\s+(?P<d>\d{{1,2}})\s*[/-]\s*(?P<m>\d{{1,2}})(?![/\d-])\s*,?\s*(?:[^\W\d_][^,;.:\n\d]{{0,80}}?\s+)?{_VERB_BEFORE}"
)
_NUMBER_YEAR = re.compile(r"\d+/((?:19|20)\d{2})/")  # "45/2024/NQ-HĐND"
_YEAR_AFTER = re.compile(r"\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\d)")
_LOOK_BEFORE = 140
# "… của Bộ Chính trị ngày 10/4/2013", "Kế hoạch số 108/KH-UBND (ngày 15/3/2024)", "Quyết định 53/2001/QĐ-TTg
# (19/4/2001)": the date after.
_DATE_AFTER = re.compile(rf"\s*(?:[,(]?\s*(?:ban\s+hành\s+)?ngày\s+|\(\s*(?=[\d\s/.-]{{6,12}}\)))(?:{_DATE})")
_ISSUER_AFTER_DATE = re.compile(rf"\s*\)?\s*,?\s*của\s+(?P<issuer>[^,;.:()\"\n]{{2,80}}?){_ISSUER_END}")
# "Nghị quyết 90/NQ-CP do Chính phủ ban hành ngày 31/12/2015": the issuer and the day after the number
# ("Luật số 15/2024/QH15 được Quốc hội thông qua ngày 20/3/2024": the same, said passively)
_ISSUED_BY_AFTER = re.compile(rf"\s*,?\s*(?:do\s+(?P<issuer>[^,;.:()\"\n\d]{{2,60}}?)|được(?:\s+(?P<body>{_BODY}[^,;.:()\"\n\d]{{0,50}}?))?)\s+"
                              rf"(?:ban\s+hành|ký|thông\s+qua|phê\s+duyệt)(?:\s+(?:vào\s+)?ngày\s+(?:{_DATE}))?", re.IGNORECASE)
# "Ngày 18/12/2025, UBND ban hành Quyết định số 3108/QĐ-UBND giao … và Quyết định số 3109/QĐ-UBND": a second one of
# the same kind and issuer joined after the first's title, issued with it
_JOINED_AFTER_TITLE = re.compile(r"[^;.:()\n]{0,120}?\s(?:và|,)\s*$")
_JOINED = re.compile(r"\s*(?:và|,)\s*")
_LISTED_NEXT = re.compile(rf"\s*(?:,|và|,\s*và)\s+(?:số\s+)?(?P<coded>{_CODED_NUMBER})(?![\w/-])")
_SHARED_DATE_AFTER = re.compile(rf"\s*,?\s*(?:cùng\s+)?(?:ban\s+hành\s+)?ngày\s+(?:{_DATE})")
_SAME_DAY_AFTER = re.compile(r"\s*,?\s*(?:ban\s+hành\s+|thông\s+qua\s+)?(?:vào\s+)?cùng\s+ngày(?!\s*\d)")
# An issuer named by its level only ("UBND tỉnh", "Tỉnh ủy") is completed with the
# reporting province's name once that is known.
_LEVEL_ONLY = re.compile(r"(?:^|\s)(?:tỉnh|thành\s+phố|tỉnh\s+(?:ủy|uỷ)|thành\s+(?:ủy|uỷ))$", re.IGNORECASE)
_ABBREVIATIONS = (
    (re.compile(r"\bBTV\b"), "Ban Thường vụ"),
    (re.compile(r"\bBCH\b"), "Ban Chấp hành"),
    (re.compile(r"\bUBND\b"), "Ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b"), "Hội đồng nhân dân"),
    (re.compile(r"\bTTg\b"), "Thủ tướng Chính phủ"),
    # a Deputy Prime Minister signs the Prime Minister's decisions ("Phó Thủ tướng ký Quyết định số …/QĐ-TTg")
    (re.compile(r"^(?:Phó\s+)?Thủ\s+tướng$"), "Thủ tướng Chính phủ"),
)


# Letters are cited for their dates but are not the directives, resolutions, plans,
# programmes and decisions a province's records keep.
LETTER_TYPES = frozenset({"Công văn", "Văn bản", "Công điện", "Thông báo"})

# A document's own number in its letterhead ("Số: 95/KH-UBND") and its title line below.
# "Số: 06/2014/QĐ-UBND": a regulation's number carries its year.
_OWN_NUMBER = re.compile(r"^\s*Số\s*:\s*(?P<number>\d+(?:/\d{4})?[/-][^\W\d_][\w./-]*)\s*$", re.MULTILINE)
_OWN_HEAD_LINES = 16  # letterheads copied from portals keep blank lines between their parts
_ISSUER_OF_CODE = {"UBND": "Ủy ban nhân dân tỉnh", "HĐND": "Hội đồng nhân dân tỉnh", "TU": "Tỉnh ủy",
                   "BCĐ": None, "SNgV": "Sở Ngoại vụ tỉnh", "SNV": "Sở Ngoại vụ tỉnh"}


@dataclass(frozen=True)
class LegalDocument:
    start: int
    end: int
    doc_type: str
    number: str
    date: date | None
    issuer: str | None
    issued_then: bool = False  # dated by the sentence's opening day before its issuing verb ("Ngày 5/4, UBND ban hành …")

    def to_fact_fields(self) -> dict:
        return {
            "number": self.number,
            "doc_type": self.doc_type,
            "date": self.date.isoformat() if self.date else None,
            "issuer": self.issuer,
        }


def find_legal_documents(text: str, folded: str) -> list[LegalDocument]:
    """Citations matched in `folded` (the case-folded text), quoted from `text`."""
    found: list[LegalDocument] = []
    for match in _CITATION.finditer(folded):
        if not at_word_start(folded, match.start()):
            continue
        doc_type = _DOC_TYPES[" ".join(match["type"].split())]
        group = "number" if match["number"] else "coded"
        number = text[match.start(group) : match.end(group)].rstrip(".-/")
        if number.isdigit() and _is_short_reference(number, doc_type, found):
            continue  # "Nghị quyết số 22" after "Nghị quyết số 22/NQ-TW" is the same one
        issuer = (
            _clean_issuer(text[match.start("issuer") : match.end("issuer")])
            if match["issuer"]
            else _issuer_before(text, match.start())
        )
        start, end, day = match.start(), match.end(), _date(match)
        after = _DATE_AFTER.match(folded, end) if day is None else None
        issued_by = _ISSUED_BY_AFTER.match(folded, end) if after is None and (day is None or issuer is None) else None
        if after is not None:  # the span takes the date in: it is no period of a figure
            end, day = after.end(), _date(after)
            if issuer is None and (by := _ISSUER_AFTER_DATE.match(folded, end)) is not None:
                # "Quyết định 53/2001/QĐ-TTg (19/4/2001) của Thủ tướng Chính phủ": the issuer after the bracketed date
                end, issuer = by.end(), _clean_issuer(text[by.start("issuer") : by.end("issuer")])
        elif issued_by is not None:
            end, day = issued_by.end(), day or _date(issued_by)
            named = "issuer" if issued_by["issuer"] else "body" if issued_by["body"] else None
            issuer = issuer or (named and _clean_issuer(text[issued_by.start(named) : issued_by.end(named)]))
        elif day is None and found and found[-1].date is not None and (same := _SAME_DAY_AFTER.match(folded, end)):
            end, day = same.end(), found[-1].date  # "Nghị quyết số 590 ngày 9/12/2025 và Nghị quyết số 592 cùng ngày"
        issued_then = False
        issued_before = found[-1] if found and found[-1].issued_then else None
        if day is None and issued_before is not None and issued_before.doc_type == doc_type \
                and _code(issued_before.number) == _code(number) and _JOINED_AFTER_TITLE.fullmatch(folded, issued_before.end, start):
            day, issuer = issued_before.date, issuer or issued_before.issuer
        if day is None and "ngày" in folded[max(0, start - _LOOK_BEFORE) : start]:
            before = _DATE_BEFORE.search(folded, max(0, start - _LOOK_BEFORE), start)
            same_day = _SAME_DAY_BEFORE.search(folded, max(0, start - _LOOK_BEFORE), start) if before is None and found else None
            if before is not None:
                start, day, issued_then = before.start(), _date(before), True
            elif same_day is not None and found[-1].date is not None and found[-1].end <= same_day.start():
                day = found[-1].date
            else:
                day_month = _DAY_MONTH_BEFORE.search(folded, max(0, start - _LOOK_BEFORE), start)
                year_after = day_month and _YEAR_AFTER.match(folded, end)
                # the year after the number ("… năm 2023"), else the one a regulation's number carries
                year = year_after["y"] if year_after else _NUMBER_YEAR.match(number) and _NUMBER_YEAR.match(number)[1]
                if day_month and year:
                    try:
                        day = date(int(year), int(day_month["m"]), int(day_month["d"]))
                        start, end = day_month.start(), year_after.end() if year_after else end
                    except ValueError:
                        pass
        found.append(LegalDocument(start, end, doc_type, number, day, issuer, issued_then))
        if day is not None and len(found) >= 2 and found[-2].date is None and found[-2].doc_type == doc_type \
                and _JOINED.fullmatch(folded, found[-2].end, start):
            # "Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP ngày 07/01/2013 của Chính phủ": both of that day
            found[-2] = replace(found[-2], date=day, issuer=found[-2].issuer or issuer)
        listed = _listed_after(text, folded, found[-1])
        if listed and day is None:
            found[-1] = replace(found[-1], date=listed[0].date)  # the date the list shares ("… cùng ngày 8/1/2025")
        found.extend(listed)
    return _one_per_number(found)


def _listed_after(text: str, folded: str, first: LegalDocument) -> list[LegalDocument]:
    """"các Quyết định số 881/QĐ-UBND và 882/QĐ-UBND", "các Nghị quyết số 01/NQ-CP và 02/NQ-CP cùng ngày 8/1/2025": more
    numbers of the same type listed after the first, sharing the date written after the list."""
    listed, end = [], first.end
    while (more := _LISTED_NEXT.match(folded, end)) is not None:
        listed.append(LegalDocument(more.start("coded"), more.end("coded"), first.doc_type,
                                    text[more.start("coded") : more.end("coded")].rstrip(".-/"), first.date, first.issuer))
        end = more.end()
    if listed and first.date is None and (shared := _SHARED_DATE_AFTER.match(folded, end)) is not None:
        return [replace(doc, date=_date(shared)) for doc in listed]
    return listed


def dated_by_the_text(found: list[LegalDocument], folded: str, published: date | None,
                      reporting_year: int | None) -> list[LegalDocument]:
    """"Ngày 24/2, UBND tỉnh ban hành Quyết định số 458/QĐ-UBND" with no year near it: the year of
    the text's date (the one before, when that day is still to come), else the year it reports on."""
    dated = []
    for doc in found:
        day_month = None
        if doc.date is None and (published is not None or reporting_year is not None):
            day_month = _DAY_MONTH_BEFORE.search(folded, max(0, doc.start - _LOOK_BEFORE), doc.start)
        if day_month is not None:
            month, day = int(day_month["m"]), int(day_month["d"])
            year = reporting_year if published is None else published.year - ((month, day) > (published.month, published.day))
            try:
                doc = replace(doc, date=date(year, month, day))
            except ValueError:
                pass
        dated.append(doc)
    return dated


def _one_per_number(found: list[LegalDocument]) -> list[LegalDocument]:
    """A document cited again by its number alone ("Kế hoạch 164-KH/TU" after "Kế hoạch
    số 164-KH/TU ngày 24/8/2022 của …") is the same document: its first citation is kept,
    completed with the date and issuer a later one gives."""
    kept: dict[str, LegalDocument] = {}
    for doc in found:
        key = doc.doc_type + "".join(doc.number.split()).casefold()
        first = kept.get(key)
        if first is not None and first.date is not None and doc.date is not None and first.date.year != doc.date.year:
            # "Nghị quyết số 01/NQ-CP ngày 06/01/2023" and "… số 01/NQ-CP ngày 05/01/2024": each year's own resolution
            key += str(doc.date.year)
            first = kept.get(key)
        if first is None:
            kept[key] = doc
        elif first.date is None or first.issuer is None:
            kept[key] = replace(first, date=first.date or doc.date, issuer=first.issuer or doc.issuer)
    return list(kept.values())


def find_own_number(text: str, day: date | None) -> LegalDocument | None:
    """The text itself when it is a plan, decision... with its number in the letterhead;
    `day` is the dateline's date."""
    head_end = _nth_line_end(text, _OWN_HEAD_LINES)
    match = _OWN_NUMBER.search(text, 0, head_end)
    if match is None:
        return None
    doc_type = _title_type(text, match.end(), head_end)
    if doc_type is None or doc_type in LETTER_TYPES:
        return None
    number = match["number"].rstrip(".-/")
    issuer = _ISSUER_OF_CODE.get(re.split(r"[/-]", number)[-1])
    return LegalDocument(match.start("number"), match.end("number"), doc_type, number, day, issuer)


def _nth_line_end(text: str, lines: int) -> int:
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return len(text)
    return end


def _title_type(text: str, start: int, end: int) -> str | None:
    """The document type of the first title line ("KẾ HOẠCH") after the number."""
    for line in text[start:end].split("\n"):
        key = " ".join(line.split()).lower()
        if key in _DOC_TYPES:
            return _DOC_TYPES[key]
    return None


def with_province(documents: list[LegalDocument], province: str | None) -> list[LegalDocument]:
    """"Ủy ban nhân dân tỉnh" -> "Ủy ban nhân dân tỉnh Cà Mau" for the reporting province."""
    if not province:
        return documents
    return [
        replace(d, issuer=f"{d.issuer} {province}") if d.issuer and _LEVEL_ONLY.search(d.issuer) else d
        for d in documents
    ]


def _code(number: str) -> str:
    """The issuer's code a number ends on: "QĐ-UBND" of "3108/QĐ-UBND"."""
    return number.rsplit("/", 1)[-1].casefold()


def _is_short_reference(number: str, doc_type: str, found: list[LegalDocument]) -> bool:
    return any(doc.doc_type == doc_type and re.match(rf"{number}\D", doc.number) for doc in found)


def _date(match: re.Match) -> date | None:
    day, month, year = (match["d"], match["m"], match["y"]) if match["d"] else (match["d2"], match["m2"], match["y2"])
    if not day:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _clean_issuer(issuer: str) -> str:
    issuer = " ".join(issuer.split())
    for pattern, full in _ABBREVIATIONS:
        issuer = pattern.sub(full, issuer)
    return issuer


def _issuer_before(text: str, start: int) -> str | None:
    match = _ISSUER_BEFORE.search(text, max(0, start - 90), start)
    return _clean_issuer(match.group(1)) if match else None
