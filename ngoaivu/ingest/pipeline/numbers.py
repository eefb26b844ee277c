"""Vietnamese numbers, amounts of money, percentages and ranges.

Vietnamese writes "2.473.905" for 2473905 and "712,4" for 712.4; a scale word
("triệu", "tỷ") and a currency may follow, and a range shares them:
"3,5 - 4 tỷ USD" is 3.5e9..4e9 USD.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import NumberFormatError, parse_decimal

from .fast_scan import letter_led

_SCALES = {
    "nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn tỉ": 10**12, "ngàn tỉ": 10**12,
    "tỷ": 10**9, "tỉ": 10**9, "triệu": 10**6, "trăm nghìn": 10**5, "trăm ngàn": 10**5,
    "nghìn": 10**3, "ngàn": 10**3,
}  # fmt: skip
# Currency words -> ISO code ("đồng" only after a number: "đồng chí" is a comrade; "tỷ đô" is
# dollars, "đô thị" a town).
_CURRENCIES = {
    "usd": "USD", "us$": "USD", "$": "USD", "đô la mỹ": "USD", "đô-la mỹ": "USD", "đôla mỹ": "USD",
    "đô la": "USD", "đô-la": "USD", "đôla": "USD", "đô": "USD",
    "đồng": "VND", "vnđ": "VND", "vnd": "VND", "việt nam đồng": "VND",
    "eur": "EUR", "euro": "EUR", "ơ-rô": "EUR", "yên nhật": "JPY", "yên": "JPY", "jpy": "JPY",
    "won": "KRW", "krw": "KRW", "nhân dân tệ": "CNY", "ndt": "CNY", "cny": "CNY",
    "bảng anh": "GBP", "gbp": "GBP", "đô la úc": "AUD", "aud": "AUD", "kíp": "LAK", "lak": "LAK",
    "bạt": "THB", "baht": "THB", "thb": "THB",
}  # fmt: skip

NUMBER = r"\d+(?:[.,]\d+)*"
_RANGE_LINK = r"\s*(?:-|đến|tới|~)\s*"


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# A currency written after a number ("đô thị" is a town, "đồng chí" a comrade).
_CURRENCY_WORD = (
    rf"{_alternation(k for k in _CURRENCIES if k not in ('đồng', 'đô', 'yên'))}|đô(?!\s*(?:thị|thành|hội|vật|đốc))"
    # "yên" is the yen, not a place's first syllable ("tháng 4 Yên Bái", "3 xã Yên Lạc")
    r"|yên(?!\s+(?:bái|lạc|định|mô|thế|phong|sơn|minh|châu|khánh|mỹ|thành|dũng|lập|bình|hưng|tử|thủy|khê)(?!\w))"
    r"|đồng(?!\s+(?:chí|bào|thời|hành|bộ|tâm|ý|đẳng|nghiệp|loạt|minh|phục|ruộng|hồ|cỏ))"
)
# A scale or a currency as a whole word after a number: an amount ("9 tỉ", "5 triệu", "12 USD"), not a count
# of what a longer word names ("9 tỉnh", "3 ngành", "2 đông"). For patterns that only ask whether an
# amount is written (`QUANTITY` reads its value; its closing look-ahead asks the same whole word).
AMOUNT_UNIT = rf"(?:{_alternation(_SCALES)}|{_CURRENCY_WORD})(?!\w)"

QUANTITY = letter_led(
    rf"""(?P<low>\d(?<![\w.,/-]\d)\d*(?:[.,]\d+)*)  # not inside a word, code or longer number
    (?:(?:(?P<low_scale>\s+(?:{_alternation(_SCALES)}))|\s*%(?=\s*(?:-|đến|tới|~)\s*{NUMBER}\s*%))?{_RANGE_LINK}(?P<high>{NUMBER}))?  # ("14% - 15%")
    (?P<scale>\s+(?:{_alternation(_SCALES)}))?
    (?:(?P<percent>\s*%)
      |(?P<currency>[^\S\n]*(?:{_CURRENCY_WORD}))  # on the number's line
    )?
    (?P<per_year>\s*/\s*năm)?
    (?P<per_unit>(?:\s*/\s*(?:tháng|người|lao\s+động|ngày|tuần|hộ|ha|tấn|kg|m2|suất|chiếc))+)?  # a rate: "25 triệu đồng/tháng"
    (?!\w|[.,/-]\w|\s*-\s*\d)""",
    re.VERBOSE,
)


# Counts written in words before a counted noun: "hai thỏa thuận", "mười lăm dự án".
# "một" is left out ("một số", "một trong"), and so is a bare "năm" (also "year").
_UNITS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_COUNTED = (
    r"dự\s+án|chương\s+trình|thỏa\s+thuận|thoả\s+thuận|biên\s+bản|văn\s+bản|hiệp\s+định|hội\s+nghị|hội\s+thảo"
    r"|đoàn|lượt|cuộc|hoạt\s+động|sự\s+kiện|tổ\s+chức|địa\s+phương|tỉnh|hội|đợt|buổi|khoản|diễn\s+đàn|cặp|doanh\s+nghiệp"
)
# "hai" also means "both" ("hai đoàn đã hội đàm", "hai tỉnh A và B"): it counts only things
# a province tallies, not the sides of a meeting.
_COUNTED_BY_TWO = r"dự\s+án|chương\s+trình|thỏa\s+thuận|thoả\s+thuận|biên\s+bản|văn\s+bản|hội\s+nghị|hội\s+thảo|lượt|cuộc|sự\s+kiện|hoạt\s+động|khoản|đợt"
_TENS = r"\s+mươi(?:\s+(?:mốt|hai|ba|tư|bốn|lăm|sáu|bảy|tám|chín))?"
_THEN_COUNTED = rf"(?=\s+(?:{_COUNTED})(?!\w))"
# One pattern per first word: a literal start lets the regex engine scan fast (an
# alternation of words does not).
NUMBER_WORDS = tuple(
    re.compile(pattern)
    for pattern in (
        rf"(?P<words>hai{_TENS}{_THEN_COUNTED}|hai(?=\s+(?:{_COUNTED_BY_TWO})(?!\w)))",
        *(rf"(?P<words>{first}(?:{_TENS})?){_THEN_COUNTED}" for first in ("ba", "bốn", "sáu", "bảy", "tám", "chín")),
        rf"(?P<words>mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?){_THEN_COUNTED}",
        rf"(?P<words>năm{_TENS}){_THEN_COUNTED}",
    )
)
# "nửa tỷ USD": half of a scale, written in words.
_HALF = re.compile(
    rf"nửa\s+(?P<scale>tỷ|tỉ|triệu)\s*(?P<currency>{_alternation(k for k in _CURRENCIES if k not in ('đồng', 'đô'))}|đồng(?!\s+(?:chí|bào|thời)))(?!\w)"
)
# "dẫn đầu cả nước về ...", "Dẫn đầu là tỉnh A": first of all provinces, a rank written without a figure; the
# quantity it gives carries LEADS as its denominator.
LEADS = 0
# Among all provinces: "cả nước", "toàn quốc", "trong các địa phương", "trong số 63 tỉnh, thành phố" (not followed by
# a region: "trong các tỉnh miền núi phía Bắc" ranks within it).
AMONG_ALL_PROVINCES = (
    r"(?:cả\s+nước|toàn\s+quốc|trong\s+(?:(?:các|số(?:\s+các)?|tổng\s+số)\s+(?:\d+\s+)?|\d{2}\s+)"  # ("trong 59 tỉnh")
    r"(?:địa\s+phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)(?!\w)"
    r"(?!\s*,?\s*(?:trong\s+|của\s+|thuộc\s+)?(?:miền|vùng|khu\s+vực|phía|đồng\s+bằng|tây|đông|duyên|bắc|nam|trung)(?!\w)))"
)
# "xếp thứ hai với hơn 1 tỷ USD", "A dẫn đầu với 5,6 tỷ USD", "giữ ngôi đầu với tổng vốn đăng ký gần 2,53 tỷ USD": a place
# by an amount of dollars (whose, the indicator and the scope decide)
WITH_DOLLARS = (r"với\s+(?:(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+(?:fdi|đăng\s+ký))?(?:\s+(?:cấp\s+)?mới)?\s+)?"
                r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*(?:triệu|tỷ|tỉ)\s+usd(?!\w)")
# ("đứng đầu trong số 59 tỉnh, thành phố có dự án đầu tư nước ngoài": among all of them too)
_LEAD_TAIL = r"\s+(?:" + AMONG_ALL_PROVINCES + r"|(?=là\s+(?:tỉnh|thành\s+phố|tp\.?)\s)|(?=" + WITH_DOLLARS + "))"
_LEAD = re.compile(r"(?:dẫn|đứng)\s+đầu" + _LEAD_TAIL)
# ("A vẫn giữ ngôi đầu với …", "…, cao nhất trong 63 tỉnh, thành phố": a pattern of its own, looked for only where its
# words are, so that the scan for the others keeps its two first letters)
# (one literal start each: the engine then skips to it)
_OTHER_LEADS = {"ngôi đầu": re.compile(r"giữ\s+ngôi\s+đầu" + _LEAD_TAIL), "cao nhất": re.compile(r"cao\s+nhất" + _LEAD_TAIL)}
# "A là địa phương nhận nhiều vốn FDI nhất (với 6,61 tỷ USD)": first, said with a superlative (zero-width, after the
# province's noun; the measure is read after it)
_MOST = re.compile(r"là(?<!\wlà)\s+(?:địa\s+phương|tỉnh|thành\s+phố)(?P<most>)"
                   r"(?=\s+(?:thu\s+hút|nhận|có)\s+(?:được\s+)?nhiều\s+[^.;,()]{0,30}?\s+nhất(?!\w))")
# "xếp thứ 12/63": a rank out of all provinces; the figure is the rank.
# ("xếp hạng 11/63 về số dự án": ranked, "thứ" unsaid)
_RANK = letter_led(r"(?:thứ\s+(?:hạng\s+)?|(?<=xếp\s)hạng\s+)(?P<low>\d{1,2})\s*/\s*(?P<of>\d{2,3})(?!\d)")
_SECOND_RANK = re.compile(r"\s+về\s+[^.;\d]{1,40}?\s+và\s+(?P<low>\d{1,2})\s*/\s*(?P<of>\d{2,3})(?!\d)(?=\s+về\s)")
# "đứng thứ 8 trong 63 tỉnh, thành phố": the same, the count of all provinces written out (it is no figure of its own)
_RANK_AMONG = re.compile(
    r"thứ\s+(?:hạng\s+)?(?P<low>\d{1,2})\s+trong\s+(?:số\s+|tổng\s+số\s+)?(?P<of>\d{2,3})\s+(?:tỉnh|địa\s+phương)(?!\w)")
# "đứng thứ ba cả nước", "đứng thứ ba là tỉnh A": a rank written in words, among all provinces or
# naming the place that holds it (a bare "xếp thứ hai" may rank anything).
# One pattern per verb: a literal start keeps the scan fast.
_RANK_WORDS = tuple(
    re.compile(
        rf"{verb}\s+thứ\s+(?P<w>nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?!\w)"
        rf"(?=(?:\s+\w+){{0,3}}?\s+{AMONG_ALL_PROVINCES}(?!\w)|\s+là\s|\s+{WITH_DOLLARS})"
    )
    # "giữ vị trí thứ hai trong các địa phương cả nước", "vươn lên thứ hai cả nước", "tụt xuống thứ ba cả nước"
    for verb in ("đứng", "xếp", r"vị\s+trí", r"vươn\s+lên", r"leo\s+lên", r"tụt\s+xuống", r"lùi\s+xuống")
)
_ORDINALS = {"nhất": 1, "nhì": 2, "tư": 4, **_UNITS, "mười": 10}
RANKED = -1  # the denominator of a rank in words


def words_value(words: str) -> int | None:
    """"hai" 2, "mười lăm" 15, "hai mươi mốt" 21."""
    parts = words.split()
    if parts[0] == "mười":
        return 10 + (_UNITS.get(parts[1], 1 if parts[1] == "một" else 0) if len(parts) > 1 else 0)
    tens = _UNITS.get(parts[0])
    if tens is None:
        return None
    if len(parts) == 1:
        return tens
    ones = {"mốt": 1, "tư": 4}.get(parts[2], _UNITS.get(parts[2], 0)) if len(parts) > 2 else 0
    return tens * 10 + ones


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    low: float
    high: float | None  # a range's upper end; None for a single value
    kind: str  # "money", "percent" or "number" (a count, or an amount whose currency is implied)
    unit: str | None  # ISO currency for money, "percent", or None
    scaled: bool  # a scale word was written ("25 triệu")
    per_year: bool  # "USD/năm", "%/năm"
    out_of: int | None = None  # a rank's denominator: "thứ 12/63"


@lru_cache(maxsize=4096)  # babel's parse is slow and the same tokens recur ("2023", "6", "1,5")
def parse_number(token: str) -> float | None:
    """A Vietnamese-formatted number: "2.473.905", "23.507,48", "712,4", "01".

    Falls back to English grouping/decimals ("1,000,000", "2.5") that some texts use."""
    if token.isdigit():
        return float(token)  # the common case needs no locale rules
    try:
        return float(parse_decimal(token, locale="vi", strict=True))
    except NumberFormatError:
        pass
    if re.fullmatch(r"\d+\.\d{1,2}", token):  # "2.5": a decimal point, not a group
        return float(Decimal(token))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):  # "1,000,000": English grouping
        return float(token.replace(",", ""))
    return None


# A physical measure after the number ("1 triệu tấn hàng", "25 ha"): a volume, not an amount or a count.
# ("113,1 nghìn bộ tờ khai", "2 nghìn lượt phương tiện": papers or vehicles counted in thousands, no amount either)
_OWNED_BY = re.compile(r"\s*vốn(?!\w)")
_MEASURE_AFTER = re.compile(r"\s*(?:tấn|kg|ki-?lô-?gam|lít|m3|m2|m²|ha|héc-?ta|km|mw|kwh|teu|container|bộ\s+tờ\s+khai|tờ\s+khai"
                            r"|lượt\s+(?:phương\s+tiện|xe|tàu|người\s+xuất\s+nhập\s+cảnh))(?!\w)")


# "Trong 26 dự án nói trên, 25 dự án là của nhà đầu tư trong nước …; dự án còn lại có vốn đầu tư nước ngoài": the
# projects left are counted by the difference, a count written nowhere (zero-width, before its noun)
_REMAINDER = re.compile(
    r"trong\s+(?:số\s+)?(?P<total>\d[\d.]*)\s+dự\s+án\s+(?:này|nói\s+trên|trên|đó)\s*,\s*(?P<part>\d[\d.]*)\s+dự\s+án\s"
    r"(?:[^;.]|\.(?=\d)){0,160}?;\s*(?:các\s+|những\s+)?(?P<rest>)dự\s+án\s+còn\s+lại(?!\w)"
)


# "Năm 2022 tỉnh không có dự án FDI cấp mới", "chưa thu hút được dự án FDI mới nào": none, a count of zero written in
# words (zero-width before its noun, like the remainder above; not after "nếu", "khi": a condition)
# (led by the projects' literal words, the engine's fast scan; the negation is read before them)
_NEW_FOREIGN_PROJECTS = re.compile(
    r"dự\s+án\s+(?:fdi|(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)"
    # new ones only ("chưa có dự án FDI quy mô lớn", "… chưa có dự án FDI nào" of districts name no flow of the province's)
    r"(?:\s+nào)?\s+(?:(?:được\s+)?(?:cấp|đăng\s+ký)\s+(?:mới|chủ\s+trương|giấy|phép)|mới(?!\w))"
)
_NONE_BEFORE = re.compile(
    r"(?<!nếu\s)(?<!khi\s)(?<!\w)(?:không|chưa)\s+(?:có|thu\s+hút(?:\s+được)?|cấp(?:\s+mới)?(?:\s+cho)?|ký(?:\s+kết)?(?:\s+được)?"
    r"|tiếp\s+nhận(?:\s+được)?)(?:\s+thêm)?\s+$"
)
_NONE_REACH = 40


# "với 09/18 tỉnh, thành phố của Lào": so many of all the units (a count, not a rank or a date)
# (led by the slash, the engine's fast scan; the numbers around it are read from there)
_SOME_OF_ALL = re.compile(
    r"/(?P<m>\d{1,3})(?![\d/.,])(?=\s+(?:tỉnh|thành\s+phố|địa\s+phương|huyện|tổ\s+chức)(?!\w))"
)
_COUNT_BEFORE_SLASH = re.compile(r"(?<![\d/.,])(?<!thứ\s)(?<!hạng\s)(?P<n>\d{1,3})$")


def _difference(total: str, part: str) -> float | None:
    whole, some = parse_number(total), parse_number(part)
    return whole - some if whole is not None and some is not None and whole > some else None


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in the case-folded `text` (see normalize.fold_case)."""
    end = len(text) if end is None else end
    found = []
    for match in QUANTITY.finditer(text, start, end):
        if match["per_unit"]:
            continue  # "gửi về 20 - 25 triệu đồng/tháng", "giá 2.500 USD/tấn": a rate per month, head or unit, no total
        quantity = _quantity(match)
        if quantity is not None and quantity.kind == "number" and _MEASURE_AFTER.match(text, quantity.end):
            continue
        if quantity is not None and quantity.kind == "percent" and quantity.low == 100 and _OWNED_BY.match(text, quantity.end):
            continue  # "28 dự án 100% vốn nước ngoài": who owns the projects, a word of the count's noun phrase
        if quantity is not None:
            found.append(quantity)
    extra = [
        Quantity(m.start(), m.end(), float(value), None, "number", None, False, False)
        for pattern in NUMBER_WORDS
        for m in pattern.finditer(text, start, end)
        if (m.start() == 0 or not text[m.start() - 1].isalnum()) and (value := words_value(m["words"])) is not None
    ]
    extra += [
        Quantity(m.start(), m.end(), _SCALES[m["scale"]] / 2, None, "money", _CURRENCIES[" ".join(m["currency"].split())], True, False)
        for m in _HALF.finditer(text, start, end)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    ]
    window = text[start:end]  # (copied once for the word tests below)
    leads = list(_LEAD.finditer(text, start, end)) if "đầu" in window else []
    for words, pattern in _OTHER_LEADS.items():
        if words in window:
            leads += pattern.finditer(text, start, end)
    if leads:  # ("đứng đầu trong số 59 tỉnh": the count of all provinces is no figure of its own)
        found = [f for f in found if not any(m.start() <= f.start < m.end() for m in leads)]
    extra += [Quantity(m.start(), m.end(), 1.0, None, "number", None, False, False, out_of=LEADS) for m in leads]
    if "nhất" in window:
        extra += [Quantity(m.start("most"), m.start("most"), 1.0, None, "number", None, False, False, out_of=LEADS)
                  for m in _MOST.finditer(text, start, end)]
    ranks = list(_RANK.finditer(text, start, end))
    # ("xếp hạng 11/63 về số dự án và 7/63 về số vốn thu hút": a second place, on another measure, after the first)
    ranks += [second for m in ranks if (second := _SECOND_RANK.match(text, m.end(), end)) is not None]
    extra += [
        Quantity(m.start("low"), m.end(), float(m["low"]), None, "number", None, False, False, out_of=int(m["of"]))
        for m in ranks
    ]
    extra += [
        Quantity(m.start("w"), m.end(), float(_ORDINALS[m["w"]]), None, "number", None, False, False, out_of=RANKED)
        for pattern in _RANK_WORDS
        for m in pattern.finditer(text, start, end)
    ]
    if "/" in text:
        for m in _SOME_OF_ALL.finditer(text, start, end):
            n = _COUNT_BEFORE_SLASH.search(text, max(start, m.start() - 3), m.start())
            if n is not None and int(n["n"]) < int(m["m"]):
                extra.append(Quantity(n.start(), m.end(), float(n["n"]), None, "number", None, False, False))
    if "còn lại" in text:
        extra += [Quantity(m.start("rest"), m.start("rest"), left, None, "number", None, False, False)
                  for m in _REMAINDER.finditer(text, start, end)
                  if (left := _difference(m["total"], m["part"])) is not None]
    extra += [Quantity(m.start(), m.start(), 0.0, None, "number", None, False, False)
              for m in _NEW_FOREIGN_PROJECTS.finditer(text, start, end)
              if _NONE_BEFORE.search(text, max(start, m.start() - _NONE_REACH), m.start())]
    among = [m for m in _RANK_AMONG.finditer(text, start, end)] if "trong" in window else []
    if among:
        found = [f for f in found if not any(m.start("low") <= f.start < m.end() for m in among)]
        extra += [Quantity(m.start("low"), m.end("of"), float(m["low"]), None, "number", None, False, False, out_of=int(m["of"]))
                  for m in among]
    if extra:
        found = sorted(found + [q for q in extra if not any(f.start < q.end and q.start < f.end for f in found)],
                       key=lambda q: q.start)
    return _joined_scales(text, found)


def _joined_scales(text: str, found: list[Quantity]) -> list[Quantity]:
    """"11 tỷ 800 triệu USD" is one amount, 11,8 tỷ: a bare scaled number followed by a smaller
    scaled amount joins it."""
    joined: list[Quantity] = []
    for quantity in found:
        last = joined[-1] if joined else None
        if last is not None and last.kind == "number" and last.scaled and last.high is None and quantity.high is None \
                and quantity.scaled and quantity.kind in ("money", "number") and 0 < quantity.low < last.low \
                and not text[last.end : quantity.start].strip():
            joined[-1] = Quantity(last.start, quantity.end, last.low + quantity.low, None, quantity.kind, quantity.unit,
                                  True, quantity.per_year)
            continue
        joined.append(quantity)
    return joined


def _quantity(match: re.Match) -> Quantity | None:
    low = parse_number(match["low"])
    high = parse_number(match["high"]) if match["high"] else None
    if low is None or (match["high"] and high is None):
        return None
    scale_word = match["scale"] or match["low_scale"]
    factor = _SCALES[" ".join(scale_word.split()).lower()] if scale_word else 1
    low_factor = _SCALES[" ".join(match["low_scale"].split()).lower()] if match["low_scale"] else factor
    if match["percent"]:
        kind, unit = "percent", "percent"
    elif match["currency"]:
        kind, unit = "money", _CURRENCIES[" ".join(match["currency"].split()).lower()]
    else:
        kind, unit = "number", None
    if kind == "money" and unit in _DECIMAL_POINT_UNITS and factor == 10**9:
        low, high = _decimal_point(match["low"], low), _decimal_point(match["high"], high)
    # (rounded to the cent: "8,2 tỷ" is 8.200.000.000, not the float product 8.199.999.999,999999)
    low_value = round(low * low_factor, 2) if low_factor > 1 else low
    high_value = (round(high * factor, 2) if factor > 1 else high) if high is not None else None
    if high_value is not None and high_value < low_value:
        return None  # "15 - 4": not a range but two separate things
    return Quantity(
        start=match.start(),
        end=match.end(),
        low=low_value,
        high=high_value,
        kind=kind,
        unit=unit,
        scaled=scale_word is not None,
        per_year=match["per_year"] is not None,
    )


# "1.726 tỷ USD" read with Vietnamese grouping is 1,7 trillion dollars, more than any province or
# the nation's trade: pages translated from English keep the decimal point. Only for dollars and
# euros in billions, and only a group not ending in 0: a decimal keeps no trailing zero, while
# "1.000 tỷ USD", "1.200 tỷ USD" (the nation's trade goal, the world's FDI) are thousands.
_DECIMAL_POINT_UNITS = frozenset({"USD", "EUR"})
_ONE_GROUP = re.compile(r"\d{1,3}\.\d\d[1-9]")


def _decimal_point(token: str | None, value: float | None) -> float | None:
    if token is None or value is None or value < 1000 or not _ONE_GROUP.fullmatch(token):
        return value
    return float(Decimal(token))


def clean_number(value: float) -> int | float:
    """An int when the value is whole, so JSON shows 609100000 rather than 609100000.0."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded
