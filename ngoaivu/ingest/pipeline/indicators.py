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

from .catalog_orgs import names_a_donor_government, names_an_official_donor
from .fast_scan import letter_led
from .goals import names_a_level
from .indicator_counts import _RUNNING_TOTAL, _SINCE, NEW_AND_ADJUSTED, PUT_FORWARD_AFTER, count_indicator
from .indicator_counts import PEOPLE_HEAD as PEOPLE_HEAD  # re-exported for its callers
from .indicator_rates import goal_growth as _goal_growth
from .indicator_rates import rate_indicator as _rate_indicator
from .indicator_topics import (
    INDICATORS,
    TOPIC,
    FigureContext,
    names_domestic,
    names_fdi,
    topic_name,
    topic_of,
    trades_in_turn,
)
from .indicator_topics import TRADE as _TRADE
from .indicator_topics import last_match as _last
from .indicator_topics import topic_mentions as topic_mentions  # re-exported for its callers
from .indicator_topics import topic_of_indicator as topic_of_indicator  # re-exported for its callers

# --- money ----------------------------------------------------------------------------

TRADE_INDICATOR = {"trade": "trade_value", "export": "export_value", "import": "import_value", "local_export": "export_value"}
_FDI_SECTOR = re.compile(
    r"(?:khu\s+vực|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?(?:có\s+)?(?:vốn\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)"
)
# "nhờ phần đóng góp lớn của khối doanh nghiệp FDI, kim ngạch xuất khẩu của tỉnh …": the sector as a cause, the figure the province's
_SECTOR_AS_CAUSE = re.compile(r"(?<!\w)(?:nhờ|do|với\s+sự)\s[^,;.\d]{0,40}?(?:khu\s+vực|doanh\s+nghiệp)[^,;.\d]{0,40},[^,;.\d]{0,40}?"
                              r"(?:của\s+(?:tỉnh|thành\s+phố|địa\s+phương)|toàn\s+tỉnh)")
_CAPITAL_WORD = re.compile(r"(?<!\w)vốn(?!\w)")
# "có 37 doanh nghiệp FDI với tổng vốn đầu tư trên 3,4 tỷ USD": what the foreign firms there hold, a stock
_FIRMS_HOLDING = re.compile(r"\d[\d.,]*\s+doanh\s+nghiệp\s+(?:fdi|(?:có\s+)?vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài)[^.;\d]{0,90}?"
                            r"(?:với\s+)?(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_ALL_SOURCES_AFTER = re.compile(r"(?:tính\s+chung|gồm|bao\s+gồm|kể\s+cả)\s+(?:cả\s+)?(?:mọi|tất\s+cả\s+các|các)\s+nguồn\s+vốn")
_CHARTER_CAPITAL_BEFORE = re.compile(r"vốn\s+điều\s+lệ\s+(?:là\s+|đạt\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_ALLOCATED_BEFORE = re.compile(r"(?<!\w)bố\s+trí(?:\s+(?:thêm|được|vốn|kinh\s+phí|ngân\s+sách))*\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_COUNTERPART_FUNDS = re.compile(r"\s*(?:vốn|kinh\s+phí)\s+đối\s+ứng(?!\w)")
_CUT_BY = re.compile(r"(?<!\w)giảm\s+(?:vốn\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "Tổng kinh phí thực hiện Kế hoạch hơn 7,3 tỷ đồng": the document's own budget, neither aid nor investment
_DOCUMENT_BUDGET_BEFORE = re.compile(
    r"kinh\s+phí\s+(?:để\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?:kế\s+hoạch|chương\s+trình|đề\s+án)(?:\s+này)?\s+"
    r"(?:(?:là|đạt|dự\s+kiến|khoảng|hơn|gần|trên)\s+)*$")
# ("kim ngạch 6 tháng đầu năm đã nâng lên 2,03 tỷ USD": its period between the word and the amount)
_BARE_TURNOVER = re.compile(r"(?<!\w)kim\s+ngạch\s+(?:(?:(?:\d+|[^\W\d_]+)\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|cả\s+năm(?:\s+\d{4})?"
                            r"|quý\s+[ivx\d]+(?:\s*/\s*\d{4})?|năm\s+\d{4})\s*,?\s+)?(?:(?:ước|dự\s+kiến)(?:\s+tính)?\s+)?"
                            r"(?:(?:đã\s+)?(?:đạt|nâng\s+lên|tăng\s+lên)\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
# ("lượng ngoại tệ do người lao động ở nước ngoài gửi về tỉnh": what workers abroad send home)
_REMITTANCE = re.compile(r"kiều\s+hối|tiền\s+(?:\w+\s+){0,2}gửi\s+về|gửi\s+(?:tiền\s+)?về\s+(?:nước|quê|gia\s+đình|cho\s+gia\s+đình)"
                         r"|ngoại\s+tệ[^,;.\d]{0,60}?(?:gửi|chuyển)\s+về")
_EACH_WORKER = re.compile(r"(?<!\w)mỗi\s+(?:lao\s+động|người|lượt)")  # "bình quân mỗi lao động gửi về 20 triệu đồng": one's
_SENT_HOME = re.compile(r"(?<!\w)gửi\s+về(?:\s+(?:nước|quê|quê\s+hương|gia\s+đình|tỉnh))?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+|ước\s+)?$")
_MONEY_MEASURE = re.compile(
    r"(?P<committed>cam\s+kết|vận\s+động\s+được|tiếp\s+nhận)"
    r"|(?P<disbursed>giải\s+ngân|(?<!đang\s)(?<!ước\s)thực\s+hiện)"  # ("xuất khẩu ước thực hiện": the outturn estimated)
    # "bổ sung vào nền kinh tế": what flowed in, not the capital existing projects added
    r"|(?P<added>tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung(?!\s+vào\s+(?:nền\s+kinh\s+tế|tỉnh|địa\s+bàn)))"
    r"|(?P<capital>vốn)",
)
# "xuất siêu 220 triệu USD", "cán cân thương mại thặng dư …": a balance of trade, no indicator
_TRADE_BALANCE = re.compile(r"(?:xuất|nhập)\s+siêu|cán\s+cân\s+thương\s+mại|(?:thặng\s+dư|thâm\s+hụt)\s+thương\s+mại")
# Money that is not foreign investment even in a paragraph about it.
_STOCK_CODES = ("fdi_total_capital", "fdi_active_projects")
_RANKED_INVESTOR_WITH = re.compile(r"nhà\s+đầu\s+tư\s+(?:nước\s+ngoài\s+)?lớn\s+(?:nhất|thứ\s+[^\W\d_]+)[^.;\d]{0,40}?\s+với\s+"
                                   r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# the economy's, a wage's or a gift's measure named last before an amount, in its clause
_ECONOMY_REACH = 80
_ECONOMY_MEASURE = re.compile(r"(?<!\w)(?:grdp|tổng\s+sản\s+phẩm|(?:mức\s+|tiền\s+)lương|thu\s+nhập(?:\s+bình\s+quân)?"
                              r"|thu\s+ngân\s+sách|kiều\s+bào\s+(?:đã\s+)?(?:đóng\s+góp|ủng\s+hộ)|(?<=đóng\s)thuế|(?<=nộp\s)thuế)(?!\w)[^\d,;.:]{0,40}$")
# an amount named as domestic capital right after it ("2.300 tỷ đồng vốn đầu tư trong nước", "59.000 tỷ đồng vốn đăng ký
# kinh doanh trong nước", "8.000 tỷ đồng của các nhà đầu tư trong nước")
_DOMESTIC_MONEY_AFTER = re.compile(r"\s*(?:vốn\s+)?(?:(?:đầu\s+tư|đăng\s+ký|kinh\s+doanh)\s+)*(?:của\s+(?:các\s+)?(?:nhà\s+đầu\s+tư|"
                                   r"doanh\s+nghiệp|dự\s+án)\s+)?(?:trong\s+nước|nội\s+địa|\(?\s*ddi)(?!\w)")
_DOMESTIC = re.compile(r"toàn\s+xã\s+hội|ngân\s+sách|trong\s+nước|(?<!\w)ddi(?!\w)|doanh\s+thu|nộp|thuế")
# "các dự án … đã được triển khai … với tổng giá trị": aid spent on projects carried out is disbursed
_TOTAL_COST_REACH = 40
_AID_MEASURE = re.compile(
    r"(?P<committed>cam\s+kết|vận\s+động\s+được|tiếp\s+nhận)"
    # ("giá trị giải ngân tiếp nhận viện trợ": what was received in disbursements)
    r"|(?P<disbursed>giải\s+ngân(?:\s+(?:và\s+)?tiếp\s+nhận)?|(?<!đang\s)thực\s+hiện|đã\s+(?:được\s+)?triển\s+khai)"
)
# ODA the province received, the amount right after the words: "Vốn ODA đạt hơn 14.800 tỷ đồng" over a span, "tỉnh tiếp
# nhận 180 triệu USD vốn ODA", "tiếp nhận vốn ODA đạt …" (not "tiếp nhận thêm dự án … tổng vốn 50 triệu USD", a project's cost)
_ODA_RECEIVED = letter_led(r"(?:(?<!\w)tiếp\s+nhận\s+(?:được\s+)?(?:(?:vốn|nguồn)\s+oda\s+(?:đạt\s+)?)?"
                          r"|(?<!\w)(?<!thuộc\s)(?<!ngoài\s)(?:vốn|nguồn)\s+oda\s+(?:của\s+(?:tỉnh|thành\s+phố)\s+)?(?:ước\s+)?đạt\s+)"
                          r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "… và 200 triệu USD vốn được giải ngân": the capital disbursed, named after the amount
_IMPLEMENTED_AFTER = re.compile(r"\s*vốn\s+(?:fdi\s+)?(?:đã\s+|được\s+)*(?:giải\s+ngân|thực\s+hiện)(?!\w)")
_ODA_PROJECTS_RECEIVED = re.compile(r"(?<!\w)tiếp\s+nhận\s+(?:được\s+)?(?:(?:vốn|nguồn)\s+)?oda\s+cho(?!\w)")
_VALUE_OF_THE_PROJECTS = re.compile(r"(?:với\s+)?(?:tổng\s+)?(?:giá\s+trị|số\s+vốn|vốn)(?:\s+là)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_IMPLEMENTED_CAPITAL = letter_led(
    r"vốn\s+(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài\s+|fdi\s+)?(?:đã\s+)?(?:được\s+)?(?:triển\s+khai\s+)?(?:thực\s+hiện|giải\s+ngân)|(?:thực\s+hiện|giải\s+ngân)\s+(?:được\s+)?(?:vốn|đạt)"
    r"|(?<!\w)giải\s+ngân(?!\w)[^\d,;()]{0,40}$"  # "các dự án FDI giải ngân khoảng 13,8 triệu USD"
)
# "vốn đầu tư phát triển trên địa bàn ước đạt 9.823 tỷ đồng; trong đó vốn Nhà nước …, vốn đầu tư trực tiếp nước ngoài đạt
# 2.726,8 tỷ đồng": the foreign part of the investment made in a period is capital put to work, not registered
_PART_OF_INVESTMENT_MADE = re.compile(
    r"vốn\s+đầu\s+tư\s+phát\s+triển(?:[^.]|\.(?=\d))*?(?:trong\s+đó|bao\s+gồm|gồm)(?:[^.]|\.(?=\d))*$")
# ("gồm vốn đăng ký cấp mới, vốn điều chỉnh và vốn góp": the capital adjusted, named as a part)
# ("vốn FDI điều chỉnh của thành phố đạt …")
_ADDED = re.compile(r"tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung\s+vốn|vốn\s+(?:fdi\s+|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài\s+)?điều\s+chỉnh")
_CUMULATIVE = re.compile(rf"còn\s+hiệu\s+lực|{_RUNNING_TOTAL}")
# "Tổng vốn FDI đăng ký trên địa bàn hiện đã vượt 16 tỷ USD", "Đến nay, tỉnh đã thu hút tổng cộng 9 tỷ USD vốn FDI":
# the total standing now, not a period's flow (a span "từ đầu năm", "trong năm" keeps the flow)
# ("… trên địa bàn tỉnh đến nay đạt 1,1 tỷ USD" too)
_NOW_REACHED = re.compile(r"(?:(?<!\w)hiện\s+(?:nay\s+|tại\s+)?|(?<!\w)(?:tính\s+)?đến\s+nay\s+)(?:đã\s+)?(?:đạt\s+|vượt\s+|lên\s+|là\s+)?(?:mức\s+)?"
                          r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("Lũy kế đến nay, tỉnh đứng thứ 2 cả nước …, với tổng vốn …": the running total opens the sentence)
_NOW_OPENING = re.compile(r"\W*(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|tính\s+đến\s+nay"
                          r"|l(?:ũy|uỹ)\s+kế(?:\s+(?:đến|tới)\s+nay)?(?=\s*,))(?!\w)")
_HOLDS_NOW_AFTER = re.compile(r"\s*,\s*[^.;,\d]{1,40}?\s+hiện\s+(?:đang\s+)?có(?!\w)")
_SUM_SO_FAR = re.compile(r"(?<!\w)tổng\s+cộng\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SO_FAR_LEAD = re.compile(r"\W*(?:tính\s+)?đến\s+nay(?!\w)")
_TOTAL_CAPITAL_WORDS = re.compile(r"tổng\s+(?:số\s+)?vốn")
# ("bình thường mới", "giai đoạn mới", "thời kỳ mới", "bối cảnh mới" speak of the times, not the capital)
# ("tổng vốn FDI … mới đạt 3,08 tỷ USD": "mới" before the verb is "only", no new capital)
# ("tỉnh mới thu hút được khoảng 326 triệu USD": "mới" before a verb is "only so far", not new projects)
# ("tổng vốn đăng ký của các dự án mới đạt 328 triệu USD": "mới đạt" is "new" after the projects, not "only reached")
_NEW = letter_led(r"cấp\s+mới|đăng\s+ký\s+mới|(?:các|những)\s+dự\s+án\s+mới(?!\w)|(?<!\w)(?<!thường\s)(?<!đoạn\s)(?<!kỳ\s)(?<!cảnh\s)mới(?!\w)"
                  r"(?!\s+(?:đạt|chỉ|bằng|thu\s+hút|được|giải\s+ngân|ở\s+mức)(?!\w))")
# "(cấp mới: 175 triệu USD; tăng vốn: 123 triệu USD)": the one form named right before the amount
# is the amount's, whatever total the sentence named first
_OWN_FORM = re.compile(
    r"(?:(?P<new>cấp\s+mới|đăng\s+ký\s+mới)|(?P<added>tăng\s+vốn|tăng\s+thêm|điều\s+chỉnh\s+tăng(?:\s+vốn)?|bổ\s+sung\s+vốn))"
    r"\s*:?\s*(?:(?:đạt|là|khoảng|hơn|gần|trên)\s+)?$"
)
# "(trong đó vốn đăng ký mới khoảng 200 - 300 triệu USD)": the part's own form after "trong đó"
_OWN_FORM_LEAD = re.compile(r"(?<!\w)trong\s+đó\s*,?\s*(?:(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?)?$")
# ", với tổng vốn đầu tư đăng ký …" right after a count: the capital of everything counted before it
_TOTAL_CAPITAL_AFTER_COUNT = re.compile(r"^[^.;\d]{0,60}?,\s*với\s+tổng\s+(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s*"
                                        r"(?:là\s+|đạt\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "3 dự án FDI cấp mới và 9 lượt dự án …", "cấp mới 26 dự án FDI và điều chỉnh tăng vốn cho 35 lượt dự án": new projects,
# then those adjusted, counted together
_NEW_THEN_ADJUSTED = re.compile(r"(?:cấp\s+mới|đăng\s+ký\s+mới|dự\s+án(?:\s+fdi)?\s+mới)[^.;]{0,40}?\s+và\s+"
                                r"(?:điều\s+chỉnh\s+tăng\s+vốn\s+cho\s+|tăng\s+vốn\s+cho\s+)?[\d.,]+\s+(?:lượt\s+)?dự\s+án")
CAPITAL_OF = {
    "fdi_new_projects": "fdi_new_capital",
    "fdi_active_projects": "fdi_total_capital",
    "fdi_adjusted_projects": "fdi_added_capital",
}
# "tiếp nhận 49 dự án viện trợ, trị giá 61 tỷ đồng": the value of the aid just counted
AID_VALUE_OF = {"ngo_new_commitments": "ngo_committed", "ngo_projects": "ngo_committed"}


# "...quý III ước đạt 850 triệu USD; 9 tháng đầu năm đạt 2,62 tỷ USD": a clause that is
# only another period repeats the indicator of the figure before it.
_VALUE_OF_GROWTH = {"export_growth": "export_value", "import_growth": "import_value"}
# "tăng bình quân 7 - 8%/năm từ năm 2019 đến năm 2020, đạt 400 triệu USD", "…%/năm, phấn đấu đạt giá trị trên 1 tỷ USD":
# the level the rate leads to
_LEVEL_AFTER_RATE = re.compile(
    r"^(?:\s*(?:từ|đến|tới|trong)\s+(?:năm\s+)?\d{4})*\s*[,;]?\s*(?:và\s+)?(?:phấn\s+đấu\s+|để\s+)?(?:ước\s+)?(?:đạt|lên)\s+"
    r"(?:giá\s+trị\s+|kim\s+ngạch\s+|mức\s+)?(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?$"
    # "tăng trưởng 9%, tương đương 35 tỷ USD", "tăng 7% (tương ứng hơn 20 tỷ USD)": the level the rate comes to
    r"|^\s*[,(]?\s*(?:tương\s+đương|tương\s+ứng)(?:\s+với)?\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?$"
)
# "xuất khẩu … đạt trên 201 triệu USD năm 2024 và gần 189 triệu USD trong 6 tháng đầu năm 2025": the amount before
# had its period after it; the next is the same measure's in another period
_PERIOD_THEN_AND = re.compile(r"\s*(?:trong\s+)?(?:năm\s+\d{4}|\d+\s+tháng(?:\s+đầu)?\s+năm\s+\d{4}|quý\s+[ivx\d]+\s*/\s*\d{4})"
                              r"\s*,?\s+và\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "4,2 tỷ USD và 3,5 tỷ USD": two figures side by side, in turn
NEXT_IN_TURN = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
_ELLIPTIC_PERIOD = re.compile(
    # ("xuất khẩu 146 triệu USD trong quý IV để cả năm đạt từ 690 đến 780 triệu USD": the level the part leads to)
    # ("năm 2012 đạt gần 2,2 tỷ USD, tăng 35% so với năm 2010, và năm 2013 dự kiến đạt 2,4 tỷ USD": past the change)
    # ("…, bằng 10,29% kế hoạch năm, riêng tháng 2 đạt 30 triệu USD": past the plan's share too)
    r"^[\s,;]*(?:(?:tăng|giảm|bằng|đạt)\s+[\d.,]+\s*%[^,;]{0,30}[,;]\s*){0,2}(?:và\s+)?(?:(?:trong\s+)?(?:quý\s+[ivx\d]+|tháng\s+\d{1,2}|\d+\s+tháng\s+cuối\s+năm)(?:\s*/?\s*\d{4})?\s*,?\s*để\s+|để\s+)?"
    r"(?:(?<=để\s)đưa\s+(?:tổng\s+)?(?:kim\s+ngạch\s+)?)?"
    # ("…, còn tính đến tháng 10/2022 đạt hơn 6,8 triệu USD": the same trade to another date)
    # ("…, trong đó 6 tháng cuối năm đạt 715 triệu USD": the same trade over some of the months)
    r"(?:(?:trong\s+khi|trong\s+đó,?|trong|riêng|tính\s+chung|chung|l(?:ũy|uỹ)\s+kế|cộng\s+dồn|cả|còn|đến|vào|thực\s+hiện"
    r"|tính\s+(?:đến|tới)(?:\s+hết|\s+cuối)?|(?:đến|tới)\s+(?:hết|cuối))\s+){0,2}"
    r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?|quý\s+[ivx\d]+|cả\s+năm|năm|tháng\s+\d{1,2})(?:\s*/?\s*\d{4})?"
    r"\s*,?\s*(?:chỉ\s+|mới\s+|đã\s+|vẫn\s+)?(?:ước\s+|dự\s+kiến\s+)?(?:đạt|là|lên|tăng\s+lên|giảm\s+xuống|(?:giữ|duy\s+trì)\s+(?:ở\s+)?mức)?"
    r"\s*(?:khoảng|trên|hơn|gần|từ)?\s*$"
)


# "... toàn vùng đạt 8,4 tỷ USD; riêng tỉnh A chiếm 2,38 tỷ USD": a share of the figure before,
# named by whose it is, reports the same indicator.
_OWN_SHARE = re.compile(
    # (not a measure of its own: "; riêng nhập khẩu đạt 703 triệu USD" after exports)
    r"^[\s,;]*(?:riêng|còn|sang|với|từ|thị\s+trường)\s+(?!(?:xuất|nhập)\s+khẩu|kim\s+ngạch)(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s+)?[^\W\d_][^,;\d]{0,30}?"
    r"(?:chiếm|đạt|là|với|có)\s*(?:khoảng|hơn|gần|trên)?\s*$"
)


# "thu ngân sách từ hoạt động xuất nhập khẩu đạt 18.000 tỷ đồng": revenue collected on trade, not trade
# ("những dự án công nghiệp nhỏ, vốn dưới 20 triệu USD": a size below which projects are)
_SIZE_THRESHOLD = letter_led(r"(?<!\w)quy\s+mô(?:\s+(?:vốn|đầu\s+tư))*\s+(?:trên|từ|hơn|lớn\s+hơn|vượt|dưới)\s+$"
                             r"|(?<!\w)vốn(?:\s+đầu\s+tư)?\s+dưới\s+$")
# ("vốn đầu tư nước ngoài cấp mới": "ngoài" of "nước ngoài" sets nothing aside)
_BESIDE_THE_NEW = re.compile(r"(?:bên\s+cạnh|(?<!\w)(?<!nước\s)ngoài)\s+(?:các\s+|những\s+)?(?:dự\s+án\s+)?(?:được\s+)?cấp\s+mới")
_BUDGET_AFTER = re.compile(r"(?<!\w)thu\s+ngân\s+sách|ngân\s+sách\s+nhà\s+nước")
_REVENUE_BEFORE = re.compile(r"(?<!\w)thu\s+(?:ngân\s+sách\s+(?:nhà\s+nước\s+)?)?(?:(?:từ|trên)\s+)?(?:hoạt\s+động\s+|lĩnh\s+vực\s+)?(?:xuất(?:\s+khẩu)?\s*(?:,|và)\s*)?$")


def _standing_now(ctx: FigureContext) -> bool:
    if _SINCE.search(ctx.sentence_left):
        return False
    if _TOTAL_CAPITAL_WORDS.search(ctx.left) and (_NOW_OPENING.match(ctx.sentence_left) or _HOLDS_NOW_AFTER.match(ctx.right)):
        # "Hiện nay, trên địa bàn tỉnh có 2.000 doanh nghiệp FDI, tổng vốn đăng ký 19,6 tỷ USD"; "Với tổng vốn 42,39 tỷ
        # USD, Bình Dương hiện có 4.400 dự án FDI": the standing now
        return True
    if ("hiện" in ctx.left or "nay" in ctx.left) and _NOW_REACHED.search(ctx.left) and _TOTAL_CAPITAL_WORDS.search(ctx.left):
        return True
    return "tổng cộng" in ctx.left and _SUM_SO_FAR.search(ctx.left) is not None and _SO_FAR_LEAD.match(ctx.sentence_left) is not None


# "Theo số liệu đến cuối tháng 7/2023, Nhật Bản chiếm khoảng 2,7 tỷ USD trên tổng số khoảng 4,39 tỷ USD": the whole a
# part is measured against, at a date reached, is what the province holds then
_SHARE_BASE = re.compile(r"(?:trên|trong)\s+tổng\s+(?:số\s+)?(?:vốn\s+(?:đầu\s+tư\s+|đăng\s+ký\s+)?)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_DATE_REACHED = re.compile(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:nay|ngày|tháng|năm|quý|\d)")


def _whole_held_at_a_date(ctx: FigureContext) -> bool:
    return _SHARE_BASE.search(ctx.left) is not None and _DATE_REACHED.search(ctx.sentence_left) is not None \
        and not _SINCE.search(ctx.sentence_left)


# "ghi nhận 3,5 triệu USD xuất khẩu và 4,5 triệu USD nhập khẩu", "thu về 147 triệu USD từ xuất khẩu sang Hoa Kỳ": the trade
# named right after the amount (a trade word ending the words before it, "… xuất khẩu và", was the previous amount's)
_TRADE_NAMED_AFTER = re.compile(r"\s*(?:từ\s+(?:hoạt\s+động\s+)?)?(?:hàng\s+(?:h(?:óa|oá)\s+)?|kim\s+ngạch\s+)?"
                                r"(?:(?P<trade>xuất\s*,?\s*nhập\s+khẩu)|(?P<export>xuất\s+khẩu)|(?P<import>nhập\s+khẩu))(?!\w)")
# "mục tiêu thu 18.000 tỷ đồng từ hoạt động xuất nhập khẩu": revenue collected on the trade (not "thu về": earned)
_COLLECTED_BEFORE = re.compile(r"(?<!\w)thu(?:\s+(?:ngân\s+sách|thuế))?\s+(?:(?:khoảng|hơn|gần|trên)\s+)?$")
_PREVIOUS_AMOUNT_S_TRADE = re.compile(r"\s*(?:hàng\s+(?:h(?:óa|oá)\s+)?)?(?:xuất|nhập)\s+khẩu\s*(?:và|,)\s*")
_GOODS_PART_AFTER = re.compile(r"(?:trong\s+đó|riêng)[^.]{0,30}?xuất\s+khẩu\s+hàng\s+h(?:óa|oá)(?!\s+và)")
_WITH_SERVICES = re.compile(r"(?:\s+hàng\s+h(?:óa|oá))?\s+và\s+(?:doanh\s+thu|dịch\s+vụ|thu)\s+(?:ngoại\s+tệ|dịch\s+vụ)")
# "thu hút được 161 triệu USD tổng vốn đầu tư quy đổi": domestic and foreign converted together
_CONVERTED_TOTAL = re.compile(r"\s*(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?\s+(?:quy\s+đổi|đăng\s+ký\s+quy\s+đổi)")
_ATTRACTED = re.compile(r"(?<!\w)thu\s+hút(?:\s+thêm)?(?:\s+được)?(?:\s+vốn)?(?:\s+đầu\s+tư)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_INVESTMENT_ATTRACTED = re.compile(r"(?<!\w)thu\s+hút(?:\s+được)?(?:\s+vốn)?\s+đầu\s+tư\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_TOTAL_RAISED = re.compile(r"(?<!\w)tổng\s+số\s+(?:dự\s+án|vốn)[^;.]{0,60}?(?:tăng|nâng)\s+lên\s")
_PERIOD_THEN_BARE_TURNOVER = re.compile(
    r"\W*(?:trong\s+|riêng\s+|tính\s+chung\s+|l(?:ũy|uỹ)\s+kế\s+)?(?:(?:\d+|[^\W\d_]+)\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?"
    r"|quý\s+[ivx\d]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4}|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?)\s*,?\s*"
    r"kim\s+ngạch\s+(?:ước\s+)?(?:đạt\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$"
)
_FRONTED_WITH = re.compile(r"\W*với\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?")
# "cấp mới cho 32 dự án và điều chỉnh tăng vốn cho 8 dự án, nâng tổng vốn FDI thu hút trong quý lên 2,61 tỷ USD": the
# period's new and added capital summed, not the added part nor a stock
_PERIOD_TOTAL_RAISED = re.compile(r"nâng\s+tổng\s+(?:số\s+)?vốn(?:\s+fdi|\s+đầu\s+tư)?(?:\s+(?:thu\s+hút|đăng\s+ký))?[^.;\d]{0,40}?\s+lên\s+"
                                  r"(?:mức\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$", re.I)


_SOURCES_JOINT = re.compile(r"\s*(?:,|và|hay|hoặc)\s*(?:vốn\s+|nguồn\s+)?")


def _several_sources(left: str) -> bool:
    """Two topics named one after the other, joined as a list ("FDI, ODA và viện trợ phi chính phủ")."""
    if "," not in left and "và" not in left:
        return False
    found = list(TOPIC.finditer(left))
    return any(topic_name(a) != topic_name(b) and _SOURCES_JOINT.fullmatch(left, a.end(), b.start()) is not None
               for a, b in zip(found, found[1:]))


def _money_indicator(ctx: FigureContext) -> str | None:
    if ctx.sentence_previous is not None and (
        # "vượt mục tiêu … là 1,7 tỷ USD", "vượt chỉ tiêu 1,765 tỷ USD": the same measure's goal
        _ELLIPTIC_PERIOD.match(ctx.left) or _OWN_SHARE.match(ctx.left) or names_a_level(ctx.left, 0, len(ctx.left))
        or _PERIOD_THEN_AND.match(ctx.left)
        # "nhập khẩu từ thị trường này lần lượt đạt 261,6 triệu USD và 182 triệu USD": the same measure, in turn
        or (NEXT_IN_TURN.fullmatch(ctx.left) and "lần lượt" in ctx.sentence_left[ctx.sentence_left.rfind(";") + 1 :]
            and trades_in_turn(ctx.sentence_left) is None)
        or (ctx.sentence_previous in _VALUE_OF_GROWTH and _LEVEL_AFTER_RATE.match(ctx.left))
    ):
        # "kim ngạch xuất khẩu tăng bình quân 15%/năm; đến năm 2030 đạt 3 tỷ USD": the amount of the trade whose rise came before
        previous = _VALUE_OF_GROWTH.get(ctx.sentence_previous, ctx.sentence_previous)
        if INDICATORS[previous].unit == "money":
            return previous
    if _REMITTANCE.search(ctx.left) or (_SENT_HOME.search(ctx.left) and "lao động" in ctx.sentence_left
                                        and not _EACH_WORKER.search(ctx.sentence_left)):
        return "remittances"  # ("… lao động của tỉnh đang làm việc ở nước ngoài, mỗi năm gửi về khoảng 40 triệu USD")
    # (the measure stands within the clause's last words: only they are scanned)
    if (economy := _ECONOMY_MEASURE.search(ctx.left, max(0, len(ctx.left) - _ECONOMY_REACH))) is not None \
            and _MONEY_MEASURE.search(ctx.left, economy.end()) is None \
            and _TRADE.search(ctx.left, economy.end()) is None:
        return None  # "năm 2023, GRDP của tỉnh đạt 73.230 tỷ đồng", "mức lương từ 25 đến 40 triệu đồng": no foreign measure
    if (ctx.right.find("nước", 0, 70) >= 0 or ctx.right.find("nội", 0, 70) >= 0 or ctx.right.find("ddi", 0, 50) >= 0) \
            and _DOMESTIC_MONEY_AFTER.match(ctx.right):
        return None  # "… 542 triệu USD vốn đầu tư nước ngoài và trên 2.300 tỷ đồng vốn đầu tư trong nước": the domestic
    sector_named = _FDI_SECTOR.search(ctx.left) is not None and not _SECTOR_AS_CAUSE.search(ctx.left)
    if ctx.sentence_previous in TRADE_INDICATOR.values() and sector_named:
        return ctx.sentence_previous  # "xuất khẩu đạt 1,5 tỷ USD; khu vực FDI đạt 900 triệu": the sector's trade
    if sector_named and not _CAPITAL_WORD.search(_FDI_SECTOR.sub(" ", ctx.left)):
        # "khu vực kinh tế có vốn đầu tư nước ngoài ước đạt 6,2 tỷ USD": the sector's output, not its capital
        return None
    if _SIZE_THRESHOLD.search(ctx.left):
        return None  # "dự án quy mô trên 10 triệu USD": a size projects are above, no amount of the province's
    trade, measure = _last(_TRADE, ctx.left), _last(_MONEY_MEASURE, ctx.left)
    if "khẩu" in ctx.right[:40] and (named_after := _TRADE_NAMED_AFTER.match(ctx.right)) is not None and (
            (trade is None and measure is None) or _PREVIOUS_AMOUNT_S_TRADE.fullmatch(ctx.left)) \
            and not (named_after.group().lstrip().startswith("từ") and _COLLECTED_BEFORE.search(ctx.left)):
        return TRADE_INDICATOR[named_after.lastgroup]
    if trade is not None and _REVENUE_BEFORE.search(ctx.left, max(0, trade.start() - 40), trade.start()):
        return None
    if trade is not None and "ngân sách" in ctx.left and _BUDGET_AFTER.search(ctx.left, trade.end()):
        return None  # "xuất nhập khẩu phục hồi giúp thu ngân sách nhà nước … đạt 1.035 tỷ đồng": the budget's revenue
    if "siêu" in ctx.left or "cán cân" in ctx.left or "thặng dư" in ctx.left or "thâm hụt" in ctx.left:
        balance = _last(_TRADE_BALANCE, ctx.left)
        if balance is not None and (trade is None or balance.end() > trade.end()):
            return None  # "…, giúp tỉnh xuất siêu 220 triệu USD": the balance of trade, neither exports nor imports
    if trade is None and measure is None and _BARE_TURNOVER.search(ctx.left):
        trade = _last(_TRADE, ctx.sentence_left)  # "hàng hóa xuất nhập khẩu đạt 1 triệu tấn, kim ngạch 3 tỷ USD"
        if trade is None and ctx.sentence_previous is None and ctx.paragraph_previous in TRADE_INDICATOR.values() \
                and _PERIOD_THEN_BARE_TURNOVER.match(ctx.sentence_left):
            # "Năm 2021, kim ngạch xuất nhập khẩu … đạt 4,2 tỷ USD. Mười tháng năm 2022, kim ngạch đạt 3,1 tỷ USD": the trade
            # the paragraph has just measured, in another period
            return ctx.paragraph_previous
    if trade is None and measure is None and ctx.sentence_previous is None and ";" in ctx.sentence_left \
            and _ELLIPTIC_PERIOD.match(ctx.left):
        # "thương mại của tỉnh giai đoạn 2005 - 2010 tăng bình quân 27%/năm; năm 2012 đạt gần 2,2 tỷ USD": the trade
        # the sentence opened on, its rise read as no level
        head = ctx.sentence_left[: ctx.sentence_left.index(";")]
        opened = _last(_TRADE, head)
        if opened is not None and not _MONEY_MEASURE.search(ctx.sentence_left, opened.end()) \
                and not TOPIC.search(ctx.sentence_left, opened.end()):
            trade = opened
    if trade is None and measure is None and _FRONTED_WITH.fullmatch(ctx.left):
        # "Với gần 3,5 tỷ USD, tỉnh A trở thành địa phương có kim ngạch xuất khẩu cao nhất": the figure fronted,
        # its measure named after the subject
        trade = _TRADE.search(ctx.right)
    if trade is not None and (measure is None or trade.end() > measure.end()):
        if trade.lastgroup == "export" and _WITH_SERVICES.match(ctx.left, trade.end()) \
                and _GOODS_PART_AFTER.search(ctx.sentence_right or ctx.right):
            # "kim ngạch xuất khẩu hàng hóa và doanh thu ngoại tệ đạt 3.100 triệu USD; trong đó xuất khẩu hàng hóa …": goods
            # and services together, the goods' part told after (alone, the total is the export figure, as a seed codes it)
            return None
        in_turn = trades_in_turn(ctx.left) if trade.lastgroup != "local_export" else None
        return in_turn[0] if in_turn is not None else TRADE_INDICATOR[trade.lastgroup]
    if _several_sources(ctx.left):
        return None  # "tổng các nguồn vốn FDI, ODA và viện trợ phi chính phủ … đã vượt 1 tỷ USD": all sources together
    topic = topic_of(ctx)
    if topic == "fdi" and not TOPIC.search(ctx.left) and not _CAPITAL_WORD.search(ctx.left) \
            and _FDI_SECTOR.search(ctx.sentence_left) and _TRADE.search(ctx.sentence_left):
        # "xuất khẩu 1,5 tỷ USD; khu vực có vốn đầu tư nước ngoài chiếm 75%; ống đồng đạt 282,5 triệu USD": the sector
        # named in a sentence on trade makes no later amount its capital
        return None
    if topic is None and not _DOMESTIC.search(ctx.left) and (
            _MONEY_MEASURE.search(ctx.left)
            or (ctx.currency == "USD" and _ATTRACTED.search(ctx.left) and not _CONVERTED_TOTAL.match(ctx.right))
            # ("… có 520 dự án FDI còn hiệu lực … . Nhật Bản là nhà đầu tư lớn nhất với hơn 900 triệu USD": an investor
            # ranked by its dollars, after the stock they are part of)
            or (ctx.currency == "USD" and "nhà đầu tư" in ctx.left and _RANKED_INVESTOR_WITH.search(ctx.left)
                and (ctx.sentence_previous or ctx.paragraph_previous) in _STOCK_CODES)):
        # ("… 1,696 tỷ USD vốn FDI. Năm 2023, tỉnh thu hút được 1,603 tỷ USD": dollars attracted, the FDI just spoken of;
        # "tỉnh đặt mục tiêu thu hút đầu tư khoảng 200 triệu USD" with no other topic near: investment counted in dollars)
        topic = ctx.recent_topic if ctx.recent_topic == "fdi" else (
            "fdi" if ctx.recent_topic is None and ctx.currency == "USD" and _INVESTMENT_ATTRACTED.search(ctx.left) else None)
    if topic is None and ctx.paragraph_topic in ("ngo", "oda") and _AID_MEASURE.search(ctx.left):
        topic = ctx.paragraph_topic  # "... viện trợ PCPNN ... . Giá trị giải ngân ước đạt 8,2 triệu USD."
    if topic is None and ctx.recent_topic in ("ngo", "oda") and _AID_MEASURE.search(ctx.left) and not _DOMESTIC.search(ctx.left):
        topic = ctx.recent_topic  # the same, a paragraph later: "Riêng các khoản ký cam kết năm nay ..."
    cue = measure.lastgroup if measure is not None else None
    if topic == "ngo" and (names_an_official_donor(ctx.left[-60:]) or names_a_donor_government(ctx.sentence_left)):
        topic = "oda"  # "vốn viện trợ không hoàn lại của KOICA": a government agency's grant is ODA, not NGO aid
    if topic in ("ngo", "oda"):
        # "giải ngân vốn ODA": the aid measure counts, not the word "vốn" after it
        aid = _last(_AID_MEASURE, ctx.left)
        disbursed = aid is not None and aid.lastgroup == "disbursed"
        if topic == "ngo":
            return "ngo_disbursed" if disbursed else "ngo_committed"
        if "tổng mức đầu tư" in ctx.left[-_TOTAL_COST_REACH:]:
            return None  # "35 dự án dùng vốn ODA đã được triển khai, tổng mức đầu tư 2.354 tỷ đồng": the projects' cost
        if disbursed or ((aid is None or aid.group().startswith("tiếp")) and _ODA_RECEIVED.search(ctx.left[-60:])):
            return "oda_disbursed"  # received, as disbursed to the province
        if ctx.previous_indicator == "oda_projects" and _ODA_PROJECTS_RECEIVED.search(ctx.sentence_left) \
                and _VALUE_OF_THE_PROJECTS.search(ctx.left):
            # "tiếp nhận vốn ODA cho 8 dự án với giá trị khoảng 21,7 triệu USD": the value received for the projects counted
            return "oda_disbursed"
        return None
    aid_value = AID_VALUE_OF.get(ctx.previous_indicator or "")
    if aid_value is not None and topic in (None, "ngo"):
        aid = _last(_AID_MEASURE, ctx.left)
        return "ngo_disbursed" if aid is not None and aid.lastgroup == "disbursed" else aid_value
    linked = CAPITAL_OF.get(ctx.previous_indicator or "")
    if topic != "fdi" and linked is None:
        return None  # "vốn đầu tư toàn xã hội" is not foreign investment
    if _IMPLEMENTED_CAPITAL.search(ctx.left) or _IMPLEMENTED_AFTER.match(ctx.right) or (
            "phát triển" in ctx.sentence_left and _PART_OF_INVESTMENT_MADE.search(ctx.sentence_left)):
        return "fdi_implemented_capital"
    clause_right = ctx.clause_right.lower()  # the projects the amount went to, named after it
    if _NEW_AFTER.search(ctx.right) or _NEW_PROJECTS_AFTER.match(clause_right):
        return "fdi_new_capital"
    if _ADDED_AFTER.search(ctx.right) or _ADDED_TO_PROJECTS_AFTER.match(clause_right):
        return "fdi_added_capital"
    tail = ctx.left[-40:]
    own_form = _OWN_FORM.search(tail)
    before = tail[:own_form.start()].rstrip() if own_form is not None else None
    if before is not None and (before.endswith((";", "(", ",")) or (not before and len(ctx.left) <= 40)
                               or ("trong đó" in before and _OWN_FORM_LEAD.search(before))):
        return "fdi_new_capital" if own_form.lastgroup == "new" else "fdi_added_capital"
    if "lên" in ctx.sentence_left and _TOTAL_RAISED.search(ctx.sentence_left):
        return "fdi_total_capital"  # "nhờ các dự án mới, tổng số dự án đã tăng lên 900, với tổng vốn 3 tỷ USD": the stock now
    # ("Bên cạnh các dự án cấp mới, trong tháng có ba lượt điều chỉnh tăng vốn, với tổng vốn bổ sung …": beside the new ones)
    new = _NEW.search(ctx.left) if not _BESIDE_THE_NEW.search(ctx.left) else None
    added = cue == "added" or _ADDED.search(ctx.left)
    # ("tổng vốn FDI (gồm cấp mới, điều chỉnh …) đạt …; số dự án cấp mới là 1.090, tăng 35%, với vốn đăng ký 573 triệu
    # USD": the capital of the count just given is that count's, whatever the sentence summed before)
    if "nâng" in ctx.left and _PERIOD_TOTAL_RAISED.search(ctx.left) and _NEW.search(ctx.sentence_left) \
            and _ADDED.search(ctx.sentence_left) and not _CUMULATIVE.search(ctx.sentence_left):
        return "fdi_registered_capital"
    if (new and added) or (linked is None and NEW_AND_ADJUSTED.search(ctx.sentence_left)):
        return "fdi_registered_capital"  # "vốn đăng ký mới và tăng thêm"
    if linked == "fdi_added_capital" and "tổng" in ctx.left and _TOTAL_CAPITAL_AFTER_COUNT.match(ctx.left) \
            and _NEW_THEN_ADJUSTED.search(ctx.sentence_left):
        # "thu hút 3 dự án FDI cấp mới và 9 lượt dự án FDI điều chỉnh tăng vốn, với tổng vốn đầu tư đăng ký 134,92 triệu
        # USD": the total of both counts, the registered capital
        return "fdi_registered_capital"
    if added:
        return "fdi_added_capital"
    if linked is not None:
        return linked
    if _CUMULATIVE.search(ctx.left) or _standing_now(ctx) or ("tổng" in ctx.left and _whole_held_at_a_date(ctx)) \
            or ("doanh nghiệp" in ctx.sentence_left and _FIRMS_HOLDING.search(ctx.sentence_left[-200:])):
        return "fdi_total_capital"
    return "fdi_new_capital" if new else "fdi_registered_capital"


_CAPITAL_PUT_FORWARD = re.compile(r"\d" + PUT_FORWARD_AFTER.pattern.removeprefix("^")
                                  + r"(?:[^;.]|\.(?=\d))*?(?:kinh\s+phí|vốn|giá\s+trị)[^;.\d]{0,25}$")
# "tăng 3 văn bản so với năm 2025", "giảm 20 triệu USD so với cùng kỳ": a difference, not a value
_DIFFERENCE_BEFORE = re.compile(r"(?:t(?<!\wt)ăng|g(?<!\wg)iảm)\s+(?:thêm\s+|đi\s+)?$")
_COMPARED_AFTER = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?so\s+với")
# "1 tỷ USD vốn cấp mới", "200 triệu USD vốn tăng thêm": the measure named after the amount
# ("787,7 triệu USD đầu tư vào 56 dự án cấp mới", "326 triệu USD (là vốn) của 38 dự án cấp mới", "1,1 tỷ USD thuộc về 172 dự
# án cấp mới": the projects it went to;
# "456,4 triệu USD được bổ sung cho 29 dự án đang hoạt động": added to projects in force)
_PROJECTS_IT_WENT_TO = r"(?:đầu\s+tư\s+vào|(?:là\s+vốn\s+(?:đăng\s+ký\s+)?)?của|dành\s+cho|thuộc\s+về)\s+(?:khoảng\s+|hơn\s+|gần\s+)?[\d.,]+\s+dự\s+án\s+(?:fdi\s+)?(?:được\s+)?"
_NEW_AFTER = re.compile(r"^\s*(?:vốn\s+)?(?:đầu\s+tư\s+)?(?:cấp\s+mới|đăng\s+ký\s+mới)")
_ADDED_AFTER = re.compile(r"^\s*(?:vốn\s+)?(?:tăng\s+thêm|điều\s+chỉnh\s+tăng|bổ\s+sung)")
_NEW_PROJECTS_AFTER = re.compile(r"^\s*" + _PROJECTS_IT_WENT_TO + r"(?:cấp|đăng\s+ký)\s+mới")
_ADDED_TO_PROJECTS_AFTER = re.compile(r"^\s*(?:được\s+)?(?:bổ\s+sung|tăng\s+thêm)\s+(?:vốn\s+)?cho\s|^\s*là\s+vốn\s+(?:bổ\s+sung|tăng\s+thêm)\s+(?:của|cho)\s"
                                      # ("99 triệu USD của 19 dự án điều chỉnh tăng vốn")
                                      r"|^\s*" + _PROJECTS_IT_WENT_TO + r"(?:điều\s+chỉnh(?:\s+tăng)?\s+vốn|tăng\s+vốn|bổ\s+sung\s+vốn)")


def indicator_for(ctx: FigureContext) -> str | None:
    """The indicator a figure reports, or None when the wording says none we track."""
    code = _indicator_for(ctx)
    if code is not None and code.startswith(("ngo_", "oda_")) and _LICENSING.search(ctx.left[-60:] + " " + ctx.right[:40]) \
            and not _names_aid(ctx.sentence_left + " " + ctx.right):
        # "Năm 2025, thành phố cấp mới 44 dự án …; tổng vốn đăng ký cấp mới và điều chỉnh đạt …" after a paragraph on aid:
        # projects licensed, investment, never aid by an earlier topic
        return None
    if code is not None and code.startswith("ngo_") and "quán" in ctx.sentence_left + ctx.right \
            and _FOREIGN_MISSION_FUNDS.search(ctx.sentence_left + ctx.right[:60]):
        # "Tổng Lãnh sự quán Nhật Bản đã tài trợ không hoàn lại 12 dự án", "5 dự án do Đại sứ quán Nhật Bản tài trợ": a
        # foreign government's grants through its mission, no non-governmental aid
        return None
    if code is not None and code.startswith("fdi_") and code != "fdi_rank":
        if names_domestic(ctx):
            return None
        if code == "fdi_adjusted_projects" and _adjusted_of_all_investors(ctx):
            return None
        if "nguồn vốn" in ctx.clause_right and _ALL_SOURCES_AFTER.search(ctx.clause_right):
            return None  # "444 dự án … với tổng vốn 160.717 tỷ đồng …, tính chung mọi nguồn vốn": investors of every origin
        if "điều lệ" in ctx.left[-30:] and _CHARTER_CAPITAL_BEFORE.search(ctx.left):
            return None  # "góp vốn, mua cổ phần …; giá trị tính theo vốn điều lệ hơn 1,1 tỷ USD": shares bought, no investment
        if ("thu hồi" in ctx.sentence_left or "chấm dứt" in ctx.sentence_left) and _REVOKED_BEFORE.search(ctx.sentence_left[-80:]):
            # "thu hồi, chấm dứt 5 dự án", "(tính cả các dự án đã thu hồi là 1.754 dự án, gần 32 tỷ USD)": projects ended,
            # or counted with them, and their capital
            return None
        if "ghi nhớ" in ctx.sentence_left or "mou" in ctx.sentence_left:
            memoranda = _MEMORANDA_BEFORE.search(ctx.sentence_left[-200:])
            if memoranda is not None and not _LICENSED_AFTER.search(memoranda.group()):
                return None  # "trao biên bản ghi nhớ đầu tư cho 42 dự án với tổng vốn 3,6 tỷ USD": intentions, none licensed
        if "quy đổi" in ctx.sentence_left[-160:] + ctx.right[:60] and (
                _CONVERTED_BEFORE.search(ctx.sentence_left[-160:]) or _CONVERTED_AFTER.match(ctx.right)):
            return None  # "tổng vốn đầu tư quy đổi (gồm cả dự án trong nước …) đạt 853 triệu USD": both kinds together
        if ctx.currency == "VND" and not names_fdi(ctx.left + " " + ctx.right[:40]) \
                and not (ctx.previous_indicator == "fdi_active_projects" and "hiệu lực" in ctx.left):
            # foreign investment is counted in dollars: "15.000 tỷ đồng" with an inherited topic is not (the capital of
            # the FDI projects in force just counted is, in đồng too: "09 dự án còn hiệu lực với tổng vốn 1.667 tỷ đồng")
            return None
    return code


# the sentence's domestic investment: its projects, or capital in đồng ("cấp mới 40 dự án với 9.905 tỷ đồng")
_DOMESTIC_IN_SENTENCE = letter_led(r"trong\s+nước|(?<!\w)ddi(?!\w)|(?<!\w)(?:nghìn\s+)?tỷ\s+đồng")


# "cấp mới 44 dự án, trong đó có 10 dự án FDI", "58 dự án …, gồm 50 dự án trong nước và 8 dự án FDI": a count of every
# origin whose foreign part follows it
_FOREIGN_PART_OF_A_TOTAL = re.compile(
    r"\d\s+(?:lượt\s+)?dự\s+án(?P<head>[^;:]{0,70}?)(?:,\s*|\s+)(?:trong\s+đó(?:\s+có)?|gồm(?:\s+có)?)\s+[^;]{0,120}?"
    r"\d\s+(?:lượt\s+)?dự\s+án\s+(?:fdi|có\s+vốn\s+(?:đầu\s+tư\s+)?nước\s+ngoài|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)")


def _adjusted_of_all_investors(ctx: FigureContext) -> bool:
    """"cấp mới 40 dự án với 9.905 tỷ đồng và điều chỉnh 37 lượt dự án": projects raising their capital, counted in a
    sentence on domestic investment that names no foreign one, are the investors' of every origin; so are those counted
    after new projects of every origin whose foreign part the sentence gave ("cấp mới 44 dự án, trong đó có 10 dự án FDI
    …; điều chỉnh vốn cho 23 dự án"), unless their own clause is foreign."""
    cut = ctx.sentence_left.rfind(";")
    if cut >= 0 and "dự án" in ctx.sentence_left[:cut]:
        own = ctx.sentence_left[cut + 1 :] + " " + ctx.clause_right.split(";")[0]
        total = _FOREIGN_PART_OF_A_TOTAL.search(ctx.sentence_left, 0, cut)
        if total is not None and not names_fdi(total["head"]) and "nước ngoài" not in total["head"] \
                and not names_fdi(own) and "nước ngoài" not in own and "usd" not in own.lower():
            return True
    sentence = ctx.sentence_left + " " + ctx.sentence_right
    if _DOMESTIC_IN_SENTENCE.search(sentence) is None or names_fdi(sentence) or ctx.foreign_investor or "nước ngoài" in sentence:
        return False
    # ("…; điều chỉnh tăng vốn 43,4 triệu USD cho 03 dự án": capital raised in dollars, in the count's own clause, is foreign)
    clause = ctx.sentence_left[ctx.sentence_left.rfind(";") + 1 :] + " " + ctx.clause_right.split(";")[0]
    return "usd" not in clause.lower() or _DOMESTIC_IN_SENTENCE.search(clause) is not None


# ("17 dự án được quyết định chủ trương đầu tư với 15.964 tỷ đồng", "nâng vốn thêm …": investment approved, no aid)
_LICENSING = letter_led(r"cấp\s+mới|cấp\s+phép|giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư|vốn\s+đăng\s+ký|điều\s+chỉnh\s+(?:tăng\s+)?vốn"
                        r"|chủ\s+trương\s+đầu\s+tư|nâng\s+vốn")


def _names_aid(text: str) -> bool:
    return any(topic_name(m) in ("ngo", "oda") for m in TOPIC.finditer(text))


_FOREIGN_MISSION_FUNDS = letter_led(r"(?:đại\s+sứ|lãnh\s+sự)\s+quán\s+(?:[^\W\d_]+\s+){1,3}?(?:đã\s+|cũng\s+)?(?:tài\s+trợ|viện\s+trợ)")
_REVOKED_BEFORE = re.compile(
    r"(?:thu\s+hồi|chấm\s+dứt)(?:\s+hoạt\s+động)?(?:\s+(?:giấy\s+chứng\s+nhận|giấy\s+phép)(?:\s+đăng\s+ký)?(?:\s+đầu\s+tư)?\s+(?:của|cho))?"
    r"(?:\s+là)?\s+(?:(?:khoảng|hơn|gần|trên)\s+)?(?:[\d.,]+\s+(?:lượt\s+)?dự\s+án[^;()\d]{0,30})?$")
_MEMORANDA_BEFORE = re.compile(r"(?:biên\s+bản\s+ghi\s+nhớ|bản\s+ghi\s+nhớ|(?<!\w)mou(?!\w))[^.;]{0,120}$", re.I)
_LICENSED_AFTER = re.compile(r"cấp\s+(?:mới\s+)?(?:giấy|phép)|chủ\s+trương\s+đầu\s+tư|đăng\s+ký\s+đầu\s+tư")
_CONVERTED_BEFORE = re.compile(r"vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s+quy\s+đổi(?:\s*\([^()]{0,100}\))?[^.;()\d]{0,30}$")
_CONVERTED_AFTER = re.compile(r"\s*(?:USD\s+)?\(?\s*(?:tính\s+)?quy\s+đổi|\s*(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s+quy\s+đổi")


# "mỗi huyện 250 lao động": one unit's share of the province's total; "400 lao động trên địa bàn
# huyện": a district's own figure (a province's text may quote its districts)
# ("mỗi tổ phấn đấu hằng năm đưa khoảng 30 lao động đi làm việc ở nước ngoài": one team's share, its verb between)
_PER_UNIT = re.compile(r"m(?<!\wm)ỗi\s+(?:huyện|xã|phường|thị\s+xã|địa\s+phương|đơn\s+vị|tổ|nhóm|hộ|cơ\s+sở|doanh\s+nghiệp)"
                       r"(?:\s+[^\W\d_]+){0,6}\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_DISTRICT = re.compile(
    r"(?:(?:trên\s+địa\s+bàn|toàn|của)\s+huyện(?![\w,]*\s+(?:và|,)?\s*(?:tỉnh|thành\s+phố))(?!\w)"
    # "Huyện A ghi nhận 3,5 triệu USD xuất khẩu …; huyện B 16,6 triệu USD …": a named district as the clause's subject
    r"|(?:^|[,;:]\s*)(?:riêng\s+)?huyện\s+(?!(?:và|có|đã|đạt|ghi|thu|với)(?!\w))[^\W\d_]+(?:\s+[^\W\d_]+)?"
    r"(?:\s+(?:(?:đã|cũng)\s+)?(?:ghi\s+nhận|đạt|có|thu\s+hút|xuất\s+khẩu|nhập\s+khẩu)(?!\w)|\s*$))")
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
        if ("bố trí" in ctx.left[-40:] and _ALLOCATED_BEFORE.search(ctx.left)) or ("đối ứng" in ctx.right[:30] and _COUNTERPART_FUNDS.match(ctx.right)):
            return None  # "tỉnh bố trí hơn 77 tỷ đồng vốn đối ứng": the province's own budget, neither aid nor investment
        if "kinh phí" in ctx.left and _DOCUMENT_BUDGET_BEFORE.search(ctx.left):
            return None
        if "giảm" in ctx.left[-30:] and _CUT_BY.search(ctx.left):
            return None  # "vốn điều chỉnh lại giảm 32,7 triệu USD": capital taken away, a difference, no level
        if "dự án" in ctx.sentence_left and _CAPITAL_PUT_FORWARD.search(ctx.sentence_left):
            return None  # "đề xuất 35 dự án ưu tiên vận động … với tổng kinh phí 44 triệu USD": what is sought, not won
        return _money_indicator(ctx)
    if ctx.kind == "percent":
        return _rate_indicator(ctx)
    indicator = count_indicator(ctx)
    if indicator is None and ctx.scaled:
        indicator = _money_indicator(ctx)  # "vốn đăng ký 25 triệu": the currency is implied
        return indicator if indicator is not None and INDICATORS[indicator].unit == "money" else None
    return indicator
