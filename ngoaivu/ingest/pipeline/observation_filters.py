"""Filters of `ObservationFinder`: the checks that drop a candidate figure or re-scope it.

A number near an indicator's words is not always a level of that indicator: a change ("tăng
thêm 5 dự án so với"), a bar passed ("vượt mốc"), one project's average, projects revoked, the
same projects named again, a plan written as "sẽ", domestic and foreign projects counted
together, an amount in đồng restated in dollars, a headline repeating the body, an investor
country's share of a stock. Mixed into `ObservationFinder` (a part of it, like
`observation_periods` and `observation_scope`); needs `folded`, `layout`, `scope`, `goals`,
`_paragraph_found`, `_restated`, `_set_aside` and the finder's `_headline_end`, `_counterpart`
and `_periods_between`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .fast_scan import letter_led
from .indicator_counts import NOW_AFTER_SUBJECT
from .indicator_topics import last_match
from .indicators import FigureContext
from .numbers import Quantity
from .observation_model import FLOW_OF_STOCK, Observation, repeats
from .segments import Sentence

# a count of projects split right after into domestic and foreign ones
_MIXED_TOTAL = re.compile(
    # ("629 dự án sử dụng vốn ngoài ngân sách còn hiệu lực, gồm 40 dự án FDI … và 589 dự án trong nước")
    r"\s*(?:lượt\s+)?dự\s+án[^.\d]{0,60}?"
    # "1.550 dự án với tổng vốn khoảng 550.000 tỷ đồng; trong đó hơn 1.480 dự án trong nước": the total's capital between
    r"(?:[\d.,]+\s+(?:(?:nghìn|triệu|tỷ|tỉ)\s+)*(?:đồng|usd)[^.\d]{0,12}?)?"
    r"(?:gồm|bao\s+gồm|trong\s+đó(?:\s+có)?|(?=:))\s*:?\s*(?:[\d.,]+\s+(?:lượt\s+)?dự\s+án\s+\w+"
    # "trong đó có 15 dự án FDI với tổng vốn đăng ký khoảng 250 triệu USD và 145 dự án DDI": the first part's capital
    r"(?:[^.;\d]{0,40}?[\d.,]+\s+(?:(?:nghìn|triệu|tỷ|tỉ)\s+)*(?:đồng|usd))?\s*(?:và|,)\s*)?"
    r"(?:(?:hơn|gần|khoảng|trên)\s+)?[\d.,]+\s+(?:lượt\s+)?dự\s+án\s+"
    r"(?:[^\W\d_]+\s+){0,5}?(?:trong\s+nước|nội\s+địa|\(?\s*ddi(?!\w))"
)
# "thu hút mới và điều chỉnh tăng vốn 149 dự án (kể cả các dự án có vốn đầu tư nước ngoài)": domestic and foreign
# projects counted together, the foreign ones only included
_FOREIGN_INCLUDED = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án[^.;\d]{0,20}?\(?\s*(?:kể\s+cả|tính\s+cả|bao\s+gồm\s+cả|gồm\s+cả)\s+(?:các\s+|những\s+)?"
    r"(?:dự\s+án\s+)?(?:có\s+)?(?:vốn\s+)?(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|f[dđ]i)(?!\w)"
    # "1.600 dự án của các nhà đầu tư trong và ngoài nước"
    r"|\s*(?:lượt\s+)?dự\s+án[^.;\d]{0,30}?(?<!\w)trong\s+và\s+ngoài\s+nước"
    # "trao giấy chứng nhận cho 8 dự án với tổng vốn hơn 1,8 tỷ USD, trong đó có các dự án nước ngoài như …"
    r"|\s*(?:lượt\s+)?dự\s+án[^;]{0,60}?\btrong\s+đó\s+có\s+(?:các|một\s+số|những|nhiều)\s+dự\s+án\s+(?:có\s+)?(?:vốn\s+)?"
    r"(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|f[dđ]i)(?!\w)"
)
_FOREIGN_SHARE_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,100}?(?<!\w)(?P<share>trong\s+đó)(?:\s+có)?\s*,?\s*(?:(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s+)?(?:tổng\s+)?(?:số\s+)?(?:phần\s+)?(?:vốn|dự\s+án)\s+(?:đăng\s+ký\s+)?"
    r"(?:của\s+(?:các\s+)?(?:nhà\s+đầu\s+tư|dự\s+án)\s+)?(?:có\s+)?(?:vốn\s+)?(?:đầu\s+tư\s+)?(?:trực\s+tiếp\s+)?(?:nước\s+ngoài|f[dđ]i)(?!\w)"
)
# "toàn tỉnh có 42 dự án được chấp thuận chủ trương đầu tư, tổng vốn đăng ký 5.777 tỷ đồng và 20,4 triệu USD": capital in
# đồng and dollars, domestic and foreign investors together (no foreign word in the sentence)
_COUNTED_IN_DONG_AND_DOLLARS = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án[^.;\d]{0,100}?[\d.,]+\s*(?:tỷ|tỉ|triệu)\s+đồng\s+và\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*"
    r"(?:(?:triệu|tỷ|tỉ)\s+)?usd")
# "Hà Tĩnh có hơn 1.550 dự án còn hiệu lực với tổng vốn đăng ký khoảng 550.000 tỷ đồng": the province's projects in force,
# their capital in đồng only, no foreign word: investors of every origin (foreign capital is registered in dollars)
_IN_FORCE_IN_DONG = re.compile(r"\s*dự\s+án\s+(?:còn\s+hiệu\s+lực|đang\s+hoạt\s+động)[^.;\d]{0,60}?[\d.,]+\s*(?:nghìn\s+|ngàn\s+)?(?:tỷ|tỉ)\s+đồng"
                               r"(?!\s*(?:\(|,?\s*(?:tương\s+đương|và|khoảng))[^.;]{0,20}?\d[\d.,]*\s*(?:triệu|tỷ|tỉ)?\s*usd)")
# "cấp mới 253 dự án và điều chỉnh 209 lượt dự án (cả trong nước và nước ngoài)": both kinds, said after the list
_BOTH_KINDS_AFTER = re.compile(r"\s*(?:lượt\s+)?dự\s+án[^.;()]{0,80}?\(\s*(?:cả|gồm\s+cả|bao\s+gồm\s+cả)\s+"
                               r"(?:trong\s+nước\s+và\s+nước\s+ngoài|trong\s+và\s+ngoài\s+nước|nước\s+ngoài\s+và\s+trong\s+nước)\s*\)")
_FOREIGN_WORDS = re.compile(r"nước\s+ngoài|(?<!\w)f[dđ]i(?!\w)")
# "… cấp giấy chứng nhận đầu tư cho 220 dự án. Trong số này, 192 dự án dùng vốn trong nước, …": the next sentence splits
# the count by origin, so it held both kinds
_DOMESTIC_PART_NEXT = re.compile(r"\W*(?:trong\s+số\s+(?:này|đó)|trong\s+đó)\s*,?\s*(?:có\s+)?[\d.,]+\s+dự\s+án\s+"
                                 r"(?:[^\W\d_]+\s+){0,3}?(?:vốn\s+)?(?:đầu\s+tư\s+)?(?:trong\s+nước|nội\s+địa)(?!\w)")
_INVESTORS = re.compile(r"nhà\s+đầu\s+tư")  # "trong đó các nhà đầu tư X có 42 dự án": a share by origin, kept
_STOCK_PAIR_CODES = ("fdi_active_projects", "fdi_total_capital")
# (an interview's answer opens on a dash: "- Hiện có 18 quốc gia …")
# (or after a short subject: "Tỉnh hiện có 18 quốc gia đầu tư")
_NOW_OPENING = re.compile(r"(?:^[-–•]?\s*|[.!?]\s+)(?:(?:hiện\s+nay|hiện\s+tại|hiện|đến\s+nay|tính\s+đến|l(?:ũy|uỹ)\s+kế|đến\s+cuối)(?!\w)|"
                          + NOW_AFTER_SUBJECT + ")", re.M)
# "Hàn Quốc dẫn đầu với 66 dự án …, chiếm 51% tổng số dự án và 27% tổng vốn đầu tư nước ngoài trên địa bàn": a
# share of what the province holds (not of what was new in a period)
_SHARE_OF_THE_STOCK = re.compile(
    r"chiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s+(?:trong\s+)?tổng\s+(?:số\s+)?(?:dự\s+án|vốn)"
    r"(?![^;.]{0,50}?(?<!\w)(?:mới|cấp\s+mới|tăng\s+thêm|trong\s+(?:năm|kỳ|tháng|quý)|năm\s+\d{4})(?!\w))")
_FLOW_WORDS = re.compile(r"(?<!\w)mới(?!\w)|tăng\s+thêm|điều\s+chỉnh|trong\s+(?:kỳ|năm)|cấp\s+phép|thu\s+hút\s+thêm")
_AND_NEXT = re.compile(r"\s*(?:và|cùng)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
_REVOKED = re.compile(
    r"^\s*(?:lượt\s+)?dự\s+án(?:\s+\w+){0,3}?\s+(?:bị\s+)?(?:thu\s+hồi|chấm\s+dứt|giải\s+thể|rút\s+giấy\s+phép"
    r"|(?:xin\s+)?(?:tạm\s+)?(?:ngừng|dừng)(?:\s+hoạt\s+động|\s+triển\s+khai)?(?!\w))"
)
# "So với cùng kỳ tăng 1 dự án và tăng hơn 611.000 USD": by how much a figure moved, no level of it
_CHANGE_BY = letter_led(r"(?<!\w)(?:tăng|giảm)\s+(?:thêm\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_WITH_CAPITAL = re.compile(r"(?<!\w)với\s+(?:số\s+|tổng\s+)?vốn\s+(?:đăng\s+ký\s+|điều\s+chỉnh\s+)?$")
_COMPARED_AFTER_BOTH = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s+và\s+(?:gấp|tăng|giảm)[^,;.\d]{0,30}?(?<!\w)so\s+với(?!\w)")
_COMPARED = re.compile(r"(?<!\w)so\s+với(?!\w)")
# "số lao động vượt mốc 15.000 người", "có 9 địa phương đạt từ 10 tỷ USD trở lên": a bar passed, no figure
# "…, chiếm 8,58% tổng kim ngạch 266,44 tỷ USD của cả nước": the whole the share is of, not the province's level
_WHOLE_OF_A_SHARE = re.compile(r"chiếm\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*%\s+(?:trong\s+|của\s+)?tổng\s+"
                               r"(?:[^\W\d_]+\s+){0,6}?(?:(?:là|đạt|với)\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("xuất khẩu đã ổn định trên mốc 1 tỷ USD mỗi năm": where the level stays, against a bar, not the level itself)
_MILESTONE = letter_led(r"(?<!\w)(?:vượt|chạm|cán|qua|vượt\s+qua|trên|dưới|quanh)\s+(?:mốc|ngưỡng)\s*(?:của\s+)?$")
_GOAL_WORDS_REACH = 150
# "kim ngạch xuất khẩu lần đầu tiên chạm mốc 1 tỷ USD, đạt 100% kế hoạch, tăng 17,21%": the level reached, measured
_MEASURED_AFTER = re.compile(r"\s*,?\s*(?:đạt|tăng|giảm|bằng|vượt)\s+(?:khoảng\s+|hơn\s+|gần\s+)?[\d.,]+\s*%")


def _reached_and_measured(bar: re.Match, right: str) -> bool:
    return bar.group().lstrip().startswith(("chạm", "cán")) and _MEASURED_AFTER.match(right) is not None

_SHARE_AFTER = re.compile(r"\s*\(\s*(?:chiếm\s+)?(?P<pct>\d{1,2}(?:,\d{1,2})?)\s*%")
# "dẫn đầu là Hàn Quốc với 22 dự án", "tiếp theo là Hồng Kông": investor countries ranked
_LEADERS = re.compile(r"(?:dẫn|đứng)\s+đầu|tiếp\s+(?:theo|đến|sau)\s+là|(?:đứng|xếp)\s+thứ\s+(?:hai|ba|\d)")
# a period of the sentence's own ("năm 2024", "6 tháng", "quý I", "2/2024") ranks what it brought, not a stock
_OWN_PERIOD_WORDS = re.compile(r"(?<!\w)(?:năm|tháng|quý|giai\s+đoạn|kỳ)(?!\w)|\d{4}")
_BRACKETED_AFTER_COUNT = re.compile(r"dự\s+án\s*\(")  # where the amount's evidence starts: "dự án (416 triệu USD"
_SHARE_WITHIN = 0.05  # percentage points: a share written with two decimals
_OR_MORE = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}?trở\s+lên(?!\w)")
_BAR_BEFORE = letter_led(r"(?<!\w)(?:đạt|có)\s+(?:\w+\s+){0,7}?(?:trên|hơn|từ)\s*$")
_PLACES = r"(?<!\w)\d{1,2}\s+(?:tỉnh|địa\s+phương)"   # "9 địa phương", "12 tỉnh": places counted (not "năm 2023 tỉnh …")
_PLACES_COUNTED = re.compile(_PLACES + r"(?!\w)")
# "9 địa phương xuất khẩu trên 10 tỷ USD": the places counted, then their measure and a bound, no figure between
_PLACES_OVER_BOUND = re.compile(
    _PLACES + r"(?:\s*,?\s*thành(?:\s+phố)?)?\s+(?:[^\W\d_]+\s+){0,6}?(?:trên|hơn|từ)\s*$"
)
_BAR_REACH = 90  # the places counted stand close before their bar
_CUE_REACH = 80
_OF_BEFORE = letter_led(r"(?<!\w)của\s+(?:các\s+|những\s+)?$")
# "vốn đầu tư trung bình đạt 150 triệu USD": one project's average, no figure of the province
_PER_PROJECT_AVERAGE = letter_led(
    r"(?:vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?|quy\s+mô)\s+(?:trung\s+bình|bình\s+quân)(?:\s+(?:mỗi|một|của\s+mỗi|của\s+một)\s+(?:dự\s+án|doanh\s+nghiệp)(?:\s+f[dđ]i)?)?"
    r"\s+(?:(?:đạt|là|khoảng|hơn|gần|trên)\s+)*$"
    # ("quy mô bình quân mỗi dự án còn nhỏ, khoảng 4 triệu USD": a few words of judgement between)
    r"|(?:trung\s+bình|bình\s+quân)\s+(?:mỗi|một|của\s+mỗi|của\s+một|/)\s*(?:dự\s+án|doanh\s+nghiệp)(?:\s+[^\W\d_]+){0,3}\s*,?\s+"
    r"(?:(?:đạt|là|có|khoảng|hơn|gần|trên|chỉ)\s+)*$"
    # "mỗi dự án trị giá từ vài chục nghìn đến 500 nghìn USD": what one project is worth
    r"|(?<!\w)mỗi\s+(?:dự\s+án|khoản(?:\s+viện\s+trợ)?|chương\s+trình)\s+(?:trị\s+giá|có\s+giá\s+trị|có\s+vốn|vốn)\s+[^\d,;.]{0,30}$"
    # "giữ được quy mô lớn, có dự án trên 1 tỷ USD": a project that large, no figure of the province
    r"|(?<!\w)có\s+(?:những\s+|các\s+)?dự\s+án\s+(?:(?:có\s+)?(?:vốn|quy\s+mô)\s+)?(?:trên|hơn|từ|tới|đến)\s+$"
)
# "bình quân 4,98 triệu USD/dự án": one project's average, the measure written after the amount
_PER_PROJECT_AFTER = re.compile(r"\s*(?:usd|đồng)?\s*/\s*(?:1\s+)?dự\s+án(?!\w)|\s+(?:cho\s+)?(?:mỗi|một)\s+dự\s+án(?!\w)")
# "Doanh thu của các doanh nghiệp có vốn nước ngoài … đạt 1.220 tỷ đồng", "nộp ngân sách 150 tỷ đồng", "đóng góp ngân
# sách 545 triệu USD": what firms earn or pay, no capital (the measure is the last one named before the amount)
_EARNINGS_BEFORE = letter_led(
    # ("GDP bình quân đầu người năm 2010 khoảng 1.100 USD": what a person earns, no capital either)
    # (not "xuất khẩu hàng hóa và doanh thu ngoại tệ": exports with services' foreign receipts)
    r"(?:d(?<!\wd)oanh\s+thu(?!\s+(?:dịch\s+vụ\s+(?:thu\s+)?)?ngoại\s+tệ)|l(?<!\wl)ợi\s+nhuận|n(?<!\wn)ộp\s+ngân\s+sách|n(?<!\wn)ộp\s+thuế|đ(?<!\wđ)óng\s+góp\s+(?:vào\s+|cho\s+)?ngân\s+sách"
    r"|b(?<!\wb)ình\s+quân\s+đầu\s+người|t(?<!\wt)hu\s+nhập\s+bình\s+quân)"
    r"(?:(?!(?<!có\s)vốn|kim\s+ngạch|xuất\s+khẩu|nhập\s+khẩu)[^;.])*$"
)
# ("đã thu hồi giấy chứng nhận đầu tư của 14 dự án": the licence named in full)
_REVOKED_BEFORE = re.compile(r"(?:thu\s+hồi|chấm\s+dứt\s+hoạt\s+động\s+(?:của\s+)?|giải\s+thể)\s*"
                             r"(?:(?:giấy\s+phép|giấy\s+chứng\s+nhận(?:\s+đăng\s+ký)?\s+đầu\s+tư|quyết\s+định\s+chủ\s+trương\s+đầu\s+tư)\s+"
                             r"(?:của\s+|cho\s+|đối\s+với\s+)?)?$")
# "trong đó 606 dự án đã hoàn thành, 205 dự án đang xây dựng cơ bản và 153 dự án đang chuẩn bị đầu tư": projects by their
# stage, parts of a stock or a programme (those "đang thực hiện" are the ones under way)
_AT_A_STAGE = re.compile(r"\s*dự\s+án\s+(?:fdi\s+|oda\s+)?(?:đã\s+hoàn\s+thành|đang\s+(?:xây\s+dựng|chuẩn\s+bị|làm\s+thủ\s+tục))(?!\w)")
# "tỉnh ưu tiên kêu gọi đầu tư vào 16 dự án": projects offered to investors, not won
_OFFERED_BEFORE = re.compile(r"(?:kêu|mời)\s+gọi\s+đầu\s+tư(?:\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)?(?:\s+vào)?\s+"
                             r"(?:(?:khoảng|hơn|gần|trên)\s+)?$")
_FUTURE = re.compile(r"s(?<!\ws)ẽ\s+(?:[^\W\d_]+\s+){0,5}$")
# "trong đó riêng một siêu thị tăng 31 triệu USD": one project's or firm's share of the total before
_ONE_UNIT_SHARE = letter_led(
    r"(?:(?<!\w)riêng|trong\s+đó\s*,?)\s+(?:riêng\s+)?(?:một|01)\s+(?!số(?!\w)|phần(?!\w)|nửa(?!\w)|trong(?!\w))[^\W\d_]+"
)
# "trong đó có dự án Công viên nghĩa trang (45 triệu USD)": one named project's amount in brackets after its name
# ("… (45 triệu USD) và Trường Đại học quốc tế Pegasus (15 triệu USD)": the next named project of the list)
_NAMED_PROJECT_S = re.compile(r"(?<!\w)dự\s+án\s+(?P<name>)(?!(?:fdi|oda|mới|đầu\s+tư|có\s+vốn|này|đó)(?!\w))(?:[^\W\d_]+\s+){1,8}?\(\s*"
                              r"(?:[^()]{1,30}\)\s*(?:,|và)\s*(?:[^\W\d_]+\s+){1,8}?\(\s*)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "theo Sở Kế hoạch và Đầu tư, tổng vốn dự án là 2,18 tỷ USD": the project just told of, one
_THE_PROJECT_S_CAPITAL = re.compile(r"(?<!\w)(?:tổng\s+)?(?:vốn|mức)\s+(?:đầu\s+tư\s+|đăng\s+ký\s+)?(?:của\s+)?dự\s+án"
                                    r"(?:\s+(?:này|trên))?\s+(?:là|đạt|lên\s+tới|khoảng)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "dự án LG Innotek Hải Phòng điều chỉnh tăng thêm 1 tỷ USD", "dự án của Kyocera … tại VSIP Hải Phòng tăng thêm 237,5 triệu
# USD": one named project raising its capital
_NAMED_PROJECT_RAISED = re.compile(r"(?<!\w)dự\s+án\s+(?:của\s+)?(?P<name>)(?!(?:fdi|oda)(?!\w))[^\W\d_][^,;\d]{0,80}?\s+(?:được\s+)?"
                                   r"(?:điều\s+chỉnh\s+)?tăng\s+(?:thêm\s+)?(?:vốn\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_NAMED_UNIT_SHARE = re.compile(
    # ("Riêng dự án X có tổng vốn đầu tư 203 triệu USD": one named project singled out after the totals)
    r"(?:trong\s+đó\s*,?\s+(?:có\s+)?(?:riêng\s+)?|(?<!\w)riêng\s+)(?:dự\s+án|nhà\s+máy|công\s+ty|tập\s+đoàn|doanh\s+nghiệp|tổ\s+chức|quỹ)\s+(?P<name>[^\W\d_][^,;.\d]{0,40}?)\s+"
    # ("trong đó có dự án sân golf X vốn 30 triệu USD": the project's own capital)
    r"(?:chiếm|là|có|với|đạt|tài\s+trợ|viện\s+trợ|cam\s+kết|(?:có\s+)?(?:tổng\s+)?vốn(?:\s+đầu\s+tư)?)\s+(?:(?:khoảng|hơn|gần|trên|tới|đến)\s+)?$"
)
_LARGEST_UNIT = re.compile(r"(?<!\w)trong\s+đó\s*,?\s+(?:lớn\s+nhất|đáng\s+chú\s+ý(?:\s+nhất)?|nổi\s+bật(?:\s+nhất)?)\s+(?:là|có)\s[^;.]{0,120}$")
# "Trong đó có một số khoản lớn: một cơ quan phát triển tài trợ 9 tỷ đồng …", "Cuối tháng 4, một tổ chức
# viện trợ … trị giá 4 tỷ đồng": one donor or firm, named as the clause's subject, gives its own item
_ONE_UNIT_SUBJECT = re.compile(  # led by the literal; what stands before it is checked after (speed)
    r"(?:m(?<!\wm)ột|0(?<!\w0)1)\s+(?:tổ\s+chức|cơ\s+quan|nhà\s+tài\s+trợ|doanh\s+nghiệp|công\s+ty|nhà\s+đầu\s+tư|tập\s+đoàn|quỹ)(?!\w)"
)
# "Khoản viện trợ trị giá 50 triệu đồng, thực hiện từ …": the one grant the text reports, as the sentence's subject
_ONE_GRANT_LEAD = re.compile(
    r"\W*(?:khoản|gói)\s+(?:viện\s+trợ|tài\s+trợ|hỗ\s+trợ)(?:\s+(?:này|trên|đó|nói\s+trên))?\s+(?:có\s+)?(?:tổng\s+)?(?:trị\s+giá|giá\s+trị)"
    r"(?:\s+(?:là|khoảng|hơn|gần|trên))*\s*$")
_UNIT_LEAD = re.compile(r"(?:^|[,:;(]|trong\s+đó\s*,?(?:\s*có)?)\s*(?:riêng\s+)?$")
# the province back as the subject after that unit
_PROVINCE_SUBJECT = re.compile(r"(?<!\w)(?:toàn\s+tỉnh|tỉnh|thành\s+phố|địa\s+phương)\s+(?:đã\s+)?(?:tiếp\s+nhận|thu\s+hút|vận\s+động|có|đạt)(?!\w)")
# "Đại diện Tổ chức X cho biết, … tổ chức triển khai tại tỉnh 4 chương trình, dự án": an organisation's
# representative on the organisation's own work (the bare noun refers back to it; "các tổ chức" would not)
_OWN_WORK = re.compile(
    r"(?<!\w)đại\s+diện\s+(?:tổ\s+chức|quỹ)(?!\w).*?(?<!\w)cho\s+biết(?!\w).*?(?<!\w)(?<!các\s)(?<!những\s)"
    r"(?:tổ\s+chức|quỹ)\s+(?:này\s+|đã\s+)?(?:triển\s+khai|thực\s+hiện|tài\s+trợ|hỗ\s+trợ)(?!\w)"
)
# "đang xem xét hồ sơ thành lập một trường … có vốn 15 triệu USD": a project under review, not licensed
# "doanh nghiệp của tỉnh có 19 dự án đầu tư tại Campuchia", "nhà đầu tư Việt Nam đầu tư 12 dự án sang Lào": the province's
# (or the nation's) firms investing abroad, no foreign investment in the province
_OWN_FIRMS = re.compile(r"(?:doanh\s+nghiệp|nhà\s+đầu\s+tư)\s+(?:của\s+)?(?:tỉnh|thành\s+phố|địa\s+phương|việt\s+nam)(?!\w)")
_INVESTED_AT = re.compile(r"(?<!\w)(?:đầu\s+tư\s+)?(?:tại|sang|ở)\s+(?=[^\W\d_])|(?<!\w)đầu\s+tư\s+ra\s+nước\s+ngoài(?!\w)")
_STUDIED_PROJECTS = re.compile(r"dự\s+án\s+(?:đang\s+)?(?:nghiên\s+cứu|khảo\s+sát)\s+đầu\s+tư[^.;\d]{0,40}$")
_PENDING = re.compile(
    r"(?<!\w)đang\s+(?:xem\s+xét|thẩm\s+định|hoàn\s+(?:thiện|tất)\s+(?:hồ\s+sơ|thủ\s+tục)|làm\s+thủ\s+tục|nghiên\s+cứu|đàm\s+phán)(?!\w)"
)
# "264 dự án …, nhiều hơn cùng kỳ năm trước 179 dự án", "đạt 860,9 triệu USD, tăng 169,5 triệu USD", "97 dự án
# (tăng 23 dự án)": the rise or fall against an earlier period, written as an amount of the figure just given
_CHANGE_AMOUNT = re.compile(
    r"[,(]\s*(?:và\s+)?(?:tăng|giảm|(?P<than>nhiều\s+hơn|ít\s+hơn|cao\s+hơn|thấp\s+hơn))"
    r"(?P<base>(?:\s+(?:so\s+)?(?:với\s+)?(?:cùng\s+kỳ|năm\s+trước|năm\s+\d{4})){0,3})(?:\s+là)?\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "So với cùng kỳ, số dự án mới tăng 04 dự án; giá trị cam kết tăng 7,6 tỷ đồng": a comparison opening the sentence
# makes each "tăng"/"giảm" after it a change (not "tăng thêm", the capital added)
_OPENS_ON_COMPARISON = re.compile(r"\W*so\s+(?:với|cùng\s+kỳ)(?!\w)")
_ROSE_BY = re.compile(r"(?<!\w)(?:tăng|giảm)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "so với năm 2014, số dự án nhiều hơn 10 và vốn đăng ký cao hơn 533 triệu USD": by how much, after a comparison
_THAN_BEFORE = re.compile(r"(?:n(?<!\wn)hiều|í(?<!\wí)t|c(?<!\wc)ao|t(?<!\wt)hấp)\s+hơn\s+(?:khoảng\s+|gần\s+)?$")
# "TP X vẫn dẫn đầu với 35 tỷ USD, cao hơn Bắc Ninh 2 tỷ USD", "cao hơn tháng 9 hơn 100 triệu USD": the gap to
# another place or period named right after "hơn", no level
_THAN_ANOTHER = re.compile(
    r"(?<!\w)(?:nhiều|ít|cao|thấp|lớn|nhỏ)\s+hơn\s+(?:so\s+với\s+)?(?:của\s+)?"
    r"(?:(?:tháng\s+\d{1,2}|quý\s+[ivx\d]+|năm\s+\d{4}|[^\W\d_]+)\s+){1,4}?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_REACHED_VERB = re.compile(r"(?<!\w)(?:đạt|là|lên|với|ước|còn|ở)(?!\w)")  # "cao hơn cùng kỳ, đạt …": the level itself
# "5 tổ chức đang chờ bổ sung địa bàn hoạt động", "3 dự án chưa được phê duyệt": counted while waiting, not in place
_WAITING_AFTER = re.compile(
    r"\s*(?:tổ\s+chức|dự\s+án|chương\s+trình)(?:\s+[^\W\d_]+){0,6}?\s+(?:đang\s+chờ|còn\s+chờ|chưa\s+được)(?!\w)"
    # "chấp thuận cho 11 dự án nghiên cứu đầu tư với quy mô gần 3.500 triệu USD": projects still studied, none licensed
    r"|\s*dự\s+án\s+(?:đang\s+)?(?:nghiên\s+cứu|khảo\s+sát)\s+đầu\s+tư(?!\w)"
)
# "vốn đầu tư quy đổi đạt hơn 1 tỷ USD": domestic and foreign capital summed in dollars, no FDI figure
_CONVERTED_SUM = re.compile(r"v(?<!\wv)ốn(?:\s+đầu\s+tư)?\s+quy\s+đổi(?!\w)")
# "đạt 751 triệu USD, vượt kế hoạch 101 triệu USD": by how much the plan was passed (a goal's own level, "vượt chỉ
# tiêu 1,7 tỷ USD" after 1,8 tỷ, stays near the result and keeps its reading)
_OVER_PLAN_BY = re.compile(
    r"[,(;]\s*(?:và\s+)?vượt\s+(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+toán)(?:\s+(?:năm|đề\s+ra|được\s+giao))?"
    r"\s*(?:là\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_MARGIN_SHARE = 0.5  # a margin is well below the result it is reached by
# "…; riêng xuất khẩu chính ngạch đạt 1.746 triệu USD": a part of the measure just given, singled out without a
# period of its own ("riêng tháng 9 đạt …" is the month's own figure)
_SINGLED_OUT = re.compile(
    r"(?:^|[,;:(]|\.)\s*r(?<!\wr)iêng\s+(?!(?:năm|tháng|quý|giai|đợt|kỳ)(?!\w))(?:[^\W\d_]+\s+){1,6}?"
    r"(?:(?:ước\s+)?(?:đạt|là|có|chiếm|với)\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "sẽ thành lập thêm 3 hội hữu nghị", "kết nghĩa thêm 2 địa phương": more of a standing count, not its level
_MORE_OF = re.compile(r"(?<!\w)thêm\s+(?:được\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_BOUND_ROUNDS = 0.05  # "hơn 81.000" in a headline for 81.429 in the body
_HEADING_REACH = 3  # the paragraphs under a section's heading that it may sum up
_HEADING_MAX = 120


def _is_section_heading(line: str, *, dated: bool) -> bool:
    """A line in capitals; or, naming no period (its figures' own periods are told under it), a numbered line or a short
    one with no closing stop that is no list item: "Hơn 2,7 tỷ USD vốn FDI", "1. Hợp tác đầu tư: 77 dự án FDI, vốn đăng
    ký 656,8 triệu USD" over the paragraphs that tell those figures."""
    line = line.strip()
    if not 0 < len(line) <= _HEADING_MAX or line.endswith((".", ";")):
        return False  # (a paragraph of prose: its letters are not counted)
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 8:
        return False
    if sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return True
    return not dated and not line.endswith((":", ",", "!", "?")) and not line.startswith(("-", "–", "•", "+", "*"))


class ObservationFilters:
    """Mixed into `ObservationFinder`."""

    def _without_headline_repeats(self, observations: list[Observation]) -> list[Observation]:
        """A headline repeats the body's figures, often rounded ("gần 1,6 tỷ USD" for 1,57):
        its figure is dropped when the body reports about the same value of the indicator."""
        headline = self._letterhead_headline_end()
        if headline is None:
            return observations
        body = [o for o in observations if o.start >= headline]
        restated = [q for q in self._restated if q.start >= headline]
        # "Lâm Đồng thu hút được 21 dự án FDI" over "các khu công nghiệp … trong đó có 21 dự án FDI": the
        # headline names the province but repeats a part's figure the body gives as the part's only
        aside = [q for q in self._set_aside if q.start >= headline]
        return [o for o in observations if o.start >= headline or not (
            any(repeats(o, b) for b in body) or any(_same_amount(o, q) for q in restated)
            or any(_set_aside_again(o, q) for q in aside))]

    def _without_section_heading_repeats(self, observations: list[Observation]) -> list[Observation]:
        """"1. MƯỜI NĂM THU HÚT FDI: 51 DỰ ÁN CẤP MỚI" over "… giai đoạn 2011 - 2020 toàn tỉnh có thêm 51 dự án FDI được cấp
        mới": a section's heading repeats a figure of the paragraphs under it."""
        paragraphs = self.layout.paragraphs
        where = [self.layout.sentence_at(o.start).paragraph for o in observations]
        dropped = set()
        for o, index in zip(observations, where):
            paragraph = paragraphs[index]
            if paragraph.end - paragraph.start > _HEADING_MAX + 2 \
                    or not _is_section_heading(self.text[paragraph.start : paragraph.end],
                                               dated=bool(self._periods_between(paragraph.start, paragraph.end))):
                continue
            if any(b is not o and index < at <= index + _HEADING_REACH and repeats(o, b) for b, at in zip(observations, where)):
                dropped.add(id(o))
        return [o for o in observations if id(o) not in dropped] if dropped else observations

    def _names_new_capital(self, sentence: Sentence, figure: Quantity) -> bool:
        """Whether the words before the figure (or just after it) name the new projects' capital ("vốn của các dự án
        cấp mới"): a goal's capital that names none is registered capital (`observation_build`)."""
        return "mới" in self.folded[max(sentence.start, figure.end - _GOAL_WORDS_REACH) : figure.end + 30]

    def _with_shares_of_the_stock(self, found: list[Observation]) -> list[Observation]:
        """"… có 904 dự án FDI còn hiệu lực với tổng vốn đăng ký 16.216,40 triệu USD. Từ đầu năm … cấp mới 97 dự án … .
        Nhật Bản dẫn đầu với 189 dự án, vốn 6.112,50 triệu USD (chiếm 37,69%)": an investor country's capital whose
        share written after it is its share of the paragraph's stock is held in that stock, at its date (so are its
        projects, told beside it)."""
        stocks = [o for o in found if o.indicator == "fdi_total_capital" and o.counterpart is None and o.high is None and o.low]
        if not stocks:
            return found
        moved: dict[int, Observation] = {}
        for o in found:
            if o.counterpart is None or o.indicator not in ("fdi_new_capital", "fdi_registered_capital") or o.high is not None:
                continue
            share = _SHARE_AFTER.match(self.folded, o.end)
            paragraph = self.layout.sentence_at(o.start).paragraph
            stock = next((s for s in reversed(stocks) if s.start < o.start and self.layout.sentence_at(s.start).paragraph == paragraph
                          and share is not None and abs(o.low / s.low * 100 - float(share["pct"].replace(",", "."))) <= _SHARE_WITHIN), None)
            if stock is None:
                continue
            moved[id(o)] = replace(o, indicator="fdi_total_capital", period=stock.period)
            projects = next((c for c in found if c.indicator == "fdi_new_projects" and c.counterpart == o.counterpart
                             and self.layout.sentence_at(c.start).index == self.layout.sentence_at(o.start).index), None)
            if projects is not None:
                moved[id(projects)] = replace(projects, indicator="fdi_active_projects", period=stock.period)
        return self._with_leaders_of_the_stock([moved.get(id(o), o) for o in found])

    def _with_leaders_of_the_stock(self, found: list[Observation]) -> list[Observation]:
        """"… đến cuối tháng 7/2014, toàn tỉnh có 79 dự án FDI đang hoạt động … . Khi đó, …; dẫn đầu là Hàn Quốc với 22 dự án
        (416 triệu USD), tiếp theo là Hồng Kông với 4 dự án (365 triệu USD)": investor countries ranked in a sentence that
        names no period of its own, after the paragraph's stock, are ranked by what they hold in it, at its date."""
        stocks = [o for o in found if o.indicator in _STOCK_PAIR_CODES and o.counterpart is None and o.period is not None]
        if not stocks:
            return found
        moved: dict[int, Observation] = {}
        counted: tuple[int, str | None] = (-1, None)  # the sentence and country of the last count read
        for o in found:
            if o.indicator not in FLOW_OF_STOCK or o.high is not None:
                continue
            sentence = self.layout.sentence_at(o.start)
            words = self.folded[sentence.start : sentence.end]
            if not _LEADERS.search(words) or _OWN_PERIOD_WORDS.search(words):
                continue
            stock = next((s for s in reversed(stocks) if s.start < sentence.start and self._stock_before(s, sentence)), None)
            if stock is None:
                continue
            # "Hàn Quốc với 22 dự án (416 triệu USD)": the amount in brackets is the country's just counted; "Hàn Quốc đứng
            # đầu cả về số dự án lẫn số vốn, với 180 dự án": the country the sentence opens on
            counterpart = o.counterpart or (counted[1] if counted[0] == sentence.index
                                            and _BRACKETED_AFTER_COUNT.match(self.folded, o.start) else None) \
                or self._sentence_country(o.start)
            counted = (sentence.index, counterpart)
            if counterpart is None:
                continue
            moved[id(o)] = replace(o, indicator=FLOW_OF_STOCK[o.indicator], period=stock.period, counterpart=counterpart)
        return [moved.get(id(o), o) for o in found]

    def _stock_before(self, stock: Observation, sentence: Sentence) -> bool:
        """The stock told in the sentence's paragraph, or at the end of the paragraph before with no time named since
        ("… toàn tỉnh có 384 dự án FDI …. [¶] Hàn Quốc đứng đầu … với 180 dự án")."""
        paragraph = self.layout.sentence_at(stock.start).paragraph
        return paragraph == sentence.paragraph or (paragraph == sentence.paragraph - 1
                                                   and not self._periods_between(stock.end, sentence.start))

    def _restated_without_period(self, observation: Observation, sentence: Sentence, found: dict, headline: int) -> bool:
        """"Với kim ngạch xuất khẩu 1,158 tỷ USD, … Đắk Nông bước sang tuổi 15 …": a figure the text gave before, said
        again in a sentence naming no period, is that figure, not one of a period inherited from around it (a headline's
        figures, read first, yield to the body's instead)."""
        if observation.high is not None or not observation.low or self._periods_between(sentence.start, sentence.end):
            return False
        return any(k.indicator == observation.indicator and k.counterpart == observation.counterpart and k.high is None
                   and abs(k.low - observation.low) <= 1e-9 * observation.low and k.start >= headline for k in found.values())

    def _no_level(self, quantity: Quantity, context: FigureContext, clause_start: int, sentence: Sentence) -> bool:
        """A change, a bar passed or one project's average: a number that is no level of an indicator.
        Rates and goals keep their own readings ("tăng 8%", "phấn đấu vượt ngưỡng 5 tỷ USD"), but earnings are no
        measure in a goal either ("đóng góp ngân sách 545 triệu USD")."""
        if quantity.unit == "percent":
            return False
        pos, tail = quantity.start, context.left[-_CUE_REACH:]  # the cues stand right before the number
        if quantity.kind == "money" and _EARNINGS_BEFORE.search(tail) is not None:
            return True
        change = _CHANGE_BY.search(tail)
        # ("296 lượt dự án điều chỉnh với số vốn tăng thêm 2,37 tỷ USD", "với vốn điều chỉnh tăng 29,66 triệu USD": the
        # capital added, named, no change of a level)
        found = (change is not None and not _WITH_CAPITAL.search(tail, 0, change.start()) and (
            _COMPARED.search(self.folded, clause_start, pos) is not None or _COMPARED.match(context.right.lstrip()) is not None
            # ("tăng 6 dự án và gấp đôi về vốn so với 5 năm trước đó": the two changes share the base after them)
            or _COMPARED_AFTER_BOTH.match(context.right) is not None)) \
            or ((bar := _MILESTONE.search(tail)) is not None and not _reached_and_measured(bar, context.right)) \
            or _PER_PROJECT_AVERAGE.search(tail) is not None \
            or (quantity.kind == "money" and "quy đổi" in tail and _CONVERTED_SUM.search(tail) is not None) \
            or _PER_PROJECT_AFTER.match(context.right) is not None \
            or ("chiếm" in self.folded[max(clause_start, pos - 80) : pos]
                and _WHOLE_OF_A_SHARE.search(self.folded, max(clause_start, pos - 80), pos) is not None)
        if not found and quantity.kind == "money":
            # "có 9 địa phương đạt từ 10 tỷ USD trở lên", "9 tỉnh đạt trên 10 tỷ USD": the bar the places pass
            bar = _OR_MORE.match(context.right) is not None or _BAR_BEFORE.search(tail) is not None
            found = (bar and _PLACES_COUNTED.search(context.sentence_left[-_BAR_REACH:]) is not None) \
                or _PLACES_OVER_BOUND.search(tail) is not None
        return found and not self._is_target(sentence, pos, quantity.end)

    def _stock_by_origin(self, context: FigureContext, sentence: Sentence, quantity: Quantity, left_start: int,
                         right_end: int) -> bool:
        """"Đến cuối năm, tỉnh có 370 dự án FDI. Nhà đầu tư Hàn Quốc có 150 dự án, vốn 1,7 tỷ USD": an
        investor country's share of a stock the paragraph just stated (or spoke of "hiện"), with no
        "mới" or period of its own."""
        paragraph = self.layout.paragraphs[sentence.paragraph]
        # (a list's items under "Các quốc gia có nhiều dự án tại tỉnh:" share the stock stated before the list)
        earlier = self._paragraph_found or (self._previous_found if self._list_introduction(sentence.paragraph) else [])
        last_fdi = next((o for o in reversed(earlier) if o.indicator.startswith("fdi_")), None)
        stock_before = (last_fdi is not None and last_fdi.indicator in _STOCK_PAIR_CODES) \
            or _NOW_OPENING.search(self.folded, paragraph.start, sentence.start) is not None \
            or ("chiếm" in self.folded[quantity.end : sentence.end]
                and _SHARE_OF_THE_STOCK.search(self.folded, quantity.end, sentence.end) is not None)
        own_end = min(sentence.end, quantity.end + 40)
        # (up to the next figure's words: "tổng vốn trên 15,3 tỷ USD và 1.790 dự án cấp mới")
        own_end = min([own_end, *(i for i in (self.folded.find(" và ", quantity.end, own_end), self.folded.find(",", quantity.end, own_end),
                                               self.folded.find(";", quantity.end, own_end)) if i >= 0)])
        if not stock_before or _FLOW_WORDS.search(self.folded, sentence.start, own_end) \
                or self._periods_between(sentence.start, own_end):
            return False
        return context.foreign_investor or self._counterpart(left_start, right_end, quantity) is not None

    def _by_origin(self, left: str, left_start: int, quantity: Quantity) -> bool:
        """"trong đó các nhà đầu tư Đông Bắc Á có 42 dự án", "trong đó Hàn Quốc dẫn đầu với 150 dự án":
        a share by the investors' origin, which the text reports for itself."""
        return _INVESTORS.search(left) is not None or (
            self.scope is not None and self.scope.names_a_country(left_start, quantity.start))

    def _dollars_follow(self, quantities: list[Quantity], i: int) -> bool:
        """The amount in đồng is followed by one in dollars joined by "và"."""
        if i + 1 >= len(quantities):
            return False
        after = quantities[i + 1]
        return after.kind == "money" and after.unit == "USD" \
            and _AND_NEXT.fullmatch(self.folded, quantities[i].end, after.start) is not None

    def _revoked(self, context: FigureContext) -> bool:
        """Projects revoked, ended or suspended, only offered to investors, or counted by their stage: no indicator
        (their capital goes with them)."""
        return _REVOKED.search(context.right[:40]) is not None or _REVOKED_BEFORE.search(context.left) is not None \
            or (("đang" in context.right[:40] or "hoàn" in context.right[:40])
                and _AT_A_STAGE.match(context.right) is not None) \
            or ("gọi" in context.left[-60:] and _OFFERED_BEFORE.search(context.left) is not None)

    @staticmethod
    def _change_amount(quantity: Quantity, previous_quantity: Quantity | None, context: FigureContext) -> bool:
        """A figure written as the change of one given before it: "…, tăng 169,5 triệu USD" after an amount in
        the same currency (after a count, "tăng" is the capital the projects added), "nhiều hơn cùng kỳ năm 2018
        là 36 dự án" after anything: no figure of its own."""
        if quantity.kind not in ("number", "money"):
            return False
        left = context.left[-90:]
        if not ("tăng" in left or "giảm" in left or "hơn" in left):
            return False
        match = _CHANGE_AMOUNT.search(left)
        gap = _THAN_ANOTHER.search(left) if match is None and "hơn" in left else None
        if gap is not None and _REACHED_VERB.search(gap.group()) is None:
            return True  # "cao hơn Bắc Ninh 2 tỷ USD", "cao hơn tháng 9 hơn 100 triệu USD": a gap to another place or month
        if match is None:
            # "So với cùng kỳ, số dự án FDI cấp mới nhiều hơn 1 dự án": the comparison opens the sentence
            return ("hơn" in left and _THAN_BEFORE.search(left) is not None and _COMPARED.search(context.sentence_left) is not None) \
                or (_ROSE_BY.search(left) is not None and _OPENS_ON_COMPARISON.match(context.sentence_left.lower()) is not None)
        return bool(match["than"] or match["base"]) or (previous_quantity is not None and previous_quantity.kind == quantity.kind
                                                          and previous_quantity.unit == quantity.unit)

    @staticmethod
    def _margin_over_plan(quantity: Quantity, previous_quantity: Quantity | None, context: FigureContext) -> bool:
        """"đạt 751 triệu USD, vượt kế hoạch 101 triệu USD": the margin over the plan, no level of its own."""
        if previous_quantity is None or quantity.kind != previous_quantity.kind or quantity.unit != previous_quantity.unit \
                or "vượt" not in context.left or _OVER_PLAN_BY.search(context.left) is None:
            return False
        return quantity.low < _MARGIN_SHARE * previous_quantity.low

    def _singled_out(self, code: str, found: list[Observation], left_start: int, quantity: Quantity, context: FigureContext) -> bool:
        """"xuất khẩu đạt 1.889 triệu USD; riêng xuất khẩu chính ngạch đạt 1.746 triệu USD": a part of the
        measure the sentence (or paragraph) gave, singled out with no period of its own."""
        if "riêng" not in context.left or _SINGLED_OUT.search(context.left) is None:
            return False
        if self._periods_between(left_start, quantity.start):
            return False
        # (not the measure of another period: "Sáu tháng đầu năm, … xuất khẩu 12,6 tỷ USD … . Cả năm 2024, tổng giá trị xuất,
        # nhập khẩu ước đạt 60 tỷ USD, riêng xuất khẩu ước đạt 33 tỷ USD": the year's exports, told for the first time)
        return any(o.indicator == code and o.counterpart is None and not self._periods_between(o.end, left_start)
                   for o in found + self._paragraph_found)

    @staticmethod
    def _more_of_a_standing(stock: bool, context: FigureContext) -> bool:
        """"thành lập thêm 3 hội hữu nghị": how many more of a standing count, not its level."""
        return stock and "thêm" in context.left and _MORE_OF.search(context.left) is not None

    def _same_projects_again(self, quantity: Quantity, context: FigureContext, found: list[Observation]) -> bool:
        """"… triển khai 28 dự án. Tổng vốn cam kết của 28 dự án là …": the same projects again."""
        return quantity.kind == "number" and _OF_BEFORE.search(context.left[-_CUE_REACH:]) is not None and any(
            o.low == quantity.low and o.unit == "count" for o in self._paragraph_found + found)

    def _neither_done_nor_goal(self, sentence: Sentence, quantity: Quantity, context: FigureContext) -> bool:
        """"trong 5 năm tới tổ chức sẽ thực hiện 5 chương trình": neither done nor the province's goal (nor what
        the rest of the year must bring, goals.neither_done_nor_set)."""
        if self.goals.neither_done_nor_set(sentence, quantity.start):
            return True
        # ("dự tính cả năm kiều hối sẽ đạt khoảng 5 tỷ USD": the year's result forecast, kept as an estimate)
        return _FUTURE.search(context.left) is not None and not self._is_target(sentence, quantity.start, quantity.end) \
            and not self.goals.forecasts_the_year(sentence, quantity.start)

    def _flow_within_stock(self, code: str, found: list[Observation], left_start: int, quantity: Quantity) -> bool:
        """"vốn thực hiện lũy kế 358,8 triệu USD, trong đó vốn thực hiện 7 tháng đầu năm 2016 là 8 triệu
        USD": after a standing total, a figure with a span of its own is the flow of that span, not a part."""
        total = next((o for o in reversed(found) if o.indicator == code), None)
        if total is None or total.period is None or total.period.as_of is None:
            return False
        return any(p.mode == "span" for p in self._periods_between(left_start, quantity.start))

    def _invested_abroad(self, sentence: Sentence, quantity: Quantity) -> bool:
        """"Hiện doanh nghiệp của tỉnh có 19 dự án đầu tư tại Campuchia, tổng vốn 913 triệu USD": the province's own
        firms' projects abroad, and their capital."""
        if self.scope is None:
            return False
        left = self.folded[sentence.start : quantity.start]
        if "doanh nghiệp" not in left and "nhà đầu tư" not in left:
            return False
        owners = last_match(_OWN_FIRMS, left)
        if owners is None:
            return False
        return any(m.group().endswith("nước ngoài") or self.scope.names_a_country(m.end(), m.end() + 25)
                   for m in _INVESTED_AT.finditer(self.folded, sentence.start + owners.end(), min(sentence.end, quantity.end + 60)))

    def _one_unit_or_pending(self, sentence: Sentence, quantity: Quantity, context: FigureContext) -> bool:
        """One project's share of a total ("trong đó riêng một siêu thị tăng 31 triệu USD"), one donor's or
        firm's own item ("…: một tổ chức tài trợ 9 tỷ đồng", unless the province is the subject again after
        it), a project still under review ("đang xem xét hồ sơ … có vốn 15 triệu USD"), organisations or projects
        counted while waiting ("5 tổ chức đang chờ bổ sung địa bàn") or, counts too, an
        organisation's representative on its own work ("Đại diện Quỹ X cho biết, quỹ đã triển khai tại tỉnh 6
        dự án"): no figure of the province."""
        left = context.sentence_left
        if "đại diện" in left and _OWN_WORK.search(left):
            return not self._is_target(sentence, quantity.start, quantity.end)
        if quantity.kind == "money" and (
                ("dự án" in context.left[-40:] and _THE_PROJECT_S_CAPITAL.search(context.left[-60:]))
                or (context.left.endswith(("(", "( ")) and self._named_project_s(quantity.start, context))):
            return True  # one project's amount, in a goal's sentence too
        if quantity.kind != "money":
            head = context.right[:80]  # organisations or projects still waiting ("5 tổ chức đang chờ …")
            return quantity.kind == "number" and ("chờ" in head or "chưa" in head or "nghiên" in head or "khảo" in head) \
                and _WAITING_AFTER.match(head) is not None
        if "khoản" in left[:12] or "gói" in left[:12]:
            if _ONE_GRANT_LEAD.match(left):
                return not self._is_target(sentence, quantity.start, quantity.end)
        clause = context.left
        one = "một" in left or "01" in left
        found = (one and _ONE_UNIT_SHARE.search(clause) is not None) or ("đang" in clause and _PENDING.search(clause) is not None) \
            or ("nghiên cứu" in clause and _STUDIED_PROJECTS.search(clause) is not None)
        if not found and ("trong" in clause or "riêng" in clause) and (named := _NAMED_UNIT_SHARE.search(clause)) is not None:
            # "…, trong đó dự án Formosa chiếm hơn 11 tỷ USD": one named project's share of the total before
            found = self._proper_name_at(quantity, clause, named)
        if not found and "tăng" in clause[-30:] and (named := _NAMED_PROJECT_RAISED.search(clause)) is not None:
            found = self._proper_name_at(quantity, clause, named)  # one named project raising its capital
        if not found and "trong" in clause and _LARGEST_UNIT.search(clause) is not None:
            found = True  # "…, trong đó lớn nhất là tổ hợp pin của công ty X với vốn 274,8 triệu USD": one project's
        if not found and one:
            units = [u for u in _ONE_UNIT_SUBJECT.finditer(left) if _UNIT_LEAD.search(left, max(0, u.start() - 20), u.start())]
            found = bool(units) and _PROVINCE_SUBJECT.search(left, units[-1].end()) is None
        # a goal keeps its own reading (the goals' test is the costly one, so it comes last)
        return found and not self._is_target(sentence, quantity.start, quantity.end)

    def _proper_name_at(self, quantity: Quantity, clause: str, named: re.Match) -> bool:
        """Whether the name `named` found in the figure's `clause` (the folded words before it) is capitalised."""
        return self.text[quantity.start - len(clause) + named.start("name")].isupper()

    def _named_project_s(self, pos: int, context: FigureContext) -> bool:
        """The amount in brackets after a project's proper name (its first word capitalised)."""
        named = _NAMED_PROJECT_S.search(context.sentence_left[-160:])
        if named is None:
            return False
        at = pos - len(context.sentence_left[-160:]) + named.start("name")
        return self.text[at : at + 1].isupper()

    def _mixed_total(self, quantity: Quantity, sentence: Sentence) -> bool:
        """"983 dự án, gồm 765 dự án trong nước và 218 dự án nước ngoài": both kinds together."""
        return _MIXED_TOTAL.match(self.folded, quantity.end, sentence.end) is not None \
            or _FOREIGN_INCLUDED.match(self.folded, quantity.end, sentence.end) is not None \
            or ("cả" in self.folded[quantity.end : sentence.end] and _BOTH_KINDS_AFTER.match(self.folded, quantity.end, sentence.end)) \
            or self._foreign_share_follows(quantity, sentence) \
            or (_DOMESTIC_PART_NEXT.match(self.folded, sentence.end) is not None
                and _FOREIGN_WORDS.search(self.folded, sentence.start, sentence.end) is None) \
            or ((counted := _COUNTED_IN_DONG_AND_DOLLARS.match(self.folded, quantity.end, sentence.end)) is not None
                and _FOREIGN_WORDS.search(self.folded, sentence.start, counted.end()) is None) \
            or ((in_dong := _IN_FORCE_IN_DONG.match(self.folded, quantity.end, sentence.end)) is not None
                and _FOREIGN_WORDS.search(self.folded, sentence.start, in_dong.end()) is None)

    def _foreign_share_follows(self, quantity: Quantity, sentence: Sentence) -> bool:
        """"thu hút 100 dự án với tổng vốn 32.000 tỷ đồng, trong đó vốn đầu tư nước ngoài đạt 500 triệu USD": the
        figures before the foreign share are of all investors (unless they already say foreign)."""
        share = _FOREIGN_SHARE_AFTER.match(self.folded, quantity.end, sentence.end)
        return share is not None and _FOREIGN_WORDS.search(self.folded, quantity.end, share.start("share")) is None


def _set_aside_again(headline: Observation, aside: Quantity) -> bool:
    if headline.unit == "percent" or aside.unit != (headline.unit if headline.unit in ("USD", "VND") else None) \
            or aside.high is not None or headline.high is not None:
        return False
    if abs(headline.low - aside.low) <= 0.005 * max(headline.low, aside.low):
        return True
    # "Hơn 81.000 lao động …" over the nation's "cả nước đưa 81.429 lao động": a bound rounds the set-aside figure
    return headline.qualifier == "at_least" and headline.low <= aside.low <= headline.low * (1 + _BOUND_ROUNDS)


def _same_amount(headline: Observation, restated: Quantity) -> bool:
    """"Vận động viện trợ đạt hơn 865 tỷ đồng" over "38,5 triệu USD, tương đương hơn 865 tỷ đồng"."""
    return restated.kind == "money" and restated.unit == headline.unit \
        and abs(headline.low - restated.low) <= 0.05 * max(headline.low, restated.low)
