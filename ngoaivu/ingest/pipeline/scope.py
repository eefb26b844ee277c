"""Whose figure it is: the province's own, a part of it, the nation's or another province's,
a restatement of the figure before it, or the province's figure with one country.

Reports set their own figures beside others: "cả nước thu hút 38 tỷ USD; tỉnh thu hút
90 triệu USD", "Trong đó, các khu công nghiệp thu hút 292 dự án", "khoảng 38,5 triệu
USD, tương đương 865 tỷ đồng". Only the province's own figures are its observations.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ngoaivu.geo import catalog

from .fast_scan import letter_led
from .geography import country_matcher, country_name, province_matcher
from .indicator_topics import last_match
from .period_patterns import YEAR_NUMBER
from .phrases import Tokens

# A part of the province's total (sub-areas, one form of investment, one company, one
# product line), written just before the figure or in its noun phrase.
_PART = letter_led(  # letter-led alternatives ("k(?<!\wk)cn" is "kcn" at a word's start): a fast scan
    r"khu\s+công\s+nghiệp|khu\s+kinh\s+tế|khu\s+chế\s+xuất|k(?<!\wk)cn(?!\w)|k(?<!\wk)kt(?!\w)|ở(?<!\wở)\s+ngoài(?!\w)|c(?<!\wc)ụm\s+công\s+nghiệp"
    r"|góp\s+vốn,?\s+mua\s+(?:phần\s+)?(?:cổ\s+phần|phần\s+vốn\s+góp|vốn\s+góp)|c(?<!\wc)ông\s+ty|t(?<!\wt)ập\s+đoàn|nhà\s+máy"
    # (not "riêng khu vực có vốn nước ngoài": the foreign-invested sector singled out is the province's FDI itself)
    r"|riêng\s+(?:hình\s+thức|lĩnh\s+vực|ngành|khu(?!\s+vực\s+(?:kinh\s+tế\s+)?(?:có\s+)?(?:vốn|fdi|đầu\s+tư))|huyện|thành\s+phố"
    r"|thị\s+xã|tổ\s+chức|quỹ)|(?<!tái\s)cơ\s+cấu|mặt\s+hàng|nhóm\s+hàng"
    r"|nhóm\s+doanh\s+nghiệp|(?:x(?<!\wx)ét|p(?<!\wp)hân)\s+theo\s+(?:ngành|lĩnh\s+vực)"  # "nhóm doanh nghiệp còn lại đạt …", "Xét theo ngành, …"
    # the economic sectors of the statistics ("Bán buôn, bán lẻ … dẫn đầu với 512 dự án", "công nghiệp chế biến, chế tạo
    # có 20 dự án", "Riêng hoạt động kinh doanh bất động sản có 11 dự án"): a sector's share
    r"|c(?<!\wc)hế\s+biến,?\s+chế\s+tạo|kinh\s+doanh\s+bất\s+động\s+sản|b(?<!\wb)án\s+buôn|hoạt\s+động\s+chuyên\s+môn"
    r"|sản\s+xuất,?\s+(?:và\s+)?phân\s+phối\s+điện|dịch\s+vụ\s+lưu\s+trú|vận\s+tải,?\s+kho\s+bãi|thông\s+tin\s+và\s+truyền\s+thông"
    # the three broad sectors as a clause's subject ("công nghiệp - xây dựng chiếm đa số với 48 dự án", "thương mại -
    # dịch vụ có 24 dự án", "nông - lâm - thủy sản có 8 dự án")
    r"|(?:c(?<!\wc)ông\s+nghiệp\s*[-–,]\s*xây\s+dựng|t(?<!\wt)hương\s+mại\s*[-–,]\s*dịch\s+vụ|d(?<!\wd)ịch\s+vụ\s*[-–,]\s*thương\s+mại"
    r"|n(?<!\wn)ông\s*[-–,]\s*lâm(?:\s+nghiệp)?\s*(?:[-–,]|và)\s*(?:thủy|thuỷ)\s+sản)(?=[^.;\d]{0,30}?(?<!\w)(?:có|với|chiếm|đạt)\s)"
    r"|l(?<!\wl)à\s+(?:các\s+)?(?:lĩnh\s+vực|ngành)\s"  # "Xếp thứ hai là lĩnh vực nông nghiệp với 18 dự án"
    # a sector as a clause's subject ("; lĩnh vực dịch vụ có 14 dự án", "trong đó lĩnh vực công nghiệp 23 dự án"), not the
    # field a report turns to ("Ở lĩnh vực đầu tư, …") nor one a count is in ("40 dự án trong các lĩnh vực y tế")
    r"|l(?<!\wl)(?<![^\W\d_]\sl)ĩnh\s+vực\s+(?!đầu\s+tư|thương\s+mại)[^.;,\d]{2,40}?(?<!\w)(?:có|với|chiếm|đạt|thu\s+hút)\s"
    r"|t(?<!\wt)rong\s+đó\s*,?\s*(?:các\s+)?lĩnh\s+vực\s"
    r"|t(?<!\wt)huộc\s+(?:các\s+)?(?:lĩnh\s+vực|ngành)\s"  # "thu hút 10 dự án thuộc lĩnh vực du lịch, thương mại"
    # an example's figure ("tiêu biểu là dự án X (Singapore) hơn 101 triệu USD"): one project's
    r"|t(?<!\wt)iêu\s+biểu\s+(?:là|như|có)|đ(?<!\wđ)iển\s+hình\s+(?:là|như|có)"
    # ("Đáng chú ý là dự án nhà máy X …, vốn khoảng 118 triệu USD", "nổi bật là dự án Y"): one project singled out
    r"|đ(?<!\wđ)áng\s+chú\s+ý\s+(?:nhất\s+)?là\s+dự\s+án|n(?<!\wn)ổi\s+bật\s+(?:nhất\s+)?là\s+dự\s+án"
    # ("tổ chức này hiện triển khai 6 dự án", "Đầu năm 2017, tổ chức này tiếp tục cam kết 1,8 triệu USD": one donor's, not
    # "các tổ chức này", all of them)
    r"|t(?<!\wt)(?<!các\st)(?<!những\st)ổ\s+chức\s+(?:này|đó)(?!\w)"
)
_MOSTLY_HEAD = re.compile(r"\W*(?:chủ\s+yếu|phần\s+lớn|đa\s+số|tập\s+trung)(?!\w)")
# "45 dự án đang hoạt động, chủ yếu trong lĩnh vực chế biến, chế tạo, đã tăng vốn thêm …": an aside on where most
# of them are, between the projects and their figure
_MOSTLY_ASIDE = re.compile(r",\s*(?:chủ\s+yếu|phần\s+lớn|đa\s+số|tập\s+trung)\s+(?:trong|ở|tại|thuộc|vào)\s[^;:.()\d]{0,80},")
_PART_HEAD_WORDS = 8  # "08 dự án nằm trong khu công nghiệp"
# ("…, nổi bật là nhà máy của công ty A", "…, tiêu biểu là …": an example singled out, no part)
_EXAMPLES_AFTER = re.compile(r"\s*,\s*(?:(?:điển\s+hình|nổi\s+bật|tiêu\s+biểu|đáng\s+chú\s+ý)\s+)?(?:như|là)\s.*$")
# "24 dự án FDI đang hoạt động trong các khu công nghiệp": the phrase places what it counts in a part, farther on
_IN_A_PART_AFTER = re.compile(
    r"[^,;:.()\d]{0,50}?(?<!\w)(?:trong|tại|ở|thuộc)\s+(?:các\s+|những\s+)?"
    r"(?:khu\s+công\s+nghiệp|(?<!\w)kcn(?!\w)|khu\s+kinh\s+tế|(?<!\w)kkt(?!\w)|khu\s+chế\s+xuất|cụm\s+công\s+nghiệp)"
    r"(?![^,;:.()\d]{0,30}?(?<!\w)(?:và|cũng\s+như|lẫn)\s+(?:ở\s+|tại\s+)?ngoài(?!\w))"  # "trong và ngoài KCN": all of them
)
# The same amount again in another currency or wording.
# ("… với con số làm tròn gần 385 triệu USD": the figure told before, rounded)
_RESTATED = re.compile(r"(?:tương\s+đương|quy\s+đổi|tức\s+là|(?:con\s+số|số\s+liệu)\s+(?:được\s+)?làm\s+tròn(?:\s+là)?)"
                       r"(?:\s+với)?(?:\s+(?:khoảng|hơn|gần|trên))?\s*$")
# The nation's figures.
# The nation's figures: the nation as the subject ("cả nước thu hút", "của cả nước"), not as
# the field of a comparison ("nhỏ nhất cả nước", "đứng thứ 4 toàn quốc").
# ("đứng thứ 2/63 tỉnh, thành phố trên toàn quốc về thu hút FDI, với 313 dự án": a place among the nation's provinces)
_RANKED_IN = re.compile(r"(?:điểm\s+sáng|dẫn\s+đầu|đứng\s+đầu|hàng\s+đầu|tốp\s+đầu|top\s+đầu|nhóm\s+đầu"
                        r"|(?:đứng|xếp)\s+(?:ở\s+)?(?:vị\s+trí\s+)?thứ\s+[\w/]+(?:\s+(?:tỉnh,?\s+thành(?:\s+phố)?|địa\s+phương))?)\s+$")
_RANKED_REACH = 50
# "… tăng 9,3%, cao hơn nhiều so với mức tăng bình quân 1,5% của cả nước", "cao hơn mức 1,5% của cả nước": the nation as
# the comparison's base, not the subject
_COMPARED_BEFORE = re.compile(r"(?:so\s+với|(?:cao|thấp|nhanh|chậm|nhiều|ít)\s+hơn)(?:[^,;.()]|[,.](?=\d)){0,60}$")
_COMPARED_REACH = 70
# "…, chiếm gần 14,1% tổng vốn đăng ký của cả nước": the nation as the whole a share is of, not the subject
_SHARE_OF_BEFORE = re.compile(r"chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+|xấp\s+xỉ\s+)?\d[\d.,]*\s*%(?:[^,;.()]|[,.](?=\d)){0,60}$")
_NATION_S_FIGURE_AFTER = re.compile(r"[^,;.()]{0,30}\(\s*\d")  # "… của cả nước trong cùng thời gian (10,13 tỷ USD)": its own
_RANKED_ON = re.compile(r"\s+về(?!\w)")  # "… điểm sáng của cả nước về thu hút viện trợ": what the ranking is on
_NATIONAL = letter_led(
    # "qua các cửa khẩu cả nước": the province's trade through every gate of the country is still its own
    # ("Cả nước 8 tháng xuất khẩu đạt …": the period between the nation and its verb)
    r"(?<!cửa\skhẩu\s)(?:cả\s+nước|toàn\s+quốc|việt\s+nam)\s+"
    r"(?:(?:trong\s+)?(?:(?:\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu)?|quý\s+[ivx\d]+|năm)(?:\s+(?:năm\s+)?\d{4})?\s*,?\s+"
    r"|(?:trong\s+)?cùng\s+(?:thời\s+gian|thời\s+kỳ|kỳ|giai\s+đoạn)(?:\s+(?:này|đó|trên))?\s*,?\s+"  # "Cả nước trong cùng thời gian thu hút …"
    # "cả nước đến ngày 20/6/2023 có …", "cả nước khi đó thu hút …"
    r"|(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*,?\s+|(?:khi|lúc|thời\s+điểm)\s+(?:đó|ấy)\s*,?\s+)?"
    r"(?:(?:đã|ước|cũng|chỉ|mới|vẫn)\s+){0,2}"  # ("cả nước chỉ thu hút gần 10,86 tỷ USD")
    r"(?:thu\s+hút|đạt|xuất|nhập|ghi\s+nhận|có|cấp|giải\s+ngân|tiếp\s+nhận|nhận\s+được|ký|tổ\s+chức|đón|cử|đưa|triển\s+khai"
    r"|huy\s+động|vận\s+động|phấn\s+đấu|đặt\s+(?:ra\s+)?(?:mục|chỉ)\s+tiêu|dự\s+kiến)"
    # "Trên phạm vi cả nước, vốn FDI …", "trên bình diện cả nước": the nation as the field the sentence opens on
    # ("Ở phạm vi cả nước, theo Tổng cục Thống kê, …")
    r"|(?:(?:của|trên|vào|tại)\s+(?:(?:phạm\s+vi|bình\s+diện|quy\s+mô)\s+)?|ở\s+(?:phạm\s+vi|bình\s+diện|quy\s+mô)\s+)"
    # (not an organisation's office named with its acronym: "Good Neighbors Quốc tế tại Việt Nam (GNI)")
    r"(?:cả\s+nước|toàn\s+quốc|toàn\s+việt\s+nam|việt\s+nam)(?!\w)(?!\s*\([^\W\d_]{2,10}\))"
    # "tốc độ tăng tổng kim ngạch xuất khẩu cả nước năm 2026": the nation named as the trade's owner
    r"|(?:xuất|nhập)\s+khẩu\s+(?:cả\s+nước|toàn\s+quốc)(?!\w)"
    # "- Cả nước, 10 tháng năm 2024: tổng kim ngạch …": the nation fronted at a sentence's or an item's start (after no
    # word: "đứng thứ 4 cả nước, …" ranks the province)
    r"|(?<!\w)(?<!\w\s)(?:cả\s+nước|toàn\s+quốc)\s*[,:]\s"
    # "143.000 người Việt Nam ra nước ngoài lao động. … Nhật Bản trên 67.000 người": the country's workers
    r"|(?:lao\s+động|người)\s+việt\s+nam\s+(?:đã\s+)?(?:đi|ra|sang|xuất\s+cảnh)(?!\w)"
    # "kim ngạch thương mại Việt Nam - Lào đạt 1,07 tỷ USD", "thương mại hai chiều Việt Nam - Thụy Điển": the two
    # countries' trade, not through the province's gates ("… Việt Nam - Lào qua cửa khẩu A đạt …" stays the province's)
    r"|thương\s+mại\s+(?:song\s+phương\s+|hai\s+chiều\s+)?(?:giữa\s+)?việt\s+nam\s*(?:-|–|và|với)\s*"
    r"(?![^.;]{0,80}?(?:qua|tại)\s+(?:các\s+)?cửa\s+khẩu)"
    # "kim ngạch thương mại giữa Kaluga và Việt Nam": a foreign partner's trade with the country
    r"|thương\s+mại\s+(?:song\s+phương\s+|hai\s+chiều\s+)?giữa\s+[^,;.()]{1,40}?\s+(?:và|với)\s+việt\s+nam(?!\w)"
    # "kim ngạch của 6 địa phương trên đạt tổng cộng …": a group of provinces' sum, the province's at most a part
    r"|(?:của|trên)\s+(?:[3-9]|\d\d)\s+(?:tỉnh|địa\s+phương|thành\s+viên)(?!\w)"
)
# A region's figures: the region as the subject ("toàn vùng xuất khẩu", "của 13 tỉnh, thành
# vùng ..."), not as the field of a comparison ("cao nhất vùng", "dẫn đầu các tỉnh trong vùng").
_REGION_NAME = (
    r"(?:đồng\s+bằng\s+sông\s+(?:cửu\s+long|hồng)|đông\s+nam\s+bộ|tây\s+nguyên|bắc\s+trung\s+bộ|nam\s+trung\s+bộ"
    r"|duyên\s+hải\s+(?:nam\s+)?trung\s+bộ|trung\s+du\s+(?:và\s+)?miền\s+núi\s+(?:phía\s+)?bắc\s+bộ?"
    r"|kinh\s+tế\s+trọng\s+điểm\s+(?:phía\s+)?(?:bắc|nam|miền\s+trung|bắc\s+bộ|nam\s+bộ))"
)
_TIME_PHRASE = r"(?:năm\s+(?:qua|nay|\d{4})|trong\s+năm(?:\s+\d{4})?|\d+\s+tháng(?:\s+đầu)?\s+năm(?:\s+\d{4})?)"
_REGIONAL = letter_led(
    r"(?:toàn|cả)\s+(?:vùng|khu\s+vực)\s+(?:đã\s+|ước\s+|cũng\s+)?"
    r"(?:thu\s+hút|đạt|xuất|nhập|ghi\s+nhận|có|cấp|giải\s+ngân|tiếp\s+nhận|ký)"
    # "vùng Đồng bằng sông Cửu Long thu hút 2 tỷ USD": a named region as the subject
    # ("Cả vùng Tây Nguyên năm qua xuất khẩu trên 2,6 tỷ USD": a time phrase between)
    rf"|(?:(?:vùng|khu\s+vực|các\s+tỉnh(?:\s+vùng)?)\s+)?{_REGION_NAME}\s+(?:{_TIME_PHRASE}\s+)?(?:đã\s+|ước\s+|cũng\s+)?"
    r"(?:thu\s+hút|đạt|xuất|nhập|ghi\s+nhận|có|cấp|giải\s+ngân|tiếp\s+nhận|ký)"
    r"|(?:của|trên)\s+(?:toàn\s+|cả\s+)?(?:vùng|khu\s+vực)(?!\w)(?!\s+(?:kinh\s+tế\s+)?(?:có\s+vốn|fdi|ngoài\s+nhà\s+nước|nhà\s+nước))"
    r"|(?:của|trên)\s+(?:\d+\s+|các\s+)(?:tỉnh|địa\s+phương)(?:,?\s+thành(?:\s+phố)?)?\s+(?:thuộc\s+|trong\s+)?(?:vùng|khu\s+vực)"
)
# The province itself opening a clause after the nation (", tỉnh phấn đấu …", "; tỉnh thu hút …"), and one setting a goal
_PROVINCE_AS_SUBJECT = r"\s*(?:toàn\s+)?(?:tỉnh|thành\s+phố)\s+(?:đã\s+|cũng\s+|vẫn\s+|sẽ\s+|tiếp\s+tục\s+)?"
_PROVINCE_CLAUSE_SUBJECT = re.compile(
    r"[,;:]" + _PROVINCE_AS_SUBJECT
    + r"(?:phấn\s+đấu|đặt\s+mục\s+tiêu|đạt|thu\s+hút|có|xuất\s+khẩu|ký|đón|tiếp\s+nhận|cấp)(?!\w)")
_PROVINCE_GOAL_CLAUSE = re.compile(r"," + _PROVINCE_AS_SUBJECT + r"(?:phấn\s+đấu|đặt\s+mục\s+tiêu|hướng\s+tới)(?!\w)")
# Words that bring the province back as the subject after the nation's figures.
# "Riêng tháng 6, kim ngạch …" singles out a month of the same subject, not the province
_OBJECT_BEFORE = re.compile(r"(?<!\w)(?:cho|tại|ở|vào|với|của|đến|tới|sang)\s+$")  # a place after these is no subject
_LOCAL_SUBJECT = letter_led(
    # "triển khai ở cả 63 tỉnh, thành phố": every province counted is still the nation
    r"(?<![\d]\s)(?<!các\s)(?<!cả\s)(?<!những\s)(?<!tỉnh,\s)(?<!tỉnh\s)"
    r"(?<!\w)(?:tỉnh|thành\s+phố|địa\s+phương|địa\s+bàn|riêng(?!\s+(?:tháng|quý|năm|ngày|đợt|trong)(?!\w))(?!\s+\d))(?!\w)"
)
# after a dateline's place: ", 18/11/2023 –", " (TTXVN) –", " –"
_DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*)?(?:\(\s*[^()\n]{1,30}\)\s*)?[–—-]\s")
# "…, chủ yếu với Trung Quốc": the main one among partners, not the only one
_MAINLY = re.compile(r"(?<!\w)(?:chủ\s+yếu|phần\s+lớn|nhiều\s+nhất|đa\s+số)\s+(?:là\s+)?(?:với|sang|từ|của|tại)?\s*$")
_WORD_BEFORE = re.compile(r"(?<=[^\W\d_] )([^\W\d_]+) $")  # a word itself after a word: not a sentence's first
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_LIST_JOINT = re.compile(r"\s*(?:,|;|và|,\s*và|hoặc)\s*")
_FIRM_NOUN = re.compile(r"(?:công\s+ty(?:\s+(?:tnhh|cổ\s+phần|cp))?|tập\s+đoàn|ngân\s+hàng)\s+")
_FIRM_NAME_REACH = 70
_NAME_WORD = re.compile(r"[^\W_][\w&.'-]*")
_FORMER_AFTER = re.compile(r"\s*\(\s*cũ\s*\)")
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:tại|ở)\s+$")
_CITY_BEFORE = re.compile(r"(?<!\w)(?:thành\s+phố|tp\.?)\s*$")
# Words before a country that make a figure the province's dealings with that country.
_WITH_COUNTRY = re.compile(
    r"(?:nhà\s+đầu\s+tư|doanh\s+nghiệp|thị\s+trường|sang|với|từ|của|tại|đến\s+từ|chương\s+trình)(?:\s+\w+){0,3}?\s*$"
    # "kim ngạch thương mại giữa tỉnh A và Lào"
    r"|(?<!\w)giữa\s+(?:tỉnh\s+|thành\s+phố\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+và\s+$"
)
_BRACKET_OPEN = re.compile(r"\s*\(\s*")


# "Theo ông A, Trưởng Ban Quản lý Khu kinh tế X, năm 2024 thành phố …": the speaker's office names no part
_SPEAKER = re.compile(
    r"(?<!\w)(?:ông|bà)\s+(?:[^\W\d_]+\s+){0,4}[^\W\d_]+\s*,\s*(?:nguyên\s+)?(?:phó\s+)?"
    r"(?:trưởng|giám\s+đốc|tổng\s+giám\s+đốc|chủ\s+tịch|chánh|bí\s+thư)\s[^,.;:]{1,100},"
)


# "Theo Ban Quản lý các khu công nghiệp tỉnh, đến nay toàn tỉnh đã thu hút 1.733 dự án FDI": the board is the source
# of the whole province's figure, no part, when the whole province is the subject after it
# "Theo Ban Quản lý các KCN, …", "Theo số liệu … của Sở Kế hoạch và Đầu tư về cơ cấu nhà đầu tư, ước tính đến hết năm 2019,
# toàn tỉnh có …": the source named, the whole province's figure after it (its words name no part)
_PARKS_BOARD_SOURCE = re.compile(r"(?<!\w)theo\s+(?:[^,.;:]{0,30}?\s)?(?:ban\s+quản\s+lý|số\s+liệu|báo\s+cáo)[^,.;:]{1,120},")
_WHOLE_PROVINCE_SUBJECT = re.compile(
    r"\s*(?:[^.;:]{0,40}?\s)?(?:toàn\s+tỉnh|toàn\s+thành\s+phố|trên\s+địa\s+bàn\s+(?:tỉnh|thành\s+phố)"
    r"|(?<!\w)(?:tỉnh|thành\s+phố)\s+(?:đã\s+)?(?:thu\s+hút|cấp|có)(?!\w))(?!\w)")  # ("…, 6 tháng đầu năm tỉnh thu hút …")

# (a bracket opening on "trong", "gồm" lists the figure's parts: "10,4 tỷ USD (trong các khu công nghiệp 315 dự án, …)")
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:.]|\(\s*(?:trong|gồm|bao\s+gồm)(?!\w))")
# "trên địa bàn tỉnh (bao gồm Khu kinh tế Vân Phong và Khu công nghiệp Suối Dầu) có 112 dự án": the zones are counted
# in the whole, not a part singled out
_INCLUDING_ASIDE = re.compile(r"\(\s*(?:bao\s+gồm|gồm\s+cả|kể\s+cả|tính\s+cả)\s[^()]{0,150}\)"
                              r"|,\s*(?:bao\s+gồm\s+cả|kể\s+cả|tính\s+cả)\s[^,;:.()\d]{0,150},")


def source_named_before(left: str) -> re.Match | None:
    """"Theo số liệu do Ban Quản lý các khu công nghiệp tỉnh cung cấp, …": a board, figures or a report named as the
    source before the figure (`left`, folded)."""
    return _PARKS_BOARD_SOURCE.search(left) if "theo " in left else None


def is_part(left: str, right: str) -> bool:
    """`left`/`right`: the folded text since the previous figure and the noun phrase after it."""
    # no words of its own right after the figure ("157 triệu USD, gồm nhà máy của công ty A": what the amount includes)
    head = "" if _CLAUSE_BREAK.match(right) else " ".join(right.split()[:_PART_HEAD_WORDS])
    if "," in head and ("như" in head or "là" in head):
        head = _EXAMPLES_AFTER.sub("", head)  # "30 dự án đang hoạt động, như nhà máy bia của Công ty A": examples, no part
    if _MOSTLY_HEAD.match(head):
        head = ""  # "…, chủ yếu tại Khu công nghiệp Trà Nóc": where most of it is, not a part's figure
    if "," in left:
        left = _MOSTLY_ASIDE.sub(" ", left)
    if ("ông " in left or "bà " in left) and _PART.search(left) is not None:
        left = _SPEAKER.sub(" ", left)
    if "(" in left or "kể cả" in left or "tính cả" in left or "gồm cả" in left:
        left = _INCLUDING_ASIDE.sub(" ", left)
    if (source := source_named_before(left)) is not None and _WHOLE_PROVINCE_SUBJECT.match(left, source.end()) is not None:
        left = left[: source.start()] + " " + left[source.end() :]
    return _PART.search(left) is not None or _PART.search(head) is not None or _IN_A_PART_AFTER.match(right) is not None


# Product lines a province's trade is told by ("thủy sản mang về 230 triệu USD", "giá trị thép xuất khẩu đạt …"): one
# line's share of the whole; "ngành thủy sản đặt mục tiêu …" owns its goal (goal_owners)
PRODUCT_LINES = (
    r"(?<!\w)(?:thủy|thuỷ)\s+sản|(?<!\w)gạo(?!\w)|dệt\s+may|may\s+mặc|giày\s+dép|rau\s+quả|trái\s+cây|cà\s+phê|cao\s+su"
    r"|hạt\s+điều|(?<!\w)gỗ(?!\w)|điện\s+tử|nông\s+sản|hồ\s+tiêu|hạt\s+tiêu|tiêu\s+hạt|(?<!\w)sắn(?!\w)|túi\s+xách|linh\s+kiện|điện\s+thoại"
    r"|(?<!\w)tôm(?!\w)|cá\s+tra|(?<!\w)chè(?!\w)|(?<!\w)muối(?!\w)|thanh\s+long|sầu\s+riêng|xi\s+măng|(?<!\w)thép(?!\w)|phân\s+bón"
    # ("giá trị thép xuất khẩu đạt …", "kim ngạch xuất khẩu tàu đạt …", "nhập khẩu …: hóa chất 1,4 tỷ USD"; not fuels, which
    # reports name as included or left out of the whole: "(kể cả dầu thô)", "(không tính tái xuất xăng dầu)")
    r"|tàu\s+(?:biển|thủy|thuỷ|thuyền)|khẩu\s+tàu(?!\w)|h(?:óa|oá)\s+chất|(?<!\w)than(?:\s+đá)?(?!\w)|khoáng\s+sản|(?<!\w)quặng"
    r"|máy\s+móc|thiết\s+bị|nguyên\s+(?:phụ\s+)?liệu|(?<!\w)ô\s+tô|xe\s+máy|(?<!\w)sợi(?!\w)|(?<!\w)vải(?!\w)|chất\s+dẻo"
    r"|(?<!\w)nhựa(?!\w)|(?<!\w)giấy(?!\w)|đồ\s+gỗ|mây\s+tre|gốm\s+sứ|thức\s+ăn\s+chăn\s+nuôi|kim\s+loại|phụ\s+tùng|hải\s+sản"
)


# A product line or the foreign-invested sector inside the province's trade ("thủy sản mang về
# 230 triệu USD", "khu vực có vốn đầu tư nước ngoài đạt 1,2 tỷ USD"): a part of the total.
_TRADE_PART = letter_led(
    # "châu Á vẫn là thị trường lớn nhất … với 470 triệu USD": a market's share
    r"(?<!\w)(?:công\s+ty|tập\s+đoàn|nhà\s+máy)\s|(?:một\s+số|các|những)\s+doanh\s+nghiệp[^.;]{0,60}?\s+như\s|nhóm\s+doanh\s+nghiệp|(?:mặt|nhóm|ngành)\s+hàng|(?<!tái\s)cơ\s+cấu|thị\s+trường\s+(?:xuất\s+khẩu\s+)?(?:lớn|chính|chủ\s+lực|trọng\s+điểm|hàng\s+đầu)|(?:khu\s+vực|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?(?:có\s+)?(?:vốn\s+)?(?:đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài|fdi)"
    # ("Khối doanh nghiệp tư nhân của tỉnh thu về …", "khu vực kinh tế tư nhân đạt …": one sector's share)
    r"|khối\s+doanh\s+nghiệp|(?:khu\s+vực|doanh\s+nghiệp)\s+(?:kinh\s+tế\s+)?tư\s+nhân"
    r"|khu\s+vực\s+(?:kinh\s+tế\s+)?trong\s+nước|"  # "Trong tổng kim ngạch xuất khẩu, khu vực kinh tế trong nước đạt …"
    + PRODUCT_LINES +
    # "châu Á là khu vực nhập khẩu lớn nhất của tỉnh với 795 triệu USD": a continent's share
    r"|c(?<!\wc)hâu\s+(?:á|âu|mỹ|phi|đại\s+dương)(?!\w)|khu\s+vực\s+(?:xuất|nhập)\s+khẩu\s+(?:lớn|chính|chủ\s+lực)"
    # "riêng xuất khẩu các sản phẩm từ dừa …": one line of products
    r"|(?:các|những)\s+sản\s+phẩm|sản\s+phẩm\s+(?:từ|chủ\s+lực)"
    # "Riêng xuất khẩu qua cửa khẩu quốc tế X đạt …": one gate singled out of the province's trade
    r"|r(?<!\wr)iêng\s+[^.;]{0,40}?qua\s+cửa\s+khẩu\s+(?!các\s|những\s|trên\s|biên\s+giới)"
    # "xuất khẩu … của các doanh nghiệp trong khu công nghiệp": the parks' share (not a border economic zone's)
    r"|(?:của|tại|trong)\s+(?:các\s+)?(?:doanh\s+nghiệp\s+(?:trong|tại|thuộc)\s+)?(?:các\s+)?(?:khu\s+công\s+nghiệp|(?<!\w)kcn(?!\w)|khu\s+chế\s+xuất)"
    # ("các doanh nghiệp khu công nghiệp đạt kim ngạch xuất khẩu …": the same, the parks' firms as the subject)
    r"|doanh\s+nghiệp\s+(?:các\s+)?(?:khu\s+công\s+nghiệp|(?<!\w)kcn(?!\w)|khu\s+chế\s+xuất)"
    # ("doanh nghiệp trong các khu này xuất khẩu được 150 triệu USD": the zones just named)
    r"|doanh\s+nghiệp\s+(?:trong|tại|thuộc)\s+các\s+khu\s+(?:này|đó|trên)"
)


# "đầu tư chế biến thủy sản để kim ngạch xuất khẩu đạt 1 tỷ USD": a product line named as the means of a purpose whose
# subject is the whole trade
_PURPOSE_OF_TRADE = re.compile(r"(?<!\w)(?:để|nhằm)\s+(?:[^\W\d_]+\s+){0,4}?(?:kim\s+ngạch\s+)?(?:xuất|nhập)\s+khẩu(?!\w)")


def is_trade_part(left: str) -> bool:
    """`left`: the folded text of the figure's clause since the previous figure."""
    if ("để" in left or "nhằm" in left) and (purpose := _PURPOSE_OF_TRADE.search(left)) is not None:
        left = left[purpose.start() :]
    # "… trở thành trung tâm công nghiệp tôm của cả nước, tỉnh phấn đấu xuất khẩu đạt …": its own goal clause (not a product
    # line's figure told after a colon: "Hàng may mặc tăng mạnh: trong năm, tỉnh xuất khẩu 9,2 triệu USD")
    if "," in left and (own := last_match(_PROVINCE_GOAL_CLAUSE, left)) is not None:
        left = left[own.start() :]
    if ":" in left and "kim ngạch" in left[left.rfind(":") :]:
        # "Nhật Bản là thị trường lớn, chủ yếu tiêu thụ thủy sản của tỉnh: năm 2023 kim ngạch xuất khẩu sang Nhật Bản đạt …":
        # the whole trade named anew after the colon (not "Hàng may mặc tăng mạnh: trong năm, tỉnh xuất khẩu 9,2 triệu USD")
        left = left[left.rfind(":") :]
    return _TRADE_PART.search(left) is not None



def is_restated(left: str) -> bool:
    return _RESTATED.search(left) is not None


# The commonest Vietnamese family names (not those that begin places too: Hà, Lâm, Cao, Mai), then at most two given
# names: a province's name after them is a person's ("Nguyễn Thái Bình", "Trần Văn Hải Dương")
_SURNAME_BEFORE = re.compile(
    r"(?<!\w)(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Lương|Trương|Đoàn)"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,2}\s+$"
)
_NAME_REACH = 30


_RANKED_BEHIND = re.compile(r"(?<!\w)(?:đứng\s+)?sau\s+(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?$")
_RANK_BEFORE_REACH = 20  # the rank's number ends the previous figure's reach ("đứng thứ 2 …, sau …")
# a place heading its own item of a list: "Bắc Ninh (2,49 tỷ USD)", "tiếp theo là Bắc Ninh với 20,6 tỷ USD"
_ITEM_HEAD = re.compile(r"\s*(?:\(\s*|:\s*|(?:với|đạt)\s+)(?:(?:khoảng|hơn|gần|trên|xấp\s+xỉ)\s+)?")
_ITEM_REACH = 40
_ITEM_HEAD_ENDS = ("(", "( ", ": ", "với ", "đạt ", "khoảng ", "hơn ", "gần ", "trên ", "xỉ ")
# (the shape of an item in the original text, a capital opening its name: the cheap test before the names are looked up)
_ITEM_SHAPE = re.compile(r"\s*(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?[A-ZĐ][^,;:()\d]{0,30}?\s*"
                         r"(?:\(\s*|:\s*|(?:với|đạt)\s+)(?:(?:khoảng|hơn|gần|trên|xấp\s+xỉ)\s+)?")
# what opens a list's item: "…, Bắc Ninh (", "tiếp theo là Bắc Ninh với" (not "của Cà Mau đạt", a subject of the sentence's
# own, nor "Công ty … Phú Thọ với", a firm's name)
_ITEM_OPENING = re.compile(r"(?:[,;:]|(?<!\w)(?:và|là))\s*(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?$")


class Scope:
    """Whose figures: reads province and country names in the words around a figure only
    (scanning each window on demand is cheaper than indexing every name of the text)."""

    def __init__(self, text: str, folded: str, tokens: Tokens, province: str | None, on: date | None = None) -> None:
        self.text, self.folded, self.tokens = text, folded, tokens
        self._own = _own_keys(province, on)
        self._province = province
        self._nation_named: dict[int, tuple[int, bool]] = {}  # line start -> (its end, whether it names the nation)

    def elsewhere(self, start: int, end: int, nation: bool = True) -> bool:
        """Whether the words before a figure (start..end) say it is the nation's (unless `nation` is False) or another
        province's."""
        if (nation and self._may_name_the_nation(start, end) and self._nation_to(start, end)) \
                or _REGIONAL.search(self.folded, start, end):
            return True
        if not self._own:
            return False
        for m in province_matcher().find_all(self.tokens, start, end):
            if not _capitalised(m.text) or self._dateline_place(m.start, m.end):
                continue
            if _SURNAME_BEFORE.search(self.text, max(0, m.start - _NAME_REACH), m.start):
                continue  # "Giám đốc Sở Nguyễn Thái Bình cho biết": a person's name, no province
            if _RANKED_BEHIND.search(self.folded, max(0, m.start - 25), m.start) and self.folded.startswith(",", m.end) \
                    and "thứ" in self.folded[max(0, start - _RANK_BEFORE_REACH) : m.start]:
                # "đứng thứ 2 cả nước, sau Thành phố Hồ Chí Minh, với tổng vốn …": the one ranked ahead, in an aside, owns
                # nothing ("…, sau Hà Nội với 2,5 tỷ USD" is Hà Nội's)
                continue
            if _FORMER_AFTER.match(self.folded, m.end):
                # "tỉnh Hà Nam (cũ) thu hút 93 dự án": a former province inside the merged one, a part; but "năm 2024, tỉnh
                # Tây Ninh (cũ) đạt …" in a text on Tây Ninh is the province itself in a year before the merger that kept
                # its name (in the merger's year, beside the merged province's figures, it is a part)
                if self._itself_before_the_merger(m.payload, start, end):
                    continue
                return True
            if not self._is_own(m.payload):
                return True
            if self._provincial_city(m):
                return True
        return False

    def heads_its_item(self, pos: int) -> bool:
        """"… nhiều nhất là TP Hồ Chí Minh (3,5 tỷ USD), Bắc Ninh (2,49 tỷ USD), …": in a list of places each with its
        figure, the figure right after the province's own name is its own, whoever the list is of (by the name itself,
        not a province it was made of: a former province's item in the merged one's text is a part)."""
        if not self.folded.endswith(_ITEM_HEAD_ENDS, max(0, pos - 16), pos):
            return False  # (the cheap tests first: this runs for every figure)
        window = max(0, pos - _ITEM_REACH - 10)
        if not any(_ITEM_SHAPE.fullmatch(self.text, at + len(mark), pos) for mark in (",", ";", ":", " và ", " là ")
                   if (at := self.text.rfind(mark, window, pos)) >= 0):
            return False
        last = None
        for last in province_matcher().find_all(self.tokens, max(0, pos - _ITEM_REACH), pos):
            pass
        if last is None or not _capitalised(last.text) or _ITEM_HEAD.fullmatch(self.folded, last.end, pos) is None \
                or _ITEM_OPENING.search(self.folded, max(0, last.start - 20), last.start) is None:
            return False
        unit = catalog.province_by_key(last.payload)
        return unit is not None and unit.name == self._province and self._is_own(last.payload)

    def _itself_before_the_merger(self, key: str, start: int, end: int) -> bool:
        unit = catalog.province_by_key(key)
        if unit is None or unit.name != self._province or unit.valid_to is None:
            return False
        # ("Năm 2024, GRDP tăng 7,09%; kim ngạch xuất khẩu của tỉnh Cà Mau (cũ) ước đạt …": the year the sentence opens on)
        opening = max(self.folded.rfind(". ", 0, start) + 1, self.folded.rfind("\n", 0, start) + 1, 0)
        return any(int(year.group()) < unit.valid_to.year for year in YEAR_NUMBER.finditer(self.folded, min(opening, start), end))

    def _provincial_city(self, m) -> bool:
        """"thành phố Thanh Hóa thu hút 50 triệu USD" in a text on the province of Thanh Hóa: its capital city, a part
        (not where a figure was given: "tại thành phố …")."""
        city = _CITY_BEFORE.search(self.folded, max(0, m.start - 20), m.start)
        if city is None or _VENUE_BEFORE.search(self.folded, max(0, city.start() - 8), city.start()) is not None:
            return False
        unit = catalog.province_by_key(m.payload)
        return unit is not None and unit.kind == "province"

    def _dateline_place(self, start: int, end: int) -> bool:
        """"HÀ NỘI, 18/11/2023 – Kim ngạch xuất khẩu của tỉnh A …": where the item was written, opening its line
        before a date, an agency or a dash, is not whose figure follows."""
        line_start = self.text.rfind("\n", 0, start) + 1
        return not self.text[line_start:start].strip() and _DATELINE_AFTER.match(self.text, end) is not None

    def _is_own(self, key: str) -> bool:
        """The text's own province, or a unit of its lineage (a province it was made of, or that it became)."""
        return key in self._own or bool(self._own & set(catalog.lineage(key)))

    def names_the_province(self, start: int, end: int) -> bool:
        """Whether the text's own province is named in start..end."""
        return bool(self._own) and any(
            _capitalised(m.text) and self._is_own(m.payload)
            for m in province_matcher().find_all(self.tokens, start, end))

    def names_a_province(self, start: int, end: int) -> bool:
        """Whether a Vietnamese province or city, the text's own or another, is named in start..end."""
        return any(_capitalised(m.text) for m in province_matcher().find_all(self.tokens, start, end))

    def still_national(self, start: int, end: int) -> bool:
        """Whether the nation stays the subject from `start` (the paragraph's start) to `end`:
        "Cả nước có 40.500 dự án ... . Vốn thực hiện ước 10 tỷ USD" is still the nation's, until
        the province or a locality is named again."""
        return self._may_name_the_nation(start, end) and self._nation_to(start, end, locality=True)

    def _nation_to(self, start: int, end: int, locality: bool = False) -> bool:
        """Whether the nation named last in start..end is still the subject at `end`: not when the province is named
        after it ("Theo thống kê của cả nước, trong 8 tháng Bình Dương thu hút …") or, across sentences (`locality`),
        when a locality is."""
        last = self._last_national(start, end)
        if last is None:
            return False
        if locality and _LOCAL_SUBJECT.search(self.folded, last.end(), end):
            return False
        if "," in self.folded[last.end() : end] and _PROVINCE_CLAUSE_SUBJECT.search(self.folded, last.end(), end):
            return False  # "… trung tâm công nghiệp tôm của cả nước, tỉnh phấn đấu xuất khẩu đạt …": the province's own clause
        # (within a sentence the province must be the subject: "tại Việt Nam, giải ngân cho Thái Nguyên" is not)
        return not any(m.payload in self._own and (locality or not _OBJECT_BEFORE.search(self.folded, max(0, m.start - 8), m.start))
                       for m in province_matcher().find_all(self.tokens, last.end(), end))

    def _last_national(self, start: int, end: int) -> re.Match | None:
        last = None
        for match in _NATIONAL.finditer(self.folded, start, end):
            # "là một trong những điểm sáng của cả nước về …": the nation as the ranking's field, not the subject
            if not (_RANKED_IN.search(self.folded, max(0, match.start() - _RANKED_REACH), match.start())
                    and _RANKED_ON.match(self.folded, match.end())) and not self._closed_aside(start, match, end) \
                    and not self._nation_as_a_base(match) and not self._ends_a_firm_s_name(match):
                last = match
        return last

    def _ends_a_firm_s_name(self, match: re.Match) -> bool:
        """"Công ty TNHH Trina Solar Cell Việt Nam có vốn 455,4 triệu USD": the country closing a firm's name, every word
        between the firm's noun and it capitalised."""
        if not self.folded.startswith("việt nam", match.start()):
            return False
        firm = None
        for firm in _FIRM_NOUN.finditer(self.folded, max(0, match.start() - _FIRM_NAME_REACH), match.start()):
            pass  # (the last firm noun before the country)
        if firm is None:
            return False
        words = _NAME_WORD.findall(self.text, firm.end(), match.start())
        return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)

    def _nation_as_a_base(self, match: re.Match) -> bool:
        """The nation as the base of a comparison ("cao hơn mức 1,5% của cả nước") or as the whole a share is of ("chiếm
        gần 14,1% tổng vốn đăng ký của cả nước", unless its own figure follows in a bracket), not the subject."""
        start = max(0, match.start() - _COMPARED_REACH)
        window = self.folded[start : match.start()]
        if ("so với" in window or "hơn" in window) and _COMPARED_BEFORE.search(self.folded, start, match.start()) is not None:
            return True
        return "chiếm" in window and _SHARE_OF_BEFORE.search(self.folded, start, match.start()) is not None \
            and _NATION_S_FIGURE_AFTER.match(self.folded, match.end()) is None

    def _closed_aside(self, start: int, match: re.Match, end: int) -> bool:
        """"tăng 12 - 15% (mức tăng của cả nước khoảng 10%); kim ngạch nhập khẩu …": the nation named in a bracket
        closed before the figure is an aside, not its subject."""
        opened = self.folded.rfind("(", start, match.start())
        return opened >= 0 and self.folded.find(")", opened, match.start()) < 0 \
            and self.folded.find(")", match.end(), end) >= 0

    def _may_name_the_nation(self, start: int, end: int) -> bool:
        """False when `_NATIONAL` cannot match in start..end because it matches nowhere in the line (the
        paragraph) holding them: one scan per line, where the figures of a paragraph would each scan it.
        A match ending at `end` may owe its closing "(?!\\w)" to the window's end; it then ends on a
        letter, so a window ending on one is always scanned."""
        if end > start and (self.folded[end - 1].isalnum() or self.folded[end - 1] == "_"):
            return True
        line_start = self.folded.rfind("\n", 0, start) + 1
        known = self._nation_named.get(line_start)
        if known is None:
            line_end = self.folded.find("\n", line_start)
            line_end = len(self.folded) if line_end < 0 else line_end
            known = self._nation_named[line_start] = (line_end, _NATIONAL.search(self.folded, line_start, line_end) is not None)
        return end > known[0] or known[1]

    def names_a_country(self, start: int, end: int) -> bool:
        return any(m.text[:1].isupper() and m.payload != "VN" for m in country_matcher().find_all(self.tokens, start, end))

    def _in_a_longer_name(self, m) -> bool:
        """"Ông Trần Anh Dũng": a country's name ("Anh") inside a person's or a company's name, a capitalised word
        right before or after it."""
        before = _WORD_BEFORE.search(self.text, max(0, m.start - 20), m.start)
        after = _WORD_AFTER.match(self.text, m.end)
        return (before is not None and before.group(1)[:1].isupper()) or (after is not None and after.group(1)[:1].isupper())

    def named_country(self, start: int, end: int) -> str | None:
        """The one foreign country named in start..end, whatever the words before it."""
        found = [m for m in country_matcher().find_all(self.tokens, start, end)
                 if m.text[:1].isupper() and m.payload != "VN" and not self._in_a_longer_name(m)]
        # "Đài Loan (Trung Quốc)", "Hồng Kông (Trung Quốc)": the bracket says whose territory the first is
        named = {m.payload for i, m in enumerate(found)
                 if not (i and _BRACKET_OPEN.fullmatch(self.text, found[i - 1].end, m.start))}
        return country_name(named.pop()) if len(named) == 1 else None

    def country(self, start: int, end: int) -> str | None:
        """The one country a figure is about ("nhà đầu tư Singapore có 24 dự án"), by its Vietnamese name."""
        found = [m for m in country_matcher().find_all(self.tokens, start, end)
                 if m.text[:1].isupper() and m.payload != "VN" and not self._in_a_longer_name(m)]
        named = {m.payload for m in found if _WITH_COUNTRY.search(self.folded, max(start, m.start - 40), m.start)
                 and not _MAINLY.search(self.folded, max(start, m.start - 24), m.start)}
        if len(named) != 1:
            return None
        # "đi làm việc tại Nhật Bản, Hàn Quốc và Đài Loan": a list of countries names no one counterpart
        if any(a.payload != b.payload and _LIST_JOINT.fullmatch(self.folded, a.end, b.start) for a, b in zip(found, found[1:])):
            return None
        return country_name(named.pop())


def _capitalised(name: str) -> bool:
    words = name.split()
    lead = 1 if words and words[0].lower() in ("tỉnh", "thành", "tp", "tp.") else 0
    lead += 1 if lead and len(words) > 1 and words[1].lower() == "phố" else 0
    return lead < len(words) and words[lead][:1].isupper()


@lru_cache(maxsize=256)
def _own_keys(province: str | None, on: date | None = None) -> frozenset[str]:
    """The unit named `province` as it was on `on`, and the units it succeeded (a text of 2026
    about a merged province may name the provinces it was made of). A text of 2023 about Quảng
    Trị is not about the later Quảng Trị, so Quảng Bình stays another province there; without
    a date only the units bearing the name are own, unless the name is new."""
    if not province:
        return frozenset()
    named = [unit for unit in catalog.provinces() if unit.name == province]
    if on is not None:
        in_force = [unit for unit in named if unit.is_valid_on(on)]
        named = in_force or named
        return frozenset(key for unit in named for key in catalog.lineage(unit.key))
    keys = {unit.key for unit in named}
    for unit in named:  # a new name ("Huế" after "Thừa Thiên Huế") leaves no doubt of the era
        if not any(catalog.province_by_key(k).name == province for k in catalog.lineage(unit.key)[1:]):
            keys.update(catalog.lineage(unit.key))
    return frozenset(keys)
