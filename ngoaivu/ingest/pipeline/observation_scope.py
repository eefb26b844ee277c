"""Whose figure it is: the province's own, a part, another place's, or one tied to a foreign
country or partner (a part of `ObservationFinder`)."""
from __future__ import annotations

import re
from bisect import bisect_left

from .fast_scan import letter_led
from .geography import country_name, province_matcher
from .indicator_counts import FOREIGN_REGION, PROMOTION_AT
from .indicator_topics import last_match
from .indicators import PEOPLE_HEAD, FigureContext
from .numbers import Quantity
from .observation_model import Figure
from .partners import Partner
from .scope import Scope, is_part, is_restated, is_trade_part, source_named_before
from .segments import Layout

_TRADE_CODES = frozenset({"export_value", "import_value", "trade_value"})
_TRADE_AND_GROWTH = _TRADE_CODES | {"export_growth", "import_growth"}
# "…, chiếm 42 - 45% tổng kim ngạch xuất khẩu toàn tỉnh": the figure before is a share of the province's total
_SHARE_OF_TOTAL = re.compile(
    # ("nhập khẩu trực tiếp của công ty A đạt 452 triệu USD, bằng 86% tổng kim ngạch nhập khẩu toàn tỉnh": a part too)
    r"(?<!\w)(?:chiếm|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*(?:[-–]\s*[\d.,]+\s*)?%\s+(?:trong\s+)?(?:tổng\s+)?"
    r"(?:kim\s+ngạch\s+|giá\s+trị\s+)?(?:xuất|nhập)\s+(?:nhập\s+)?khẩu(?:\s+hàng\s+hóa)?\s+"
    r"(?:toàn\s+tỉnh|của\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố|địa\s+phương))(?!\w)")  # the province's own total, not a region's
# "…, chiếm 90% tổng số dự án và 70% tổng vốn đầu tư nước ngoài của tỉnh": a part (one form, sector or district) of
# the province's foreign investment
_SHARE_OF_FDI_TOTAL = re.compile(
    r"(?<!\w)chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s+(?:trong\s+)?tổng\s+(?:số\s+)?(?:dự\s+án|vốn)"
    r"[^.;]{0,60}?(?:nước\s+ngoài|fdi|đtnn)(?:\s+(?:đăng\s+ký|đầu\s+tư))?\s+(?:của\s+(?:toàn\s+)?tỉnh|vào\s+tỉnh|toàn\s+tỉnh"
    r"|(?:của\s+(?:toàn\s+)?|vào\s+)?thành\s+phố|trên\s+địa\s+bàn)(?!\w)")  # the province's own total, not the nation's
_FDI_SHARE_CODES = frozenset({"fdi_new_projects", "fdi_new_capital", "fdi_registered_capital", "fdi_active_projects",
                              "fdi_total_capital", "fdi_adjusted_projects", "fdi_added_capital"})
_COUNTRY_NEAR = 60
# "9 tỉnh, thành phố của Lào", "2 tỉnh thuộc Nhật Bản": the places' noun and the link to their country
_LOCALITIES_HEAD = re.compile(r"\s*(?:địa\s+phương|tỉnh(?:\s*[,/]\s*thành(?:\s+phố)?)?|thành\s+phố|bang)"
                              r"(?:\s+(?:của|thuộc|nước|bạn))*\s+")
_COUNTRY_AFTER_PLACES = 16
_RELATIONS_HELD = re.compile(r"(?<!\w)(?:(?:hiện|đã)\s+)?có\s+quan\s+hệ[^.;:\d]{0,50}?\svới\s+$")
_RELATIONS_REACH = 90
# the province itself named in the figure's own words after it: "31 tổ chức … có hoạt động tài trợ cho tỉnh" (not "cho tỉnh
# Lào Cai", another one by its name)
_OWN_PROVINCE_AFTER = re.compile(r"[^.;:\d]{0,60}?\s(?:cho|tại|trên\s+địa\s+bàn|của)\s+(?:tỉnh|thành\s+phố)(?!\s+[A-ZĐÂÊÔƠƯÁÀẢÃẠ])(?!\w)")
# ("Trước đây tỉnh chỉ có quan hệ … với 01 tỉnh của nước bạn Lào": relations held once, not now)
_FORMERLY = re.compile(r"(?<!\w)(?:trước\s+(?:đây|kia)|ban\s+đầu|lúc\s+đầu|khi\s+đó|lúc\s+đó)(?!\w)")
_LOWER_LEVEL = re.compile(r"(?<!\w)(?:thành\s+phố|huyện|thị\s+xã|quận|cấp\s+cơ\s+sở)(?!\w)")
_CAPITAL = re.compile(r"[A-ZĐÀ-Ỹ]")
# a list's item: a name, maybe a bracket ("Hồng Kông (Trung Quốc)"), then its figure
# ("tiếp theo là Hàn Quốc (13 dự án, 179,4 triệu USD)": its figures in brackets after it)
_LISTED_COUNTRY = re.compile(r"(?:[,;:]|(?<!\w)và|(?<!\w)là)\s+(?P<name>[^\W\d_][^\d,;:()]{1,28}?)\s*(?:\([^)\d]{2,20}\)\s*)?(?:với\s+|\(\s*)?$")
# A district, town or ward of the province as the clause's subject, acting: its own figure, not the province's.
_SUBJECT_NAME_AND_VERB = (
    r"(?!này|đó|nghèo|biên|miền|vùng)[^\W\d_]+"
    r"(?:\s+[^\W\d_]+){0,2}\s+(?:đã\s+|cũng\s+|vừa\s+|là\s+nơi\s+)?(?:đưa|đạt|thu\s+hút|xuất\s+khẩu|ký|có|tiếp\s+nhận|đón|cấp"
    # ("Thị xã A dẫn đầu với 69 dự án, tiếp theo là thành phố B với 56 dự án": the districts ranked)
    r"|(?:dẫn\s+đầu|đứng\s+(?:đầu|thứ\s+[^\W\d_]+))(?:\s+với)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
    r"|với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$)(?!\w)"
)
_DISTRICT_SUBJECT_TAIL = r"\s+" + _SUBJECT_NAME_AND_VERB
_DISTRICT_SUBJECT = re.compile("|".join(  # each noun led by its letter, the look-behinds after it: a fast scan
    rf"{noun[0]}(?<!các\s{noun[0]})(?<!mỗi\s{noun[0]})(?<!từng\s{noun[0]})(?<!\w{noun[0]}){noun[1:]}" + _DISTRICT_SUBJECT_TAIL
    for noun in (r"huyện", r"thị\s+xã", r"quận", r"thị\s+trấn")
))
# "Các huyện, thị xã, thành phố đón 17 đoàn khách quốc tế": the districts' figures together, not the province's
_DISTRICTS_SUBJECT = re.compile(r"^\W*(?:ở\s+cấp\s+(?:huyện|xã)\s*,|(?:các|những)\s+(?:huyện|quận|địa\s+phương\s+cấp\s+huyện|đơn\s+vị\s+cấp\s+huyện)"
                                r"(?:\s*,\s*(?:thị\s+xã|thành\s+phố))*(?:\s*(?:,|và)\s*(?:thị\s+xã|thành\s+phố))?)\s+(?:đã\s+)?[^\W\d_]")
_CITY_SUBJECT = re.compile(r"t(?<!các\st)(?<!mỗi\st)(?<!\wt)hành\s+phố\s+(?=(?P<name>\S))" + _SUBJECT_NAME_AND_VERB)
_SUBJECT_REACH = 90
# "có 28.429 lao động Việt Nam đi làm việc ở nước ngoài", "tiếp nhận nhiều lao động Việt Nam nhất với 4.567
# người": the country's workers, not the province's; "các địa phương đã ký 422 thỏa thuận": every locality's
_MARKET_S_SHARE = re.compile(r"(?<!\w)(?:là\s+)?thị\s+trường[^.;,\d]{0,60}?(?:nhất|lớn|chính)[^.;,\d]{0,20}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_NATION_S_WORKERS = re.compile(r"^\s*(?:người\s+)?(?:lao\s+động|người)\s+(?:của\s+)?việt\s+nam(?!\w)")
_NATION_S_WORKERS_BEFORE = re.compile(r"(?<!\w)lao\s+động\s+(?:của\s+)?việt\s+nam(?!\w)")
# "có 338 tổ chức phi chính phủ nước ngoài hoạt động tại Việt Nam": the figure's own phrase places it in the country
_WORKERS_OF_PLACE = re.compile(r"\s*(?:người\s+)?lao\s+động\s+(?:của\s+)?[A-ZĐÀ-Ỹ]")
_WORKERS_OF_REACH = 30
_TWO_COUNTRIES = re.compile(r"(?<!\w)(?:giữa\s+)?hai\s+nước(?!\w)")
_IN_THE_COUNTRY = re.compile(r"^[^,;:.()\d]{0,60}?(?<!\w)(?:tại|ở|vào)\s+(?:cả\s+nước|toàn\s+quốc|việt\s+nam)(?!\w)"
                             r"(?!\s*\([^\W\d_]{2,10}\))"  # (not "… Quốc tế tại Việt Nam (GNI)": a body's office)
                             # "5.660 dự án còn hiệu lực trên cả nước" (not "… USD, đứng thứ 3 trên cả nước": a rank's whole)
                             r"|^(?:(?!đứng|xếp|dẫn|thứ|nhất)[^,;:.()\d]){0,60}?(?<!\w)trên\s+(?:cả\s+nước|toàn\s+quốc)(?!\w)")
_VISITS_TO_THE_COUNTRY = re.compile(r"^[^,;:.()\d]{0,60}?(?<!\w)(?:sang|đến)\s+thăm(?:\s+chính\s+thức)?\s+việt\s+nam(?!\w)")
_GIVEN_TO_THE_COUNTRY = re.compile(r"(?:viện\s+trợ|tài\s+trợ|hỗ\s+trợ|cam\s+kết|giải\s+ngân|đầu\s+tư)\s+(?:cho|vào|tại)\s+việt\s+nam"
                                   r"(?:\s+(?:khoảng|hơn|gần|trên|tổng\s+cộng|đạt))*\s*$")
_ALL_LOCALITIES_TAIL = (r"\s+(?:địa\s+phương|tỉnh\s*,\s*thành(?:\s+phố)?)\s+(?:trong\s+cả\s+nước\s+|cả\s+nước\s+)?(?:đã\s+|cũng\s+)?"
                        r"(?:ký|thu\s+hút|đưa|xuất\s+khẩu|tiếp\s+nhận|đón|tổ\s+chức|cử)(?!\w)")
_ALL_LOCALITIES = re.compile(r"c(?<!\wc)ác" + _ALL_LOCALITIES_TAIL + r"|n(?<!\wn)hững" + _ALL_LOCALITIES_TAIL)  # letter-led: a fast scan
_CLUSTER_MEMBERS = re.compile(r"(?<!\w)(?:các|\d+)\s+(?:đơn\s+vị|tỉnh|địa\s+phương|sở(?:\s+ngoại\s+vụ)?)\s+(?:thành\s+viên\s+)?"
                             r"(?:trong|thuộc|của)\s+(?:khối|cụm)(?!\w)")
# a subject of the province's own after all the provinces' ("…, trong đó tỉnh ta ký 5", "riêng Thành phố …")
_ANOTHER_SUBJECT = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|trong\s+đó|riêng)(?!\w)")
# "10 địa phương thu hút nhiều vốn FDI nhất đạt tổng cộng 8,66 tỷ USD": a counted group of places, together
_PLACES_GROUP = re.compile(  # a top-N group as the subject, not "(một) trong 10 địa phương …"
    r"(?<!trong\s)(?<!\w)\d+\s+(?:địa\s+phương|tỉnh(?:\s*,\s*thành(?:\s+phố)?)?)\s+"
    r"(?:dẫn\s+đầu|(?:thu\s+hút|xuất\s+khẩu|nhập\s+khẩu)\s+(?:[^\W\d_]+\s+){0,5}?nhiều\s+nhất|(?:thu\s+hút\s+)?nhiều\s+(?:[^\W\d_]+\s+){0,4}?nhất)"
)
# "Các hội viên Casep phấn đấu đạt kim ngạch xuất khẩu 1,65 tỷ USD": an association's members, not the province
_MEMBERS_OF = re.compile(r"(?:hội\s+viên|thành\s+viên)\s+(?:của|thuộc)\s+(?:các\s+)?$")
_MEMBERS_SUBJECT = re.compile(r"(?<!\w)(?:hội\s+viên|doanh\s+nghiệp\s+thành\s+viên|thành\s+viên\s+(?:của\s+)?(?:hiệp\s+)?hội)(?!\w)")
# "Riêng các khu công nghiệp, 9 tháng đã thu hút 48 dự án, … đồng thời điều chỉnh tăng vốn cho 15 dự án",
# "Tính đến ngày 15/11, các KCN của tỉnh có 446 dự án …": a sentence whose subject is a part, after at most
# two fronted time or place phrases, speaks of that part throughout
_PART_LEAD = re.compile(
    r"\W*(?:[^,.;:]{1,60},\s*){0,2}?(?:(?:riêng\s+(?:trong\s+|tại\s+)?|trong\s+|tại\s+)(?:các\s+|những\s+)?|(?:các|những)\s+)"
    r"(?:khu\s+công\s+nghiệp|(?<!\w)kcn(?!\w)|khu\s+kinh\s+tế|(?<!\w)kkt(?!\w)|khu\s+chế\s+xuất|cụm\s+công\s+nghiệp|khu\s+liên\s+hợp"
    # ("Lũy kế, các khu này có 520 dự án FDI": the zones just named)
    r"|khu\s+(?:này|đó|nói\s+trên)(?!\w))"
)
# "Riêng phần vốn cam kết … của các khoản này là 615.151 USD; giải ngân đến nay đạt …": a subset's money
_SUBSET_LEAD = re.compile(r"\W*r(?<!\wr)iêng\s+phần\s[^.;]{0,80}?(?<!\w)(?:của|cho)\s+(?:các|những)\s+khoản\s+(?:này|đó|trên)(?!\w)")
# a sentence opened on a national body as its source, naming no province or "tỉnh" before the figure
_MINISTRY_LEAD = re.compile(
    r"\W*t(?<!\wt)heo\s+(?:(?:số\s+liệu|báo\s+cáo|thống\s+kê)\s+(?:mới\s+nhất\s+|vừa\s+công\s+bố\s+)?(?:của\s+)?)?"
    r"(?:bộ\s+kế\s+hoạch\s+(?:và|&)\s+đầu\s+tư|cục\s+đầu\s+tư\s+nước\s+ngoài|tổng\s+cục\s+thống\s+kê|cục\s+thống\s+kê\s+quốc\s+gia)(?!\w)"
)
_PROVINCE_WORD = re.compile(r"t(?<!\wt)ỉnh(?!\w)|t(?<!\wt)hành\s+phố(?!\w)|đ(?<!\wđ)ịa\s+(?:phương|bàn)(?!\w)|t(?<!\wt)p(?!\w)")
# "Theo Ban Quản lý Khu kinh tế, …. Ban đã cấp giấy chứng nhận cho 10 dự án": the board named before, its own work
_BOARD_LEAD = re.compile(r"\W*(?:[^,.;:]{1,60},\s*)?ban\s+(?:này\s+)?(?:đã|cũng|vừa|còn)\s")
# "Các khu công nghiệp … thu hút 390 dự án. Tổng vốn cấp mới và tăng thêm đạt …": the part's total, the
# sentence naming no subject of its own
_TOTAL_LEAD = re.compile(r"\W*t(?<!\wt)ổng\s+(?:số\s+)?vốn(?:\s+(?:đầu\s+tư|đăng\s+ký|cấp\s+mới|và|tăng\s+thêm|điều\s+chỉnh|bổ\s+sung))*\s+(?:đạt|là|lên)(?!\w)")
# "… đạt hơn 4,78 tỷ USD. Nếu không tính dầu thô, kim ngạch xuất khẩu đạt 3,26 tỷ USD": the total again
# with something left out, a part of the figure already given
_PART_LEAD_REACH = 180  # the two fronted phrases and the part's name
_LEAVING_OUT_LEAD = re.compile(r"\W*(?:nếu\s+)?(?:không\s+(?:tính|kể)|loại\s+trừ)(?!\w)")
# "các địa phương có vốn FDI trên 1 tỷ USD là A, B và C": a threshold the places named after it pass
_THRESHOLD_BEFORE = re.compile("|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}\s*$" for w in ("trên", "hơn", "từ", "dưới", "vượt", "quá")))
_THRESHOLD_OF_NAMED = re.compile(
    r"(?:\s+trở\s+(?:lên|xuống))?(?:\s+năm\s+\d{4})?\s*,?\s+là\s+(?:các\s+(?:tỉnh|địa\s+phương)\s*:?\s*)?(?=[A-ZĐÀ-Ỹ])")
# "5 tháng đầu năm, với tổng vốn đăng ký 1,06 tỷ USD, tỉnh B vươn lên thứ ba": a figure fronted by
# "với" belongs to the subject named after it
_FRONTED_WITH = re.compile(r"\W*với\s")
_SUBJECT_AFTER = 120
# "Đồng Nai xếp thứ hai … . Cụ thể, … địa phương có 18 dự án cấp mới": the place the sentence before named
_BACK_REFERENCE = re.compile(  # letter-led ("đ(?<!\wđ)ịa" is "địa" at a word's start): a fast scan
    r"đ(?<!\wđ)ịa\s+phương(?:\s+(?:này|đó|nói\s+trên))?\s+(?:đã\s+|cũng\s+)?(?:có|đạt|thu\s+hút|ghi\s+nhận)(?!\w)"
    r"|t(?<!\wt)ỉnh\s+(?:này|đó|nói\s+trên)(?!\w)|t(?<!\wt)hành\s+phố\s+(?:này|đó|nói\s+trên)(?!\w)"
)
# "vốn đăng ký cấp mới, điều chỉnh và góp vốn mua cổ phần": all forms together, not the one form alone
_ALL_FORMS = re.compile(r"(?:cấp\s+mới|điều\s+chỉnh|tăng\s+vốn)[^.;\d]{0,30}?góp\s+vốn,?\s+mua\s+(?:phần\s+)?(?:cổ\s+phần|phần\s+vốn\s+góp|vốn\s+góp)")
_LEADER_AFTER = re.compile(r"\s*(?:cả\s+nước\s+|toàn\s+quốc\s+)?là\s+(?:tỉnh|thành\s+phố|tp\.?)\s")
_LEADS_WITH = letter_led(
    r"(?:(?:đứng|dẫn)\s+đầu|(?:đứng|xếp)\s+thứ\s+\w+"
    # ("Hồng Kông (Trung Quốc) là nơi có nhiều dự án đăng ký mới nhất với 16 dự án": the first of the investors)
    r"|là\s+(?:nơi|quốc\s+gia|nước|nhà\s+đầu\s+tư|đối\s+tác|vùng\s+lãnh\s+thổ)(?:\s+[^\W\d_]+){0,8}?\s+nhất)"
    r"(?:\s+\w+){0,6}?\s+với(?:\s+[^\W\d_]+){0,5}?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "giá trị hàng hóa xuất nhập khẩu qua các cửa khẩu biên giới đất liền Việt Nam - Trung Quốc": the whole border's trade
_THE_WHOLE_BORDER_S = re.compile(r"(?<!\w)qua\s+(?:tất\s+cả\s+)?(?:các|toàn\s+bộ)\s+cửa\s+khẩu(?:\s+biên\s+giới)?(?:\s+đất\s+liền)?"
                                 r"(?:\s+(?:trên\s+)?tuyến\s+biên\s+giới)?\s+việt\s+nam\s*[-–]\s*\w")
# "trong tổng số 630 dự án FDI của tỉnh, Hàn Quốc đứng thứ hai …": the province's own total, no country's
_THE_PROVINCE_S_OWN = re.compile(r"\s*(?:lượt\s+)?dự\s+án(?:\s+[^\W\d_]+){0,4}?\s+của\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố)\s*[,;.:]")
_BETWEEN_THE_TWO = re.compile(r"(?:giữa|của)\s+hai\s+(?:tỉnh|địa\s+phương|bên)(?!\w)")
_PARTS_OF = re.compile(r"(?:gồm|bao\s+gồm|trong\s+đó)\s*(?:có\s+)?:?\s*$")
# ("Tính đến tháng 6/2021, Hàn Quốc dẫn đầu …": a date the stock is given at opens it too)
# ("Xét theo đối tác, Nhật Bản vẫn là nhà đầu tư số một của tỉnh với 176 dự án": the breakdown named, then the country)
_SENTENCE_LEAD = re.compile(r"\W*(?:(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|năm\s+\d{4}|trong\s+đó"
                            r"|(?:xét\s+)?(?:theo|về)\s+(?:đối\s+tác|quốc\s+gia|nhà\s+đầu\s+tư|cơ\s+cấu\s+nhà\s+đầu\s+tư)(?:\s+đầu\s+tư)?"
                            r"|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?(?:(?:ngày\s+)?(?:tháng\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}"
                            r"(?:\s+năm\s+\d{4})?|năm\s+\d{4}))\s*,?\s*)?")
# a sentence opening on firms of a country ("Năm 2022, các doanh nghiệp Nhật Bản …"): up to the country
_FIRMS_LEAD = re.compile(r"\W*(?:(?:năm\s+\d{4}|trong\s+(?:năm\s+\d{4}|\d+\s+tháng[^,;]{0,20}))\s*,?\s*)?(?:các\s+|những\s+)?doanh\s+nghiệp\s+")
_RANKED_ON_PROJECTS = re.compile(r"(?:dẫn|đứng)\s+đầu\s+(?:cả\s+)?về\s+(?:tổng\s+)?số\s+(?:dự\s+án|vốn)")
# "Hàn Quốc dẫn đầu với 178 dự án, tổng vốn 9,7 tỷ USD, chiếm 21% số dự án và gần 40% tổng vốn đầu tư nước ngoài của
# thành phố": the country leads the investors, whose stock the share after the figures names
_LEADS_THE_INVESTORS = re.compile(r"[^\W\d_][^,;.\d]{0,25}?\s(?:vẫn\s+|tiếp\s+tục\s+)?(?:dẫn|đứng)\s+đầu\s+với\s")
_SHARE_OF_FOREIGN_STOCK = re.compile(r"chiếm\s[^.;]{0,60}?tổng\s+(?:số\s+)?(?:vốn\s+)?(?:dự\s+án\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)")
# The figure right after another in its clause describes the same thing ("292 dự án với tổng vốn ...").
# "dù mặt hàng gạo gặp khó, kim ngạch xuất khẩu của tỉnh vẫn đạt …": the clause of the figure names the province's
# own trade; the products named in a clause before it make it no product's share
_PROVINCE_TRADE_CLAUSE = re.compile(
    r",\s*(?:tổng\s+)?(?:kim\s+ngạch\s+)?(?:xuất|nhập)\s+khẩu[^,;()]*?(?<!\w)(?:của|toàn)\s+(?:tỉnh|thành\s+phố|địa\s+phương)(?!\w)[^,;()]*$"
)
# The foreign-invested sector as a subject: "khu vực FDI", "các doanh nghiệp có vốn đầu tư nước ngoài", "khối FDI"
_FDI_SECTOR_SUBJECT = re.compile(
    # ("kim ngạch xuất khẩu của các dự án FDI Nhật Bản đạt 915 triệu USD": the projects' own trade)
    r"(?:khu\s+vực|khối|doanh\s+nghiệp|của\s+(?:các\s+)?dự\s+án)\s+(?:doanh\s+nghiệp\s+)?(?:kinh\s+tế\s+)?(?:có\s+)?(?:vốn\s+)?"
    r"(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|f[dđ]i)(?!\w)"
)
_SECTOR_AS_CAUSE = re.compile(r"(?<!\w)(?:nhờ|do|bởi|với\s+sự|sự\s+đóng\s+góp)(?:\s+[^\W\d_]+){0,4}?\s+(?:của\s+)?(?:các\s+|những\s+)?$")
# "của khối này", "khu vực này", "các doanh nghiệp này": the sector named just before
_SECTOR_AGAIN = re.compile(r"(?<!\w)(?:khối|khu\s+vực|(?:các\s+)?doanh\s+nghiệp)\s+(?:này|đó|trên)(?!\w)")
# "kim ngạch xuất khẩu toàn tỉnh", "của tỉnh": the province's own trade, whatever sector the sentence also names
_PROVINCE_OWN_TRADE = re.compile(
    r"(?:xuất|nhập)\s+khẩu[^,;.]{0,40}?(?<!\w)(?:toàn\s+tỉnh|của\s+(?:tỉnh|thành\s+phố)|trên\s+địa\s+bàn)(?!\w)"
)
_LINKED = re.compile(
    r"^[^;:]{0,40}?(?:(?<!\w)với|(?<!\w)và|(?<!\w)có|,)?\s*(?:tổng\s+)?(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|trị\s+giá)"
    r"|^\s*(?:(?:lượt\s+)?dự\s+án(?:\s+f[dđ]i)?\s*,?\s*)?với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
    r"|^\s*(?:lượt\s+)?dự\s+án(?:\s+f[dđ]i)?\s*,\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"  # "8 dự án, 95 triệu USD"
    r"|^\s*(?:lượt|dự\s+án|khoản)\s*,\s*đạt\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"  # "mua cổ phần 15 lượt, đạt 19 triệu USD"
)
# "18 dự án cấp mới với 64 triệu USD", "22 dự án điều chỉnh tăng thêm 323 triệu USD": the capital of the
# projects just counted, whoever's they are
_CAPITAL_OF_COUNT = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án(?:\s+[^\W\d_]+){0,4}?\s*,?\s*(?:với\s+(?:tổng\s+)?(?:số\s+)?(?:vốn\s+)?|tăng\s+thêm\s+)?"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
)
# "thu hồi 22 dự án không triển khai hoặc hoạt động kém hiệu quả với tổng vốn đầu tư trên 71 triệu USD": the capital of
# the projects just counted, however long the words describing them
_CAPITAL_OF_DESCRIBED_COUNT = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án[^;:.()\d]{0,100}?\s(?:với|có)\s+(?:tổng\s+)?(?:số\s+)?(?:vốn|giá\s+trị)[^;:.()\d]{0,30}"
)
# "… 18 dự án cấp mới với 64 triệu USD và 22 dự án …": the next item of the same list
_SHARE_BRACKET_REACH = 80
_SHARE_BEFORE_BRACKET = re.compile(r"(?:chiếm|khoảng)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*%\s*$")
_NEXT_ITEM = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# "47 dự án đã hoàn thành, 9 dự án đang triển khai": after projects set aside by their stage, those under way are counted
_UNDER_WAY = re.compile(r"\s*(?:chương\s+trình\s*,?\s*)?dự\s+án\s+(?:oda\s+|fdi\s+)?(?:còn\s+)?đang\s+(?:triển\s+khai|thực\s+hiện)(?!\w)")
# "5 dự án DDI và 21 dự án FDI điều chỉnh tăng vốn": a list of domestic then foreign projects; the
# foreign item is not the domestic one's part
_DOMESTIC_HEAD = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s+(?:đầu\s+tư\s+)?(?:\(?\s*ddi(?!\w)|(?:[^\W\d_]+\s+){0,3}?(?:trong\s+nước|nội\s+địa))")
# a field named before a bracket, or the next field of its list: "lĩnh vực y tế (", "…), giáo dục ("
_FIELD_BEFORE_BRACKET = re.compile(r"(?:(?<!\w)lĩnh\s+vực\s|\)\s*(?:,|và)\s*)[^()\d.;:]{1,60}$")
# "…, trong đó vốn đầu tư nước ngoài đạt 500 triệu USD" after a total of all investors
_DOLLARS_AFTER_DONG = re.compile(r"(?<!\w)đồng\s+và\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_FOREIGN_SHARE_LEFT = re.compile(r"trong\s+đó[^\d]{0,40}?(?:nước\s+ngoài|(?<!\w)f[dđ]i(?!\w))")
_FOREIGN_HEAD = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án\s+(?:đầu\s+tư\s+)?(?:\(?\s*f[dđ]i(?!\w)|(?:[^\W\d_]+\s+){0,4}?(?:vốn\s+)?(?:đầu\s+tư\s+)?nước\s+ngoài)"
)
# "ngoài khu công nghiệp 4 dự án, tăng 89 triệu USD": the capital the projects just counted added
_ADDED_AFTER_COUNT = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s*,\s*(?:vốn\s+)?tăng(?:\s+thêm)?\s*")


def _of_all_localities(sentence_left: str) -> bool:
    """All the provinces as the subject just before the figure, or of the list it stands in: "các tỉnh, thành phố đã
    tổ chức 335 đoàn công tác nước ngoài, đón khoảng 8.500 đoàn …, tổ chức 765 hội nghị" (every item is theirs, however
    far into the list, unless a clause or a subject of the province's own follows)."""
    if "cụm" in sentence_left and (cluster := last_match(_CLUSTER_MEMBERS, sentence_left)) is not None:
        # "10 đơn vị trong cụm đã tham mưu cho phép 612 đoàn …": the emulation cluster's provinces together
        after = sentence_left[cluster.end():]
        return ";" not in after and _ANOTHER_SUBJECT.search(after) is None
    if not ("các" in sentence_left or "những" in sentence_left):
        return False
    if _ALL_LOCALITIES.search(sentence_left[-_SUBJECT_REACH:]):
        return True
    subjects = list(_ALL_LOCALITIES.finditer(sentence_left))
    if not subjects:
        return False
    after = sentence_left[subjects[-1].end():]
    return ";" not in after and _ANOTHER_SUBJECT.search(after) is None


def _clause_end(folded: str, pos: int, end: int) -> int:
    cut = folded.find(";", pos, end)
    return end if cut < 0 else cut


_TRIP_ABROAD = re.compile(r"(?<!\w)chuyến\s+(?:công\s+tác|thăm(?:\s+và\s+làm\s+việc)?|làm\s+việc)\s+(?:tại|ở|sang|đến)\s+")


class ScopeReading:
    """Mixed into `ObservationFinder`; needs `folded`, `text`, `layout`, `scope`, `localities`, `quantities`."""

    text: str
    folded: str
    layout: Layout
    scope: Scope | None
    localities: list[Partner]
    quantities: list[Quantity]
    _paragraph_found: list
    _quantity_starts: list[int]

    def _abroad(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """People counted "đang làm việc tại Hàn Quốc", "chương trình của Hàn Quốc có 900 lao động":
        a foreign country is named around them; promotion events "tại Nhật Bản", "sang Hàn Quốc": held in one."""
        if quantity.kind != "number" or self.scope is None:
            return False
        right = self.folded[quantity.end : right_end]
        if PEOPLE_HEAD.search(right):
            return self.scope.names_a_country(left_start, right_end)
        place = PROMOTION_AT.match(right) if "xúc tiến" in right else None
        if place is None and "xúc tiến" in right[:60] and "chuyến" in self.folded[left_start : quantity.start]:
            # "Trong các chuyến công tác tại Nhật Bản, Hàn Quốc, …, đoàn của tỉnh đã tổ chức 6 hội nghị xúc tiến đầu tư"
            trip = _TRIP_ABROAD.search(self.folded, self.layout.sentence_at(quantity.start).start, quantity.start)
            return trip is not None and (FOREIGN_REGION.match(self.folded, trip.end()) is not None
                                         or self.scope.names_a_country(trip.end(), min(quantity.start, trip.end() + 30)))
        # the country right after the place word (not "tại tỉnh", not an audience named before)
        return place is not None and (FOREIGN_REGION.match(right, place.end()) is not None or self.scope.names_a_country(
            quantity.end + place.end(), min(right_end, quantity.end + place.end() + 30)))

    def _foreign_partner_places(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """"tỉnh hiện có quan hệ hữu nghị, hợp tác với 9 tỉnh của Lào", "đã có quan hệ với 5 tỉnh Bắc Lào": the relations
        the province holds, the places counted by their country (not "tăng cường hợp tác với 4 tỉnh Nam Lào", nor papers
        signed, which a text may tell over a period, nor a city's or a district's relations)."""
        if quantity.kind != "number" or self.scope is None:
            return False
        head = _LOCALITIES_HEAD.match(self.folded, quantity.end, right_end)
        if head is None:
            return False
        held = _RELATIONS_HELD.search(self.folded, max(left_start, quantity.start - _RELATIONS_REACH), quantity.start)
        sentence_start = self.layout.sentence_at(quantity.start).start
        return held is not None and _LOWER_LEVEL.search(self.folded, sentence_start, held.start()) is None \
            and _FORMERLY.search(self.folded, sentence_start, held.start()) is None \
            and self.scope.names_a_country(head.end(), min(right_end, head.end() + _COUNTRY_AFTER_PLACES))

    def _foreign_investor(self, quantity: Quantity, left_start: int, right_end: int) -> bool:
        """Projects a foreign country's investors hold in the province are foreign investment
        even when the words "FDI", "nước ngoài" are not written ("Nhật Bản có 130 dự án đầu tư")."""
        if quantity.kind != "number" or self.scope is None:
            return False
        near = self.folded[left_start:right_end]
        # ("hiện Nhật Bản có 22 dự án còn hiệu lực trên địa bàn tỉnh": projects in force are licensed investment; so are a
        # country's projects "trên địa bàn" or "với tổng vốn đăng ký …", unless it funds them: "ba dự án do Hoa Kỳ tài trợ")
        invested = "đầu tư" in near or "hiệu lực" in near or (
            ("địa bàn" in near or "vốn đăng ký" in near) and "trợ" not in near)
        if not invested:
            # "các nhà đầu tư Hàn Quốc rót vốn vào 12 dự án …; Nhật Bản có 8 dự án": the next country in the sentence
            sentence = self.layout.sentence_at(quantity.start)
            return ("đầu tư" in self.folded[sentence.start : left_start] and self._country_subject(left_start, quantity.start)) \
                or self._leading_investor(quantity.start) is not None
        # "Nhật Bản có 18 dự án", "18 dự án đầu tư của Nhật Bản"
        return self.scope.country(max(left_start, quantity.start - _COUNTRY_NEAR), min(right_end, quantity.end + 40)) is not None \
            or self._country_subject(left_start, quantity.start) or self._sentence_country(quantity.start) is not None

    def _sentence_country(self, pos: int) -> str | None:
        """A foreign country opening the sentence, or the figure's clause after a semicolon, as its subject
        ("Hiện Nhật Bản đứng thứ 4 trong số các nhà đầu tư, với 130 dự án"), in a sentence about investment."""
        sentence = self.layout.sentence_at(pos)
        opening = self.folded.rfind(";", sentence.start, pos) + 1 or sentence.start
        lead = _SENTENCE_LEAD.match(self.folded, opening, pos)
        start = lead.end() if lead else opening
        before = self.folded[sentence.start:pos]
        # ("Hàn Quốc đứng đầu cả về số dự án lẫn số vốn, với 180 dự án": the investors ranked, "đầu tư" unsaid)
        if "đầu tư" not in before and not ("đầu" in before and _RANKED_ON_PROJECTS.search(before)):
            return self._leading_investor(pos)
        return self.scope.named_country(start, min(pos, start + 25)) if self.scope is not None else None

    def _leading_investor(self, pos: int) -> str | None:
        """The country opening the sentence that "dẫn đầu với" the figures, when the sentence says later that they
        are a share of the province's foreign investment (the words "đầu tư" come only after the figure)."""
        sentence = self.layout.sentence_at(pos)
        if self.scope is None or "chiếm" not in self.folded[pos:sentence.end] \
                or not _SHARE_OF_FOREIGN_STOCK.search(self.folded, pos, sentence.end):
            return None
        lead = _SENTENCE_LEAD.match(self.folded, sentence.start, pos)
        leads = _LEADS_THE_INVESTORS.match(self.folded, lead.end() if lead else sentence.start, pos)
        return self.scope.named_country(leads.start(), leads.end()) if leads is not None else None

    def _country_subject(self, start: int, end: int) -> bool:
        """A foreign country as the clause's subject right before the count: "Nhật Bản có 130 dự án", or as a
        list item's label: "- Nhật Bản: 130 dự án"."""
        return self.scope is not None and self.scope.names_a_country(max(start, end - _COUNTRY_NEAR), end) \
            and re.search(r"(?:(?<!\w)có|[^\W\d_]:)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$", self.folded[start:end]) is not None

    def _same_bracket(self, previous: Quantity, pos: int) -> bool:
        """Whether `previous` and the figure at `pos` stand inside one pair of brackets."""
        opened = self.folded.rfind("(", max(0, previous.start - 80), previous.start)
        return opened >= 0 and ")" not in self.folded[opened:previous.start] and not any(
            c in self.folded[previous.end:pos] for c in ")(;")

    def _bracket_closed(self, previous: Quantity, pos: int) -> bool:
        """"71 dự án (22 dự án trong khu công nghiệp và 49 dự án ngoài) với tổng vốn 1,1 tỷ USD": `previous`
        stands in a bracket that closes before the figure at `pos`, so the figure goes with the one before
        the bracket, not with the bracket's breakdown."""
        if ")" not in self.folded[previous.end:pos]:
            return False
        opened = self.folded.rfind("(", max(0, previous.start - 80), previous.start)
        return opened >= 0 and ")" not in self.folded[opened:previous.start]

    def _part_s_bracket(self, pos: int) -> bool:
        """A part's figures in the bracket after its name or its share: "Các khoản viện trợ thuộc lĩnh vực y tế (6 khoản,
        590.450 USD), giáo dục (8 khoản, …)", "nông nghiệp chiếm khoảng 61,3% (65 dự án, vốn đăng ký ban đầu 227 triệu
        USD); công nghiệp khoảng 16,9% (18 dự án, …)"."""
        start = self.layout.sentence_at(pos).start
        opened = self.folded.rfind("(", start, pos)
        if opened < 0 or self.folded.find(")", opened, pos) >= 0:
            return False
        if pos - opened <= _SHARE_BRACKET_REACH and _SHARE_BEFORE_BRACKET.search(self.folded, max(0, opened - 30), opened):
            return True
        field = self.folded.find("lĩnh vực", start, opened)
        return field >= 0 and _FIELD_BEFORE_BRACKET.search(self.folded, field, opened) is not None

    def _not_the_province_s(self, code: str, context: FigureContext, left_start: int, pos: int,
                            previous: Figure | None, same_clause: bool) -> bool:
        if is_restated(context.left) and not (previous is not None and previous.quantity.kind == "number"
                                              and not previous.quantity.scaled and same_clause) \
                and not self._level_of_a_goal_rate(previous, pos):
            return True  # ("… 269 dự án với tổng vốn tương đương 392 tỉ đồng": an amount, no count restated)
        if _THRESHOLD_BEFORE.search(context.left) and _THRESHOLD_OF_NAMED.match(self.text, self._figure_end(pos)):
            return True
        if "(" in context.sentence_left and self._part_s_bracket(pos):
            return True
        if self.scope is not None and self.scope.heads_its_item(pos):
            return False
        # "… 190 dự án trong nước … và 20 dự án FDI", "155 dự án, gồm … và 15 dự án nước ngoài": the foreign part of a
        # domestic count or of a mixed total is the province's
        foreign_after_domestic = previous is not None and previous.elsewhere and (
            (_FOREIGN_HEAD.match(context.right) is not None
             and (previous.mixed or _DOMESTIC_HEAD.match(self.folded, previous.quantity.end) is not None))
            or (previous.mixed and _FOREIGN_SHARE_LEFT.search(context.left) is not None)
            # "17 dự án (trong đó có 7 dự án có vốn nước ngoài) với tổng vốn 1.051,6 tỷ đồng và 9,2 triệu USD": the dollars
            or (previous.mixed and _DOLLARS_AFTER_DONG.search(context.left) is not None))
        if previous is not None and previous.elsewhere and not foreign_after_domestic and (
            (same_clause and _LINKED.match(context.left))
            or _ADDED_AFTER_COUNT.fullmatch(self.folded, previous.quantity.end, pos)
            or (same_clause and _CAPITAL_OF_COUNT.fullmatch(self.folded, previous.quantity.end, pos))
            or (same_clause and _CAPITAL_OF_DESCRIBED_COUNT.fullmatch(self.folded, previous.quantity.end, pos))
            or (same_clause and _NEXT_ITEM.fullmatch(self.folded, self._figure_end(previous.quantity.start), pos))
        ) and not (context.kind == "number" and _UNDER_WAY.match(context.right)):
            return True  # "các khu công nghiệp thu hút 292 dự án với tổng vốn ...": the same part
        if code == "workers_abroad" and self.scope is not None and _WORKERS_OF_PLACE.match(self.text, self._figure_end(pos)) \
                and self.scope.elsewhere(self._figure_end(pos), self._figure_end(pos) + _WORKERS_OF_REACH, nation=False):
            return True  # "gần 1.200 lao động Trà Vinh đang làm việc ở nước ngoài" in a text on Bến Tre: another's workers
        if code == "workers_abroad" and (_NATION_S_WORKERS.match(context.right)
                                         or _NATION_S_WORKERS_BEFORE.search(context.sentence_left[-_SUBJECT_REACH:])
                                         or _MARKET_S_SHARE.search(context.left)):
            return True  # ("Nhật Bản vẫn là thị trường tiếp nhận nhiều lao động nhất với hơn 4.600 người": one market's)
        if _of_all_localities(context.sentence_left) or (code != "fdi_rank" and _IN_THE_COUNTRY.match(context.right)):
            return True
        if code == "delegation_exchanges" and _VISITS_TO_THE_COUNTRY.match(context.right):
            return True  # "đón 25 đoàn lãnh đạo các nước sang thăm Việt Nam": the nation's guests
        if "cửa khẩu" in context.sentence_left and _THE_WHOLE_BORDER_S.search(context.sentence_left):
            return True
        if "việt nam" in context.left and _GIVEN_TO_THE_COUNTRY.search(context.left):
            return True  # "các tổ chức phi chính phủ nước ngoài đã viện trợ cho Việt Nam trên 4,35 tỷ USD": the nation's
        if _DISTRICTS_SUBJECT.match(context.sentence_left):
            return True
        if _DISTRICT_SUBJECT.search(context.left) or _DISTRICT_SUBJECT.search(context.sentence_left[-_SUBJECT_REACH:]):
            return True  # "năm 2024 huyện A đã đưa 120 người đi làm việc ở nước ngoài": a district's figure
        if "thành phố" in context.sentence_left[-_SUBJECT_REACH:] and self.scope is not None:
            city = _CITY_SUBJECT.search(self.folded, max(pos - len(context.sentence_left), pos - _SUBJECT_REACH), pos)
            if city is not None and self.text[city.start("name")].isupper() \
                    and not self.scope.names_the_province(city.start(), city.end()):
                return True  # "thành phố Móng Cái xuất khẩu 1.093 triệu USD" in a province's report: a city's part
        near = context.sentence_left[-_SUBJECT_REACH:]
        # (not the associations the members belong to: "gần 6.000 hội viên của 8 hội hữu nghị")
        if ("viên" in near and _MEMBERS_SUBJECT.search(near) and not _MEMBERS_OF.search(context.left)) \
                or (("nhất" in context.left or "dẫn đầu" in context.left) and _PLACES_GROUP.search(context.left)):
            return True
        sentence_start = self.layout.sentence_at(pos).start
        lead = self.folded[sentence_start:sentence_start + _PART_LEAD_REACH]
        if ("kcn" in lead or "khu " in lead or "kkt" in lead or "cụm công" in lead) and _PART_LEAD.match(lead):
            return True
        if ("ban " in lead and _BOARD_LEAD.match(lead)) or (
                "tổng" in lead and _TOTAL_LEAD.match(lead) and self._part_sentence_before(sentence_start)):
            return True
        if "riêng" in lead and _SUBSET_LEAD.match(lead):
            return True  # "Riêng phần vốn cam kết năm 2022 của các khoản này là …": the money of the items just named
        if "theo " in lead and _MINISTRY_LEAD.match(lead) and self.scope is not None \
                and not self.scope.names_a_province(sentence_start, pos) \
                and _PROVINCE_WORD.search(self.folded, sentence_start, pos) is None:
            return True  # "Theo Bộ Kế hoạch và Đầu tư, …, nhà đầu tư nước ngoài đăng ký 27 tỷ USD": the nation's
        if _LEAVING_OUT_LEAD.match(self.folded, sentence_start) and any(o.indicator == code for o in self._paragraph_found):
            return True
        if previous is not None and previous.elsewhere and _PARTS_OF.search(context.left) \
                and not (previous.mixed and _FOREIGN_HEAD.match(context.right)):
            return True  # "các khu công nghiệp thu hút 49 dự án, gồm 33 dự án FDI": parts of a part
        if previous is not None and previous.elsewhere and self._same_bracket(previous.quantity, pos):
            return True  # "so với tỉnh B (25 dự án, 1,2 tỷ USD)": B's figures, both
        left = context.left
        if self.scope is not None and (source := source_named_before(left)) is not None \
                and self.scope.names_the_province(left_start + source.end(), pos):
            # "Theo số liệu do Ban Quản lý các khu công nghiệp tỉnh cung cấp, trong tháng 2/2023 Vĩnh Phúc cấp mới …": the
            # board as the source of the province's own figure, its name the subject
            left = left[: source.start()] + " " + left[source.end() :]
        if code not in _TRADE_CODES and is_part(_ALL_FORMS.sub(" ", left), context.right):
            return True
        if code in _TRADE_CODES and is_trade_part(context.left) and _PROVINCE_TRADE_CLAUSE.search(context.left) is None:
            return True
        if code in _TRADE_CODES and "doanh nghiệp" in context.sentence_left and self.scope is not None \
                and (firms := _FIRMS_LEAD.match(self.folded, self.layout.sentence_at(pos).start)) is not None \
                and self.scope.names_a_country(firms.end(), firms.end() + 25):
            return True  # "Năm 2022, các doanh nghiệp Nhật Bản đạt doanh thu …, xuất khẩu 3,08 tỷ USD": one investor country's firms'

        if code in _TRADE_CODES and self._sector_s_sentence(pos):
            return True
        if code in _TRADE_CODES and "hai nước" in context.sentence_left + context.clause_right \
                and _TWO_COUNTRIES.search(context.sentence_left + " " + context.clause_right):
            return True  # "thương mại hai chiều năm 2022 đạt 78,7 tỷ USD, gấp 175 lần so với khi hai nước …": the countries'
        if code in ("fdi_registered_capital", "fdi_new_capital") and self._sector_s_trade(pos, context):
            return True
        if code in _FDI_SHARE_CODES and self._share_of_the_total_after(pos, _SHARE_OF_FDI_TOTAL):
            return True  # "Toàn tỉnh có 117 dự án theo hình thức này …, chiếm khoảng 90% tổng số dự án …": a part
        if code in _TRADE_AND_GROWTH and self._share_of_the_total_after(pos):
            return True  # "xuất khẩu qua biên giới … đạt 636 triệu USD, chiếm 42% tổng kim ngạch xuất khẩu toàn tỉnh": a part
        if self.scope is None:
            return False
        if self._subject_named_after(pos) or self._named_the_sentence_before(pos):
            return True
        paragraph = self.layout.paragraphs[self.layout.sentence_at(pos).paragraph]
        if code == "fdi_rank" and _LEADER_AFTER.match(self.folded, self._figure_end(pos)):
            # "Địa phương đứng đầu là tỉnh A với …": the first is the province named after it
            for match in province_matcher().find_all(self.scope.tokens, pos, min(len(self.folded), pos + _SUBJECT_AFTER)):
                if self.scope.names_a_province(match.start, match.end):
                    return self.scope.elsewhere(match.start, match.end)
        if code == "fdi_rank":
            # "chiếm 7,5% tổng vốn FDI của cả nước và đứng thứ ba trong các địa phương": a rank is among the nation's
            # provinces; the nation named before it is its field, not its owner (another province still is)
            return self.scope.elsewhere(left_start, pos, nation=False)
        if self.scope.elsewhere(left_start, pos):
            # (not "… tại Việt Nam, và hiện có 31 tổ chức … có hoạt động tài trợ cho tỉnh": the nation named before a figure
            # whose own words name the province after it)
            return not (_OWN_PROVINCE_AFTER.match(self.text, self._figure_end(pos))
                        and not self.scope.elsewhere(left_start, pos, nation=False))
        return self.scope.still_national(paragraph.start, pos)

    def _share_of_the_total_after(self, pos: int, share: re.Pattern = _SHARE_OF_TOTAL) -> bool:
        """Whether the figure's clause (to the next semicolon) goes on to give it as a share of the total (trade)."""
        sentence = self.layout.sentence_at(pos)
        stop = self.folded.find(";", pos, sentence.end)
        end = sentence.end if stop < 0 else stop
        if ("chiếm" not in self.folded[pos:end] and "bằng" not in self.folded[pos:end]) or share.search(self.folded, pos, end) is None:
            return False
        # ("xuất khẩu sang Lào đạt …, chiếm 0,9% tổng kim ngạch xuất khẩu của thành phố": a country's share, kept with it)
        start = self.layout.clause_start(sentence, pos)
        return self.scope is None or not self.scope.names_a_country(start, end)

    def _sector_s_sentence(self, pos: int) -> bool:
        """Whether the sentence speaks of the foreign-invested sector's business: the sector is its subject,
        named before its first figure ("Tuy nhiên, doanh thu của khu vực FDI … đạt 3 tỷ USD …; xuất khẩu chỉ đạt 1,1 tỷ
        USD"), or a pronoun points back to the sector the sentence before named ("Các doanh nghiệp FDI … .
        Kim ngạch nhập khẩu của khối này đạt 2,4 tỷ USD"); the province's own trade named in it keeps its figures."""
        sentence = self.layout.sentence_at(pos)
        if _PROVINCE_OWN_TRADE.search(self.folded, sentence.start, pos):
            return False
        i = bisect_left(self._quantity_starts, sentence.start)
        first = self.quantities[i].start if i < len(self.quantities) else pos
        sector = _FDI_SECTOR_SUBJECT.search(self.folded, sentence.start, min(first, pos))
        if sector is not None and not _SECTOR_AS_CAUSE.search(self.folded, max(sentence.start, sector.start() - 30), sector.start()):
            return True  # (not "nhờ khu vực FDI, xuất khẩu đạt …": the sector as the cause of the province's trade)
        if sentence.start == 0 or not _SECTOR_AGAIN.search(self.folded, sentence.start, pos):
            return False
        before = self.layout.sentence_at(sentence.start - 1)
        return _FDI_SECTOR_SUBJECT.search(self.folded, before.start, before.end) is not None

    def _sector_s_trade(self, pos: int, context: FigureContext) -> bool:
        """"Kim ngạch nhập khẩu … đạt 1.431 triệu USD … . Trong đó, khối FDI ước đạt 1.061 triệu USD, chiếm 74,2% kim ngạch
        nhập khẩu của tỉnh": the foreign-invested sector's share of the trade, not capital (no "vốn" after the sector)."""
        sentence = self.layout.sentence_at(pos)
        sector = last_match(_FDI_SECTOR_SUBJECT, self.folded, max(sentence.start, pos - _SUBJECT_REACH), pos)
        return sector is not None and "vốn" not in self.folded[sector.end() : pos] \
            and "khẩu" in self.folded[sentence.start : sentence.end]

    def _subject_named_after(self, pos: int) -> bool:
        """Whether the figure's phrase opens on "với" (after a comma or the clause's start) and the first
        province named after it in the sentence is another one: the subject the fronted figure describes."""
        sentence = self.layout.sentence_at(pos)
        start = max(self.layout.clause_start(sentence, pos), self.folded.rfind(",", sentence.start, pos) + 1)
        if not _FRONTED_WITH.match(self.folded, start, pos):
            return False
        # (within its clause: "…, với tổng vốn đăng ký 4 tỷ USD; xếp thứ hai là Hà Nội với …" names the next place's own)
        end = min(self.layout.clause_end(sentence, pos), pos + _SUBJECT_AFTER)
        for match in province_matcher().find_all(self.scope.tokens, pos, end):
            if self.scope.names_a_province(match.start, match.end):  # "tỉnh Bắc Ninh", not "hòa bình"
                return self.scope.elsewhere(match.start, match.end)
        return False

    def _named_the_sentence_before(self, pos: int) -> bool:
        """Whether the figure's subject points back ("địa phương có", "tỉnh này") to the sentence before,
        naming no province itself, and the first province that sentence names is another one."""
        sentence = self.layout.sentence_at(pos)
        if sentence.start == 0 or not _BACK_REFERENCE.search(self.folded, sentence.start, pos) \
                or self.scope.names_a_province(sentence.start, pos):
            return False
        before = self.layout.sentence_at(sentence.start - 1)
        if before.paragraph != sentence.paragraph:
            return False
        for match in province_matcher().find_all(self.scope.tokens, before.start, before.end):
            if self.scope.names_a_province(match.start, match.end):
                return self.scope.elsewhere(match.start, match.end)
        return False

    def _part_sentence_before(self, sentence_start: int) -> bool:
        """Whether the sentence before, in the same paragraph, has a part ("các khu công nghiệp") as its subject."""
        if sentence_start == 0:
            return False
        before = self.layout.sentence_at(sentence_start - 1)
        if before.paragraph != self.layout.sentence_at(sentence_start).paragraph:
            return False
        lead = self.folded[before.start:before.start + _PART_LEAD_REACH]
        return _PART_LEAD.match(lead) is not None

    def _figure_end(self, pos: int) -> int:
        """Where the figure starting at `pos` ends (its unit included)."""
        i = bisect_left(self._quantity_starts, pos)
        return self.quantities[i].end if i < len(self.quantities) and self.quantities[i].start == pos else pos

    def _level_of_a_goal_rate(self, previous: Figure | None, pos: int) -> bool:
        """"phấn đấu kim ngạch xuất khẩu tăng trưởng 9%, tương đương 35 tỷ USD", "chỉ tiêu tăng 7% (tương ứng hơn 20 tỷ
        USD)": the level a goal's rate comes to, no restatement."""
        if previous is None or previous.quantity.unit != "percent":
            return False
        sentence = self.layout.sentence_at(pos)
        return self._is_target(sentence, previous.quantity.start, previous.quantity.end)

    def _counterpart(self, start: int, end: int, quantity: Quantity, investment: bool = False) -> str | None:
        """The foreign partner a figure is of: a locality named by it, else a country. `investment`: an FDI
        figure, whose investors are a country's ("cùng quận Yongsan, … Hàn Quốc đang có 4 dự án": Korea's)."""
        # ("6.210 lao động …, trong đó sang Nhật Bản 3.980 người": the part's country is not the total's; "ký 2 bản ghi nhớ
        # với tỉnh A và tỉnh B (Lào), nâng tổng số văn bản … lên 47": the total raised is not theirs)
        if self.folded.startswith(" dự án", quantity.end) and _THE_PROVINCE_S_OWN.match(self.folded, quantity.end):
            return None
        part = self.folded.find("trong đó", quantity.end, end)
        end = part if part >= 0 else end
        raised = self.folded.rfind("nâng tổng", start, quantity.start)
        start = raised if raised >= 0 else start
        window = self.text[start:end]
        named = [p for p in self.localities if p.name in window]
        if len(named) == 1:
            return country_name(named[0].country) if investment and named[0].country else named[0].name
        if not named and len({p.name for p in self.localities}) == 1 and _BETWEEN_THE_TWO.search(self.folded, start, end):
            # "tổng kim ngạch xuất nhập khẩu giữa hai tỉnh đạt …" in a text on the one foreign partner it names
            return self.localities[0].name
        countries = {p.country for p in named}
        if len(countries) == 1:
            return country_name(countries.pop())
        if self.scope is None or named:
            return None
        # a country is read only close to the figure and in its own clause: "nhà đầu tư Hàn Quốc có 31 dự án";
        # "Singapore đứng thứ hai với 14,4 tỷ USD và 651 dự án; Hàn Quốc …"
        start = max(start, self.folded.rfind(";", start, quantity.start) + 1)
        end = min(end, _clause_end(self.folded, quantity.end, end))
        country = self.scope.country(max(start, quantity.start - _COUNTRY_NEAR), min(end, quantity.end + _COUNTRY_NEAR))
        lead = None
        if country is None and (self._country_subject(start, quantity.start)
                                or (lead := _LEADS_WITH.search(self.folded, max(start, quantity.start - _COUNTRY_NEAR), quantity.start))):
            # "Nhật Bản có 130 dự án", "trong đó Hàn Quốc dẫn đầu với 150 dự án" (the country before the lead's words)
            before = min(quantity.start, lead.start()) if lead else quantity.start
            country = self.scope.named_country(max(start, before - _COUNTRY_NEAR), quantity.start)
        return country or self._listed_country(start, quantity.start) or self._sentence_country(quantity.start)

    def _listed_country(self, start: int, pos: int) -> str | None:
        """"…; tiếp theo là Trung Quốc 7 dự án, Nhật Bản 4 dự án": a list item's country, written right before its figure."""
        near = max(start, pos - _COUNTRY_NEAR)
        if not _CAPITAL.search(self.text, near, pos):
            return None  # (no name written there: the costly search is skipped)
        item = _LISTED_COUNTRY.search(self.folded, near, pos)
        return self.scope.named_country(item.start("name"), item.end("name")) if item is not None else None
