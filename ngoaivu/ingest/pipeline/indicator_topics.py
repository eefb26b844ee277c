"""The figure's context and its topic: the indicator catalogue the pipeline reads codes from,
`FigureContext` (the words around a figure), and the topic words that say which field a figure
belongs to (FDI, ODA, foreign NGO aid). `indicators` reads the indicator itself from them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ngoaivu.indicators.catalogue import CATALOGUE

from .fast_scan import letter_led


@dataclass(frozen=True)
class Indicator:
    code: str
    unit: str  # "money", "count", "people" or "percent"
    stock: bool = False  # read at one date (projects in force, a rank), not over a period


# The one catalogue (plain Python, no Django): the pipeline reads every code from it.
INDICATORS = {entry.code: Indicator(entry.code, entry.unit, entry.at_a_date) for entry in CATALOGUE}


@dataclass(frozen=True)
class FigureContext:
    kind: str  # the Quantity kind: "money", "percent" or "number"
    scaled: bool  # a scale word without currency: "25 triệu" may be money or a count
    per_year: bool
    left: str
    right: str
    sentence_left: str
    previous_indicator: str | None  # of the figure before it in the same clause
    breakdown_topic: str | None = None  # "15 dự án ODA, trong đó 6 dự án viện trợ": the total's topic
    sentence_previous: str | None = None  # of the figure before it in the sentence, any clause
    paragraph_topic: str | None = None  # of the last figure in the paragraph's earlier sentences
    recent_topic: str | None = None  # the last topic word in the text just before the sentence
    out_of: int | None = None  # a rank's denominator ("thứ 12/63")
    abroad: bool = False  # a foreign country is named in the figure's noun phrase ("làm việc tại Hàn Quốc")
    # "tỉnh hiện có quan hệ hợp tác với 9 tỉnh của Lào": the province's partner places, counted by their country
    foreign_partner_places: bool = False
    workers_counted: bool = False  # the paragraph has counted the province's workers abroad before this figure
    paragraph_previous: str | None = None  # the indicator of the paragraph's last figure before this sentence
    foreign_investor: bool = False  # "nhà đầu tư Nhật Bản có 130 dự án": a foreign country invests
    currency: str | None = None  # of a money figure: "VND", "USD"...
    clause_right: str = ""  # the clause after the figure, past the next figure ("33 dự án của 16 tổ chức PCPNN")
    sentence_right: str = ""  # the rest of the sentence ("…; trong đó xuất khẩu hàng hóa …": a part told later)


# --- topics: which field a figure belongs to ------------------------------------------

# "Hiện có 18 quốc gia và vùng lãnh thổ đầu tư vào tỉnh": the investors' countries, written once for both scans
# below (each leads with the "q" its own way)
_INVESTOR_COUNTRIES_AFTER_Q = r"uốc\s+gia\s+và\s+vùng\s+lãnh\s+thổ(?=\s+(?:(?:có\s+dự\s+án|đang)\s+)?đầu\s+tư)"
# "đề xuất sử dụng vốn vay Ngân hàng Phát triển châu Á (ADB)": a development lender's loan is ODA
_DEVELOPMENT_LENDER = (r"(?:của\s+)?(?:ngân\s+hàng\s+(?:thế\s+giới|phát\s+triển|tái\s+thiết|đầu\s+tư\s+châu\s+âu|đầu\s+tư\s+cơ\s+sở)"
                       r"|(?:wb|adb|jica|afd|kfw|eib|aiib)(?!\w))")
# "chương trình, dự án do WB tài trợ", "JICA đã tài trợ 3 dự án": what a development lender funds is ODA
_LENDER_FUNDS = (r"(?:ngân\s+hàng\s+(?:thế\s+giới|phát\s+triển\s+châu\s+á)|wb|adb|jica|afd|kfw|eib|koica)(?!\w)"
                 r"(?:\s*\([^()]{1,12}\))?\s+(?:đã\s+|cũng\s+)?(?:tài\s+trợ|viện\s+trợ|cho\s+vay)")
_LENDERS = letter_led(r"vốn\s+vay\s+" + _DEVELOPMENT_LENDER + "|" + _LENDER_FUNDS)
# Every alternative starts with a letter (look-behinds after it), so the regex engine scans fast;
# the empty group closing each names its topic: "oda", "ngo" or "fdi" before any "_" (`topic_name`).
TOPIC = re.compile(
    r"o(?<!\wo)da(?!\w)(?P<oda>)|vốn\s+vay\s+ưu\s+đãi(?P<oda_2>)|hỗ\s+trợ\s+phát\s+triển\s+chính\s+thức(?P<oda_3>)"

    r"|phi\s+chính\s+phủ(?P<ngo>)|p(?<!\wp)cpnn(?!\w)(?P<ngo_2>)|n(?<!\wn)gos?(?!\w)(?P<ngo_3>)|viện\s+trợ(?P<ngo_4>)"
    r"|f(?<!\wf)[dđ]i(?!\w)(?P<fdi>)|đầu\s+tư\s+trực\s+tiếp\s+nước\s+ngoài(?P<fdi_2>)|đầu\s+tư\s+nước\s+ngoài(?P<fdi_3>)"
    r"|vốn\s+nước\s+ngoài(?P<fdi_4>)|n(?<=dự\sán\sn)ước\s+ngoài(?P<fdi_5>)"
    r"|q(?<!\wq)" + _INVESTOR_COUNTRIES_AFTER_Q + "(?P<fdi_6>)",
)


_ODA_AFTER_AID = re.compile(r"[^.;:()]{0,40}?(?:(?<!\w)oda(?!\w)|vốn\s+vay\s+ưu\s+đãi)")


def topic_name(match: re.Match) -> str:
    """The topic a `TOPIC` match names."""
    return match.lastgroup.partition("_")[0]


def last_match(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return last


# The same words for scanning a whole text, one pattern each: a literal start lets the
# regex engine scan fast (an alternation or a leading look-behind does not).
_TOPIC_SCAN = tuple(
    (topic, re.compile(pattern))
    for topic, pattern in (
        ("oda", r"oda(?!\w)"), ("oda", r"vốn\s+vay\s+ưu\s+đãi"), ("oda", r"hỗ\s+trợ\s+phát\s+triển\s+chính\s+thức"),
        ("oda", r"vốn\s+vay\s+" + _DEVELOPMENT_LENDER),
        ("ngo", r"phi\s+chính\s+phủ"), ("ngo", r"pcpnn(?!\w)"), ("ngo", r"ngos?(?!\w)"), ("ngo", r"viện\s+trợ"),
        ("fdi", r"fdi(?!\w)"), ("fdi", r"fđi(?!\w)"), ("fdi", r"đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài"),
        ("fdi", r"vốn\s+nước\s+ngoài"), ("fdi", "q" + _INVESTOR_COUNTRIES_AFTER_Q),
    )
)
_FOREIGN_CAPITAL = next(p for _, p in _TOPIC_SCAN if p.pattern == r"vốn\s+nước\s+ngoài")  # "vốn nước ngoài": foreign investment, or the foreign share of aid


def topic_mentions(text: str) -> list[tuple[int, str]]:
    """(end, topic) of every topic word in the text, in order."""
    found = sorted(
        (m.end(), topic, m.start() if pattern is _FOREIGN_CAPITAL else -1)
        for topic, pattern in _TOPIC_SCAN
        for m in pattern.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum()
    )
    mentions = []
    for end, topic, foreign_capital_at in found:
        if foreign_capital_at >= 0:
            before = mentions[-1] if mentions and "\n" not in text[mentions[-1][0]:foreign_capital_at] else None
            topic = _share_of_aid(text, foreign_capital_at, before[1] if before else None) or topic
        mentions.append((end, topic))
    return mentions


def _share_of_aid(text: str, at: int, recent: str | None) -> str | None:
    """The aid topic ("oda", "ngo") "vốn nước ngoài" at `at` is a share of, not foreign investment: aid the sentence
    names before it ("56 dự án sử dụng vốn ODA …, gồm vốn nước ngoài 264,89 triệu USD và vốn đối ứng …"), or the `recent`
    aid a list of parts divides ("… đã giải ngân 241,24 triệu USD, trong đó vốn nước ngoài 178,6 triệu USD")."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    aid = last_match(TOPIC, text, sentence_start, at)
    if aid is not None:
        return topic_name(aid) if topic_name(aid) in ("oda", "ngo") else None
    return recent if recent in ("oda", "ngo") and _PARTS_BEFORE.search(text, max(0, at - 20), at) else None


_PARTS_BEFORE = re.compile(r"(?:gồm|trong\s+đó)\s*,?\s*$")


def topic_of(ctx: FigureContext) -> str | None:
    """The figure's own noun phrase decides first, then the nearest mention before it."""
    if ctx.breakdown_topic is not None and not (
            "ngoài" in ctx.sentence_left and _BESIDES.search(ctx.sentence_left, ctx.sentence_left.rfind(";") + 1)):
        # ("48 dự án mới …, trong đó 7 dự án FDI": a part naming foreign investment is that, whatever the total's topic)
        # (and so is the capital of that part, written after it in its clause: "7 dự án FDI có tổng vốn 62 triệu USD")
        if ctx.breakdown_topic != "fdi":
            own, near = TOPIC.search(NOUN_PHRASE.match(ctx.right).group()), last_match(TOPIC, ctx.left)
            if near is not None and near.lastgroup == "fdi_4" and ctx.breakdown_topic in ("oda", "ngo"):
                near = None  # "vốn ODA 375 triệu USD, gồm vốn nước ngoài 265 triệu USD": the aid's foreign share
            if (own is not None and topic_name(own) == "fdi") or (near is not None and topic_name(near) == "fdi") \
                    or (near is None and (ctx.previous_indicator or "").startswith("fdi_")):
                return "fdi"
        return ctx.breakdown_topic
    if ctx.right.lstrip().startswith("(") and (restated := _RESTATED_IN_BRACKETS.match(ctx.clause_right)) is not None \
            and (own := TOPIC.match(ctx.clause_right, restated.end())) is not None:
        # "tiếp nhận khoảng 500 tỷ đồng (tương đương 24 triệu USD) vốn ODA": the figure's own words after its amount restated
        return topic_name(own)
    # (one scan after another, only until a topic is found)
    right_end = _own_words_end(ctx.right)
    for text, scan in ((ctx.right, lambda: TOPIC.search(ctx.right, 0, right_end)), (ctx.left, lambda: last_match(TOPIC, ctx.left)),
                       (ctx.sentence_left, lambda: last_match(TOPIC, ctx.sentence_left))):
        match = scan()
        if (match is None or match.lastgroup.startswith("ngo")) and _lender_over(match, text, right_end if text is ctx.right else None):
            return "oda"
        if match is not None:
            if match.lastgroup == "ngo_4" and match.string is ctx.right:
                # "16 chương trình, dự án và khoản viện trợ phi dự án sử dụng vốn ODA": aid named by its source after it
                source = _ODA_AFTER_AID.match(ctx.right, match.end())
                if source is not None:
                    return "oda"
            if match.lastgroup == "fdi_4":
                at = len(ctx.sentence_left) - len(ctx.left) + match.start() if match.string is ctx.left else (
                    match.start() if match.string is ctx.sentence_left else len(ctx.sentence_left))
                return _share_of_aid(ctx.sentence_left, at, ctx.recent_topic) or "fdi"
            return topic_name(match)
    # "33 chương trình, dự án của 16 tổ chức PCPNN", "227 dự án và 21 khoản viện trợ phi dự án của các tổ chức phi chính
    # phủ": the counted items' owner named after the next figure of their clause
    if _OWNER_NEXT.search(ctx.right) and (match := TOPIC.search(ctx.clause_right, 0, _OWNER_REACH)) is not None:
        return topic_name(match)
    return None


def _lender_over(match: re.Match | None, text: str, own_end: int | None) -> bool:
    """A development lender's loan or funding (`_LENDERS`) in the text a topic scan read (the figure's own words when
    `own_end` is given, else the words before it), nearer the figure than its topic word, or with none: ODA. Looked for
    apart from TOPIC, which is scanned far more often, and only where "vay" or "trợ" is written."""
    end = len(text) if own_end is None else own_end
    if "vay" not in text[:end] and "trợ" not in text[:end]:
        return False
    if own_end is not None:
        lender = _LENDERS.search(text, 0, end)
        return lender is not None and (match is None or lender.start() <= match.start())
    lender = last_match(_LENDERS, text)
    return lender is not None and (match is None or lender.end() >= match.end())


def _own_words_end(right: str) -> int:
    """Where the figure's own words end: before a list of its parts ("375 triệu USD, gồm vốn nước ngoài 265 triệu USD
    và vốn đối ứng …": the parts' source is not the whole's)."""
    parts = _PARTS_AFTER.search(right) or (_NEXT_MEASURE_CLAUSE.search(right) if "đạt" in right else None)
    return parts.start() if parts is not None else len(right)


_PARTS_AFTER = re.compile(r"[,;(]\s*(?:bao\s+)?gồm\s|[,;(]\s*trong\s+đó")
# ("vốn ODA đạt 14.800 tỷ đồng, viện trợ PCPNN đạt 1.430 tỷ đồng": the next measure's own clause)
_NEXT_MEASURE_CLAUSE = re.compile(r",\s*(?=[^\W\d_][^,;:.()\d]{0,60}?\s(?:ước\s+)?đạt\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$)")
# "…, trong đó có 3 dự án của nhà đầu tư Hàn Quốc; ngoài ra, tỉnh đã tiếp nhận 31 dự án viện trợ": besides the parts
_BESIDES = re.compile(r"(?<!\w)ngoài\s+ra(?!\w)")
_OWNER_NEXT = re.compile(r"(?:chương\s+trình|dự\s+án|khoản\s+(?:viện\s+trợ|phi\s+dự\s+án))\s*,?\s*(?:còn\s+hiệu\s+lực\s+|đang\s+hoạt\s+động\s+)?(?:của|và)\s+(?:các\s+|khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_OWNER_REACH = 100


def topic_around(ctx: FigureContext) -> str | None:
    """The figure's topic, else the one the text spoke of just before ("... vốn FDI đạt 900
    triệu USD. Trong đó, cấp mới 21 dự án ..."), else that of the paragraph's figures so far (a long paragraph
    on FDI: "… cấp giấy chứng nhận đầu tư cho 405 dự án … . Cả năm 2008 có 546 dự án")."""
    return topic_of(ctx) or ("fdi" if ctx.foreign_investor else None) or ctx.recent_topic or ctx.paragraph_topic


# the trade a money figure or a rate is about, by its words (the group names the trade)
TRADE = re.compile(
    # ("kim ngạch trao đổi thương mại", "trao đổi hàng hóa": the trade both ways)
    r"(?P<trade>xuất\s*,?\s*-?\s*nhập\s+khẩu|(?<!\w)xnk(?!\w)|xuất\s+khẩu\s*(?:và|,)\s*nhập\s+khẩu|kim\s+ngạch\s+thương\s+mại"
    r"|kim\s+ngạch\s+trao\s+đổi(?:\s+thương\s+mại|\s+hàng\s+h(?:óa|oá))?|kim\s+ngạch\s+ngoại\s+thương|hàng\s+h(?:óa|oá)\s+trao\s+đổi"
    r"|thương\s+mại\s+(?:hai\s+chiều|song\s+phương|biên\s+giới|qua\s+(?:các\s+)?cửa\s+khẩu)"
    r"|t(?<!cân\st)hương\s+mại\s+của\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?!\w)"  # not "cán cân thương mại của tỉnh"
    # ("kim ngạch qua địa bàn tỉnh đạt hơn 9 tỷ USD", "kim ngạch hàng hóa qua các cửa khẩu": the goods crossing, both ways)
    # (not "qua cửa khẩu này": one gate's)
    # ("hàng hóa qua các cửa khẩu của tỉnh xấp xỉ 2,79 tỷ USD": all the gates', not "xuất khẩu hàng hóa qua …", one way;
    # "kim ngạch qua cửa khẩu ước đạt …", no gate named: the province's gates, as one)
    r"|kim\s+ngạch\s+(?:hàng\s+h(?:óa|oá)\s+)?qua\s+(?:các\s+cửa\s+khẩu|địa\s+bàn|cửa\s+khẩu(?=\s*(?:[,.;:(]|\d|(?:ước|đạt|của"
    r"|trong|năm|tháng|quý|tăng|giảm|hơn|trên|khoảng|gần|là|xấp|lên|vượt|chỉ|đã|cả|toàn|tỉnh|thành)(?!\w))))"
    r"|(?<!\w)(?<!khẩu\s)hàng\s+h(?:óa|oá)\s+qua\s+các\s+cửa\s+khẩu)"
    r"|(?P<local_export>xuất\s+khẩu\s+(?:hàng\s+(?:h(?:óa|oá)\s+)?)?(?:của\s+)?địa\s+phương)"
    # (services are no goods' exports; "hàng hóa của tỉnh xuất ra nước ngoài đạt …", "hàng hóa … xuất sang Hoa Kỳ ước
    # đạt …": goods sent abroad are exports)
    r"|(?P<export>xuất\s+khẩu(?!\s+(?:lao\s+động|dịch\s+vụ))|xuất\s+(?:ra\s+nước\s+ngoài|sang)(?!\w))"
    r"|(?P<import>nhập\s+khẩu)",
)


# "kim ngạch xuất khẩu và nhập khẩu ước đạt lần lượt 4,2 tỷ USD và 3,5 tỷ USD": each trade in turn, not both ways twice
_TRADES_IN_TURN = re.compile(
    r"(?P<first>xuất|nhập)\s+khẩu\s*(?:và|,)\s*(?!(?P=first))(?:xuất|nhập)\s+khẩu(?!\w)[^;.\d]{0,80}?(?<!\w)lần\s+lượt(?!\w)"
)
_IN_TURN_ORDER = {"xuất": ("export_value", "import_value"), "nhập": ("import_value", "export_value")}


def trades_in_turn(text: str, start: int = 0, end: int | None = None) -> tuple[str, str] | None:
    """The two trades named before a "lần lượt" in the span, in their order."""
    match = last_match(_TRADES_IN_TURN, text, start, end)
    return _IN_TURN_ORDER[match["first"]] if match is not None else None


def topic_of_indicator(code: str) -> str | None:
    prefix = code.split("_", 1)[0]
    return prefix if prefix in ("fdi", "oda", "ngo") else None


NOUN_PHRASE = re.compile(r"[^,;:.()]{0,60}")  # the figure's own words, up to the clause's next mark
_RESTATED_IN_BRACKETS = re.compile(r"\s*\(\s*(?:tương\s+đương|quy\s+đổi|khoảng|xấp\s+xỉ)[^()]{1,60}\)\s*(?:(?:nguồn\s+)?vốn\s+)?")

# Domestic investment, new enterprises and all investment together: not foreign investment even
# in a text about it ("Về đầu tư trong nước, tỉnh cấp mới 45 dự án").
_DOMESTIC_INVESTMENT = letter_led(
    r"trong\s+nước|(?<!\w)ddi(?!\w)|nội\s+địa|doanh\s+nghiệp\s+(?:đăng\s+ký\s+)?(?:thành\s+lập\s+)?mới|thành\s+lập\s+mới"
    r"|toàn\s+xã\s+hội|trong\s+và\s+ngoài\s+nước|kinh\s+tế\s+tư\s+nhân|khu\s+vực\s+tư\s+nhân"
    r"|thu\s+ngân\s+sách|ngân\s+sách\s+nhà\s+nước"  # "…, bên cạnh thu ngân sách đạt 427 nghìn tỷ đồng": the budget's
    r"|ngoài\s+nhà\s+nước|ngoài\s+quốc\s+doanh"  # "vốn ngoài Nhà nước 5.800 tỷ đồng": non-state, domestic
)


_DONG_PAIRED_AFTER = re.compile(r"\s*và\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*(?:nghìn\s+|ngàn\s+)?(?:tỷ|tỉ|triệu)\s+đồng")


def names_fdi(text: str) -> bool:
    match = last_match(TOPIC, text)
    return match is not None and topic_name(match) == "fdi"


_OWNED_BY_DOMESTIC = re.compile(r"\s*(?:là\s+)?của\s+(?:các\s+|những\s+)?(?:dự\s+án|doanh\s+nghiệp|nhà\s+đầu\s+tư)\s+"
                                r"(?:đầu\s+tư\s+)?(?:trong\s+nước|ddi|nội\s+địa)(?!\w)")


def names_domestic(ctx: FigureContext) -> bool:
    """A domestic-investment word in the figure's sentence after the last foreign-investment word."""
    domestic = last_match(_DOMESTIC_INVESTMENT, ctx.sentence_left)
    if domestic is not None and ctx.currency == "USD" and _DONG_PAIRED_AFTER.match(ctx.clause_right) \
            and ctx.sentence_left[max(0, domestic.start() - 8) : domestic.start()].endswith("dự án ") \
            and names_fdi(ctx.sentence_left[: domestic.start()]) and ")" not in ctx.sentence_left[domestic.start() :]:
        # "397 dự án FDI và 808 dự án trong nước, với vốn đăng ký 6.278 triệu USD và 172.796 tỷ đồng": the dollars are the
        # foreign projects', the đồng the domestic ones' (not counts in brackets: "(30 dự án FDI và 59 dự án trong nước) với
        # tổng vốn đăng ký 501,4 triệu USD …", the total's)
        return False
    if domestic is None:
        # "… 73,4 triệu USD của các dự án FDI và 564 tỷ đồng của các dự án DDI": the amount's own owner after it
        return _OWNED_BY_DOMESTIC.match(ctx.right) is not None
    own = TOPIC.search(NOUN_PHRASE.match(ctx.right).group())
    if own is not None and topic_name(own) == "fdi":
        return False  # "31 dự án trong nước và 9 dự án có vốn đầu tư nước ngoài": the figure names its own
    topic = last_match(TOPIC, ctx.sentence_left)
    return topic is None or topic_name(topic) != "fdi" or topic.end() < domestic.end()
