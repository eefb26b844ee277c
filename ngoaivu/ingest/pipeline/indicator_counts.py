"""Counts in a text -> indicators: what a number counts (projects new, adjusted or in force, aid
programmes, organisations, events, agreements, workers abroad, a rank) from the noun phrase after it
and the words before it. `indicators.indicator_for` calls `count_indicator`; money and rates are read there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .fast_scan import letter_led
from .geography import country_at, country_matcher
from .indicator_topics import NOUN_PHRASE, FigureContext, last_match, topic_around, topic_of
from .indicator_topics import TOPIC as _TOPIC
from .numbers import AMONG_ALL_PROVINCES, LEADS, WITH_DOLLARS
from .phrases import Tokens

# "lũy kế đến 30/9" is a running total at a date; "lũy kế 9 tháng" sums a span (a flow)
_RUNNING_TOTAL = r"l(?:ũy|uỹ)\s+kế(?!\s+(?:\d+\s+tháng|từ\s+đầu\s+năm|quý|cả\s+năm|năm\s+\d|\d+\s+năm))"
# "cấp mới và điều chỉnh vốn": new and adjusted together, in a count's or an amount's words
NEW_AND_ADJUSTED = re.compile(
    # ("cấp giấy chứng nhận đầu tư mới và điều chỉnh tăng vốn cho 48 dự án")
    # ("344 dự án được cấp phép và điều chỉnh vốn")
    # ("cấp mới và chấp thuận điều chỉnh vốn cho 243 dự án")
    r"(?:cấp\s+mới|cấp\s+phép(?:\s+mới)?|đăng\s+ký\s+(?:đầu\s+tư\s+)?mới|cấp\s+giấy\s+chứng\s+nhận\s+(?:đăng\s+ký\s+)?đầu\s+tư\s+mới)\s*(?:và|,|hoặc|lẫn)\s*"
    r"(?:chấp\s+thuận\s+|cho\s+phép\s+)?(?:điều\s+chỉnh|tăng\s+vốn)"
    r"|(?:vốn\s+)?cấp\s+mới\s+(?:và|cộng)\s+(?:với\s+)?vốn\s+(?:bổ\s+sung|tăng\s+thêm)"  # "cộng cả vốn cấp mới và vốn bổ sung"
    # "vốn đăng ký của dự án cấp mới và dự án tăng vốn", "(gồm vốn cấp mới, vốn điều chỉnh và vốn góp, mua cổ phần)"
    # (not "39 dự án cấp mới và 2 dự án tăng vốn": each count its own)
    # ("tính chung vốn của các dự án được cấp mới, vốn điều chỉnh và …")
    r"|của\s+(?:các\s+)?dự\s+án\s+(?:được\s+)?cấp\s+mới\s*(?:và|,)\s*(?:(?:các\s+)?dự\s+án|vốn)\s+(?:điều\s+chỉnh|tăng\s+vốn|tăng\s+thêm|bổ\s+sung)"
    r"|vốn\s+cấp\s+mới\s*(?:và|,)\s*vốn\s+(?:điều\s+chỉnh|tăng\s+thêm|bổ\s+sung)"
    r"|(?:điều\s+chỉnh(?:\s+tăng)?\s+vốn|tăng\s+vốn)\s*(?:và|,)\s*(?:cấp\s+mới|đăng\s+ký\s+mới)"
    r"|dự\s+án\s+mới\s+(?:và|lẫn)\s+(?:các\s+)?dự\s+án\s+đang\s+hoạt\s+động"  # "vào 24 dự án mới và dự án đang hoạt động"
)


# --- counts -------------------------------------------------------------------------------

_RIGHT_WORDS = 14  # how far into the noun phrase a count's kind is looked for


@dataclass(frozen=True)
class CountRule:
    indicator: str
    head: re.Pattern  # the counted noun, right after the number
    phrase: re.Pattern | None = None  # must occur in the noun phrase
    relation: re.Pattern | None = None  # must occur around the number (before it, or in its noun phrase)
    # the phrase may be missing when the places counted are a foreign country's, in relations held
    # (`FigureContext.foreign_partner_places`: "hiện có quan hệ … với 9 tỉnh của Lào")
    foreign_places_suffice: bool = False


def _rx(pattern: str) -> re.Pattern:
    return letter_led(pattern)


_EVENT = r"(?:cuộc|hoạt\s+động|sự\s+kiện|chương\s+trình|hội\s+nghị|hội\s+thảo|đợt|lượt|buổi|đoàn|diễn\s+đàn)"
_ABROAD = r"(?:ở|tại|ra)\s+nước\s+ngoài|nước\s+ngoài"
# "3 hội nghị xúc tiến đầu tư tại Nhật Bản", "2 đoàn xúc tiến thương mại sang Hàn Quốc": up to the place word;
# `observation_scope` looks for a foreign country after it
# ("03 hội nghị xúc tiến đầu tư trực tuyến với các nước châu Âu, Nhật Bản": with countries, held with them abroad)
PROMOTION_AT = re.compile(rf"^\s*{_EVENT}[^.;:()]{{0,60}}?xúc\s+tiến[^.;:()]{{0,40}}?\s(?:tại|ở|sang|đến|với(?=\s+các\s+(?:nước|quốc\s+gia)))\s+")
# "tại châu Âu", "với các nước châu Á": a continent or the countries themselves after the place word
FOREIGN_REGION = re.compile(r"(?:(?:các|một\s+số)\s+(?:nước|quốc\s+gia)\s+)?châu\s+(?:âu|á|mỹ|phi|úc|đại\s+dương)(?!\w)")
COUNT_RULES = (
    # ("tiếp 15 đoàn PCPNN", "đón 158 lượt đoàn của các tổ chức PCPNN": delegations of the organisations, not events to win aid; "2 đoàn vận động viện trợ" is one)
    # ("thu hút 124 lượt tổ chức PCPNN": the organisations that came)
    CountRule("ngo_promotion_conferences", _rx(rf"^\s*(?!(?:lượt\s+)?đoàn(?![^.;:()]{{0,30}}?vận\s+động))(?!lượt\s+tổ\s+chức){_EVENT}"), _rx(r"vận\s+động\s+viện\s+trợ|viện\s+trợ\s+phi\s+chính\s+phủ|pcpnn")),
    CountRule("investment_promotion_abroad", _rx(rf"^\s*{_EVENT}"), _rx(rf"xúc\s+tiến.*(?:{_ABROAD})|(?:{_ABROAD}).*xúc\s+tiến")),
    # "6 hoạt động xúc tiến đầu tư trong và ngoài nước": home and abroad together, neither count
    CountRule("investment_promotion_domestic", _rx(rf"^\s*{_EVENT}"), _rx(r"xúc\s+tiến(?!.*?trong\s+và\s+ngoài\s+nước)")),
    CountRule("intl_conferences", _rx(r"^\s*(?:cuộc\s+)?(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn)"), _rx(r"quốc\s+tế")),
    # ("tiếp 310 đoàn nhà đầu tư", "375 đoàn doanh nghiệp đến tìm hiểu": investors' visits, no exchange of official
    # delegations)
    CountRule("delegation_exchanges", _rx(rf"^\s*(?!(?:lượt\s+)?đoàn\s+(?:các\s+)?(?:nhà\s+đầu\s+tư|doanh\s+nghiệp)(?!\w)){_EVENT}"),
              _rx(r"^\s*(?:\w+\s+){0,4}?(?:trao\s+đổi\s+)?đoàn|đoàn\s+(?:ra|vào)")),
    # ("lãnh đạo tỉnh đã thực hiện gần 10 chuyến công tác nước ngoài": the leaders' trips abroad, delegations out)
    CountRule("delegation_exchanges", _rx(r"^\s*chuyến\s+(?:công\s+tác|làm\s+việc)"), _rx(_ABROAD)),
    CountRule("cultural_events", _rx(rf"^\s*{_EVENT}"), _rx(r"văn\s+hóa|văn\s+hoá")),
    CountRule("friendship_associations", _rx(r"^\s*hội\s+hữu\s+nghị")),
    CountRule(
        "agreements_signed",
        # (not an administration's letters: "cấp 45 văn bản cho phép tổ chức hội nghị", "văn bản góp ý")
        _rx(r"^\s*(?:văn\s+bản\s+|bản\s+)?(?:thỏa\s+thuận|thoả\s+thuận|biên\s+bản|ghi\s+nhớ|hiệp\s+định|văn\s+kiện|mou"
            r"|văn\s+bản(?!\s+(?:cho\s+phép|chấp\s+thuận|đồng\s+ý|trả\s+lời|hướng\s+dẫn|góp\s+ý|đề\s+nghị|thẩm\s+định"
            r"|chỉ\s+đạo|quy\s+phạm|pháp\s+luật|đôn\s+đốc|báo\s+cáo)))"),
    ),
    CountRule(
        "partner_localities",
        # ("hơn 100 thủ đô, thành phố lớn trên thế giới")
        _rx(r"^\s*(?:địa\s+phương|tỉnh|thành\s+phố|tỉnh\s*/\s*thành(?:\s+phố)?|tỉnh,\s+thành(?:\s+phố)?|bang|vùng|thủ\s+đô)"),
        # "26 địa phương thuộc 12 quốc gia": the noun phrase stops at the next figure
        _rx(
            r"nước\s+ngoài|thế\s+giới|các\s+nước|quốc\s+tế|của\s+nước|(?:trên|ở|tại|thuộc)\s+(?:\w+\s+)?châu\s+lục|"
            r"(?:thuộc|của|ở|tại|đến\s+từ)\s+(?:(?:các|\d+)\s+)?(?:quốc\s+gia|nước|vùng\s+lãnh\s+thổ)|"
            r"^\s*(?:\w+\s+){1,3}?(?:thuộc|của|ở|tại|đến\s+từ)\s*$"
        ),
        _rx(r"quan\s+hệ|hợp\s+tác|kết\s+nghĩa|hữu\s+nghị|thỏa\s+thuận|thoả\s+thuận"),
        foreign_places_suffice=True,
    ),
    # ("Huế có 17 cặp quan hệ hợp tác cấp tỉnh, thành phố", "nâng tổng số … lên 17 cặp tỉnh, thành phố": pairs of partners)
    CountRule("partner_localities", _rx(r"^\s*cặp\s+(?:quan\s+hệ\s+)?(?:(?:hợp\s+tác|hữu\s+nghị|kết\s+nghĩa)\s+)?(?:cấp\s+)?"
                                        r"(?:tỉnh|địa\s+phương|thành\s+phố)")),
    # ("hợp tác với hơn 36 đối tác phi chính phủ nước ngoài": the organisations, named as partners)
    CountRule("ngo_organizations", _rx(r"^\s*(?:lượt\s+)?(?:tổ\s+chức|đối\s+tác)\s+(?:phi\s+chính\s+phủ|pcpnn|ngo)")),
    CountRule("intl_organizations", _rx(r"^\s*tổ\s+chức\s+quốc\s+tế")),
)

_INVESTMENT_AMOUNT_AFTER = _rx(r"[^.;\d]{0,60}?(?:tổng\s+)?(?:mức\s+(?:đầu\s+tư|dự\s+kiến)|vốn(?:\s+(?:đầu\s+tư|đăng\s+ký|dự\s+kiến|cam\s+kết))*)"
                               r"\s+(?:(?:là|đạt|khoảng|hơn|gần|trên)\s+)*[\d.,]+\s*(?:nghìn\s+|ngàn\s+)?(?:tỷ|tỉ|triệu)")
_WITH_INVESTORS = _rx(r"[^.;\d]{0,40}?(?<!\w)(?:ký\s+)?với\s+(?:các\s+|những\s+)?(?:nhà\s+đầu\s+tư|doanh\s+nghiệp|tập\s+đoàn|công\s+ty)")
_PROMOTION_PART = _rx(rf"^\s*{_EVENT}\s+(?:(?:tại|ở)\s+)?(?P<where>trong\s+nước|nước\s+ngoài)(?!\w)")
_HOME_AND_ABROAD_AFTER = _rx(r"[^.;\d]{0,60}?(?<!\w)gồm\s+[\d.,]+\s+[^.;\d]{0,30}?(?:trong\s+nước|nước\s+ngoài)\s+và\s+[\d.,]+")
_EVENT_COUNTS = ("ngo_promotion_conferences", "investment_promotion_abroad", "investment_promotion_domestic",
                 "intl_conferences", "cultural_events")
_PARTS_OF_AN_EVENT = _rx(
    r"(?:diễn\s+đàn|hội\s+nghị|sự\s+kiện|lễ\s+hội|tuần\s+lễ|hội\s+chợ|chương\s+trình)[^.;]{0,30}?(?<!\w)(?:bao\s+)?gồm"
    r"(?:\s+(?:nhiều|các|những))?\s+(?:hoạt\s+động|nội\s+dung|phiên)"
)
# "12 tổ chức có giấy đăng ký nhưng chưa triển khai hoạt động", "3 tổ chức, cá nhân khác": not NGOs at work here
# ("thu hút 45 tổ chức tham dự": those who attended an event, not those at work in the province)
_NOT_AT_WORK = _rx(r"\s*tổ\s+chức(?:(?!\svà\s)[^\d;.]){0,60}?(?:chưa\s+(?:triển\s+khai\s+)?hoạt\s+động|(?<!\w)khác(?!\w)"
                   r"|(?<!\w)(?:tham\s+dự|dự\s+hội\s+nghị|tham\s+gia\s+hội\s+nghị)(?!\w))")
# "thiết lập quan hệ đối tác với gần 50 tổ chức PCPNN": partners won over the years, not those working here now
_RELATIONS_SET_UP = _rx(
    r"(?:thiết\s+lập|xây\s+dựng|mở\s+rộng|kết\s+nối|tạo\s+dựng)\s+(?:(?:mối\s+)?quan\s+hệ\s+)?(?:(?:đối\s+tác|hợp\s+tác|hữu\s+nghị)\s+)*"
    r"với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "Tham dự có đại diện các bộ, ngành và 140 tổ chức phi chính phủ nước ngoài": those at a meeting, not those at work here
# ("Hội nghị … kết nối trực tuyến với 14 tổ chức", "Tại chương trình, 6 tổ chức … gồm …": an event's participants)
_ATTENDING = _rx(r"(?:^|[^\w])(?:tham\s+dự|dự\s+hội\s+nghị|đại\s+biểu|kết\s+nối(?:\s+trực\s+tuyến)?\s+với)(?:\s+(?:có|là|gồm))?[^.;:]{0,80}$"
                 r"|^\W*tại\s+(?:chương\s+trình|hội\s+nghị|sự\s+kiện|buổi\s+[^\W\d_]+|lễ\s+[^\W\d_]+)\s*(?:này|đó|trên)?\s*,\s*(?:có\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_BARE_ORGANIZATIONS = _rx(
    r"^\s*(?:tổ\s+chức(?!\s+(?:quốc\s+tế|chính\s+phủ|tín\s+dụng|kinh\s+tế|đoàn|đảng|hội|thành\s+công|thực\s+hiện|các))"
    r"|nhà\s+tài\s+trợ)"  # "tỉnh có khoảng 22 nhà tài trợ" in a text on aid
)
# "góp ý việc cấp mới, gia hạn giấy đăng ký hoạt động cho 46 tổ chức PCPNN": registrations handled, not a count
# of the organisations working in the province
_REGISTRATION_FOR = _rx(
    r"(?:giấy\s+(?:đăng\s+ký|phép|chứng\s+nhận)|địa\s+bàn\s+hoạt\s+động)(?:\s+[^\W\d_]+){0,4}?\s+cho\s+"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "tặng Bằng khen cho 11 tổ chức, cá nhân": those honoured, not a tally of the work
_AWARDED = _rx(
    r"(?:khen\s+thưởng|(?:tặng|trao)\s+(?:bằng|giấy)\s+khen|(?:tặng|trao)\s+(?:huân|huy|kỷ\s+niệm)\s+chương)"
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?:cho\s+)?$"
)
_SHARE_LEAD = _rx(r"(?:trong\s+số\s+(?:này|đó|đấy)|trong\s+đó|(?<!\w)chỉ|riêng)\s*,?\s*(?:có\s+)?$")  # "Trong số này, 80 tổ chức"
_SHARES = _rx(r"trong\s+số\s+(?:này|đó|đấy)|trong\s+đó")
# "tập trung vào 5 chương trình trọng tâm", "3 khâu đột phá": a plan's priorities, no aid or investment counted
_PRIORITIES = _rx(r"^\s*(?:chương\s+trình|dự\s+án|nhiệm\s+vụ)\s+(?:trọng\s+tâm|trọng\s+điểm|đột\s+phá|ưu\s+tiên|hành\s+động|công\s+tác)(?!\w)")
_PROJECT_HEAD = _rx(r"^\s*(?:lượt\s+)?(?:chương\s+trình|dự\s+án|khoản\s+viện\s+trợ)")
# "chương trình" heads both projects and events: projects when "dự án"/"viện trợ" follows closely
_PROJECT_PHRASE = _rx(r"^\s*(?:lượt\s+)?(?:dự\s+án|khoản\s+viện\s+trợ|chương\s+trình\s*,?\s*(?:\w+\s+)?(?:dự\s+án|viện\s+trợ))")
# ("tổng vốn đầu tư sau điều chỉnh": the capital after every adjustment, a total)
_ADJUSTED = _rx(r"(?<!sau\s)điều\s+chỉnh")
_LICENSED = _rx(r"cấp\s+(?:mới\s+)?(?:(?:giấy\s+)?chứng\s+nhận|giấy\s+phép|phép|chủ\s+trương|quyết\s+định\s+chủ\s+trương)")
_CERTIFICATES_AMENDED = _rx(r"điều\s+chỉnh\s+(?:nội\s+dung\s+)?(?:giấy\s+chứng\s+nhận|gcn|chủ\s+trương)(?![^;.]*tăng\s+vốn)[^;.\d]{0,40}$")
# ("còn 3 dự án có vốn đầu tư nước ngoài tăng thêm 1.013,2 tỷ đồng": the foreign ones, then the amount they added)
_RAISING_HEAD = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:có\s+vốn\s+(?:đầu\s+tư\s+)?nước\s+ngoài\s+|(?:(?:fdi|[^\W\d_]+)\s+){0,3}?)(?:đăng\s+ký\s+)?"
                    r"(?:tăng\s+(?:thêm\s+)?vốn|được\s+(?:phép\s+)?tăng\s+thêm|bổ\s+sung\s+vốn"
                    r"|tăng\s+thêm(?=\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s*(?:nghìn|triệu|tỷ|usd|đồng)))(?!\w)")
# "61 dự án còn lại là các dự án đang hoạt động được nhà đầu tư quyết định nâng vốn": its own clause says so, however far
_RAISED_IN_ITS_CLAUSE = _rx(r"\s*(?:lượt\s+)?dự\s+án(?:\s+(?!mới|và|cấp)[^\W\d_]+){1,16}?\s+nâng\s+(?:thêm\s+)?vốn(?!\w)")
# "130 triệu USD được rót thêm vào 24 dự án đang hoạt động": the projects that raised their capital, not a stock
# ("cùng với đó là tăng vốn cho 8 dự án")
_CAPITAL_POURED_INTO = _rx(r"(?:(?:rót|bơm|đổ|bổ\s+sung|tăng)\s+thêm\s+(?:vốn\s+)?|tăng\s+vốn\s+(?:đầu\s+tư\s+)?)(?:vào|cho)\s+"
                           r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("từ năm 2018 đến nay, tỉnh đã thu hút được 184 dự án": a span from a named year to now is a flow too)
_YEAR_SO_FAR = _rx(r"(?:kể\s+|tính\s+)?từ\s+(?:đầu\s+năm(?:\s+(?:\d{4}|nay))?|năm\s+\d{4})\s*(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)")
_IN_FORCE = _rx(
    # (not "nâng tổng số dự án hiện có lên 120" after a flow: the total the flow raised, said after it; nor a management
    # board's name, "Trưởng ban Quản lý Khu kinh tế", said with its head)
    rf"còn\s+hiệu\s+lực|(?<!\w)dự\s+án\s+(?:còn\s+)?hiệu\s+lực|{_RUNNING_TOTAL}|đang\s+(?:hoạt\s+động|đầu\s+tư)|(?<!ban\s)quản\s+lý|hiện\s+có(?!\s+lên)|đang\s+triển\s+khai|"
    r"(?:tính\s+)?đến\s+nay|hiện\s+nay|hiện\s+tại|(?<!\w)hiện\s+(?:\w+\s+){0,6}có(?!\s+lên)"
)
# "trong tổng số 630 dự án FDI của tỉnh, Hàn Quốc đứng thứ hai với 162 dự án": all the province's, held, and a
# country's part of them
_ALL_THE_PROVINCE_S = _rx(r"tổng\s+số\s+(?:[\d.,]+\s+)?dự\s+án(?:\s+[^\W\d_]+){0,4}?\s+của\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố)\s*[,;.:]")
# "đến cuối năm 2024, thành phố có 1.012 dự án FDI": a count held at a date reached is the stock
# ("đến tháng 12/2013, thành phố đã cấp phép cho tổng cộng 279 dự án": all licensed by that date)
# "Đến năm 2011, toàn tỉnh mới cấp phép cho 6 dự án FDI": all licensed by then, a stock (a year's, not its months')
# ("Theo số liệu của Sở, đến cuối năm 2017 thành phố thu hút 77 dự án": a year's end reached after the source, with no
# comma of its own; "…, đến năm 2017 thu hút 15 dự án" after a clause is that year's flow)
_A_YEAR_REACHED = (r"(?:^|[:;]\s*|,\s*(?=(?:tính\s+)?(?:đến|tới)\s+(?:hết|cuối)\s))\W*(?:tính\s+)?(?:đến|tới)\s+"
                   r"(?:hết\s+|cuối\s+|đầu\s+)?năm\s+\d{4}(?:\s*,|\s+(?=[^\W\d_]))")
_UP_TO_A_YEAR = _rx(_A_YEAR_REACHED + r"[^,;:]*$")
# "Tính đến hết năm 2024, toàn tỉnh đã thu hút 201 dự án, trong đó 183 dự án trong nước … và 18 dự án FDI": a part of
# all licensed by then is held then too
_PART_OF_LICENSED_BY_A_YEAR = _rx(
    _A_YEAR_REACHED + r"[^,;:]*?(?:cấp\s+phép|thu\s+hút)\s+(?:cho\s+)?"
    r"(?:được\s+)?(?:tổng\s+cộng\s+)?[\d.,]+\s+dự\s+án\s*,?\s*(?:trong\s+đó|gồm|bao\s+gồm)[^;:]*$")
_FOREIGN_NAMED = _rx(r"[^,;.()]{0,30}?(?:(?<!\w)f[dđ]i(?!\w)|nước\s+ngoài)")
# (the sentence opens on "Tính đến hết năm 2020,": "Bình Định thu hút 83 dự án FDI" needs no "đã")
_LICENSED_SO_FAR = _rx(r"(?<!\w)(?:(?:đã|mới)\s+)?(?:cấp\s+phép|cấp\s+giấy\s+chứng\s+nhận(?:\s+đầu\s+tư)?|thu\s+hút)\s+(?:cho\s+)?(?:được\s+)?"
                       r"(?:tổng\s+cộng\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "khi tỉnh mới tái lập và chỉ có 4 dự án FDI", "năm 1997 tỉnh chỉ có 4 dự án", "mới có duy nhất một dự án": what stood
# then, not what came in
_ONLY_HAD = _rx(r"(?:(?<!\w)(?:chỉ|mới)\s+có|(?<!\w)khi\s[^.;,\d]{0,50}?(?<!\w)có)\s+(?:duy\s+nhất\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("trong giai đoạn 1990 - 2000 Bến Tre chỉ có 2 dự án FDI", "9 tháng đầu năm mới có 3 dự án": the span's new projects,
# a flow)
_YEARS_SPANNED = _rx(r"giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}|(?<!\w)(?:\d{1,2}|ba|sáu|chín)\s+tháng\s+đầu\s+năm(?!\w)")
# "Khi đó, toàn tỉnh có hơn 2.800 dự án FDI": what the whole province holds, with no verb of attracting or licensing
# ("năm 2018 toàn tỉnh có 46 dự án …", "trong 6 tháng, toàn tỉnh có …": what the span brought)
# "đến thời điểm ấy tỉnh đã thu hút 27 dự án FDI", "Theo số liệu Sở … đưa ra năm 2018, tỉnh có 29 dự án FDI": what the
# province had attracted by a date, or held when a year's figures were given
_HELD_BY_THEN = _rx(r"(?:(?:đến|tới)\s+thời\s+điểm\s+(?:ấy|đó|này|khi\s+đó)\s*,?\s*(?:toàn\s+)?tỉnh\s+(?:đã\s+)?(?:thu\s+hút|có)"
                    r"|theo\s+số\s+liệu[^,;.]{0,60}?(?:năm|tháng)\s+[\d/]+\s*,\s*(?:toàn\s+)?tỉnh\s+(?:hiện\s+)?có)"
                    r"\s+(?:được\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("Trong năm 2019, tính từ đầu năm đến thời điểm tổng hợp, … có 2 dự án nước ngoài": the year so far, a flow)
_FROM_THE_YEAR_START = _rx(r"(?<!\w)từ\s+đầu\s+năm(?!\w)")
# "Tháng 11/2014, theo Sở Kế hoạch và Đầu tư, toàn tỉnh có 41 dự án có vốn đầu tư nước ngoài": what the whole province
# held in the month the sentence opens on (not "toàn tỉnh có 3 dự án được cấp phép", what the month brought)
_MONTH_OPENING = re.compile(r"\W*(?:vào\s+|hồi\s+)?tháng\s+\d{1,2}\s*/\s*\d{4}\s*,")
_BROUGHT = _rx(r"mới|cấp\s+phép|được\s+cấp|thu\s+hút|đăng\s+ký\s+đầu\s+tư|chấp\s+thuận")


def _held_in_a_month(ctx: FigureContext, right: str) -> bool:
    return _MONTH_OPENING.match(ctx.sentence_left) is not None and not _BROUGHT.search(ctx.clause_right.lower()[:60]) \
        and not _SPAN_NAMED.search(ctx.sentence_left, _MONTH_OPENING.match(ctx.sentence_left).end())


_SPAN_NAMED = _rx(r"(?<!\w)(?:năm|tháng|quý|giai\s+đoạn|nhiệm\s+kỳ)\s+(?:\d|[ivx]+(?!\w)|này|qua|nay)|\d\s+tháng|trong\s+năm")
_WHOLE_PROVINCE_HAS = _rx(r"(?:toàn\s+tỉnh|toàn\s+thành\s+phố|trên\s+(?:toàn\s+)?địa\s+bàn(?:\s+tỉnh|\s+thành\s+phố)?)\s+(?:hiện\s+|đã\s+)?có"
                          r"\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "Năm 2015 tỉnh có 134 dự án FDI, tổng vốn 1,1 tỷ USD": a bare year, the province, and what it has: held that year
# (not "… có 1 dự án FDI được cấp phép / điều chỉnh tăng vốn / đi vào hoạt động": its own flow words right after it)
_YEAR_THEN_HOLDER = _rx(r"\W*(?:năm|cuối\s+năm|hết\s+năm)\s+\d{4}\s*,?\s+(?:[^\W\d_]+\s+){1,4}?"
                        r"(?:(?:hiện|đã)\s+)?có\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_FLOW_AFTER = _rx(r"\s*(?:lượt\s+)?dự\s+án(?:\s+(?:fdi|đầu\s+tư\s+nước\s+ngoài|có\s+vốn\s+(?:đầu\s+tư\s+)?nước\s+ngoài))?\s+"
                  r"(?:được|mới|cấp|điều\s+chỉnh|tăng|thu\s+hút|đăng\s+ký|đi\s+vào|khởi\s+công|giải\s+ngân)(?!\w)")
_HAS = _rx(r"(?<!\w)(?:có\s+(?:tổng\s+(?:cộng\s+|số\s+)?)?|tổng\s+cộng\s+)(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "Sau dự án này, thành phố có 85 dự án FDI", "Nhật Bản có 7 dự án, tổng vốn …": what a holder has, told with no span
# in the sentence and no flow words after the count, is what it holds ("Năm 2024 tỉnh có 5 dự án mới", "6 tháng, tỉnh có
# 3 dự án được cấp phép", "trong số dự án nói trên, có 2 dự án FDI": a span's, or a part of another figure)
_OF_THOSE_TOLD = _rx(r"(?:nói|kể|nêu)\s+trên|trong\s+(?:tổng\s+)?số(?!\w)")
_HAS_VERB = _rx(r"(?<!\w)có\s+(?:tổng\s+(?:cộng\s+|số\s+)?)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")


def _bare_holding(ctx: FigureContext) -> bool:
    return _HAS_VERB.search(ctx.left[-40:]) is not None and not _SPAN_NAMED.search(ctx.sentence_left) \
        and not _SINCE.search(ctx.sentence_left) and not SPLIT.search(ctx.sentence_left) \
        and not _OF_THOSE_TOLD.search(ctx.sentence_left) and not _FLOW_AFTER.match(ctx.clause_right.lower())


# "trong 119 dự án FDI của tỉnh, …": all the province's, of which a part is told
_THE_PROVINCE_S_AFTER = _rx(r"\s*dự\s+án(?:\s+[^\W\d_]+){0,4}?\s+của\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố)(?!\w)")
# ("Đến hết quý III/2014, toàn tỉnh có 36 dự án FDI"; "Hồi tháng 5/2024, tỉnh có gần 4.300 dự án FDI": a past moment)
# ("Tại hội nghị xúc tiến đầu tư ngày 2/7/2019, tỉnh công bố có 581 dự án", "khi đón đoàn … ngày 1/11/2020, tỉnh có 37
# dự án của nhà đầu tư Hàn Quốc": what it held on that day)
_ON_A_DAY = r"(?<!\w)(?:tại|vào|khi)\s+(?:[^,;.\d]{0,80}?\s)?ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}"
# "Tại Hội nghị xúc tiến đầu tư ngày 7/10/2023, tỉnh công bố đã thu hút 111 dự án FDI", "Tại hội nghị … chiều 28/11, …
# thông tin tỉnh đã thu hút hơn 1.952 dự án FDI": all attracted, told on that day, with no span of its own
_AT_AN_EVENT_ON_A_DAY = _rx(r"(?<!\w)(?:tại|vào|khi)\s+[^;.]{0,120}?(?<!\w)(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?!\d)"
                            # ("Ngày 11/11/2023, tại hội nghị gặp gỡ …, Bí thư cho biết tỉnh thu hút được 91 dự án FDI")
                            r"|^\W*(?:ngày|sáng|chiều|tối)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*,\s*(?:tại|trong|khi)\s")
_ATTRACTED_IN_ALL = _rx(r"(?<!\w)(?:đã\s+thu\s+hút\s+(?:được\s+)?|thu\s+hút\s+được\s+)(?:tổng\s+cộng\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("Cuối năm 2021, tỉnh có 67 dự án FDI", "đầu năm 2021 Hàn Quốc có 18 dự án": a moment of a year whose own clause holds
# them, not "6 tháng đầu năm", nor "Trả lời phỏng vấn đầu năm 2015, ông …" before another period's figures)
_REACHED = _rx(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?(?:năm|ngày|tháng|quý|thời\s+điểm|nay|\d)|l(?:ũy|uỹ)\s+kế"
               r"|(?<!\w)hồi\s+(?:tháng|năm|cuối|đầu|giữa|quý)|(?<!\w)(?:tại|vào)\s+thời\s+điểm(?!\s+này)|" + _ON_A_DAY +
               r"|(?<!\w)(?<!từ\s)(?<!tháng\s)(?:đầu|cuối|giữa)\s+năm\s+\d{4}(?=[^;.\d()]{0,80}?(?<!\w)có\s)")
# "đến tháng 6 tỉnh có 640 dự án, gồm ... và 128 dự án nước ngoài": the parts of a stock are stocks
# "Tính đến tháng 6/2021, Hàn Quốc dẫn đầu về vốn đầu tư với 45 dự án": a country ranked by what it holds
# at a date (ranked "trong 6 tháng", by what it brought in the period)
_RANKED_TO_DATE = _rx(r"^\W*(?:tính\s+|l(?:ũy|uỹ)\s+kế\s+)?(?:đến|tới)\s+[^,;]{0,30},[^;]*?(?:(?:dẫn|đứng)\s+đầu|(?:đứng|xếp)\s+thứ)")
_AMONG_THESE = _rx(r"trong\s+số\s+(?:này|đó|trên)")
SPLIT = _rx(r"(?<!\w)(?:gồm|bao\s+gồm|trong\s+đó)(?!\w)")
# "tính đến đầu tháng 10, các doanh nghiệp Hàn Quốc đã đầu tư vào tỉnh hơn 400 dự án": what investors have put
# into the province by a date is what it holds then (not a span "từ đầu năm đến …")
# "đã có 43 quốc gia và vùng lãnh thổ đầu tư vào Đồng Nai với 2.052 dự án": the investor countries counted, then what they hold
_COUNTRIES_INVESTING_WITH = _rx(r"(?<!\w)(?:quốc\s+gia|nước)(?:\s*(?:,|và)\s*vùng\s+lãnh\s+thổ)?\s+(?:đã\s+|đang\s+)?(?:đầu\s+tư|có\s+dự\s+án)"
                                r"\s+(?:vào|tại)\s+[^,;.\d]{1,40}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_INVESTED_INTO = _rx(r"(?<!\w)đã\s+đầu\s+tư\s+vào\s+(?:tỉnh|thành\s+phố|địa\s+bàn)(?:\s+[^\W\d_]+){0,3}?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SINCE = _rx(r"(?<!\w)từ\s+(?:đầu|ngày|tháng|năm|\d)|tháng\s+đầu\s+năm|(?<!\w)trong\s+(?:năm|kỳ|tháng|quý)(?!\w)")
_HELD_AT_TEXT = r"(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?(?:năm|ngày|tháng|quý|thời\s+điểm|nay|\d)|" + _ON_A_DAY + r")[^;]*?(?<!\w)có\s"
_HELD_AT = _rx(_HELD_AT_TEXT)
# "đến hết tháng 6, tỉnh có 102 dự án trong nước với tổng vốn 11.945 tỷ đồng và 3 dự án FDI": the next item of
# the list the stock verb opened
_HELD_LIST_ITEM = _rx(_HELD_AT_TEXT + r"+[\d.,]+\s[^;]*?\s(?:và|,)\s+$")
# ("cấp giấy chứng nhận đầu tư mới cho 32 dự án và điều chỉnh tăng vốn cho 8 dự án": the first count is the new one)
# ("cấp mới giấy chứng nhận cho 33 dự án và điều chỉnh tăng vốn …": the certificate named after the verb)
_NEW_VERB_BEFORE = _rx(r"(?:cấp\s+mới|đăng\s+ký\s+mới|thu\s+hút\s+mới|cấp\s+(?:giấy\s+chứng\s+nhận\s+(?:đăng\s+ký\s+)?đầu\s+tư|giấy\s+phép|phép)"
                       r"\s+mới)\s+(?:(?:giấy\s+chứng\s+nhận(?:\s+đăng\s+ký)?(?:\s+đầu\s+tư)?|giấy\s+phép)\s+)?(?:cho\s+)?"
                       r"(?:(?:từ|khoảng|hơn|gần|trên)\s+)?$")
# "cấp giấy chứng nhận đầu tư cho 9 dự án FDI mới và chấp thuận điều chỉnh tăng vốn cho …": the count's own words say new
_NEW_RIGHT_AFTER = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:fdi\s+|(?:có\s+vốn\s+)?đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài\s+)?"
                      r"(?:đầu\s+tư\s+)?mới(?!\w)")  # ("148 dự án FDI đầu tư mới")
# ("thu hút 49 dự án đầu tư mới, trong đó có 11 dự án FDI": the new ones)
_NEW_PROJECTS = _rx(r"cấp\s+mới|đăng\s+ký\s+mới|(?:dự\s+án(?:\s+đầu\s+tư)?|fdi)\s+mới|thu\s+hút\s+mới")
# ("đã vận động được 19 dự án ODA": won, so under way, not still sought)
_MOBILIZING = _rx(r"(?<!đã\s)vận\s+động(?!\s+được)|kêu\s+gọi(?!\s+được)|đề\s+xuất|tìm\s+kiếm")
_NEW_COMMITMENT = _rx(
    r"mới\s+(?:được\s+)?(?:ký\s+)?cam\s+kết|ký\s+cam\s+kết|cam\s+kết\s+mới|(?:được\s+)?phê\s+duyệt|tiếp\s+nhận\s+mới|"
    r"(?:mới\s+)?được\s+vận\s+động(?:\s+thành\s+công)?|"  # "20 dự án … mới được vận động thành công": won in the period
    r"^\s*(?:chương\s+trình,?\s+)?(?:dự\s+án|khoản\s+viện\s+trợ)\s+mới|"
    # "38 dự án và khoản viện trợ phi dự án mới": the new ones, named after the list
    r"^\s*(?:chương\s+trình,?\s+)?(?:dự\s+án|khoản\s+viện\s+trợ)[^.;:\d]{0,40}?phi\s+dự\s+án\s+mới"
)
# "51 khoản viện trợ", "28 chương trình, dự án và khoản viện trợ lẻ": aid counted by its items, the wording of
# approvals (SCHEMA: "chương trình, dự án, khoản viện trợ PCPNN mới ký cam kết"), unless carried out, held or a part
# ("tiếp nhận và triển khai 25 dự án, khoản viện trợ", "có 21 khoản viện trợ … được triển khai", "Trong số đó, 18 …")
_AID_ITEMS_COUNTED = _rx(r"^\s*(?:(?:chương\s+trình|dự\s+án)\s*,?\s*(?:và\s+)?){0,2}khoản\s+viện\s+trợ"
                         r"(?![^.;:\d]{0,60}?(?:đang|được\s+triển\s+khai|được\s+thực\s+hiện|còn\s+lại)(?!\w))")
# ("các tổ chức đã tài trợ cho tỉnh 99 dự án", "nguồn viện trợ này đến từ 281 chương trình": the items the aid came with)
# "đã cam kết viện trợ 1,2 triệu USD cho 14 dự án", "cam kết tài trợ … để triển khai 12 khoản viện trợ": the items committed
_COMMITTED_FOR = _rx(r"cam\s+kết\s+(?:viện\s+trợ|tài\s+trợ)[^.;]{0,80}?(?:cho|để\s+(?:triển\s+khai|thực\s+hiện))\s+(?:khoảng\s+|hơn\s+|gần\s+)?$")
# ("tỉnh đã ký kết với các tổ chức này 151 chương trình, dự án": signed with them, so committed)
_AID_WON = _rx(r"vận\s+động\s+(?:thêm\s+)?được|tiếp\s+nhận|(?<!\w)thêm\s+được|phê\s+duyệt|thu\s+hút\s+được"
               r"|ký\s+kết\s+với\s+(?:[^\W\d_]+\s+){1,6}?(?:này|đó|trên)\s+$"
               r"|tài\s+trợ\s+cho\s+(?:[^\W\d_]+\s+){1,4}$|viện\s+trợ\s+(?:này\s+)?đến\s+từ\s+$")
# "đã tiếp nhận và triển khai thực hiện 31 chương trình, dự án": the verb that governs the count says
# carried out, so the programmes under way (the new ones follow, "trong đó tiếp nhận mới 16")
# ("đã phê duyệt, triển khai 51 dự án": approved, so new, then carried out)
_CARRIED_OUT = _rx(r"(?<!duyệt,\s)(?<!duyệt\svà\s)(?:triển\s+khai|thực\s+hiện)(?:\s+thực\s+hiện)?\s*(?:được\s+)?"
                   r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_DISBURSED_FOR_THEM = _rx(r"\s*(?:chương\s+trình|dự\s+án)[^.;\d]{0,50}?\s(?:với\s+)?(?:tổng\s+)?(?:giá\s+trị|số\s+vốn|kinh\s+phí)\s+"
                         r"(?:đã\s+)?giải\s+ngân")
# "vận động được hơn 17 triệu USD viện trợ để triển khai 232 dự án": the projects the aid won is for, new ones
_PROJECTS_THE_AID_IS_FOR = _rx(r"(?<!\w)(?:để|nhằm)\s+(?:triển\s+khai|thực\s+hiện)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_QUOTA_HEAD = _rx(r"^\s*chỉ\s+tiêu(?!\w)")
_WORK_ABROAD_QUOTA = _rx(r"chỉ\s+tiêu\s+(?:[^\W\d_]+\s+){0,4}?(?:lao\s+động|làm\s+việc)\s+(?:[^\W\d_]+\s+){0,3}?(?:ở|tại|ra)\s+nước\s+ngoài"
                         r"|chỉ\s+tiêu\s+xuất\s+khẩu\s+lao\s+động")
PEOPLE_HEAD = _rx(r"^\s*(?:lượt\s+)?(?:người|lao\s+động|thực\s+tập\s+sinh)")
_ABROAD_PLACE = _rx(r"(?:ở|tại|ra)\s+nước\s+ngoài|xuất\s+cảnh|làm\s+việc\s+theo\s+hợp\s+đồng|(?<!\w)sang\s+(?!làm|học|năm|tháng|giai|thời)(?=[^\W\d_])")
# people of the province living (or studying) abroad, workers among them: the community, not workers sent
_COMMUNITY_BEFORE = _rx(r"(?<!\w)(?:người|bà\s+con|kiều\s+bào)(?:\s+[^\W\d_]+){0,4}?\s+(?:đang\s+)?sinh\s+sống(?!\w)"
                        r"[^.;:\d]{0,80}$")
_COMMUNITY_HEAD = _rx(r"\s*(?:người|công\s+dân|kiều\s+bào)(?:\s+[^\W\d_]+){0,4}?\s+(?:đang\s+)?(?:sinh\s+sống|học\s+tập)(?!\w)")
_MARKET_ITEM = _rx(r"(?:thị\s+trường|tiếp\s+(?:đến|theo)\s+là|sau\s+đó\s+là)[^.;\d]{0,50}?\s(?:với|có|là)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SENT_OR_AVERAGED_BEFORE = _rx(r"(?<!\w)(?:đưa\s+(?:được\s+)?|bình\s+quân\s+(?:mỗi\s+năm\s+)?)(?:khoảng\s+|hơn\s+|gần\s+|trên\s+|từ\s+)?$")
_WORKING_ABROAD_LATER = _rx(r"(?:đi\s+)?(?:làm\s+việc|lao\s+động|xuất\s+cảnh)\s+(?:ở|tại)\s+nước\s+ngoài")
_WORK = _rx(r"lao\s+động|làm\s+việc|thực\s+tập|xuất\s+khẩu\s+lao\s+động")
# "1.700 lao động của tỉnh Đồng Tháp ký hợp đồng đi làm việc ở nước ngoài": abroad, past the head's words, in the same phrase
_WORKING_ABROAD_AFTER = _rx(r"^\s*(?:người|lao\s+động)[^,;.:()\d]{0,60}?\sđi\s+làm\s+việc\s+(?:ở|tại)\s+nước\s+ngoài")
_VISITS_HEAD = _rx(r"\s*lượt\s+(?:người|khách|cán\s+bộ|đại\s+biểu)")
# "1.475 người hết hạn hợp đồng trở về", "3.513 người đăng ký dự tuyển", "1.400 người vay vốn để đi làm việc ở nước
# ngoài", "1.600 người theo học": people back, applying, borrowing or studying, not workers sent
_NOT_SENT_HEAD = _rx(r"\s*(?:người|lao\s+động)(?:\s+[^\W\d_]+){0,2}?\s+(?:đã\s+|đang\s+)?(?:hết\s+hạn(?:\s+hợp\s+đồng)?\s+(?:trở\s+)?về"
                     r"|(?:trở\s+)?về\s+nước|đăng\s+ký(?!\s+hợp\s+đồng)|dự\s+tuyển|dự\s+thi|nộp\s+hồ\s+sơ|vay\s+vốn|theo\s+học)(?!\w)")
_LEFT_FOR_WORK = _rx(r"\s*(?:người|lao\s+động)\s+(?:đã\s+)?xuất\s+cảnh(?!\w)")  # not "lượt người xuất nhập cảnh"
# "đứng thứ 3 vùng … và thứ 18 cả nước": the second standing of the same verb
_RANK_BEFORE = _rx(r"(?:đứng|xếp)\s+(?:thứ\s+)?(?:hạng\s+)?$|vị\s+trí\s+(?:thứ\s+)?$|(?:đứng|xếp)\s+thứ[^.;]{1,80}?(?:\s+và|,)\s+thứ\s+$"
                   r"|(?:vươn|leo)\s+lên\s+thứ\s+$|(?:tụt|lùi)\s+xuống\s+thứ\s+$"  # "vươn lên thứ hai cả nước"
                   r"|(?:đứng|xếp)\s+(?:thứ|hạng)\s+[^.;]{1,60}?\s+về\s+[^.;\d]{1,40}?\s+và\s+$")  # "… 11/63 về số dự án và 7/63"
_RANK_OF_ANOTHER = _rx(r"^\s*(?:là|thuộc\s+về)\s+(?:các\s+)?(?:lĩnh\s+vực|ngành|nhóm\s+ngành|nhà\s+đầu\s+tư|quốc\s+gia|thị\s+trường"
                       r"|đối\s+tác|mặt\s+hàng)(?!\w)")
# "Nhật Bản có 15 dự án …, xếp thứ 4/24 quốc gia, vùng lãnh thổ có vốn đầu tư vào tỉnh": an investor's place among them
_AMONG_COUNTRIES = _rx(r"^\s*(?:/\s*\d+\s+|trong\s+(?:số\s+)?(?:\d+\s+)?)?(?:các\s+)?(?:quốc\s+gia|nước|đối\s+tác|nhà\s+đầu\s+tư"
                       r"|thị\s+trường)(?!\w)")
# "… hai đại diện trong nhóm 10 địa phương dẫn đầu là A, xếp thứ 5, và B, xếp thứ 6": ranks among all provinces
_LEADING_GROUP = _rx(r"(?:nhóm|top)\s+(?:\d+|mười)\s+(?:địa\s+phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)(?!\w)")
# "đứng thứ 6 cả nước về số dự án FDI cấp mới và thứ 13 về tổng vốn đăng ký": the rank by capital is the FDI rank
_RANK_BY_PROJECTS_BESIDE_CAPITAL = _rx(r"^[^.;]{0,40}?(?<!\w)về\s+số\s+(?:lượng\s+)?dự\s+án[^.;]*?(?<!\w)(?:thứ\s+\d+|và\s+\d+\s*/\s*\d+)"
                                       r"\s+về\s+(?:tổng\s+|số\s+)?vốn")
_CAPITAL_RANK_AFTER_PROJECTS = _rx(r"^\s*về\s+(?:tổng\s+|số\s+)?vốn")
_AMONG_ALL = _rx(AMONG_ALL_PROVINCES)
# "xếp ở vị trí thứ 32 về thu hút FDI": a place on foreign investment, the provinces unsaid
_RANKED_ON_FDI = _rx(r"\s+về\s+(?:thu\s+hút\s+)?(?:(?:dòng\s+)?vốn\s+)?(?:fdi|(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?nước\s+ngoài)(?!\w)")
# "Bắc Giang xếp thứ 2 với hơn 1 tỷ USD", "leo lên vị trí thứ 2 với vốn đăng ký mới 1.111 triệu USD": a place by the
# dollars after it
_RANKED_BY_DOLLARS = _rx(r"\s*" + WITH_DOLLARS)
_RANK_AFTER = _rx(rf"^(?:\s*/\s*\d+)?\s+(?:\w+\s+){{0,3}}?{AMONG_ALL_PROVINCES}")
# "Bắc Ninh có hơn 1.500 dự án FDI đến từ 34 quốc gia và vùng lãnh thổ": what it holds, counted by the investors' origins
_FROM_COUNTRIES = _rx(r"\s*dự\s+án\s+(?:fdi\s+|(?:có\s+vốn\s+)?đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài\s+)?(?:đến\s+từ|của)\s+"
                      r"(?:các\s+nhà\s+đầu\s+tư\s+(?:đến\s+)?từ\s+|nhà\s+đầu\s+tư\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d+\s+"
                      r"(?:quốc\s+gia|nước)(?!\w)")
# "Nhật Bản hiện là nhà đầu tư lớn thứ hai … với 357 dự án", "Hàn Quốc là quốc gia có nhiều dự án đầu tư vào tỉnh nhất
# với 24 dự án": an investor country's standing among all the province holds, unless a span is named for it
_INVESTOR_STANDING = _rx(r"(?<!\w)(?:là|trở\s+thành)\s+(?:nhà\s+đầu\s+tư|quốc\s+gia|nước|đối\s+tác)(?:\s+nước\s+ngoài)?\s+(?:lớn\s+(?:nhất|thứ\s+\w+)"
                         r"|có\s+nhiều\s+dự\s+án[^,;.\d]{0,40}?\s+nhất)(?!\w)")
_SPAN_FOR_IT = _rx(r"(?<!\w)(?:trong|từ)\s+(?:năm|\d+\s+tháng|quý|kỳ|đầu\s+năm|giai\s+đoạn)(?!\w)|tháng\s+đầu\s+năm|năm\s+nay")
# ("… 1.500 dự án FDI … với tổng vốn 19 tỷ USD; trong đó Nhật Bản … với gần 100 dự án": a part of a stock is a stock)
FDI_STOCKS = ("fdi_active_projects", "fdi_total_capital")
_NOW_LEAD = _rx(r"\W*(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay)(?!\w)")
# "cho biết Hàn Quốc đang có 4 dự án tại tỉnh": the same, said of the day the speaker spoke
_HOLDS_NOW = _rx(r"(?<!\w)đang\s+có\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "Hàn Quốc hiện là nhà đầu tư lớn nhất tại tỉnh với 150 dự án": what an investor country holds now
NOW_AFTER_SUBJECT = r"[^\W\d][^,;.\d]{0,40}?(?<!\w)hiện\s+(?:nay\s+|tại\s+)?(?:là|đang|vẫn|có)(?!\w)"
_NOW_AFTER_SUBJECT = _rx(r"\W*" + NOW_AFTER_SUBJECT)
# "tổng vốn đăng ký đến nay đạt 1,1 tỷ USD với 95 dự án": the projects of the standing capital just given
_PROJECTS_OF_THE_TOTAL = _rx(r"^\s*,?\s*(?:với|của|gồm)\s+(?:tổng\s+(?:số\s+)?)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_OTHER_MEASURE = _rx(
    r"grdp|tăng\s+trưởng|mức\s+tăng|kinh\s+tế(?:\s+[^\W\d_]+){0,5}?\s+tăng(?!\s+thêm)|xuất\s+khẩu|nhập\s+khẩu|ngân\s+sách|(?<!\w)pci(?!\w)|(?<!\w)par\s+index|du\s+lịch|chỉ\s+số"
    r"|thu\s+nhập|bán\s+lẻ|công\s+nghiệp|nông\s+nghiệp|dân\s+số|diện\s+tích"
    r"|quy\s+mô\s+(?:nền\s+)?kinh\s+tế|tổng\s+sản\s+phẩm|giá\s+trị\s+tăng\s+thêm"  # "quy mô kinh tế đứng thứ 23 cả nước": the economy's rank
    r"|công\s+suất|(?<!\w)mw(?!\w)"  # "8 dự án điện gió với tổng công suất gần 470 MW, đứng thứ 3 cả nước": capacity's
    # "140.000 ha cà phê, sản lượng hằng năm ước trên 356.000 tấn, đứng thứ ba cả nước": a crop's
    r"|sản\s+lượng|(?<!\w)(?:tấn|ha|héc-?ta)(?!\w)"
)
_SUPPORTED = _rx(r"(?<!\w)(?:hỗ|tài|viện)\s+trợ\s+(?:cho\s+)?(?:tỉnh\s+|địa\s+phương\s+|thành\s+phố\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "3 dự án do Hoa Kỳ tài trợ", "dự án được Nhật Bản viện trợ": funded, not invested
_FUNDED_AFTER = _rx(r"\s*dự\s+án\s+(?:[^\W\d_]+\s+){0,2}?(?:do|được|của)\s+[^,;.\d]{0,40}?(?:tài|viện|hỗ)\s+trợ(?!\w)")
_ONE_OF = _rx(r"một\s+trong\s+(?:số\s+)?$")
# "công bố danh mục 117 dự án kêu gọi đầu tư", "lập danh mục 98 dự án": projects proposed in a list, none under way
_LIST_FOR_A_CALL = r"danh\s+mục\s+(?:gồm\s+|với\s+|có\s+|của\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
_LISTED_FOR_A_CALL = _rx(_LIST_FOR_A_CALL + "$")
# "công bố 40 dự án ưu tiên mời gọi đầu tư", "đề xuất 35 dự án ưu tiên vận động": projects put forward, none won yet
# ("54 dự án thành phố mời gọi tại Hội nghị": the caller named before its verb)
PUT_FORWARD_AFTER = _rx(r"^\s*(?:chương\s+trình,\s*)?dự\s+án\s+(?:ưu\s+tiên\s+|trọng\s+điểm\s+)?(?:(?:thành\s+phố|tỉnh)\s+)?"
                        r"(?:mời\s+gọi|kêu\s+gọi|vận\s+động)(?!\w)")
_PUT_FORWARD_BEFORE = _rx(r"(?<!\w)đề\s+xuất\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "… danh mục 72 dự án kêu gọi đầu tư, gồm 25 dự án công nghiệp, 20 dự án …": the list's items are proposals too
_ITEMS_OF_A_LIST_FOR_A_CALL = _rx(
    _LIST_FOR_A_CALL + r"[\d.,]+\s+dự\s+án[^;.]{0,80}?(?<!\w)(?:gồm|bao\s+gồm|trong\s+đó)(?!\w)[^;.]*$"
    # ("danh mục các dự án kêu gọi đầu tư đến năm 2030, trong đó có 62 dự án …": the list counted after it)
    r"|danh\s+mục\s+(?:các\s+)?dự\s+án\s+(?:kêu\s+gọi|thu\s+hút|xúc\s+tiến)\s+đầu\s+tư[^;.]{0,60}?(?<!\w)(?:gồm|bao\s+gồm|trong\s+đó)(?!\w)[^;.]*$"
    # ("Trong số 54 dự án thành phố mời gọi tại Hội nghị, đã có 44 dự án có nhà đầu tư quan tâm": those called for)
    r"|trong\s+số\s+[\d.,]+\s+dự\s+án\s+(?:[^\W\d_]+\s+){0,3}?(?:mời\s+gọi|kêu\s+gọi)(?!\w)[^.]*$")
_SIGNED_WITH = _rx(
    r"(?<!\w)ký(?:\s+kết)?\s+(?:các\s+)?(?:văn\s+bản\s+|bản\s+)?(?:thỏa\s+thuận|thoả\s+thuận|biên\s+bản\s+ghi\s+nhớ|ghi\s+nhớ|hiệp\s+định|mou)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_PARTIES_HEAD = _rx(r"\s*(?:tổ\s+chức|đối\s+tác|địa\s+phương|đơn\s+vị|cơ\s+quan|doanh\s+nghiệp|tập\s+đoàn|trường|quỹ)(?!\w)")
# ("lọt vào nhóm 10 địa phương thu hút vốn FDI cao nhất cả nước": the group's measure between)
_IN_A_LEADING_GROUP = _rx(r"(?<!\w)nhóm\s+(?:\d+\s+|[^\W\d_]+\s+)?(?:địa\s+phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)"
                          r"(?:\s+[^\W\d_]+){0,6}\s+$")
# ", dẫn đầu cả nước" right after an amount, or after its change ("…, gấp 2,76 lần cùng kỳ năm 2022, tiếp tục đứng đầu …")
# ("thu hút hơn 1,1 tỷ USD vốn FDI và dẫn đầu cả nước": the measure named after the amount, then "và")
# ("…, chiếm 14,1% tổng vốn đăng ký của cả nước và gấp 2,76 lần cùng kỳ, tiếp tục đứng đầu cả nước": past its share)
_AFTER_THE_AMOUNT = _rx(r"(?:,?\s*chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s*tổng\s+vốn[^,;.()\d]{0,40}?\s+và)?"
                        r"(?:,?\s*(?:gấp|tăng|giảm|bằng)\s+[\d.,]+\s*(?:lần|%)[^,;.()]{0,40}|\s*(?:lần|%)[^,;.()]{0,40}"
                        r"|\s+vốn\s+(?:fdi|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)(?:\s+đăng\s+ký)?)?"
                        r"(?:,\s*(?:và\s+)?|\s+và\s+)(?:tiếp\s+tục\s+|vẫn\s+)?$")
_RANKED_AMOUNT_REACH = 120
_RANKED_RIGHT_AFTER = _rx(r"^\s*,\s*(?:và\s+)?(?:đứng|xếp)\s+(?:thứ\s+)?(?:hạng\s+)?$")
REGISTERED_CAPITALS = ("fdi_new_capital", "fdi_total_capital", "fdi_registered_capital")
_LEADER_NAMED = _rx(r"^\s*là\s+(?:tỉnh|thành\s+phố|tp\.?)\s")
# ("đứng đầu trong số 59 tỉnh, thành phố có dự án đầu tư nước ngoài, với tổng vốn đăng ký 4 tỷ USD": among those holding
# foreign projects, by the capital after)
# "(là địa phương) nhận nhiều vốn FDI nhất": the most foreign investment of all provinces
_MOST_FDI = re.compile(r"\s+(?:thu\s+hút|nhận|có)\s+(?:được\s+)?nhiều\s+(?:vốn\s+|dự\s+án\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài"
                       r"|fdi|vốn\s+ngoại)\s+nhất(?!\w)")
# ("dẫn đầu cả nước về thu hút FDI", "… về vốn đầu tư FDI", "… về vốn FDI đăng ký": first on FDI)
_TOPIC_FDI = _rx(r"^\s*(?:về\s+)?(?:(?:thu\s+hút|hút)\s+(?:vốn\s+)?|(?<=về\s)(?:tổng\s+)?vốn\s+(?:đầu\s+tư\s+)?)"
                 r"(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi|vốn\s+ngoại)"
                 r"|^\s*có\s+dự\s+án\s+(?:có\s+vốn\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)\s*,?\s*với\s+"
                 r"(?:tổng\s+)?(?:số\s+)?vốn")


def _head_words(text: str) -> str:
    return " ".join(text.split()[:_RIGHT_WORDS])


# "10 dự án đi vào hoạt động", "nâng số dự án đang hoạt động lên 982" after it: projects that
# started operating are no indicator (neither licensed in the period nor the stock in force)
# "Có 3 dự án quy mô trên 10 triệu USD": the projects above a size, a part picked out, no count of the period's
_OF_A_SIZE = _rx(r"^\s*dự\s+án\s+(?:có\s+)?quy\s+mô(?:\s+(?:vốn|đầu\s+tư|đăng\s+ký))*\s+(?:trên|từ|hơn|lớn\s+hơn|vượt)(?:\s+\d|\s*$)")
_OPERATING = _rx(r"đi\s+vào\s+(?:hoạt\s+động|sản\s+xuất|vận\s+hành|khai\s+thác)|hoàn\s+thành\s+xây\s+dựng")
# ("Sau khi bộ máy mới đi vào hoạt động, …": the new government apparatus started operating, not projects)
_APPARATUS_BEFORE = _rx(r"(?:bộ\s+máy|chính\s+quyền|cơ\s+quan|đơn\s+vị\s+hành\s+chính|tỉnh\s+mới|sở\s+mới)(?:\s+(?:mới|hai\s+cấp|địa\s+phương))*"
                        r"(?:\s+(?:đã|chính\s+thức))*\s+$")


def _projects_operating(ctx: FigureContext) -> bool:
    """Projects (or zones) said to have started operating around the count; not a government body that did."""
    found = _OPERATING.search(ctx.left + " " + ctx.right)
    return found is not None and not (found.start() < len(ctx.left)
                                      and _APPARATUS_BEFORE.search(ctx.left, max(0, found.start() - 60), found.start()))


# "765 dự án trong nước", "92 dự án là của nhà đầu tư trong nước": domestic projects
# "13 dự án điện gió …, cùng 31 dự án điện mặt trời", "82 dự án công nghiệp; 24 dự án xây dựng": projects of one field, a part
_SECTOR_PROJECTS = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s+(?:điện\s+(?:gió|mặt\s+trời|sinh\s+khối|khí|rác)|năng\s+lượng|bất\s+động\s+sản"
                              r"|du\s+lịch|nông(?:\s+|,\s*)(?:nghiệp|lâm)|công\s+nghiệp(?!\s+(?:fdi|nước))|thương\s+mại|xây\s+dựng|dịch\s+vụ)(?!\w)")
# ("44 dự án còn lại là của nhà đầu tư trong nước")
_DOMESTIC_PROJECTS = _rx(r"^\s*(?:lượt\s+)?dự\s+án\s+(?:[^\W\d_,]+\s+){0,8}?(?:trong\s+nước|nội\s+địa)")



_CLAUSE_AFTER = re.compile(r"[^;.]{0,80}")
_FOREIGN_CLAUSE = re.compile(r"usd|f(?<!\wf)[dđ]i(?!\w)|nước\s+ngoài")
# "cấp phép mới 46 dự án với số vốn đăng ký 445 triệu USD": projects licensed new, their capital registered in dollars
_LICENSED_NEW = _rx(r"cấp\s+(?:phép\s+)?mới\s+(?:cho\s+)?$")
_DOLLAR_CAPITAL_AFTER = _rx(r"\s*dự\s+án,?\s+(?:với\s+)?(?:số\s+|tổng\s+)?vốn\s+(?:đăng\s+ký|đầu\s+tư)(?:\s+là)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
                            r"\d[\d.,]*\s*(?:triệu|tỷ)\s+usd")
_ADJUSTED_BY_DOLLARS_AFTER = _rx(r"\s*(?:lượt\s+)?dự\s+án[^.;\d]{0,50}?(?:điều\s+chỉnh(?:\s+tăng)?|tăng)\s+vốn,?\s+(?:tăng\s+thêm|thêm|với)\s+"
                                 r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s*(?:triệu|tỷ)\s+usd")
# ("Từ năm 2010 đến nay, tỉnh đã cấp giấy chứng nhận đầu tư cho 54 dự án" after a paragraph on aid)
_INVESTMENT_LICENSED = _rx(r"cấp\s+(?:mới\s+)?(?:(?:giấy\s+)?chứng\s+nhận\s+(?:đăng\s+ký\s+)?đầu\s+tư|giấy\s+phép\s+đầu\s+tư|chủ\s+trương\s+đầu\s+tư)")
# projects whose own words say investment (of any origin), not aid
# ("119 dự án đầu tư mới", "180 dự án đầu tư còn hiệu lực" in a paragraph on FDI stay the foreign ones)
_INVESTMENT_PROJECTS = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:được\s+)?(?:đăng\s+ký\s+|cấp\s+phép\s+|chấp\s+thuận\s+)?đầu\s+tư"
                           r"(?!\s+(?:bằng|từ)\s)(?!\s+(?:cấp\s+)?mới(?!\w))(?!\s+còn\s+hiệu\s+lực)")


def _aid_items_committed(ctx: FigureContext, right: str) -> bool:
    return _AID_ITEMS_COUNTED.match(right) is not None and not _CARRIED_OUT.search(ctx.left) \
        and not _HAS.search(ctx.left) and not SPLIT.search(ctx.sentence_left) and not _AMONG_THESE.search(ctx.sentence_left)


def _project_indicator(ctx: FigureContext, right: str) -> str | None:
    topic = topic_around(ctx)
    if topic in ("oda", "ngo") and "cấp" in ctx.left and (named := last_match(_TOPIC, ctx.left)) is not None \
            and _LICENSED.search(ctx.left, named.end()):
        # "đẩy nhanh 7 dự án ODA và cấp giấy chứng nhận đầu tư cho 48 dự án mới": investment licensed, not aid
        topic = None
    elif topic in ("oda", "ngo") and "cấp" in ctx.left and topic_of(ctx) is None and _INVESTMENT_LICENSED.search(ctx.left):
        topic = None  # the same after a paragraph on aid, no aid word in the sentence
    if topic is None and "usd" in ctx.clause_right and (
            (_LICENSED_NEW.search(ctx.left) and _DOLLAR_CAPITAL_AFTER.match(ctx.clause_right.lower()))
            or _ADJUSTED_BY_DOLLARS_AFTER.match(ctx.clause_right.lower())):
        # "tỉnh cấp phép mới 46 dự án với số vốn đăng ký 445 triệu USD", "27 dự án … điều chỉnh vốn, tăng thêm 84,8 triệu
        # USD", no topic named near: capital registered or raised in dollars is foreign (the province's own investors
        # register in đồng)
        topic = "fdi"
    near = ctx.left + " " + right
    if _DOMESTIC_PROJECTS.search(right) or _projects_operating(ctx) or _OF_A_SIZE.match(right) \
            or _SECTOR_PROJECTS.match(right):
        return None
    if topic is not None and _INVESTMENT_PROJECTS.match(right) and topic_of(ctx) is None and (
            topic != "fdi" or not (ctx.foreign_investor or _FOREIGN_CLAUSE.search(_CLAUSE_AFTER.match(ctx.right).group()))):
        # "152 dự án đăng ký đầu tư trên tất cả các lĩnh vực" after a paragraph on aid: investment, no aid; "348 dự án đầu
        # tư với tổng mức đầu tư 170.438 tỷ đồng" after one on FDI: investors of all origins, counted in đồng
        return None
    if topic == "fdi":
        if (("trợ" in ctx.left and _SUPPORTED.search(ctx.left)) or ("trợ" in right and _FUNDED_AFTER.match(right))) \
                and topic_of(ctx) is None:
            return None  # "Các đối tác Nhật Bản còn hỗ trợ tỉnh 25 dự án y tế": aid given, after a paragraph on investment
        if (own := OWN_FORM_AFTER.match(right)) is not None and SPLIT.search(ctx.left):
            # "48 dự án … cấp mới và điều chỉnh vốn, gồm 27 dự án cấp mới và 21 dự án điều chỉnh vốn": each item its own form
            return "fdi_new_projects" if own["new"] else "fdi_adjusted_projects"
        if NEW_AND_ADJUSTED.search(near) or ((SPLIT.search(ctx.left) or _AMONG_THESE.search(ctx.left))
                                             and NEW_AND_ADJUSTED.search(ctx.sentence_left)):
            return None  # "cấp mới và điều chỉnh vốn cho 13 dự án (trong đó 6 dự án FDI)": new and adjusted together
        if (("bổ sung" in ctx.left[-40:] or "tăng thêm" in ctx.left[-40:]) and _CAPITAL_ADDED_TO.search(ctx.left)) \
                or (ctx.previous_indicator == "fdi_added_capital" and _FOR_THE_RAISED.fullmatch(ctx.left)):
            # "456,4 triệu USD được bổ sung cho 29 dự án đang hoạt động", "điều chỉnh tăng vốn 43,4 triệu USD cho 03 dự án":
            # raised, not held
            return "fdi_adjusted_projects"
        if _RAISING_RIGHT_AFTER.match(ctx.clause_right.lower()) or _RAISED_BY_THE_NEXT.search(ctx.right.lower()):
            return "fdi_adjusted_projects"  # "cấp mới 11 dự án …; 7 dự án tăng thêm vốn": its own words after it
        if _NEW_VERB_BEFORE.search(ctx.left) or ("mới" in right and _NEW_RIGHT_AFTER.match(right)):
            return "fdi_new_projects"  # "cấp mới từ 4 đến 6 dự án FDI và điều chỉnh tăng vốn cho 5 dự án khác": its own verb
        if _CERTIFICATES_AMENDED.search(ctx.left):
            return None  # "điều chỉnh Giấy chứng nhận cho 24 lượt dự án": amendments of any kind, not capital raised
        if _ADJUSTED.search(near) or _RAISING_HEAD.match(right) or _RAISING_HEAD.match(ctx.clause_right.lower()) \
                or _CAPITAL_POURED_INTO.search(ctx.left) \
                or ("nâng" in ctx.clause_right and _RAISED_IN_ITS_CLAUSE.match(ctx.clause_right.lower())):
            return "fdi_adjusted_projects"  # "cho 6 dự án tăng vốn": projects raising their capital
        if _NEW_PROJECTS.search(near):
            return "fdi_new_projects"  # "từ đầu năm đến nay cấp mới 4 dự án": new, whatever the date
        # ("Từ đầu năm đến nay, tỉnh đã thu hút 28 dự án FDI": the year so far, a flow, whatever "đến nay" says)
        in_force = _IN_FORCE.search(_YEAR_SO_FAR.sub(" ", near) if "từ" in near else near) \
            or ("tổng số" in ctx.sentence_left and _ALL_THE_PROVINCE_S.search(ctx.sentence_left + right)) \
            or (_HAS.search(ctx.left) and ((_REACHED.search(ctx.sentence_left) and not _FROM_THE_YEAR_START.search(ctx.sentence_left)
                                            # ("Từ năm 2006 đến nay, tỉnh đã cấp phép cho 146 dự án; trong số đó có 18 dự án
                                            # có vốn đầu tư nước ngoài": the part of a span's flow)
                                            and not (_SINCE.search(ctx.sentence_left) and _AMONG_THESE.search(ctx.left)))
                                           or (("gia" in ctx.clause_right or "nước" in ctx.clause_right)
                                               and _FROM_COUNTRIES.match(ctx.clause_right.lower())))) \
            or (_ONLY_HAD.search(ctx.left) and not _YEARS_SPANNED.search(ctx.sentence_left)
                and not _FLOW_AFTER.match(ctx.clause_right.lower())) or (("thời điểm" in ctx.sentence_left or "số liệu" in ctx.sentence_left)
                                               and _HELD_BY_THEN.search(ctx.sentence_left) and not _SINCE.search(ctx.sentence_left)) or (("toàn" in ctx.left or "địa bàn" in ctx.left) and _WHOLE_PROVINCE_HAS.search(ctx.left)
                                              and (not _SPAN_NAMED.search(ctx.sentence_left) or _held_in_a_month(ctx, right))) \
            or ("thu hút" in ctx.left and _ATTRACTED_IN_ALL.search(ctx.left) and _AT_AN_EVENT_ON_A_DAY.search(ctx.sentence_left)
                and _FOREIGN_NAMED.match(right) and not _SPAN_NAMED.search(ctx.sentence_left)) \
            or (_HAS.search(ctx.left) and _YEAR_THEN_HOLDER.match(ctx.sentence_left) and _FOREIGN_NAMED.match(right)
                and not _FLOW_AFTER.match(ctx.clause_right.lower())) \
            or (("đến" in ctx.sentence_left or "tới" in ctx.sentence_left) and _FOREIGN_NAMED.match(right)
                and "hiệu lực" not in ctx.right
                and ((_LICENSED_SO_FAR.search(ctx.left[-60:]) and _UP_TO_A_YEAR.search(ctx.sentence_left))
                     or ("trong đó" in ctx.sentence_left or "gồm" in ctx.sentence_left)
                     and _PART_OF_LICENSED_BY_A_YEAR.search(ctx.sentence_left))) \
            or ("đầu tư vào" in ctx.left and _INVESTED_INTO.search(ctx.left) and _REACHED.search(ctx.sentence_left)
                and not _SINCE.search(ctx.sentence_left)) \
            or (("gia" in ctx.left or "nước" in ctx.left) and _COUNTRIES_INVESTING_WITH.search(ctx.left)
                and not _SINCE.search(ctx.sentence_left) and not _SPAN_NAMED.search(ctx.sentence_left)) \
            or (ctx.foreign_investor and (_NOW_LEAD.match(ctx.sentence_left) or _NOW_AFTER_SUBJECT.match(ctx.sentence_left)
                                          or _HOLDS_NOW.search(ctx.left)
                                          or _RANKED_TO_DATE.search(ctx.sentence_left))) \
            or (ctx.previous_indicator == "fdi_total_capital" and _PROJECTS_OF_THE_TOTAL.match(ctx.left)) \
            or (ctx.sentence_previous in FDI_STOCKS and SPLIT.search(ctx.left)) \
            or (("lớn" in ctx.sentence_left or "nhiều dự án" in ctx.sentence_left) and _INVESTOR_STANDING.search(ctx.sentence_left)
                and not _SPAN_FOR_IT.search(ctx.sentence_left)) \
            or (SPLIT.search(ctx.sentence_left) and (_IN_FORCE.search(_YEAR_SO_FAR.sub(" ", ctx.sentence_left)) or (
                # ("từ năm 2018 đến nay, tỉnh đã thu hút được 184 dự án, trong đó có … 17 dự án nước ngoài": a span's flow)
                _HELD_AT.search(ctx.sentence_left) and not _SINCE.search(ctx.sentence_left)))) \
            or (ctx.left.endswith(("và ", ", ")) and _HELD_LIST_ITEM.search(ctx.sentence_left) and not _SINCE.search(ctx.sentence_left)) \
            or ("có" in ctx.left and _bare_holding(ctx)) \
            or (ctx.left.endswith("trong ") and _THE_PROVINCE_S_AFTER.match(ctx.right.lower()) and not _SINCE.search(ctx.sentence_left))
        return "fdi_active_projects" if in_force else "fdi_new_projects"
    if topic == "oda":
        return "oda_mobilizing_projects" if _MOBILIZING.search(near) else "oda_projects"
    if topic == "ngo":
        # ("tiếp nhận 61 dự án với tổng giá trị giải ngân 4,57 triệu USD": projects that spent, carried out)
        new = _NEW_COMMITMENT.search(right) or _aid_items_committed(ctx, right) \
            or (_AID_WON.search(ctx.left) and not _CARRIED_OUT.search(ctx.left)
                and not _DISBURSED_FOR_THEM.match(ctx.clause_right.lower())) \
            or ("cam kết" in ctx.sentence_left and _COMMITTED_FOR.search(ctx.sentence_left)) \
            or ("để" in ctx.left or "nhằm" in ctx.left) and _PROJECTS_THE_AID_IS_FOR.search(ctx.left) and _AID_WON.search(ctx.sentence_left)
        return "ngo_new_commitments" if new else "ngo_projects"
    return None


_JOBS_AT_HOME = re.compile(
    r"(?:giải\s+quyết\s+việc\s+làm|tạo\s+(?:ra\s+)?việc\s+làm|việc\s+làm\s+mới|chuyển\s+dịch|chuyển\s+đổi\s+nghề)"
    r"(?:\s+[^\d\s,.;:]+){0,4}?\s+(?:cho\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$"
)


_WITH_AMOUNT = re.compile(r"\s*với\s+(?:(?:khoảng|hơn|gần|trên|tổng\s+vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?)\s+)*$")


# ("trong đó 148 dự án đầu tư mới với tổng vốn hơn 1 tỉ USD và 172 dự án tăng vốn")
OWN_FORM_AFTER = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:fdi\s+)?(?:được\s+)?(?:(?P<new>cấp\s+mới|đầu\s+tư\s+mới|đăng\s+ký\s+mới)"
                     r"|điều\s+chỉnh(?:\s+tăng)?\s+vốn|tăng\s+vốn|bổ\s+sung\s+vốn)(?!\w)")
_NON_PROJECT_AID = _rx(r"\s*khoản\s+(?:viện\s+trợ\s+)?phi\s+dự\s+án")
_TOTAL_RAISED_TO = _rx(r"(?<!\w)nâng\s+tổng\s+số\s")
# "10 thỏa thuận quốc tế cấp tỉnh cùng 56 văn bản hợp tác quốc tế cấp cơ sở", "…; các cơ quan chuyên môn thuộc UBND tỉnh
# ký 42 văn bản": the departments' and districts' papers told beside the province's own agreements are not its
# agreements (not "15 thỏa thuận cấp tỉnh và cấp sở, ngành": both levels in one count)
_LOWER_LEVEL_AFTER = _rx(r"[^.;\d]{0,60}?(?<!\w)cấp\s+(?:cơ\s+sở|sở|ngành|huyện|xã)(?!\w)")
_LOWER_LEVEL_SIGNERS_BEFORE = _rx(r"(?:sở,?\s+ngành|cơ\s+quan\s+chuyên\s+môn|đơn\s+vị\s+trực\s+thuộc)(?!\w)[^.;\d]{0,60}?"
                                  r"\bký(?:\s+kết)?(?:\s+thêm)?(?:\s+được)?(?:\s+(?:hơn|trên|gần|khoảng))?\s*$")
_PROVINCE_LEVEL_BEFORE = _rx(r"cấp\s+tỉnh(?!\s+và\s+cấp)|(?:ubnd|ủy\s+ban\s+nhân\s+dân)\s+tỉnh\s+(?:đã\s+)?ký")
_IN_FORCE_FROM_BEFORE = _rx(r"còn\s+hiệu\s+lực|đã\s+(?:được\s+)?ký(?:\s+kết)?\s+(?:từ|trong)\s+(?:những|các)\s+năm\s+trước")
_CARRIED_OVER = _rx(r"\s*(?:chương\s+trình,?\s+)?dự\s+án(?:,?\s+phi\s+dự\s+án)?\s+(?:được\s+)?chuyển\s+tiếp(?!\w)")
_FOR_THE_RAISED = _rx(r"\s*(?:usd\s+)?(?:cho|của)\s+(?:các\s+)?(?:khoảng\s+|hơn\s+|gần\s+)?")
_CAPITAL_ADDED_TO = _rx(r"(?:được\s+)?(?:vốn\s+)?(?:bổ\s+sung|tăng\s+thêm)\s+(?:vốn\s+)?(?:cho|của)\s+(?:các\s+)?(?:khoảng\s+|hơn\s+|gần\s+)?$")
# ("35 dự án đang hoạt động tăng thêm 191 triệu USD": projects in force that raised their capital by an amount)
# ("30 dự án đang hoạt động được bổ sung 600 triệu USD")
_RAISING_RIGHT_AFTER = _rx(r"\s*(?:lượt\s+)?dự\s+án\s+(?:fdi\s+)?(?:đang\s+hoạt\s+động\s+)?(?:đăng\s+ký\s+)?"
                           r"(?:được\s+)?(?:tăng|bổ\s+sung)(?:\s+thêm)?(?:\s+vốn(?!\w)|\s+(?=(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*(?:triệu|tỷ|tỉ|nghìn|usd|đồng)))")
# "45 dự án đang hoạt động, chủ yếu trong lĩnh vực chế biến, chế tạo, đã điều chỉnh tăng vốn thêm 1,85 tỷ USD": the
# projects raised the capital named next, however long the aside between them
_RAISED_BY_THE_NEXT = _rx(r"(?<!\w)(?:điều\s+chỉnh\s+)?tăng\s+(?:thêm\s+)?vốn(?:\s+thêm)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "11 lượt tăng vốn" too, and "3 lượt điều chỉnh tăng 50 triệu USD", "3 lượt điều chỉnh vốn, tăng thêm …": capital raised after
_ADJUSTMENTS_HEAD = _rx(r"\s*lượt\s+(?:(?:điều\s+chỉnh\s+)?(?:tăng\s+vốn|vốn\s+tăng|bổ\s+sung\s+vốn)"
                        r"|điều\s+chỉnh(?:\s+vốn)?\s*,?\s*tăng(?:\s+thêm)?\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$)")
_CERTIFICATES_FOR_FDI = _rx(
    r"\s*giấy\s+chứng\s+nhận\s+đăng\s+ký\s+đầu\s+tư(?:\s+mới)?\s+cho\s+(?:các\s+)?dự\s+án\s+(?:có\s+)?(?:vốn\s+)?"
    r"(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|fdi)"
)


_COUNT_NAMED_BEFORE = _rx(
    r"(?<!\w)(?:tổng\s+)?số(?:\s+lượng)?\s+(?P<phrase>(?:chương\s+trình\s*,?\s*)?(?:lượt\s+)?(?:dự\s+án|đoàn|tổ\s+chức|lao\s+động|hội\s+nghị|thỏa\s+thuận)"
    # ("số tổ chức PCPNN và nhà tài trợ giảm còn 18")
    r"[^,;.:()\d]{0,50}?)\s+(?:(?:khi|lúc)\s+(?:đó|ấy)\s+)?(?:là|đạt|lên\s+tới|lên|(?:giảm|tăng)\s+(?:xuống\s+|lên\s+)?còn|còn)\s+"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_COUNTED_NOUN_AFTER = _rx(r"\s*[^\W\d_]")  # a word right after the number: its own noun ("50 dự án")


_RANKED_IS = _rx(r"^\s*là\s+")


def _country_ranked(right: str) -> bool:
    """The place after "là" is a country's: "đứng thứ hai là Nhật Bản với …"."""
    named = _RANKED_IS.match(right)
    if named is None:
        return False
    return country_at(Tokens(right[named.end() : named.end() + 40]), 0) is not None


_RANK_VERB_END = _rx(r"(?:đứng|xếp)\s+(?:thứ\s+)?(?:hạng\s+)?$")
_RANK_VERB_REACH = 20
# "Trong số 56 tỉnh, thành phố …, A dẫn đầu với 5,6 tỷ USD" is first in the nation; after a region's figure ("vùng Đồng
# bằng sông Cửu Long thu hút 2 tỷ USD, trong đó A dẫn đầu với …") first in the region only
_REGION = _rx(r"(?<!\w)(?:vùng|miền)(?!\w)")


def _country_ranks(left: str, *, verb: bool = True) -> bool:
    """The place right before the rank (`verb`: before its verb) is a country: "Hoa Kỳ đứng thứ ba với …", "Singapore dẫn
    đầu với 2 tỷ USD" are an investor's place among investors."""
    end = len(left)
    if verb:
        found = _RANK_VERB_END.search(left, max(0, end - _RANK_VERB_REACH))  # (only its tail: called for every count)
        if found is None:
            return False
        end = found.start()
    head = left[max(0, end - 40) : end].rstrip()
    return any(m.end == len(head) for m in country_matcher().find_all(Tokens(head)))


def count_indicator(ctx: FigureContext) -> str | None:
    if _ONE_OF.search(ctx.left) or _AWARDED.search(ctx.left) or ("danh mục" in ctx.left and _LISTED_FOR_A_CALL.search(ctx.left)) \
            or PUT_FORWARD_AFTER.match(ctx.right) or ("đề xuất" in ctx.left and _PUT_FORWARD_BEFORE.search(ctx.left)) \
            or (("danh mục" in ctx.sentence_left or "gọi" in ctx.sentence_left) and _ITEMS_OF_A_LIST_FOR_A_CALL.search(ctx.sentence_left)):
        return None  # "một trong 04 tỉnh": a ranking, not a count
    if ctx.out_of == LEADS:  # "dẫn đầu cả nước về thu hút FDI": first
        if _country_ranks(ctx.left, verb=False) or (ctx.right.startswith("với") and _REGION.search(ctx.sentence_left)):
            return None
        if "nhóm" in ctx.left and _IN_A_LEADING_GROUP.search(ctx.left):
            return None  # "đưa tỉnh vào nhóm 10 địa phương dẫn đầu cả nước": one of the first ten, no rank
        if _TOPIC_FDI.search(ctx.right) or _MOST_FDI.match(ctx.right):
            return "fdi_rank"
        if _AFTER_THE_AMOUNT.match(ctx.left) and not ctx.right.lstrip().startswith("về") \
                and ((ctx.previous_indicator or "").startswith("fdi_") or topic_of(ctx) == "fdi") \
                and not _OTHER_MEASURE.search(ctx.sentence_left[-_RANKED_AMOUNT_REACH:]):
            return "fdi_rank"  # "… thu hút 2.265 triệu USD vốn FDI, dẫn đầu cả nước": first on the amount just told
        # "(… vốn FDI …). Dẫn đầu là tỉnh A với 5 tỷ USD", "A đứng đầu cả nước với hơn 3,9 tỷ USD": first, on the
        # FDI just spoken of
        return "fdi_rank" if (_LEADER_NAMED.match(ctx.right) or _WITH_AMOUNT.match(ctx.right)) \
            and (ctx.paragraph_topic or ctx.recent_topic) == "fdi" else None
    # (each of its words written before a search of the whole left: this runs for every count)
    ranked = ("đứng" in ctx.left or "xếp" in ctx.left or "vị" in ctx.left or "lên" in ctx.left or "xuống" in ctx.left) \
        and _RANK_BEFORE.search(ctx.left) is not None
    if _RANK_OF_ANOTHER.match(ctx.right) or _country_ranked(ctx.right) or _country_ranks(ctx.left) or (
            (ctx.out_of is not None or ranked) and _AMONG_COUNTRIES.match(ctx.right)):
        # "Xếp thứ hai là lĩnh vực nông, lâm nghiệp", "đứng thứ hai là Nhật Bản với 47 dự án": a sector's (a market's,
        # an investor's) place
        return None
    if "số" in ctx.right and ranked and _RANK_BY_PROJECTS_BESIDE_CAPITAL.match(ctx.clause_right.lower()):
        return None  # "đứng thứ 6 cả nước về số dự án FDI cấp mới và thứ 13 về tổng vốn": the rank by capital counts
    if ("thứ" in ctx.left or "hạng" in ctx.left) and _CAPITAL_RANK_AFTER_PROJECTS.match(ctx.right) and ranked \
            and "về số" in ctx.sentence_left and _AMONG_ALL.search(ctx.sentence_left):
        return "fdi_rank"
    if ranked and (ctx.out_of is not None or _RANK_AFTER.search(ctx.right) or _RANKED_ON_FDI.match(ctx.right)
                                          or _RANKED_BY_DOLLARS.match(ctx.clause_right)
                                          # "…, tổng vốn hơn 68 triệu USD, xếp thứ 38": placed by the FDI amount just told
                                          or (_RANKED_RIGHT_AFTER.match(ctx.left) and ctx.previous_indicator in REGISTERED_CAPITALS)
                                          or ("nhóm" in ctx.sentence_left or "top" in ctx.sentence_left)
                                          and _LEADING_GROUP.search(ctx.sentence_left)):
        if topic_of(ctx) == "fdi" or _TOPIC.search(ctx.right):
            return "fdi_rank"
        # "Nghệ An đã vươn lên 2 bậc, xếp thứ 6/63" after a paragraph on FDI, no other measure named
        fdi_around = (ctx.paragraph_topic or ctx.recent_topic) == "fdi"
        # (nor a measure named after it: "xếp thứ 12/63 tỉnh, thành phố về chỉ số năng lực cạnh tranh cấp tỉnh")
        return "fdi_rank" if fdi_around and not _OTHER_MEASURE.search(ctx.sentence_left) \
            and not _OTHER_MEASURE.search(ctx.right, 0, 80) else None
    if "số" in ctx.left and not _COUNTED_NOUN_AFTER.match(ctx.right) \
            and (named := _COUNT_NAMED_BEFORE.search(ctx.left)) is not None:
        # "số dự án cấp mới khi đó là 1.090, tăng 35,1%": the counted noun written before the number, read as if after it
        return count_indicator(replace(ctx, left=ctx.left[: named.start()] + " ", right=" " + named["phrase"] + ctx.right))
    right = _head_words(ctx.right)
    if "ký" in ctx.left and _SIGNED_WITH.search(ctx.left) and _PARTIES_HEAD.match(right):
        return "agreements_signed"  # "ký thỏa thuận hợp tác với 6 tổ chức": one agreement with each
    if _CARRIED_OVER.match(right):
        return None  # "18 dự án chuyển tiếp từ các năm trước": carried over, a part of those under way, nothing new
    if _NON_PROJECT_AID.match(right):
        return None  # "và 21 khoản viện trợ phi dự án": grants outside programmes and projects, not counted as projects
    if _PROJECT_PHRASE.search(right):
        return _project_indicator(ctx, right)
    if _ADJUSTMENTS_HEAD.match(ctx.right):
        return "fdi_adjusted_projects"  # "trong tháng có 3 lượt điều chỉnh tăng vốn": each a project raising its capital
    if _CERTIFICATES_FOR_FDI.match(ctx.right):
        # "cấp mới 7 giấy chứng nhận đăng ký đầu tư cho dự án có vốn đầu tư trực tiếp nước ngoài": one project each
        return "fdi_adjusted_projects" if _ADJUSTED.search(ctx.left[-30:]) else "fdi_new_projects"
    if _QUOTA_HEAD.search(right) and _WORK_ABROAD_QUOTA.search(ctx.sentence_left):
        return "workers_abroad"  # "giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài … 1.800 chỉ tiêu"
    if PEOPLE_HEAD.search(right):
        if ("việc làm" in ctx.left or "chuyển" in ctx.left) and _JOBS_AT_HOME.search(ctx.left):
            return None  # "giải quyết việc làm mới cho 25.000 lao động", "chuyển dịch 6.299 lao động": jobs at home
        if _VISITS_HEAD.match(right):
            return None  # "79 đoàn với 368 lượt người sang thăm và làm việc tại …": visits of a delegation, no workers
        if _NOT_SENT_HEAD.match(right):
            return None
        if "sinh sống" in right or "học tập" in right[:40]:
            if _COMMUNITY_HEAD.match(right):
                return None  # "khoảng 250.000 người Nghệ An đang sinh sống, làm việc ở nước ngoài": the community abroad
        if "sinh sống" in ctx.left and _COMMUNITY_BEFORE.search(ctx.left):
            return None  # "Số người Hà Tĩnh đang sinh sống, học tập và làm việc ở nước ngoài hiện trên 85 nghìn người": the same
        near = ctx.left + " " + right
        abroad = _ABROAD_PLACE.search(near) or ctx.abroad or _WORKING_ABROAD_AFTER.match(ctx.clause_right)
        if _LEFT_FOR_WORK.match(right) and (_WORK.search(ctx.sentence_left) or ctx.workers_counted):
            return "workers_abroad"  # "… lao động đi làm việc ở nước ngoài …, mỗi năm có 7.000 người xuất cảnh"
        if ctx.abroad and ctx.workers_counted and _MARKET_ITEM.search(ctx.left):
            # "hiện có hơn 6.000 lao động … . Đông nhất là thị trường Đài Loan với trên 3.800 người; tiếp đến là Nhật Bản
            # với hơn 2.100 người": the same workers by market
            return "workers_abroad"
        if "đưa" in ctx.left and _SENT_OR_AVERAGED_BEFORE.search(ctx.left) and "nước ngoài" in ctx.sentence_right \
                and _WORKING_ABROAD_LATER.search(ctx.sentence_right):
            # "đặt chỉ tiêu đưa từ 1.500 lao động trở lên và phấn đấu 100% xã đều có người đi làm việc ở nước ngoài": sent
            # abroad, said once later in the sentence
            return "workers_abroad"
        if (ctx.workers_counted or ctx.sentence_previous == "workers_abroad") and _SENT_OR_AVERAGED_BEFORE.search(ctx.left):
            # "… có 15.472 lao động xuất cảnh. Riêng giai đoạn 2021 - 2023, tỉnh đưa được 5.298 người, bình quân khoảng
            # 1.750 lao động mỗi năm": the same workers, the words abroad said once
            return "workers_abroad"
        return "workers_abroad" if abroad and _WORK.search(near) or "xuất khẩu lao động" in near else None
    if ("xúc tiến" in ctx.sentence_left or "xúc tiến" in right) and ("gồm" in ctx.sentence_left or "gồm" in ctx.clause_right):
        if (part := _PROMOTION_PART.match(right)) is not None and "xúc tiến" in ctx.sentence_left:
            # "38 chương trình xúc tiến đầu tư, gồm 29 chương trình trong nước và 9 chương trình tại nước ngoài": each part
            return "investment_promotion_domestic" if part["where"].startswith("trong") else "investment_promotion_abroad"
        if _HOME_AND_ABROAD_AFTER.match(ctx.clause_right):
            return None  # the whole, at home and abroad together
    if ctx.abroad:
        return "investment_promotion_abroad"  # people abroad were read above: a promotion event in a foreign country
    if ("giấy" in ctx.left or "địa bàn" in ctx.left) and _REGISTRATION_FOR.search(ctx.left):
        # "cấp, gia hạn giấy đăng ký hoạt động cho 46 tổ chức", "bổ sung địa bàn hoạt động cho 02 tổ chức": paperwork
        # done, not those working here
        return None
    for rule in COUNT_RULES:
        if not rule.head.search(right):
            continue
        if rule.phrase is not None and not rule.phrase.search(right) \
                and not (rule.foreign_places_suffice and ctx.foreign_partner_places):
            continue
        if rule.relation is not None and not (rule.relation.search(ctx.left) or rule.relation.search(right)):
            continue
        if rule.indicator in _EVENT_COUNTS and "gồm" in ctx.sentence_left and _PARTS_OF_AN_EVENT.search(ctx.sentence_left):
            return None  # "diễn đàn gồm nhiều hoạt động như …, hai hội thảo chuyên đề": the parts of one event
        if rule.indicator == "agreements_signed" and ((("vốn" in ctx.clause_right or "mức" in ctx.clause_right)
                                                       and _INVESTMENT_AMOUNT_AFTER.match(ctx.clause_right))
                                                      or _WITH_INVESTORS.match(right)):
            # "ký 9 bản ghi nhớ với tổng mức dự kiến 21.527 tỷ đồng", "11 biên bản ký với nhà đầu tư nước ngoài": investors'
            # memoranda, no international agreement
            return None
        if rule.indicator == "agreements_signed" and _PROVINCE_LEVEL_BEFORE.search(ctx.sentence_left) and (
                _LOWER_LEVEL_AFTER.match(right) or _LOWER_LEVEL_SIGNERS_BEFORE.search(ctx.sentence_left[-120:])):
            return None
        if rule.indicator == "agreements_signed" and _IN_FORCE_FROM_BEFORE.search(NOUN_PHRASE.match(right).group()) \
                and not _TOTAL_RAISED_TO.search(ctx.sentence_left[-80:]):
            # "thực hiện 19 thỏa thuận còn hiệu lực đã ký từ những năm trước": carried out, not signed now (not "nâng tổng
            # số thỏa thuận còn hiệu lực lên 42": the total in force the new ones raised)
            return None
        if rule.indicator in ("ngo_organizations", "intl_organizations") and (
                _RELATIONS_SET_UP.search(ctx.left) or _NOT_AT_WORK.match(right) or _ATTENDING.search(ctx.sentence_left)):
            return None
        return rule.indicator
    if _BARE_ORGANIZATIONS.search(right) and topic_around(ctx) == "ngo" and not _SHARE_LEAD.search(ctx.left) \
            and not _NOT_AT_WORK.match(right) \
            and not _RELATIONS_SET_UP.search(ctx.left) \
            and not _SHARES.search(ctx.sentence_left):
        return "ngo_organizations"  # "197 dự án của 38 tổ chức" in a text on aid
    if _PROJECT_HEAD.search(right) is None or _PRIORITIES.match(right):
        return None
    return _project_indicator(ctx, right)
