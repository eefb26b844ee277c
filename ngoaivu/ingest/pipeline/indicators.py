"""The indicator lexicon: which wording around a figure says which indicator it is.

A figure is read with three pieces of context, all case-folded: `left` (the words since the previous
figure or clause start: "kim ngạch xuất khẩu ước đạt"), `right` (the noun phrase that
follows it: "dự án FDI còn hiệu lực") and `sentence_left` (everything before it in the
sentence, for the topic a list of figures shares: FDI, ODA, foreign NGO aid).

This file reads the indicator (money, rates, counts) from that context; the catalogue,
`FigureContext` and the topic words are in `indicator_topics`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .goals import names_a_level
from .indicator_rates import goal_growth as _goal_growth
from .indicator_rates import rate_indicator as _rate_indicator
from .indicator_topics import INDICATORS, FigureContext, names_domestic, names_fdi, topic_around, topic_of
from .indicator_topics import TOPIC as _TOPIC
from .indicator_topics import TRADE as _TRADE
from .indicator_topics import last_match as _last
from .indicator_topics import topic_mentions as topic_mentions  # re-exported for its callers
from .indicator_topics import topic_of_indicator as topic_of_indicator  # re-exported for its callers
from .numbers import LEADS

# --- money ----------------------------------------------------------------------------

_TRADE_INDICATOR = {"trade": "trade_value", "export": "export_value", "import": "import_value", "local_export": "export_value"}
_FDI_SECTOR = re.compile(
    r"(?:khu\s+vực|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?(?:có\s+)?(?:vốn\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)"
)
_CAPITAL_WORD = re.compile(r"(?<!\w)vốn(?!\w)")
_BARE_TURNOVER = re.compile(r"(?<!\w)kim\s+ngạch\s+(?:đạt\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_REMITTANCE = re.compile(r"kiều\s+hối|tiền\s+(?:\w+\s+){0,2}gửi\s+về|gửi\s+(?:tiền\s+)?về\s+(?:nước|quê|gia\s+đình|cho\s+gia\s+đình)")
_MONEY_MEASURE = re.compile(
    r"(?P<committed>cam\s+kết|vận\s+động\s+được|tiếp\s+nhận)"
    r"|(?P<disbursed>giải\s+ngân|(?<!đang\s)thực\s+hiện)"
    # "bổ sung vào nền kinh tế": what flowed in, not the capital existing projects added
    r"|(?P<added>tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung(?!\s+vào\s+(?:nền\s+kinh\s+tế|tỉnh|địa\s+bàn)))"
    r"|(?P<capital>vốn)",
)
# Money that is not foreign investment even in a paragraph about it.
_DOMESTIC = re.compile(r"toàn\s+xã\s+hội|ngân\s+sách|trong\s+nước|(?<!\w)ddi(?!\w)|doanh\s+thu|nộp|thuế")
# "các dự án … đã được triển khai … với tổng giá trị": aid spent on projects carried out is disbursed
_AID_MEASURE = re.compile(
    r"(?P<committed>cam\s+kết|vận\s+động\s+được|tiếp\s+nhận)"
    r"|(?P<disbursed>giải\s+ngân|(?<!đang\s)thực\s+hiện|đã\s+(?:được\s+)?triển\s+khai)"
)
_IMPLEMENTED_CAPITAL = re.compile(
    r"vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài\s+|fdi\s+)?(?:thực\s+hiện|giải\s+ngân)|(?:thực\s+hiện|giải\s+ngân)\s+(?:được\s+)?(?:vốn|đạt)"
    r"|(?<!\w)giải\s+ngân(?!\w)[^\d,;()]{0,40}$"  # "các dự án FDI giải ngân khoảng 13,8 triệu USD"
)
_ADDED = re.compile(r"tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung\s+vốn")
# "lũy kế đến 30/9" is a running total at a date; "lũy kế 9 tháng" sums a span (a flow)
_RUNNING_TOTAL = r"l(?:ũy|uỹ)\s+kế(?!\s+(?:\d+\s+tháng|từ\s+đầu\s+năm|quý|cả\s+năm|năm\s+\d|\d+\s+năm))"
_CUMULATIVE = re.compile(rf"còn\s+hiệu\s+lực|{_RUNNING_TOTAL}")
# "Tổng vốn FDI đăng ký trên địa bàn hiện đã vượt 16 tỷ USD", "Đến nay, tỉnh đã thu hút tổng cộng 9 tỷ USD vốn FDI":
# the total standing now, not a period's flow (a span "từ đầu năm", "trong năm" keeps the flow)
_NOW_REACHED = re.compile(r"(?<!\w)hiện\s+(?:nay\s+|tại\s+)?(?:đã\s+)?(?:đạt\s+|vượt\s+|lên\s+|là\s+)?(?:mức\s+)?"
                          r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SUM_SO_FAR = re.compile(r"(?<!\w)tổng\s+cộng\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SO_FAR_LEAD = re.compile(r"\W*(?:tính\s+)?đến\s+nay(?!\w)")
_TOTAL_CAPITAL_WORDS = re.compile(r"tổng\s+(?:số\s+)?vốn")
# ("bình thường mới", "giai đoạn mới", "thời kỳ mới", "bối cảnh mới" speak of the times, not the capital)
_NEW = re.compile(r"cấp\s+mới|đăng\s+ký\s+mới|(?<!\w)(?<!thường\s)(?<!đoạn\s)(?<!kỳ\s)(?<!cảnh\s)mới(?!\w)")
# "(cấp mới: 175 triệu USD; tăng vốn: 123 triệu USD)": the one form named right before the amount
# is the amount's, whatever total the sentence named first
_OWN_FORM = re.compile(
    r"(?:(?P<new>cấp\s+mới|đăng\s+ký\s+mới)|(?P<added>tăng\s+vốn|tăng\s+thêm|điều\s+chỉnh\s+tăng(?:\s+vốn)?|bổ\s+sung\s+vốn))"
    r"\s*:?\s*(?:(?:đạt|là|khoảng|hơn|gần|trên)\s+)?$"
)
_NEW_AND_ADJUSTED = re.compile(
    r"(?:cấp\s+mới|đăng\s+ký\s+mới)\s*(?:và|,|hoặc)\s*(?:điều\s+chỉnh|tăng\s+vốn)"
    r"|(?:vốn\s+)?cấp\s+mới\s+(?:và|cộng)\s+(?:với\s+)?vốn\s+(?:bổ\s+sung|tăng\s+thêm)"  # "cộng cả vốn cấp mới và vốn bổ sung"
    r"|(?:điều\s+chỉnh(?:\s+tăng)?\s+vốn|tăng\s+vốn)\s*(?:và|,)\s*(?:cấp\s+mới|đăng\s+ký\s+mới)"
)
_CAPITAL_OF = {
    "fdi_new_projects": "fdi_new_capital",
    "fdi_active_projects": "fdi_total_capital",
    "fdi_adjusted_projects": "fdi_added_capital",
}
# "tiếp nhận 49 dự án viện trợ, trị giá 61 tỷ đồng": the value of the aid just counted
_AID_VALUE_OF = {"ngo_new_commitments": "ngo_committed", "ngo_projects": "ngo_committed"}


# "...quý III ước đạt 850 triệu USD; 9 tháng đầu năm đạt 2,62 tỷ USD": a clause that is
# only another period repeats the indicator of the figure before it.
_VALUE_OF_GROWTH = {"export_growth": "export_value", "import_growth": "import_value"}
_ELLIPTIC_PERIOD = re.compile(
    r"^[\s,;]*(?:(?:trong\s+khi|trong|riêng|tính\s+chung|chung|l(?:ũy|uỹ)\s+kế|cộng\s+dồn|cả|còn|đến|vào)\s+)?"
    r"(?:\d+\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+[ivx\d]+|cả\s+năm|năm|tháng\s+\d{1,2})(?:\s*/?\s*\d{4})?"
    r"\s*,?\s*(?:chỉ\s+|mới\s+)?(?:ước\s+)?(?:đạt|là|lên)?\s*(?:khoảng|trên|hơn|gần)?\s*$"
)


# "... toàn vùng đạt 8,4 tỷ USD; riêng tỉnh A chiếm 2,38 tỷ USD": a share of the figure before,
# named by whose it is, reports the same indicator.
_OWN_SHARE = re.compile(
    r"^[\s,;]*(?:riêng|còn|sang|với|từ|thị\s+trường)\s+(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s+)?[^\W\d_][^,;\d]{0,30}?"
    r"(?:chiếm|đạt|là|với|có)\s*(?:khoảng|hơn|gần|trên)?\s*$"
)


# "thu ngân sách từ hoạt động xuất nhập khẩu đạt 18.000 tỷ đồng": revenue collected on trade, not trade
_REVENUE_BEFORE = re.compile(r"(?<!\w)thu\s+(?:ngân\s+sách\s+(?:nhà\s+nước\s+)?)?(?:(?:từ|trên)\s+)?(?:hoạt\s+động\s+)?$")


def _standing_now(ctx: FigureContext) -> bool:
    if _SINCE.search(ctx.sentence_left):
        return False
    if "hiện" in ctx.left and _NOW_REACHED.search(ctx.left) and _TOTAL_CAPITAL_WORDS.search(ctx.left):
        return True
    return "tổng cộng" in ctx.left and _SUM_SO_FAR.search(ctx.left) is not None and _SO_FAR_LEAD.match(ctx.sentence_left) is not None


_TOTAL_RAISED = re.compile(r"(?<!\w)tổng\s+số\s+(?:dự\s+án|vốn)[^;.]{0,60}?(?:tăng|nâng)\s+lên\s")
_FRONTED_WITH = re.compile(r"\W*với\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?")


def _money_indicator(ctx: FigureContext) -> str | None:
    if ctx.sentence_previous is not None and (
        # "vượt mục tiêu … là 1,7 tỷ USD", "vượt chỉ tiêu 1,765 tỷ USD": the same measure's goal
        _ELLIPTIC_PERIOD.match(ctx.left) or _OWN_SHARE.match(ctx.left) or names_a_level(ctx.left, 0, len(ctx.left))
    ):
        # "kim ngạch xuất khẩu tăng bình quân 15%/năm; đến năm 2030 đạt 3 tỷ USD": the amount of the trade whose rise came before
        previous = _VALUE_OF_GROWTH.get(ctx.sentence_previous, ctx.sentence_previous)
        if INDICATORS[previous].unit == "money":
            return previous
    if _REMITTANCE.search(ctx.left):
        return "remittances"
    if ctx.sentence_previous in _TRADE_INDICATOR.values() and _FDI_SECTOR.search(ctx.left):
        return ctx.sentence_previous  # "xuất khẩu đạt 1,5 tỷ USD; khu vực FDI đạt 900 triệu": the sector's trade
    if _FDI_SECTOR.search(ctx.left) and not _CAPITAL_WORD.search(_FDI_SECTOR.sub(" ", ctx.left)):
        # "khu vực kinh tế có vốn đầu tư nước ngoài ước đạt 6,2 tỷ USD": the sector's output, not its capital
        return None
    trade, measure = _last(_TRADE, ctx.left), _last(_MONEY_MEASURE, ctx.left)
    if trade is not None and _REVENUE_BEFORE.search(ctx.left, max(0, trade.start() - 40), trade.start()):
        return None
    if trade is None and measure is None and _BARE_TURNOVER.search(ctx.left):
        trade = _last(_TRADE, ctx.sentence_left)  # "hàng hóa xuất nhập khẩu đạt 1 triệu tấn, kim ngạch 3 tỷ USD"
    if trade is None and measure is None and _FRONTED_WITH.fullmatch(ctx.left):
        # "Với gần 3,5 tỷ USD, tỉnh A trở thành địa phương có kim ngạch xuất khẩu cao nhất": the figure fronted,
        # its measure named after the subject
        trade = _TRADE.search(ctx.right)
    if trade is not None and (measure is None or trade.end() > measure.end()):
        return _TRADE_INDICATOR[trade.lastgroup]
    topic = topic_of(ctx)
    if topic is None and not _DOMESTIC.search(ctx.left) and _MONEY_MEASURE.search(ctx.left):
        topic = ctx.recent_topic if ctx.recent_topic == "fdi" else None
    if topic is None and ctx.paragraph_topic in ("ngo", "oda") and _AID_MEASURE.search(ctx.left):
        topic = ctx.paragraph_topic  # "... viện trợ PCPNN ... . Giá trị giải ngân ước đạt 8,2 triệu USD."
    if topic is None and ctx.recent_topic in ("ngo", "oda") and _AID_MEASURE.search(ctx.left) and not _DOMESTIC.search(ctx.left):
        topic = ctx.recent_topic  # the same, a paragraph later: "Riêng các khoản ký cam kết năm nay ..."
    cue = measure.lastgroup if measure is not None else None
    if topic in ("ngo", "oda"):
        # "giải ngân vốn ODA": the aid measure counts, not the word "vốn" after it
        aid = _last(_AID_MEASURE, ctx.left)
        disbursed = aid is not None and aid.lastgroup == "disbursed"
        if topic == "ngo":
            return "ngo_disbursed" if disbursed else "ngo_committed"
        return "oda_disbursed" if disbursed else None
    aid_value = _AID_VALUE_OF.get(ctx.previous_indicator or "")
    if aid_value is not None and topic in (None, "ngo"):
        aid = _last(_AID_MEASURE, ctx.left)
        return "ngo_disbursed" if aid is not None and aid.lastgroup == "disbursed" else aid_value
    linked = _CAPITAL_OF.get(ctx.previous_indicator or "")
    if topic != "fdi" and linked is None:
        return None  # "vốn đầu tư toàn xã hội" is not foreign investment
    if _IMPLEMENTED_CAPITAL.search(ctx.left):
        return "fdi_implemented_capital"
    if _NEW_AFTER.search(ctx.right):
        return "fdi_new_capital"
    if _ADDED_AFTER.search(ctx.right):
        return "fdi_added_capital"
    tail = ctx.left[-40:]
    own_form = _OWN_FORM.search(tail)
    before = tail[:own_form.start()].rstrip() if own_form is not None else None
    if before is not None and (before.endswith((";", "(", ",")) or (not before and len(ctx.left) <= 40)):
        return "fdi_new_capital" if own_form.lastgroup == "new" else "fdi_added_capital"
    if "lên" in ctx.sentence_left and _TOTAL_RAISED.search(ctx.sentence_left):
        return "fdi_total_capital"  # "nhờ các dự án mới, tổng số dự án đã tăng lên 900, với tổng vốn 3 tỷ USD": the stock now
    new, added = _NEW.search(ctx.left), cue == "added" or _ADDED.search(ctx.left)
    if (new and added) or _NEW_AND_ADJUSTED.search(ctx.sentence_left):
        return "fdi_registered_capital"  # "vốn đăng ký mới và tăng thêm"
    if added:
        return "fdi_added_capital"
    if linked is not None:
        return linked
    if _CUMULATIVE.search(ctx.left) or _standing_now(ctx):
        return "fdi_total_capital"
    return "fdi_new_capital" if new else "fdi_registered_capital"


# --- counts -------------------------------------------------------------------------------

_RIGHT_WORDS = 14  # how far into the noun phrase a count's kind is looked for


@dataclass(frozen=True)
class CountRule:
    indicator: str
    head: re.Pattern  # the counted noun, right after the number
    phrase: re.Pattern | None = None  # must occur in the noun phrase
    relation: re.Pattern | None = None  # must occur around the number (before it, or in its noun phrase)


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern)


_EVENT = r"(?:cuộc|hoạt\s+động|sự\s+kiện|chương\s+trình|hội\s+nghị|hội\s+thảo|đợt|lượt|buổi|đoàn|diễn\s+đàn)"
_ABROAD = r"(?:ở|tại|ra)\s+nước\s+ngoài|nước\s+ngoài"
COUNT_RULES = (
    CountRule("ngo_promotion_conferences", _rx(rf"^\s*{_EVENT}"), _rx(r"vận\s+động\s+viện\s+trợ|viện\s+trợ\s+phi\s+chính\s+phủ|pcpnn")),
    CountRule("investment_promotion_abroad", _rx(rf"^\s*{_EVENT}"), _rx(rf"xúc\s+tiến.*(?:{_ABROAD})|(?:{_ABROAD}).*xúc\s+tiến")),
    # "6 hoạt động xúc tiến đầu tư trong và ngoài nước": home and abroad together, neither count
    CountRule("investment_promotion_domestic", _rx(rf"^\s*{_EVENT}"), _rx(r"xúc\s+tiến(?!.*?trong\s+và\s+ngoài\s+nước)")),
    CountRule("intl_conferences", _rx(r"^\s*(?:cuộc\s+)?(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn)"), _rx(r"quốc\s+tế")),
    CountRule("delegation_exchanges", _rx(rf"^\s*{_EVENT}"), _rx(r"^\s*(?:\w+\s+){0,4}?(?:trao\s+đổi\s+)?đoàn|đoàn\s+(?:ra|vào)")),
    CountRule("cultural_events", _rx(rf"^\s*{_EVENT}"), _rx(r"văn\s+hóa|văn\s+hoá")),
    CountRule("friendship_associations", _rx(r"^\s*hội\s+hữu\s+nghị")),
    CountRule(
        "agreements_signed",
        _rx(r"^\s*(?:văn\s+bản\s+|bản\s+)?(?:thỏa\s+thuận|thoả\s+thuận|biên\s+bản|ghi\s+nhớ|hiệp\s+định|văn\s+kiện|văn\s+bản|mou)"),
    ),
    CountRule(
        "partner_localities",
        _rx(r"^\s*(?:địa\s+phương|tỉnh|thành\s+phố|tỉnh\s*/\s*thành(?:\s+phố)?|tỉnh,\s+thành(?:\s+phố)?|bang|vùng)"),
        # "26 địa phương thuộc 12 quốc gia": the noun phrase stops at the next figure
        _rx(
            r"nước\s+ngoài|thế\s+giới|các\s+nước|quốc\s+tế|của\s+nước|"
            r"(?:thuộc|của|ở|tại|đến\s+từ)\s+(?:(?:các|\d+)\s+)?(?:quốc\s+gia|nước|vùng\s+lãnh\s+thổ)|"
            r"^\s*(?:\w+\s+){1,3}?(?:thuộc|của|ở|tại|đến\s+từ)\s*$"
        ),
        _rx(r"quan\s+hệ|hợp\s+tác|kết\s+nghĩa|hữu\s+nghị|thỏa\s+thuận|thoả\s+thuận"),
    ),
    CountRule("ngo_organizations", _rx(r"^\s*tổ\s+chức\s+(?:phi\s+chính\s+phủ|pcpnn|ngo)")),
    CountRule("intl_organizations", _rx(r"^\s*tổ\s+chức\s+quốc\s+tế")),
)

# "thiết lập quan hệ đối tác với gần 50 tổ chức PCPNN": partners won over the years, not those working here now
_RELATIONS_SET_UP = _rx(
    r"(?:thiết\s+lập|xây\s+dựng|mở\s+rộng|kết\s+nối|tạo\s+dựng)\s+(?:(?:mối\s+)?quan\s+hệ\s+)?(?:(?:đối\s+tác|hợp\s+tác|hữu\s+nghị)\s+)*"
    r"với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_BARE_ORGANIZATIONS = _rx(
    r"^\s*(?:tổ\s+chức(?!\s+(?:quốc\s+tế|chính\s+phủ|tín\s+dụng|kinh\s+tế|đoàn|đảng|hội|thành\s+công|thực\s+hiện|các))"
    r"|nhà\s+tài\s+trợ)"  # "tỉnh có khoảng 22 nhà tài trợ" in a text on aid
)
# "tặng Bằng khen cho 11 tổ chức, cá nhân": those honoured, not a tally of the work
_AWARDED = _rx(
    r"(?:khen\s+thưởng|(?:tặng|trao)\s+(?:bằng|giấy)\s+khen|(?:tặng|trao)\s+(?:huân|huy|kỷ\s+niệm)\s+chương)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:cho\s+)?$"
)
_SHARE_LEAD = _rx(r"(?:trong\s+số\s+(?:này|đó|đấy)|trong\s+đó|(?<!\w)chỉ|riêng)\s*,?\s*(?:có\s+)?$")  # "Trong số này, 80 tổ chức"
_SHARES = _rx(r"trong\s+số\s+(?:này|đó|đấy)|trong\s+đó")
_PROJECT_HEAD = _rx(r"^\s*(?:lượt\s+)?(?:chương\s+trình|dự\s+án|khoản\s+viện\s+trợ)")
# "chương trình" heads both projects and events: projects when "dự án"/"viện trợ" follows closely
_PROJECT_PHRASE = _rx(r"^\s*(?:lượt\s+)?(?:dự\s+án|khoản\s+viện\s+trợ|chương\s+trình\s*,?\s*(?:\w+\s+)?(?:dự\s+án|viện\s+trợ))")
_ADJUSTED = _rx(r"điều\s+chỉnh")
_RAISING_HEAD = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:(?:fdi|[^\W\d_]+)\s+){0,2}?(?:đăng\s+ký\s+)?tăng\s+vốn(?!\w)")
_IN_FORCE = _rx(
    rf"còn\s+hiệu\s+lực|(?<!\w)dự\s+án\s+(?:còn\s+)?hiệu\s+lực|{_RUNNING_TOTAL}|đang\s+(?:hoạt\s+động|đầu\s+tư)|quản\s+lý|hiện\s+có|đang\s+triển\s+khai|"
    r"(?:tính\s+)?đến\s+nay|hiện\s+nay|hiện\s+tại|(?<!\w)hiện\s+(?:\w+\s+){0,6}có"
)
# "đến cuối năm 2024, thành phố có 1.012 dự án FDI": a count held at a date reached is the stock
_HAS = _rx(r"(?<!\w)có\s+(?:tổng\s+(?:cộng\s+|số\s+)?)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_REACHED = _rx(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?(?:năm|ngày|tháng|thời\s+điểm|nay|\d)|l(?:ũy|uỹ)\s+kế")
# "đến tháng 6 tỉnh có 640 dự án, gồm ... và 128 dự án nước ngoài": the parts of a stock are stocks
# "Tính đến tháng 6/2021, Hàn Quốc dẫn đầu về vốn đầu tư với 45 dự án": a country ranked by what it holds
# at a date (ranked "trong 6 tháng", by what it brought in the period)
_RANKED_TO_DATE = _rx(r"^\W*(?:tính\s+|l(?:ũy|uỹ)\s+kế\s+)?(?:đến|tới)\s+[^,;]{0,30},[^;]*?(?:(?:dẫn|đứng)\s+đầu|(?:đứng|xếp)\s+thứ)")
_SPLIT = _rx(r"(?<!\w)(?:gồm|bao\s+gồm|trong\s+đó)(?!\w)")
# "tính đến đầu tháng 10, các doanh nghiệp Hàn Quốc đã đầu tư vào tỉnh hơn 400 dự án": what investors have put
# into the province by a date is what it holds then (not a span "từ đầu năm đến …")
_INVESTED_INTO = _rx(r"(?<!\w)đã\s+đầu\s+tư\s+vào\s+(?:tỉnh|thành\s+phố|địa\s+bàn)(?:\s+[^\W\d_]+){0,3}?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SINCE = _rx(r"(?<!\w)từ\s+(?:đầu|ngày|tháng|năm|\d)|tháng\s+đầu\s+năm|(?<!\w)trong\s+(?:năm|kỳ|tháng|quý)(?!\w)")
_HELD_AT = _rx(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm|ngày|tháng|thời\s+điểm|nay|\d)[^;]*?(?<!\w)có\s")
_NEW_PROJECTS = _rx(r"cấp\s+mới|đăng\s+ký\s+mới|(?:dự\s+án|fdi)\s+mới|thu\s+hút\s+mới")
_MOBILIZING = _rx(r"vận\s+động|kêu\s+gọi|đề\s+xuất|tìm\s+kiếm")
_NEW_COMMITMENT = _rx(
    r"mới\s+(?:được\s+)?(?:ký\s+)?cam\s+kết|ký\s+cam\s+kết|cam\s+kết\s+mới|(?:được\s+)?phê\s+duyệt|tiếp\s+nhận\s+mới|"
    r"^\s*(?:chương\s+trình,?\s+)?(?:dự\s+án|khoản\s+viện\s+trợ)\s+mới"
)
_AID_WON = _rx(r"vận\s+động\s+(?:thêm\s+)?được|tiếp\s+nhận|(?<!\w)thêm\s+được|phê\s+duyệt")
# "đã tiếp nhận và triển khai thực hiện 31 chương trình, dự án": the verb that governs the count says
# carried out, so the programmes under way (the new ones follow, "trong đó tiếp nhận mới 16")
_CARRIED_OUT = _rx(r"(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?\s*(?:được\s+)?$")
_QUOTA_HEAD = _rx(r"^\s*chỉ\s+tiêu(?!\w)")
_WORK_ABROAD_QUOTA = _rx(r"chỉ\s+tiêu\s+(?:[^\W\d_]+\s+){0,4}?(?:lao\s+động|làm\s+việc)\s+(?:[^\W\d_]+\s+){0,3}?(?:ở|tại|ra)\s+nước\s+ngoài"
                         r"|chỉ\s+tiêu\s+xuất\s+khẩu\s+lao\s+động")
PEOPLE_HEAD = _rx(r"^\s*(?:lượt\s+)?(?:người|lao\s+động|thực\s+tập\s+sinh)")
_ABROAD_PLACE = _rx(r"(?:ở|tại|ra)\s+nước\s+ngoài|xuất\s+cảnh|làm\s+việc\s+theo\s+hợp\s+đồng|(?<!\w)sang\s+(?!làm|học|năm|tháng|giai|thời)(?=[^\W\d_])")
_WORK = _rx(r"lao\s+động|làm\s+việc|thực\s+tập|xuất\s+khẩu\s+lao\s+động")
_VISITS_HEAD = _rx(r"\s*lượt\s+(?:người|khách|cán\s+bộ|đại\s+biểu)")
# "đứng thứ 3 vùng … và thứ 18 cả nước": the second standing of the same verb
_RANK_BEFORE = _rx(r"(?:đứng|xếp)\s+(?:thứ\s+)?(?:hạng\s+)?$|(?:đứng|xếp)\s+thứ[^.;]{1,80}?(?:\s+và|,)\s+thứ\s+$")
_RANK_AFTER = _rx(r"^(?:\s*/\s*\d+)?\s+(?:\w+\s+){0,3}?(?:cả\s+nước|toàn\s+quốc)")
_NOW_LEAD = _rx(r"\W*(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay)(?!\w)")
_OTHER_MEASURE = _rx(
    r"grdp|tăng\s+trưởng|xuất\s+khẩu|nhập\s+khẩu|ngân\s+sách|(?<!\w)pci(?!\w)|(?<!\w)par\s+index|du\s+lịch|chỉ\s+số"
    r"|thu\s+nhập|bán\s+lẻ|công\s+nghiệp|nông\s+nghiệp|dân\s+số|diện\s+tích"
)
_ONE_OF = _rx(r"một\s+trong\s+(?:số\s+)?$")
_SIGNED_WITH = _rx(
    r"(?<!\w)ký(?:\s+kết)?\s+(?:các\s+)?(?:văn\s+bản\s+|bản\s+)?(?:thỏa\s+thuận|thoả\s+thuận|biên\s+bản\s+ghi\s+nhớ|ghi\s+nhớ|hiệp\s+định|mou)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_PARTIES_HEAD = _rx(r"\s*(?:tổ\s+chức|đối\s+tác|địa\s+phương|đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|tập\s+đoàn|trường|quỹ)(?!\w)")
_LEADER_NAMED = _rx(r"^\s*là\s+(?:tỉnh|thành\s+phố|tp\.?)\s")
_TOPIC_FDI = _rx(r"^\s*(?:về\s+)?(?:thu\s+hút|hút)\s+(?:vốn\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi|vốn\s+ngoại)")


def _head_words(text: str) -> str:
    return " ".join(text.split()[:_RIGHT_WORDS])


# "10 dự án đi vào hoạt động", "nâng số dự án đang hoạt động lên 982" after it: projects that
# started operating are no indicator (neither licensed in the period nor the stock in force)
_OPERATING = _rx(r"đi\s+vào\s+(?:hoạt\s+động|sản\s+xuất|vận\s+hành|khai\s+thác)|hoàn\s+thành\s+xây\s+dựng")
# "765 dự án trong nước", "92 dự án là của nhà đầu tư trong nước": domestic projects
_DOMESTIC_PROJECTS = _rx(r"^\s*(?:lượt\s+)?dự\s+án\s+(?:[^\W\d_]+\s+){0,5}?(?:trong\s+nước|nội\s+địa)")


def _project_indicator(ctx: FigureContext, right: str) -> str | None:
    topic = topic_around(ctx)
    near = ctx.left + " " + right
    if _DOMESTIC_PROJECTS.search(right) or _OPERATING.search(ctx.left + " " + ctx.right):
        return None
    if topic == "fdi":
        if _NEW_AND_ADJUSTED.search(near):
            return None  # "cấp mới và điều chỉnh vốn cho 13 dự án": new and adjusted together
        if _ADJUSTED.search(near) or _RAISING_HEAD.match(right):
            return "fdi_adjusted_projects"  # "cho 6 dự án tăng vốn": projects raising their capital
        if _NEW_PROJECTS.search(near):
            return "fdi_new_projects"  # "từ đầu năm đến nay cấp mới 4 dự án": new, whatever the date
        in_force = _IN_FORCE.search(near) or (_HAS.search(ctx.left) and _REACHED.search(ctx.sentence_left)) \
            or ("đầu tư vào" in ctx.left and _INVESTED_INTO.search(ctx.left) and _REACHED.search(ctx.sentence_left)
                and not _SINCE.search(ctx.sentence_left)) \
            or (ctx.foreign_investor and (_NOW_LEAD.match(ctx.sentence_left) or _RANKED_TO_DATE.search(ctx.sentence_left))) \
            or (_SPLIT.search(ctx.sentence_left) and (_IN_FORCE.search(ctx.sentence_left) or _HELD_AT.search(ctx.sentence_left)))
        return "fdi_active_projects" if in_force else "fdi_new_projects"
    if topic == "oda":
        return "oda_mobilizing_projects" if _MOBILIZING.search(near) else "oda_projects"
    if topic == "ngo":
        new = _NEW_COMMITMENT.search(right) or (_AID_WON.search(ctx.left) and not _CARRIED_OUT.search(ctx.left))
        return "ngo_new_commitments" if new else "ngo_projects"
    return None


_JOBS_AT_HOME = re.compile(
    r"(?:giải\s+quyết\s+việc\s+làm|tạo\s+(?:ra\s+)?việc\s+làm|việc\s+làm\s+mới|chuyển\s+dịch|chuyển\s+đổi\s+nghề)"
    r"(?:\s+[^\d\s,.;:]+){0,4}?\s+(?:cho\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$"
)


_WITH_AMOUNT = re.compile(r"\s*với\s+(?:(?:khoảng|hơn|gần|trên|tổng\s+vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?)\s+)*$")


def _count_indicator(ctx: FigureContext) -> str | None:
    if _ONE_OF.search(ctx.left) or _AWARDED.search(ctx.left):
        return None  # "một trong 04 tỉnh": a ranking, not a count
    if ctx.out_of == LEADS:  # "dẫn đầu cả nước về thu hút FDI": first
        if _TOPIC_FDI.search(ctx.right):
            return "fdi_rank"
        # "(… vốn FDI …). Dẫn đầu là tỉnh A với 5 tỷ USD", "A đứng đầu cả nước với hơn 3,9 tỷ USD": first, on the
        # FDI just spoken of
        return "fdi_rank" if (_LEADER_NAMED.match(ctx.right) or _WITH_AMOUNT.match(ctx.right)) \
            and (ctx.paragraph_topic or ctx.recent_topic) == "fdi" else None
    if _RANK_BEFORE.search(ctx.left) and (ctx.out_of is not None or _RANK_AFTER.search(ctx.right)):
        if topic_of(ctx) == "fdi" or _TOPIC.search(ctx.right):
            return "fdi_rank"
        # "Nghệ An đã vươn lên 2 bậc, xếp thứ 6/63" after a paragraph on FDI, no other measure named
        fdi_around = (ctx.paragraph_topic or ctx.recent_topic) == "fdi"
        return "fdi_rank" if fdi_around and not _OTHER_MEASURE.search(ctx.sentence_left) else None
    right = _head_words(ctx.right)
    if "ký" in ctx.left and _SIGNED_WITH.search(ctx.left) and _PARTIES_HEAD.match(right):
        return "agreements_signed"  # "ký thỏa thuận hợp tác với 6 tổ chức": one agreement with each
    if _PROJECT_PHRASE.search(right):
        return _project_indicator(ctx, right)
    if _QUOTA_HEAD.search(right) and _WORK_ABROAD_QUOTA.search(ctx.sentence_left):
        return "workers_abroad"  # "giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài … 1.800 chỉ tiêu"
    if PEOPLE_HEAD.search(right):
        if ("việc làm" in ctx.left or "chuyển" in ctx.left) and _JOBS_AT_HOME.search(ctx.left):
            return None  # "giải quyết việc làm mới cho 25.000 lao động", "chuyển dịch 6.299 lao động": jobs at home
        if _VISITS_HEAD.match(right):
            return None  # "79 đoàn với 368 lượt người sang thăm và làm việc tại …": visits of a delegation, no workers
        near = ctx.left + " " + right
        abroad = _ABROAD_PLACE.search(near) or ctx.abroad
        return "workers_abroad" if abroad and _WORK.search(near) or "xuất khẩu lao động" in near else None
    for rule in COUNT_RULES:
        if not rule.head.search(right):
            continue
        if rule.phrase is not None and not rule.phrase.search(right):
            continue
        if rule.relation is not None and not (rule.relation.search(ctx.left) or rule.relation.search(right)):
            continue
        if rule.indicator in ("ngo_organizations", "intl_organizations") and _RELATIONS_SET_UP.search(ctx.left):
            return None
        return rule.indicator
    if _BARE_ORGANIZATIONS.search(right) and topic_around(ctx) == "ngo" and not _SHARE_LEAD.search(ctx.left) \
            and not _RELATIONS_SET_UP.search(ctx.left) \
            and not _SHARES.search(ctx.sentence_left):
        return "ngo_organizations"  # "197 dự án của 38 tổ chức" in a text on aid
    return _project_indicator(ctx, right) if _PROJECT_HEAD.search(right) else None


# "tăng 3 văn bản so với năm 2025", "giảm 20 triệu USD so với cùng kỳ": a difference, not a value
_DIFFERENCE_BEFORE = re.compile(r"(?:t(?<!\wt)ăng|g(?<!\wg)iảm)\s+(?:thêm\s+|đi\s+)?$")
_COMPARED_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?so\s+với")
# "1 tỷ USD vốn cấp mới", "200 triệu USD vốn tăng thêm": the measure named after the amount
_NEW_AFTER = re.compile(r"^\s*(?:vốn\s+)?(?:đầu\s+tư\s+)?(?:cấp\s+mới|đăng\s+ký\s+mới)")
_ADDED_AFTER = re.compile(r"^\s*(?:vốn\s+)?(?:tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung)")


def indicator_for(ctx: FigureContext) -> str | None:
    """The indicator a figure reports, or None when the wording says none we track."""
    code = _indicator_for(ctx)
    if code is not None and code.startswith("fdi_") and code != "fdi_rank":
        if names_domestic(ctx):
            return None
        if ctx.currency == "VND" and not names_fdi(ctx.left + " " + ctx.right[:40]):
            return None  # foreign investment is counted in dollars: "15.000 tỷ đồng" with an inherited topic is not
    return code


# "mỗi huyện 250 lao động": one unit's share of the province's total; "400 lao động trên địa bàn
# huyện": a district's own figure (a province's text may quote its districts)
_PER_UNIT = re.compile(r"m(?<!\wm)ỗi\s+(?:huyện|xã|phường|thị\s+xã|địa\s+phương|đơn\s+vị)\s+$")
_DISTRICT = re.compile(r"(?:trên\s+địa\s+bàn|toàn|của)\s+huyện(?![\w,]*\s+(?:và|,)?\s*(?:tỉnh|thành\s+phố))(?!\w)")
_PROVINCE_AGAIN = re.compile(r"(?:t(?<!\wt)ỉnh|t(?<!\wt)hành\s+phố|t(?<!\wt)oàn\s+tỉnh)(?!\w)")


def _district_s(ctx: FigureContext) -> bool:
    # (every match has the word "huyện": no search where it is not written)
    if ("huyện" in ctx.left and _DISTRICT.search(ctx.left)) \
            or ("huyện" in ctx.right and _DISTRICT.search(" ".join(ctx.right.split()[:8]))):
        return True
    district = _last(_DISTRICT, ctx.sentence_left) if "huyện" in ctx.sentence_left else None
    return district is not None and not _PROVINCE_AGAIN.search(ctx.sentence_left, district.end())


def _indicator_for(ctx: FigureContext) -> str | None:
    if ctx.kind == "percent" and (goal := _goal_growth(ctx)) is not None:
        return goal  # "phấn đấu xuất khẩu tăng 15% so với năm 2025": the goal's growth, not a difference
    if _DIFFERENCE_BEFORE.search(ctx.left) and _COMPARED_AFTER.search(ctx.right):
        return None
    if _PER_UNIT.search(ctx.left) or _district_s(ctx):
        return None
    if ctx.kind == "money":
        return _money_indicator(ctx)
    if ctx.kind == "percent":
        return _rate_indicator(ctx)
    indicator = _count_indicator(ctx)
    if indicator is None and ctx.scaled:
        indicator = _money_indicator(ctx)  # "vốn đăng ký 25 triệu": the currency is implied
        return indicator if indicator is not None and INDICATORS[indicator].unit == "money" else None
    return indicator
