"""Figures in a text -> observations and targets of SCHEMA's indicators.

Each sentence is read left to right. For every figure the indicator comes from its
wording (`indicators`), the period from the nearest period mention (its own words
first, then its sentence, its paragraph, the text so far), and change, plan share and
qualifier from what is written around it (`attributes`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .attributes import find_attributes, qualifier
from .fast_scan import letter_led
from .goals import Goals
from .indicator_counts import FDI_STOCKS, NEW_AND_ADJUSTED, OWN_FORM_AFTER, REGISTERED_CAPITALS, SPLIT
from .indicator_rates import GROWTH_OF
from .indicator_topics import NOUN_PHRASE, TRADE, topic_around, trades_in_turn
from .indicators import (
    AID_VALUE_OF,
    CAPITAL_OF,
    INDICATORS,
    NEXT_IN_TURN,
    TRADE_INDICATOR,
    FigureContext,
    indicator_for,
    names_fdi,
    topic_mentions,
    topic_of_indicator,
)
from .numbers import Quantity, find_quantities
from .observation_build import RAISED_TOTAL, ObservationBuilding
from .observation_filters import ObservationFilters
from .observation_model import (
    FLOW_OF_STOCK,
    Base,
    Figure,
    Observation,
    between,
    colon,
    period_year,
    shifted,
    with_sums_registered,
    without_ever_licensed,
    without_rounded_repeats,
)
from .observation_periods import PeriodReading
from .observation_scope import _FOREIGN_SHARE_LEFT, _LINKED, ScopeReading
from .partners import Partner
from .periods import PeriodMention, Timeline
from .scope import Scope, is_part, is_restated
from .segments import Layout, Sentence, bracketed_aside

__all__ = ["Observation", "ObservationFinder"]

_BASE_BEFORE = re.compile(
    r"so\s+với\s+(?:cùng\s+kỳ\s*)?(?:(?:\d{1,2}\s+tháng(?:\s+đầu)?|quý\s+[ivx\d]+)\s*)?(?:năm\s*)?/?\s*(?P<y>trước|ngoái|\d{4})?"
    r"\s*\(\s*(?:đạt|là|với)?\s*(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"  # ("so với năm 2021 (trên 6.700 lao động)")
)
# "(cùng kỳ năm 2025 đạt 607 triệu USD)": the base stated inside the bracket
_OWN_NEW_FORM_BEFORE = re.compile(r"(?:đăng\s+ký|cấp(?:\s+phép)?)\s+mới\s+(?:cho\s+)?[\d.,]+\s+dự\s+án"
                                  r"|vốn\s+(?:đăng\s+ký\s+)?cấp\s+mới\s+(?:đạt|là)")
_SINGLED_OUT_PART = re.compile(r"[;,]\s*riêng(?!\w)")
# ("(thực hiện năm 2023: 977 triệu USD)": what the year before achieved)
_BASE_IN_BRACKET = re.compile(r"\(\s*(?:(?:ước\s+)?thực\s+hiện\s+)?(?:cùng\s+kỳ|năm)(?:\s+năm)?\s*(?P<y>trước|ngoái|\d{4})?\s*(?:đạt|là|:|với)?\s*$")
_LEVEL_BEFORE = re.compile(r"(?:mức|con\s+số)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")  # ("mức hơn 1,6 tỷ USD của năm 2023")
_BASE_AFTER = re.compile(r"^\s*(?:của\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?P<y>trước|ngoái|\d{4}))?|năm\s+(?P<y2>trước|ngoái|\d{4}))")
# "24 khoản viện trợ mới, gồm 6 dự án và 18 phi dự án": the items after "gồm" make up the count before
_TOTAL_TO_DATE = re.compile(r"(?<!\w)(?:tổng\s+)?số\s+dự\s+án(?![^.;]*?(?<!\w)mới(?!\w))[^.;\d]{0,80}?(?:đạt|là|lên|có)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_TO_A_DATE = re.compile(r"(?<!\w)(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+|giữa\s+|đầu\s+)?(?:năm|tháng|quý|ngày|nay|thời\s+điểm|\d)")
# "Như vậy, tổng vốn FDI đăng ký trên địa bàn ước đạt 1,65 tỷ USD với 142 dự án" after a period's flows, with no period of
# its own: where the flows have brought the province's whole, a stock
_PART_OF_THOSE_LEAD = re.compile(r"\W*trong\s+(?:số\s+)?(?:này|đó)\s*,?\s")
_IN_FORCE_WORDS = re.compile(r"còn\s+hiệu\s+lực|đang\s+hoạt\s+động")
_IN_SUM_TOTAL = re.compile(r"\W*như\s+vậy\s*,?\s+(?:[^\W\d_]+\s+){0,4}?tổng\s+(?:số\s+)?(?:vốn|dự\s+án)")
_FOREIGN_PART_AFTER_TOTAL = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s*,?\s*trong\s+đó(?:\s+có)?\s*:?\s*")
_OWN_NEW_AFTER = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s+(?:fdi\s+)?(?:được\s+)?cấp\s+mới(?!\w)")
_ADJUSTED_ITEM_AFTER = re.compile(r"[\d.,]+\s+(?:lượt\s+)?dự\s+án\s+(?:fdi\s+)?(?:được\s+)?(?:điều\s+chỉnh|tăng\s+vốn)")
_LIST_OF_THE_COUNTED = re.compile(r"(?:trong\s+đó(?:\s+có)?|(?<!\w)gồm|(?<!\w)như|(?<!\w)là)\s*:?\s")
_AMONG_COUNT_BEFORE = re.compile(r"(?<!\w)trong\s+(?:số\s+|tổng\s+số\s+)?$")
_THESE_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){1,4}?(?:này|nói\s+trên|trên)(?!\w)")
# "Đối với đầu tư trong nước, trong tháng có 4 dự án …": a paragraph or sentence opening on domestic investment
# ("… 7 dự án FDI … . Dòng vốn đầu tư nói chung sôi động hơn: năm 2023, tỉnh thu hút thêm 24 dự án": investors of every origin)
_DOMESTIC_TURN = re.compile(r"(?:^|\n|[.;]\s)\W*(?:(?:đối\s+với|về|riêng|còn)\s+(?:(?:vốn|nguồn\s+vốn|lĩnh\s+vực)\s+)?đầu\s+tư\s+trong\s+nước"
                            r"|(?:dòng\s+|nguồn\s+)?(?:vốn\s+)?đầu\s+tư\s+nói\s+chung)")
_AID_ITEMS = frozenset({"ngo_new_commitments", "ngo_projects"})  # the aid's items, counted either way
_SALUTATIONS = ("kính thưa", "kính gửi")
_BREAKDOWN_LEADS = ("theo", "về", "phân", "xét", "chia")  # a cheap test before the pattern, on every sentence
_BREAKDOWN_SENTENCE = re.compile(r"\W*(?:phân\s+|xét\s+|chia\s+)?(?:theo|về)\s+(?:ngành(?:\s+nghề)?|lĩnh\s+vực|hình\s+thức|địa\s+bàn"
                                 r"|cơ\s+cấu(?:\s+ngành)?|khu\s+vực|quy\s+mô)(?:\s+đầu\s+tư)?\s*,")
_BATCH_CODES = frozenset({"fdi_new_projects", "fdi_new_capital", "fdi_adjusted_projects", "fdi_added_capital", "fdi_registered_capital",
                          "fdi_implemented_capital", "ngo_new_commitments", "ngo_committed", "ngo_disbursed", "oda_disbursed"})
_RECORDED_UNITS = frozenset({"USD", "VND", "count", "people", "percent"})  # the records' units (gold SCHEMA)
_PROJECTS_UNDER_WAY = frozenset({"oda_projects", "ngo_projects"})
_BREAKDOWN_INTRODUCTION = re.compile(r"(?<!\w)(?:cụ\s+thể|gồm|bao\s+gồm|trong\s+đó|như\s+sau)\s*:\s*$")
_ITEMS_LISTED = re.compile(r"(?<!\w)gồm\s*:?\s*$")  # every item listed (not "trong đó tiếp nhận mới …", a share)
_BREAKDOWN = letter_led(r"trong\s+đó|(?<!\w)gồm(?!\w)")
# "… 9 tỉnh đạt kim ngạch xuất khẩu từ 10 tỷ USD trở lên. Trong nhóm này, A đạt 26,8 tỷ USD": the group's measure,
# named in the sentence before
_AMONG_THEM = re.compile(
    r"\W*t(?<!\wt)rong\s+(?:nhóm|số)\s+(?:này|đó|trên)\s*,\s*[^\W\d][^\d,;:]{0,40}?\s(?:đạt|có|với)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
# "tiếp nhận 34 chương trình, dự án … Trong số này có 24 khoản viện trợ mới": what was received is the whole
# carried out, the new ones are named after it
# what projects took out of their capital ("điều chỉnh giảm vốn", "tổng vốn giảm") is no added capital
_ADDED_CODES = ("fdi_adjusted_projects", "fdi_added_capital")
# ("Điều chỉnh giảm vốn: 11 dự án": the label before a colon)
_REDUCED_BEFORE = re.compile(r"(?:giảm\s+vốn|(?:vốn|điều\s+chỉnh)\s+giảm)(?:\s+[^\W\d_]+){0,2}\s*:?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# ("điều chỉnh tăng vốn cho 5 dự án và điều chỉnh giảm vốn cho 2 dự án": the next item's reduction is not this one's)
_REDUCED_AFTER = re.compile(r"\s*(?:lượt\s+)?dự\s+án\s+(?:(?!và\s)[^\W\d_]+\s+){0,2}?(?:điều\s+chỉnh\s+)?giảm\s+vốn")
_NEW_AMONG_NEXT = re.compile(r"\s*t(?<!\wt)rong\s+số\s+(?:này|đó|trên)[^.;]{0,80}?(?<!\w)mới(?!\w)")
_RAISED_SINCE_JANUARY = letter_led(r"(?<!\w)nâng\s+(?:tổng\s+)?số[^;.]*?từ\s+đầu\s+năm[^;.]*?(?<!\w)lên\s+$")
# "Đến năm 2007, con số này là 165 triệu USD; năm 2009 …, và năm 2017 đã lên tới 950 triệu USD": a series' next year
# ("…, năm 2005 ước đạt 20 triệu USD": the series' next year estimated)
_NEXT_YEAR_OF_A_SERIES = re.compile(r"[,;]\s*(?:và\s+)?(?:đến\s+|tới\s+)?năm\s+\d{4}\s*,?\s*(?:đã\s+|thì\s+)?(?:ước\s+)?"
                                    r"(?:lên\s+tới|lên\s+đến|tăng\s+lên|đạt|là)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_AMOUNT_BEFORE = re.compile(r"\d\s*(?:triệu|tỷ|tỉ)\s+(?:usd|đồng)")
# ("năm 2006 con số ấy lên 132 triệu USD", "đến năm 2024, con số này đã chạm mốc 1 tỷ USD", "riêng tháng 7 giá trị này ước
# đạt …", "đến cuối tháng 9/2019 con số đã là 224 dự án")
# "tổng giá trị giải ngân hơn 4,57 triệu USD, bình quân khoảng 1,52 triệu USD mỗi năm": the average of the amount just told
_AVERAGE_OF_IT = re.compile(r"\W*(?:tính\s+)?bình\s+quân\s+(?:mỗi\s+năm\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_THIS_FIGURE = letter_led(
    r"(?:(?:con\s+số|số\s+liệu|mức|giá\s+trị)\s+(?:này|đó|ấy|tương\s+ứng)|(?<!\w)con\s+số)\s+(?:(?:đã|cũng|chỉ|mới|sẽ|ước|đều)\s+)*"
    r"(?:là|đạt|lên\s+tới|lên|chỉ|vượt(?:\s+mốc)?|chạm\s+mốc|(?:tăng|giảm)\s+(?:lên|xuống)(?:\s+(?:mức|tới|còn))?|còn)?\s*"
    r"(?:khoảng|hơn|gần|trên)?\s*$"
)
_EQUIVALENT = re.compile(r"\s*[,(]?\s*(?:tương\s+đương|quy\s+đổi|tức\s+là)(?:\s+với)?(?:\s+(?:khoảng|hơn|gần|trên))?\s*")
_ROUGH_CONVERSION = re.compile(r"\s*\(\s*(?:khoảng|~|xấp\s+xỉ)")
_SHARE_ASIDE = re.compile(r",\s*chiếm\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?[\d.,]+\s*%[^,;:]{0,60}(?=,)")
_BRACKET_RESTATED = re.compile(r"\s*\(\s*(?:khoảng|tương\s+đương|gần|hơn|trên|~)?\s*")
# "điều chỉnh 7 dự án DDI": domestic projects, named by their acronym; the capital after them is theirs too
_DOMESTIC_COUNT = re.compile(r"^\s*(?:lượt\s+)?dự\s+án\s+(?:đầu\s+tư\s+)?\(?\s*ddi(?!\w)")
_ADDED_CAPITAL_AFTER = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án(?:\s+f[dđ]i)?\s*,?\s*(?:với\s+)?(?:tổng\s+)?(?:số\s+)?vốn\s+(?:đầu\s+tư\s+)?(?:đăng\s+ký\s+)?(?:bổ\s+sung|tăng\s+thêm)"
)
_CHANGE_WORDS = re.compile(r"tăng\s+thêm|bổ\s+sung|điều\s+chỉnh")
_COUNTED_WITH_CAPITAL = re.compile(r"(?:thu\s+hút|cấp\s+(?:mới|phép)|chấp\s+thuận)[^.;]{0,80}?\d\s+(?:lượt\s+)?dự\s+án[^.;]{0,120}?"
                                   r"với\s+(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?\s+đăng\s+ký\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_NEW_WORD = re.compile(r"(?<!\w)mới(?!\w)")  # "cấp mới 9 dự án … vốn tăng thêm": the count's own verb says new
# "Trong số này có 24 khoản viện trợ mới …, với tổng vốn cam kết 898 nghìn USD": the same opening; "Trong các dự án
# mới có 5 dự án sản xuất phụ trợ": a part of the projects just counted
# ("Cụ thể, lĩnh vực y tế có 2 dự án, môi trường 6 dự án": the total's parts by field)
_OPENS_ON_PART = re.compile(
    r"\W*(?:cụ\s+thể\s*,\s*(?:(?:trong\s+)?(?:các\s+)?lĩnh\s+vực|ngành)(?!\w)|trong\s+(?:đó\s*,|đó\s+(?:có|gồm)(?!\w)|số\s+(?:này|đó)(?!\w)"
    r"|(?:các|những|số)\s+(?:dự\s+án|chương\s+trình|khoản|doanh\s+nghiệp|tổ\s+chức)(?!\w)[^,;.\d]{0,40}?(?:,|(?<!\w)có(?!\w))))"
)
# ("thứ hai là Nhật Bản với 629,48 triệu USD", "tiếp theo là Hàn Quốc với …": the next in the ranking)
_RANKED_WITH = re.compile(r"(?:(?:đứng|dẫn)\s+đầu|(?:đứng|xếp)\s+thứ\s+\w+|(?:(?<!\w)thứ\s+\w+|tiếp\s+(?:theo|đến|sau)|kế\s+(?:đến|tiếp))\s+là)"
                          r"(?:\s+\w+){0,4}?\s+với\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "... đạt 2 tỷ USD. Dự kiến năm 2027 đạt 2,3 tỷ USD.": a clause that is only a period (and a cue)
# repeats the paragraph's last money measure
# "… 1,3 tỷ USD vào năm 2025 và 1,7 tỷ USD …": only the first amount's year stands between two amounts
_ANOTHER_PERIOD_NEXT = re.compile(
    r"\s*(?:vào\s+|trong\s+|đến\s+|tới\s+)?(?:năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*,?\s*(?:và|còn|,)\s+"
    r"(?:(?:đến|vào|tới)\s+năm\s+\d{4}\s*(?:là|đạt)?\s*)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
)
# "… đạt 4,5 tỷ USD và năm 2025 đạt 9 tỷ USD": the next year's amount, its year before it, of the same measure
# ("Nếu năm 2019 xuất khẩu đạt 800 triệu USD thì năm 2020 chỉ đạt 700 triệu USD": the contrast's other year)
_ANOTHER_YEAR_NEXT = re.compile(
    r"\s*(?:…|\.\.\.)?\s*,?\s*(?:và|còn|;|thì)\s+(?:(?:đến|vào|tới|trong|sang)\s+)?năm\s+\d{4}\s*,?\s*"
    r"(?:(?:sẽ|phải|đã|chỉ|mới|cũng)\s+)?(?:đạt|là|lên)\s+"
    r"(?:mức\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
)
# "…, đưa tổng kim ngạch 7 tháng qua đạt …", "qua đó nâng tổng số lên …": the running total of the measure just given
# ("đạt 149,4 triệu USD, tăng 5,46% so với tháng 6, đưa tổng 7 tháng lên …": past the month's own change)
_BRINGING_TOTAL = re.compile(
    r"(?:\s*,\s*(?:tăng|giảm)\s+[\d.,]+\s*%(?:\s+so\s+với\s+[^,;.]{0,40})?)?"
    r"\s*,?\s*(?:qua\s+đó\s+|từ\s+đó\s+)?(?:đưa|nâng)\s+(?:tổng\s+)?(?:kim\s+ngạch|giá\s+trị|số\s+vốn|vốn)?[^,;.]{0,40}?"
    r"(?:đạt|lên|là)\s+(?:mức\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
)
# after a rank's number: "(đứng thứ 5) cả nước với 1,2 tỷ USD", "(xếp thứ 3), với …"
_AFTER_RANK = re.compile(r"\s*(?:/\s*\d+\s*)?(?:(?:trong\s+)?(?:cả\s+nước|toàn\s+quốc)\s*)?"
                         r"(?:là\s+(?:tỉnh|thành\s+phố|tp\.?)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*)?,?\s*với\s+(?:tổng\s+)?(?:số\s+)?(?:vốn\s+)?"
                         r"(?:đăng\s+ký\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_TRAILING_MEASURE = re.compile(r"\s*(?P<m>(?:tổng\s+)?(?:vốn|kim\s+ngạch)\s+(?:đầu\s+tư\s+)?(?:đăng\s+ký|fdi|xuất\s+khẩu|nhập\s+khẩu)"
                               r"[^,;.()\d]{0,30}?)(?=\s*(?:[,;.()]|và\s(?!(?:vốn\s+)?(?:tăng\s+thêm|điều\s+chỉnh|bổ\s+sung))|$))")
# ("hơn 320 triệu USD vốn tăng thêm của 30 dự án đang hoạt động": the projects' added capital, read up to their count)
_ADDED_MEASURE_AFTER = re.compile(r"\s*(?P<m>vốn\s+(?:tăng\s+thêm|bổ\s+sung))(?=\s+(?:của|cho)\s+(?:các\s+)?\d)")
# ("1,58 tỷ USD vốn FDI cấp mới và tăng thêm": "và" inside the measure joins new and added capital)
_TRADE_CODES = ("export_value", "import_value", "trade_value")
_PERIOD_THEN_TURNOVER = re.compile(
    r"^[\s,;]*(?:riêng\s+|còn\s+|sang\s+)?(?:trong\s+)?(?:\d+\s+tháng(?:\s+đầu)?(?:\s+năm)?|quý\s+[ivx\d]+|tháng\s+\d{1,2})(?:\s*/\s*\d{4})?"
    # ("Riêng tháng 2, do trùng với Tết Nguyên đán, kim ngạch chỉ đạt …": an aside before the trade)
    r"\s*,?\s*(?:[^\d.;]{0,80}?,\s*)?kim\s+ngạch\s+(?:(?:chỉ|mới|cũng|vẫn)\s+)?(?:ước\s+)?(?:đạt|là)\s*(?:khoảng|trên|hơn|gần)?\s*$"
)
def _trade_named(words: str) -> str | None:
    """The one kind of trade `words` name (the indicators' own trade words), or None when they name none or several."""
    kinds = {TRADE_INDICATOR[match.lastgroup] for match in TRADE.finditer(words)}
    return kinds.pop() if len(kinds) == 1 else None


_PERIOD_ONLY = re.compile(
    r"^[\s,;]*(?:(?:dự\s+kiến|phấn\s+đấu|ước\s+tính|ước|riêng|còn|l(?:ũy|uỹ)\s+kế)\s+)?(?:trong\s+|cả\s+)?"
    r"(?:năm\s+(?:\d{4}|nay|tới|sau)|\d+\s+tháng(?:\s+đầu)?(?:\s+năm)?(?:\s+\d{4})?|quý\s+[ivx\d]+(?:\s*/\s*\d{4})?|tháng\s+\d{1,2}(?:\s*/\s*\d{4})?"
    r"|l(?:ũy|uỹ)\s+kế(?:\s+từ\s+đầu\s+năm)?)"  # "…; lũy kế ước đạt 347 triệu USD": the running total of the same measure
    r"\s*,?\s*(?:sẽ\s+)?(?:ước\s+)?(?:đạt|là|lên)\s*(?:khoảng|trên|hơn|gần)?\s*$"
)
# the next item of a list of places with their amounts: "…), Bắc Ninh (", ", tiếp theo là Bắc Giang "
_GOODS_AND_SERVICES = re.compile(r"hàng\s+h(?:óa|oá)\s*(?:,|và)\s*dịch\s+vụ")
_GOODS_ONLY = re.compile(r"(?:xuất|nhập)\s+khẩu\s+hàng\s+h(?:óa|oá)(?!\s*(?:,|và)\s*dịch)")
_LIST_ITEM = re.compile(
    r"\s*\)?\s*(?:,|;|và|,\s*và)\s*(?:tiếp\s+(?:theo|đến)\s+(?:là\s+)?)?[^\d();,.]{2,40}?\s*\(?\s*"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?"
)
_PROJECTS_OF_THE_MONEY = re.compile(r"[^,;.\d]{0,40}?(?<!\w)(?:của|cho)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
_NAMED_SUBJECT_REACHED = re.compile(
    r"\W*(?:riêng\s+|còn\s+)?(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?[^\W\d_][^,;.\d()]{0,25}?\s+(?:ước\s+)?(?:đạt|thu\s+hút)\s+"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)
_TOTAL_AFTER_LIST = re.compile(r"[^,;.()\d]{0,40},\s*với\s+tổng\s+(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_NEXT_YEAR_S_ITEM = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:năm|vào\s+năm|trong\s+năm)\s+\d{4}\s*(?:,|;|và|,\s*và)\s*"
                               r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
# the next market of a trade just given: ", sang Nhật Bản", "và với Hàn Quốc khoảng"
_NEXT_MARKET = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:sang|với|từ)\s+[^\W\d_][^,;.()\d]{1,30}?\s+(?:(?:đạt|là)\s+)?"
                          r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
_IN_TURN = re.compile(r"(?<!\w)lần\s+lượt(?!\w)")
_LEVEL_OF_GROWTH = {"export_growth": "export_value", "import_growth": "import_value"}
_THEN_LEVEL = re.compile(r"[^,;.\d]{0,20}?\s*(?:,\s*)?(?:và\s+)?(?:sẽ\s+)?(?:đạt|lên|lên\s+mức)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
_FDI_CAPITALS = ("fdi_new_capital", "fdi_added_capital", "fdi_total_capital", "fdi_registered_capital")
# "133 dự án đã đi vào hoạt động": projects that started operating, no indicator (`indicators`)
_OPERATING_COUNT = re.compile(r"\s*(?:lượt\s+)?dự\s+án[^,;.\d]{0,30}?(?:đã\s+)?đi\s+vào\s+(?:hoạt\s+động|sản\s+xuất|vận\s+hành)")
_FDI_COUNTS = ("fdi_new_projects", "fdi_adjusted_projects", "fdi_active_projects")
_DOMESTIC_WORDS = re.compile(r"trong\s+nước|nội\s+địa|(?<!\w)ddi(?!\w)|ngân\s+sách")
_AWARDED_AT_EVENT = re.compile(
    r"(?<!\w)trao\s+(?:các\s+)?(?:giấy\s+)?(?:chứng\s+nhận|quyết\s+định)[^.;]{0,60}?(?<!\w)cho\s+(?:khoảng\s+|hơn\s+|gần\s+)?$")
_EVENT_OR_JUST = re.compile(r"(?<!\w)vừa\s+trao|tại\s+(?:hội\s+nghị|lễ|sự\s+kiện|buổi|diễn\s+đàn)|dịp\s+này|nhân\s+dịp")
_SIZED_PROJECTS = re.compile(
    r"\s*(?:lượt\s+)?dự\s+án(?:\s+f[dđ]i)?\s+(?:có\s+)?(?:quy\s+mô\s+)?(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?"
    r"\s+(?:(?:lớn\s+)?(?:trên|hơn|từ|dưới|vượt)|lớn\s+hơn)\s+"
)
# "Có 16 chương trình, dự án giải ngân trên 90%", "1 dự án chưa giải ngân được": projects sorted by how they spent
_FRONTED_BASE = re.compile(r"^\W*so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+(?P<y>(?:19|20)\d{2})|năm\s+trước|năm\s+ngoái)\s*\(\s*$")
_SORTED_BY_SPENDING = re.compile(
    # (not "61 dự án với tổng giá trị giải ngân hơn 4,57 triệu USD": the projects' spending told, no sort)
    r"\s*(?:chương\s+trình|dự\s+án|khoản)(?:\s*,\s*(?:dự\s+án|khoản(?:\s+viện\s+trợ)?))?(?:(?!với|tổng|giá\s+trị)[^\d,;.]){0,20}?"
    r"(?:chưa\s+(?:được\s+)?giải\s+ngân|giải\s+ngân\s+(?:được\s+)?(?:trên|dưới|đạt|hơn|từ)\s+\d)"
)
_HEADLINE_MAX = 200
_HEADLINE_PARAGRAPHS = 5
# a letterhead's five lines, the document's kind and subject ("THÔNG CÁO BÁO CHÍ", "Kết quả phiên họp …"), then its headline
_LETTERHEAD_LINES = 10
_LETTERHEAD = re.compile(r"(?:UBND|Ủ[YỶ]\s+BAN|SỞ\s|BAN\s|CỘNG\s+HÒA|TỈNH\s+ỦY|HĐND|BỘ\s)")
_SECTION_HEADING = re.compile(r"(?:[IVX]+|\d+|[a-z])[.)]\s")
_ROMAN_HEADING = re.compile(r"[IVX]+[.)]\s")
_DATELINE = re.compile(r"(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?:\s*\[?gmt\s*\+\s*7\]?)?)?")


def _is_rubric(line: str) -> bool:
    """A section label above a headline: "KINH TẾ - ĐẦU TƯ" (capitals only, no figure)."""
    return 3 <= len(line) <= 40 and line == line.upper() and not any(c.isdigit() for c in line)


class ObservationFinder(ObservationBuilding, PeriodReading, ScopeReading, ObservationFilters):
    """Wording rules run on `folded` (the case-folded text); names are read from `text`."""

    def __init__(
        self,
        text: str,
        folded: str,
        layout: Layout,
        periods: list[PeriodMention],
        timeline: Timeline,
        protected: list[tuple[int, int]],
        partners: list[Partner],
        scope: Scope | None = None,
    ) -> None:
        self.text, self.folded, self.layout, self.timeline = text, folded, layout, timeline
        self.periods = [p for p in periods if p.base_until is None]
        self._period_starts = [p.start for p in self.periods]
        self._bases = [p for p in periods if p.base_until is not None]  # read only by the figures in their brackets
        self.protected = sorted(protected + [(p.start, p.end) for p in periods])
        self.localities = [p for p in partners if p.partner_type == "locality"]
        self.scope = scope
        # scanned once for the whole text, then read sentence by sentence
        self.quantities = [q for q in find_quantities(folded) if not self._is_protected(q)]
        self._quantity_starts = [q.start for q in self.quantities]
        self.goals = Goals(text, folded, layout, self._has_figure, timeline.reference_date)
        self._topics = topic_mentions(folded)  # (end, topic), in order
        self._topic_ends = [end for end, _ in self._topics]
        self._section_headings: list[tuple[int, str]] | None = None  # Roman-numbered headings: (start, topic or "")
        self.attributes = find_attributes(folded, 0, len(folded))
        self._changes_in_turn = any(a.in_turn for a in self.attributes)  # ("tăng 29% và 19%": rare, looked for once)
        self._attribute_starts = [a.start for a in self.attributes]
        self._restated: list[Quantity] = []  # body amounts restated in another currency
        self._set_aside: list[Quantity] = []  # body figures found to be a part's, the nation's or another place's
        self._headline_topic_read: str | None | bool = False  # False: not read yet
        self._paragraph_found: list[Observation] = []
        self._previous_found: list[Observation] = []  # the last paragraph with figures, for a part opening the next
        self._found_in: dict[int, list[Observation]] = {}  # by paragraph: what a list's introduction counted
        # totals a later part replaced ("hàng hóa và dịch vụ" by the goods), by id: the objects are held here so that no
        # later figure is given the id of one set free
        self._superseded: dict[int, Observation] = {}

    def find(self) -> list[Observation]:
        found: dict[tuple, Observation] = {}
        paragraph, topic, salutation = -1, None, False
        headline = self._letterhead_headline_end() or 0
        for sentence in self.layout.sentences:
            if sentence.paragraph != paragraph:
                # (a paragraph whose figures were all set aside — "18 dự án đầu tư mới … 7.000 tỷ đồng", all investors' —
                # is the one a part opening the next refers to; a heading without figures is skipped)
                if getattr(self, "_paragraph_found", None) or (paragraph >= 0 and self._has_figure(
                        self.layout.paragraphs[paragraph].start, self.layout.paragraphs[paragraph].end)):
                    self._previous_found = self._paragraph_found
                paragraph, topic, self._paragraph_found, self._paragraph_money = sentence.paragraph, None, [], None
                self._found_in[paragraph] = self._paragraph_found
                # "Kính thưa đại diện 19 tổ chức phi chính phủ nước ngoài,": those addressed, no figure of the province
                salutation = self.folded.startswith(_SALUTATIONS, self.layout.paragraphs[paragraph].start)
            if salutation:
                continue
            if topic == "fdi" and _DOMESTIC_TURN.match(self.folded, max(0, sentence.start - 2)):
                topic = None  # the paragraph turns from foreign investors to domestic ones, or to all
            if any(lead in self.folded[sentence.start : sentence.start + 8] for lead in _BREAKDOWN_LEADS) \
                    and _BREAKDOWN_SENTENCE.match(self.folded, sentence.start):
                continue  # "Phân theo lĩnh vực, … có 82 dự án công nghiệp; 24 dự án xây dựng": the parts of a total by field
            for observation in self._read_sentence(sentence, topic):
                self._paragraph_found.append(observation)
                if self._restated_without_period(observation, sentence, found, headline):
                    continue
                known = found.get(observation.key)
                if known is None or known.start < headline <= observation.start:
                    found[observation.key] = observation  # the body's wording (change, plan share) over the headline's
                topic = topic_of_indicator(observation.indicator) or topic
        # a figure with no period the text states or implies (no year anywhere) cannot be recorded, nor an amount in a
        # currency the records do not keep ("3,6 tỷ nhân dân tệ" through a gate on the other side)
        # (nor investment or aid over a single day: "Ngày 21/5, tỉnh trao giấy chứng nhận cho 5 dự án FDI …", a ceremony's batch)
        kept = [o for o in found.values() if o.period is not None and o.unit in _RECORDED_UNITS and id(o) not in self._superseded
                and not (o.indicator in _BATCH_CODES and o.period.start is not None and o.period.start == o.period.end)]
        kept = self._without_section_heading_repeats(
            self._without_headline_repeats(without_rounded_repeats(with_sums_registered(kept))))
        return self._with_shares_of_the_stock(kept)

    def _headline_end(self) -> int | None:
        paragraphs = self.layout.paragraphs
        if len(paragraphs) < 2:
            return None
        first = self.text[paragraphs[0].start : paragraphs[0].end].strip()
        if _DATELINE.fullmatch(first.lower()) and len(paragraphs) > 2:
            # "29/11/2016" on a line above the headline: the headline is the next paragraph
            first = self.text[paragraphs[1].start : paragraphs[1].end].strip()
            return paragraphs[1].end if len(first) <= _HEADLINE_MAX and not first.endswith((".", ":", ";")) else None
        return paragraphs[0].end if len(first) <= _HEADLINE_MAX and not first.endswith((".", ":", ";")) else None

    def _letterhead_headline_end(self) -> int | None:
        """Under a letterhead, the bulletin's name and number, then its headline: every short line before the body;
        under a rubric ("KINH TẾ - ĐẦU TƯ", above or below a dateline), the headline after it."""
        paragraphs, end = self.layout.paragraphs, self._headline_end()
        if end is None:
            return end
        heading = next(i for i, p in enumerate(paragraphs) if p.end == end)
        if _LETTERHEAD.match(self.text, paragraphs[0].start):
            for paragraph in paragraphs[1:_LETTERHEAD_LINES]:
                line = self.text[paragraph.start : paragraph.end].strip()
                if len(line) > _HEADLINE_MAX or line.endswith((".", ":", ";")) or _SECTION_HEADING.match(line):
                    break
                end = paragraph.end
        elif _is_rubric(self.text[paragraphs[heading].start : paragraphs[heading].end].strip()) and heading + 1 < len(paragraphs):
            following = heading + 1
            line = self.text[paragraphs[following].start : paragraphs[following].end].strip()
            if _DATELINE.fullmatch(line.lower()) and following + 1 < len(paragraphs):
                following += 1  # "KINH TẾ - ĐẦU TƯ" over "Thứ Hai, 08/01/2018": the headline under the dateline
                line = self.text[paragraphs[following].start : paragraphs[following].end].strip()
            if len(line) <= _HEADLINE_MAX and not line.endswith((".", ":", ";")):
                end = paragraphs[following].end
        # "Thứ Hai, 12/5/2025 - 07:30", then an editor's note in brackets, then the headline: both are passed over
        last = next(i for i, p in enumerate(paragraphs) if p.end == end)
        for paragraph in paragraphs[last + 1 : _HEADLINE_PARAGRAPHS + 2]:
            line = self.text[paragraph.start : paragraph.end].strip()
            if _DATELINE.fullmatch(line.lower()) or bracketed_aside(line):
                continue
            if len(line) > _HEADLINE_MAX or line.endswith((".", ":", ";")) or _SECTION_HEADING.match(line):
                break
            end = paragraph.end
        return end

    # --- one sentence ---------------------------------------------------------------

    def _read_sentence(self, sentence: Sentence, paragraph_topic: str | None = None) -> list[Observation]:
        text = self.folded
        attributes = between(self.attributes, self._attribute_starts, sentence.start, sentence.end)
        quantities = [
            q
            for q in between(self.quantities, self._quantity_starts, sentence.start, sentence.end)
            if not any(a.start <= q.start < a.end for a in attributes)
        ]
        found: list[Observation] = []
        recent_topic = self._recent_topic(sentence.start)
        previous: Figure | None = None
        breakdown_of: set[str] = set()
        breakdown_wide: set[str] = set()  # every indicator of the sentence before its "trong đó"
        origin_share: Quantity | None = None  # the last share by the investors' origin kept after "trong đó"
        breakdown_topic: str | None = None
        domestic_capital: list[Quantity] = []  # the capital of domestic projects counted just before
        opening_part: set[str] = set()  # the measures of the figures just before a sentence opening on a part
        opening_end = sentence.end
        # (the paragraph before only for a sentence opening its paragraph: "… quy đổi 698 triệu USD. Trong đó, …" has
        # its total just before, set aside, not in the paragraph before)
        opens_paragraph = sentence.start <= self.layout.paragraphs[sentence.paragraph].start + 1
        earlier = self._paragraph_found or (self._previous_found if opens_paragraph else [])
        # "243 dự án cấp mới và điều chỉnh tăng vốn … . Trong số này có … 99 dự án FDI với 1,6 tỷ USD": the parts of
        # new and adjusted projects together are too
        # (unless the part names its own form: "Trong đó có 283 dự án cấp mới, vốn đăng ký …", "Trong đó, các nhà đầu tư
        # đăng ký mới 339 dự án …; vốn đăng ký cấp mới đạt …" are the new ones)
        of_new_and_adjusted = sentence.start > 0 and _OPENS_ON_PART.match(text, sentence.start) is not None \
            and NEW_AND_ADJUSTED.search(text, self.layout.sentence_at(sentence.start - 1).start, sentence.start) is not None \
            and OWN_FORM_AFTER.search(text, sentence.start, sentence.end) is None \
            and _OWN_NEW_FORM_BEFORE.search(text, sentence.start, sentence.end) is None
        if earlier and _OPENS_ON_PART.match(text, sentence.start):
            # "… đạt 4,78 tỷ USD. Trong đó, kim ngạch (trừ dầu thô) đạt 3,26 tỷ USD": a part of the total before
            if self._paragraph_found:
                breakdown_of.add(self._paragraph_found[-1].indicator)
            # "… 15 dự án, tổng vốn 2 triệu USD.¶Trong số đó, 7 dự án …, vốn cam kết 688.000 USD": any measure given
            # just before (the paragraph before, when the part opens one) has its parts, up to the next full stop
            opening_part = {o.indicator for o in earlier if o.counterpart is None}
            stop = text.find(". ", sentence.start, sentence.end)
            opening_end = stop if stop >= 0 else sentence.end
        if opens_paragraph and (introduction := self._list_introduction_index(sentence.paragraph)) is not None \
                and _BREAKDOWN_INTRODUCTION.search(text, self.layout.paragraphs[introduction].start, self.layout.paragraphs[introduction].end):
            # "Hiện có 28 dự án ODA đang thực hiện … . Cụ thể:" then "- 05 dự án đã kết thúc …": each item counts a part
            # of the projects the introduction counted
            breakdown_of.update(o.indicator for o in self._found_in.get(introduction, []) if o.indicator in _PROJECTS_UNDER_WAY)
        history: list[Figure] = []  # the figures read so far in the sentence
        trailing_end = -1  # the end of a measure written after the last amount ("… tỷ USD vốn đăng ký cấp mới")
        operating: Quantity | None = None  # the last count of projects that started operating (no indicator)
        sizes: set[Quantity] = set()  # sizes projects are counted by ("dự án có vốn trên 100 triệu USD")
        for i, quantity in enumerate(quantities):
            if quantity.kind == "number" and quantity.high is None and 1900 <= quantity.low <= 2100 \
                    and text.endswith("năm ", 0, quantity.start):
                continue  # "(cùng kỳ năm 2020: 5 đoàn)": a compared year, no count
            clause_start = self.layout.clause_start(sentence, quantity.start)
            left_start = max(clause_start, previous.quantity.end if previous else sentence.start)
            if previous is not None and (not history or history[-1] is not previous):
                history.append(previous)
            if left_start <= trailing_end <= quantity.start:
                left_start = trailing_end
            if previous is not None and self._bracket_closed(previous.quantity, quantity.start):
                # "71 dự án (22 dự án trong KCN và 49 dự án ngoài KCN) với tổng vốn …": the bracket's
                # breakdown is over; the figure goes with the one before the bracket
                opened = text.rfind("(", 0, previous.quantity.start)
                previous = next((f for f in reversed(history) if f.quantity.end <= opened), None)
                left_start = max(left_start, text.rfind(")", 0, quantity.start) + 1)
            elif previous is not None and quantity.kind == "money" and history \
                    and "tổng" in text[max(previous.quantity.end, quantity.start - 60) : quantity.start] \
                    and _TOTAL_AFTER_LIST.search(text, previous.quantity.end, quantity.start):
                # "74 dự án …, gồm 24 dự án trong KCN và 50 dự án ngoài KCN, với tổng vốn 649 triệu USD": the list is
                # over; the capital goes with the count before "gồm"
                listed = text.rfind("gồm", history[0].quantity.end, previous.quantity.start)
                whole = next((f for f in reversed(history) if f.quantity.end <= listed), None) if listed >= 0 else None
                if whole is not None and whole.quantity.kind == "number":
                    previous, left_start = whole, max(left_start, text.rfind(",", 0, quantity.start) + 1)
            next_start = quantities[i + 1].start if i + 1 < len(quantities) else sentence.end
            clause_end = self.layout.clause_end(sentence, quantity.end)
            right_end = min(next_start, clause_end, colon(text, quantity.end, next_start))
            same_clause = previous is not None and previous.quantity.end >= clause_start
            if previous is not None and _BREAKDOWN.search(text, previous.quantity.end, quantity.start):
                # "18 chương trình, dự án của 15 tổ chức, trong đó 12 dự án ...": a part of any total before
                if not previous.elsewhere:  # "cả nước đạt 38 tỷ USD; trong đó, tỉnh thu hút ...": not a part of it
                    breakdown_of.add(previous.indicator)
                    # "tiếp nhận 25 khoản viện trợ, gồm 16 chương trình, dự án và 9 khoản phi dự án": the aid's items split
                    if previous.indicator in _AID_ITEMS and _ITEMS_LISTED.search(text, previous.quantity.end, quantity.start):
                        breakdown_of.update(_AID_ITEMS)
                breakdown_wide.update(o.indicator for o in found)
                breakdown_topic = topic_of_indicator(previous.indicator) or breakdown_topic
            context = FigureContext(
                kind=quantity.kind,
                scaled=quantity.scaled,
                per_year=quantity.per_year,
                left=text[left_start : quantity.start],
                right=text[quantity.end : right_end],
                clause_right=text[quantity.end : min(clause_end, quantity.end + 200)],
                sentence_right=text[quantity.end : sentence.end],
                sentence_left=text[sentence.start : quantity.start],
                previous_indicator=(previous.indicator or None) if same_clause else None,
                breakdown_topic=breakdown_topic,
                sentence_previous=(previous.indicator or None) if previous is not None else None,  # ("" for a part set aside)
                paragraph_topic=paragraph_topic,
                recent_topic=recent_topic,
                out_of=quantity.out_of,
                abroad=self._abroad(quantity, left_start, right_end),
                foreign_partner_places=self._foreign_partner_places(quantity, left_start, right_end),
                workers_counted=any(o.indicator == "workers_abroad" for o in self._paragraph_found)
                or any(o.indicator == "workers_abroad" for o in found),
                paragraph_previous=self._paragraph_found[-1].indicator if self._paragraph_found else None,
                foreign_investor=self._foreign_investor(quantity, left_start, right_end),
                currency=quantity.unit if quantity.kind == "money" else None,
            )
            base = self._comparison_base(context, previous, found)
            if base is not None:
                bound = qualifier(context.left[-12:], "")  # ("mức hơn 1,6 tỷ USD của năm 2023": a bound, not an estimate)
                found.append(base.restated(quantity, self._evidence_start(left_start, quantity.start),
                                           bound if bound != "estimate" else None))
                continue
            if i and quantity.kind == "money" and (before := quantities[i - 1]).kind == "money" and before.unit != quantity.unit \
                    and (previous is None or previous.quantity is not before) \
                    and _BRACKET_RESTATED.fullmatch(text, before.end, quantity.start):
                continue  # "… doanh thu … đạt 1.220 tỷ đồng (khoảng 61 triệu USD)": an amount left out, restated
            if previous is not None and previous.quantity.kind == "money" and quantity.kind == "money" \
                    and previous.quantity.unit != quantity.unit and _BRACKET_RESTATED.fullmatch(text, previous.quantity.end, quantity.start):
                if previous.quantity.unit == "VND" and quantity.unit == "USD" and found and found[-1].unit == "VND" \
                        and found[-1].low == previous.quantity.low and not found[-1].indicator.startswith("oda_") \
                        and _ROUGH_CONVERSION.match(text, previous.quantity.end, quantity.start) is None:
                    # "25,4 tỷ đồng (tương đương 1.104.469 USD)", "vốn tăng thêm hơn 212 tỷ đồng (9,3 triệu USD)":
                    # aid, investment and trade are counted in dollars (ODA in either), as SCHEMA counts them; a rough
                    # conversion ("(khoảng 42 triệu USD)") leaves the amount as written
                    found[-1] = replace(found[-1], low=quantity.low, high=quantity.high, unit="USD", end=quantity.end)
                continue  # "1.000 tỷ đồng (khoảng 42 triệu USD)": the same amount in another currency
            if previous is not None and previous.quantity.unit == "VND" and quantity.unit == "USD" and found \
                    and found[-1].unit == "VND" and found[-1].low == previous.quantity.low \
                    and _EQUIVALENT.fullmatch(text, previous.quantity.end, quantity.start):
                # "287.227 triệu đồng, tương đương 13,64 triệu USD": one amount, kept in dollars as SCHEMA counts it
                found[-1] = replace(found[-1], low=quantity.low, high=quantity.high, unit="USD", end=quantity.end)
                continue
            if self._revoked(context):
                # its capital goes with it ("47 dự án ODA đã hoàn thành, 9 dự án đang triển khai": aid's stays aid's)
                aid = topic_around(context) if context.kind == "number" else None
                previous = Figure(quantity, f"{aid}_projects" if aid in ("oda", "ngo") else "fdi_new_projects", elsewhere=True)
                continue  # projects revoked or ended are no indicator
            if quantity in domestic_capital:
                # the domestic projects' own capital; not set aside, so the list's next item stays the province's
                previous = Figure(quantity, "fdi_added_capital" if _CHANGE_WORDS.search(context.left) else "fdi_new_capital")
                continue
            if _DOMESTIC_COUNT.search(context.right[:30]):
                after = quantities[i + 1] if i + 1 < len(quantities) else None
                if after is not None and after.kind == "money" and _LINKED.match(text[quantity.end : after.start]):
                    domestic_capital.append(after)
                previous = Figure(quantity, "fdi_new_projects", elsewhere=True)
                continue
            if self._no_level(quantity, context, clause_start, sentence):
                continue
            if quantity.kind == "number" and "giải ngân" in text[quantity.end:quantity.end + 80] \
                    and _SORTED_BY_SPENDING.match(text, quantity.end):
                continue
            if quantity.kind == "number" and "trao" in context.left and _AWARDED_AT_EVENT.search(context.left) \
                    and _EVENT_OR_JUST.search(text, sentence.start, quantity.start):
                # "Hải Phòng vừa trao giấy chứng nhận đầu tư cho 11 dự án FDI với tổng vốn 961,5 triệu USD": one
                # ceremony's batch, not the period's count (its capital goes with it)
                previous = Figure(quantity, "fdi_new_projects", elsewhere=True)
                continue
            if quantity in sizes:
                continue  # the size named after "dự án có vốn trên"
            if quantity.kind == "number" and (sized := _SIZED_PROJECTS.match(text, quantity.end)) is not None:
                # "nhờ 3 dự án có vốn trên 100 triệu USD": projects counted by their size, and the size itself
                sizes.update(q for q in quantities[i + 1:i + 2] if q.start == sized.end())
                continue
            if self._change_amount(quantity, previous.quantity if previous is not None else None, context) \
                    or self._margin_over_plan(quantity, previous.quantity if previous is not None else None, context):
                continue  # "nhiều hơn cùng kỳ năm trước 179 dự án", "vượt kế hoạch 101 triệu USD": a change as an amount
            if self._same_projects_again(quantity, context, found):
                continue  # "… triển khai 28 dự án. Tổng vốn cam kết của 28 dự án là …": the same projects again
            if self._one_unit_or_pending(sentence, quantity, context):
                continue
            if self._neither_done_nor_goal(sentence, quantity, context):
                continue  # "trong 5 năm tới tổ chức sẽ thực hiện 5 chương trình": neither done nor the province's goal
            code = self._same_figure_again(context, found) or indicator_for(context)
            if code is not None and code.startswith("fdi_") and ("đầu tư" in context.sentence_left or "đầu tư" in context.right) \
                    and self._invested_abroad(sentence, quantity):
                continue  # the province's own firms' projects abroad
            if code is not None and quantity.kind == "number" and "trong" in context.left \
                    and _AMONG_COUNT_BEFORE.search(context.left) and _THESE_AFTER.match(context.right):
                # "Trong 6 dự án này có 3 dự án công nghiệp với 18 triệu USD …": the projects counted before, then their
                # parts by field (not by form: "Trong tổng số 344 dự án nói trên có 283 dự án cấp mới" are the new ones)
                if OWN_FORM_AFTER.search(text, quantity.end, sentence.end) is None:
                    breakdown_of.update(c for c in (code, CAPITAL_OF.get(code), AID_VALUE_OF.get(code)) if c)
                self._restated.append(quantity)
                previous = Figure(quantity, code)
                continue
            trailing = (_TRAILING_MEASURE.match(context.right) or _ADDED_MEASURE_AFTER.match(context.clause_right)) \
                if quantity.kind == "money" else None
            if trailing is not None:
                # "5,11 tỷ USD tổng vốn đăng ký, gồm 1,89 tỷ USD vốn đăng ký cấp mới, …": the measure written
                # after the amount is its own, and the next amount's left starts after it
                own = indicator_for(replace(context, left=" " + trailing["m"] + " ", right="", previous_indicator=None))
                if own is not None and not (own == "fdi_registered_capital" and code in _FDI_CAPITALS):
                    code = own  # a bare "vốn đăng ký" after it does not undo the projects' own reading
                trailing_end = quantity.end + trailing.end()
            if code is None and quantity.kind == "money" and (_RANKED_WITH.search(context.left) or _PERIOD_ONLY.match(context.left)):
                # "..., toàn vùng xuất khẩu 2,3 tỷ USD. Tỉnh A tiếp tục đứng đầu với 659 triệu USD"
                code = getattr(self, "_paragraph_money", None)
            if code is None and quantity.kind == "money" and getattr(self, "_paragraph_money", None) in _TRADE_CODES \
                    and _PERIOD_THEN_TURNOVER.match(context.left):
                # "… xuất khẩu được 6,9 tỷ USD. Riêng tháng 4, kim ngạch đạt hơn 2 tỷ USD": the trade just given
                code = self._paragraph_money
            if code is None and quantity.kind == "money" and getattr(self, "_paragraph_money", None) is None \
                    and (_PERIOD_THEN_TURNOVER.match(context.left) or _PERIOD_ONLY.match(context.left)):
                # "Diễn biến xuất khẩu không đều giữa các tháng. Riêng tháng 2, kim ngạch đạt 48 triệu USD", "Từ quý III, xuất
                # khẩu đảo chiều. Tháng 9/2023 đạt 1,563 tỷ USD": the one trade the paragraph has named before any figure
                code = _trade_named(text[self.layout.paragraphs[sentence.paragraph].start : sentence.start].lower())
            if code is None and quantity.kind == "money" and previous is None and "trong" in context.left \
                    and _AMONG_THEM.match(context.left) and sentence.start > 0:
                before = self.layout.sentence_at(sentence.start - 1)
                code = indicator_for(replace(context, left=text[before.start:before.end], right="", previous_indicator=None))
            if code is None and quantity.kind == "money" and quantity.start < opening_end and not _DOMESTIC_WORDS.search(context.left):
                # "… thu hút 1,5 tỷ USD vốn FDI. Trong đó, giai đoạn 2021 - 2025 dự kiến thu hút 0,6 tỷ USD": the part's
                # measure is the one money measure just given
                money = {measure for measure in opening_part if INDICATORS[measure].unit == "money"}
                code = money.pop() if len(money) == 1 else None
            if code is None and quantity.kind == "money" and previous is None and getattr(self, "_paragraph_money", None) \
                    and _NAMED_SUBJECT_REACHED.match(context.left) and self.scope is not None \
                    and self.scope.names_the_province(left_start, quantity.start):
                # "Cả nước xuất khẩu 300 tỷ USD. Bắc Giang đạt 20 tỷ USD, …": the province named, the measure just given
                code = self._paragraph_money
            if code is None and quantity.kind == "money" and previous is not None and previous.indicator == "fdi_rank" \
                    and not previous.elsewhere and _AFTER_RANK.match(context.left):
                # "Tỉnh đứng thứ 5 cả nước với 1,2 tỷ USD": the FDI the rank is for
                code = getattr(self, "_paragraph_money", None) or "fdi_registered_capital"
            if code is None and quantity.kind == "money" and previous is not None and same_clause \
                    and INDICATORS.get(previous.indicator) is not None and INDICATORS[previous.indicator].unit == "money" \
                    and _LIST_ITEM.fullmatch(text, previous.quantity.end, quantity.start) and self.scope is not None \
                    and (self.scope.names_a_province(previous.quantity.end, quantity.start)
                         or (previous.indicator in _FDI_CAPITALS and self.scope.names_a_country(previous.quantity.end, quantity.start))):
                # "TP Hồ Chí Minh (3,5 tỷ USD), Bắc Ninh (2,49 tỷ USD)", "Nhật Bản dẫn đầu với 10,2 tỷ USD, tiếp đến là Singapore
                # 6,6 tỷ USD": the list's measure, place by place or investor by investor
                code = previous.indicator
            if code is None and quantity.kind == "money" and previous is not None and previous.quantity.kind == "money" \
                    and not previous.elsewhere and INDICATORS.get(previous.indicator) is not None \
                    and (_ANOTHER_PERIOD_NEXT.fullmatch(text, previous.quantity.end, quantity.start)
                         or _ANOTHER_YEAR_NEXT.fullmatch(text, previous.quantity.end, quantity.start)):
                code = previous.indicator  # "1,3 tỷ USD vào năm 2025 và 1,7 tỷ USD vào năm 2030": the same measure, another year
            if code is None and previous is not None and not previous.elsewhere and previous.quantity.kind == quantity.kind \
                    and INDICATORS.get(previous.indicator) is not None \
                    and _NEXT_YEAR_S_ITEM.fullmatch(text, previous.quantity.end, quantity.start):
                code = previous.indicator  # "chỉ đạt 436 người năm 2020, 395 người năm 2021 và 978 người năm 2022"
            if code is None and previous is not None and same_clause and not previous.elsewhere \
                    and previous.quantity.kind == quantity.kind and INDICATORS.get(previous.indicator) is not None \
                    and NEXT_IN_TURN.fullmatch(text, previous.quantity.end, quantity.start) \
                    and _IN_TURN.search(text, sentence.start, previous.quantity.start):
                code = previous.indicator  # "… lần lượt đạt 150 triệu USD và 1,6 tỷ USD": the same measure, in turn
                in_turn = trades_in_turn(text, sentence.start, previous.quantity.start)
                if in_turn is not None and code == in_turn[0]:
                    code = in_turn[1]  # "xuất khẩu và nhập khẩu lần lượt đạt 4,2 tỷ USD và 3,5 tỷ USD": the other trade
            if code is None and quantity.kind == "money" and previous is not None and same_clause and not previous.elsewhere \
                    and previous.indicator in _LEVEL_OF_GROWTH and _THEN_LEVEL.fullmatch(context.left):
                # "kim ngạch tăng bình quân 13% mỗi năm và đạt 2,6 tỷ USD vào năm 2025": the level the growth leads to
                code = _LEVEL_OF_GROWTH[previous.indicator]
            if code is None and previous is not None and not previous.elsewhere \
                    and previous.quantity.kind == quantity.kind and INDICATORS.get(previous.indicator) is not None \
                    and _BRINGING_TOTAL.fullmatch(text, previous.quantity.end, quantity.start):
                code = previous.indicator  # "tháng 7 đạt 721 triệu USD, đưa tổng kim ngạch 7 tháng qua đạt 4,78 tỷ USD"
            if code is None and quantity.kind == "money" and previous is not None and not previous.elsewhere \
                    and previous.indicator in _TRADE_CODES and _NEXT_MARKET.fullmatch(text, previous.quantity.end, quantity.start) \
                    and self.scope is not None and self.scope.names_a_country(previous.quantity.end, quantity.start):
                code = previous.indicator  # "xuất khẩu sang Trung Quốc đạt 584 triệu USD, sang Nhật Bản 244 triệu USD"
            if code is None and quantity.kind == "number" and is_part(context.left, context.right):
                self._set_aside.append(quantity)
                previous = Figure(quantity, "", elsewhere=True)  # "các khu công nghiệp thu hút 49 dự án, gồm 33 dự án FDI"
                continue
            if code is None:
                if quantity.unit == "VND" and previous is not None and same_clause and previous.indicator in _FDI_COUNTS \
                        and found and found[-1].indicator == previous.indicator and found[-1].end <= quantity.start \
                        and _LINKED.match(context.left) and not names_fdi(context.sentence_left):
                    found.pop()  # "trao chứng nhận cho 8 dự án với tổng vốn 3.500 tỷ đồng": not FDI projects
                if quantity.kind == "number" and _OPERATING_COUNT.match(context.right):
                    operating = quantity  # its registered capital goes with it
                continue
            if INDICATORS[code].stock and _RAISED_SINCE_JANUARY.search(context.left):
                # "vận động được 01 dự án, nâng tổng số dự án từ đầu năm đến nay lên 16": the year's tally of
                # what was just counted, not the stock
                flow = next((o.indicator for o in reversed(found) if not INDICATORS[o.indicator].stock
                             and INDICATORS[o.indicator].unit == INDICATORS[code].unit), None)
                code = flow or code
            if code in _ADDED_CODES and (_REDUCED_BEFORE.search(context.left) or _REDUCED_AFTER.match(context.right)):
                previous = Figure(quantity, code, elsewhere=True)
                continue  # "16 dự án điều chỉnh giảm vốn với tổng vốn giảm 4,8 triệu USD": capital taken out, not added
            if code == "ngo_new_commitments" and "tiếp nhận" in context.left \
                    and _NEW_AMONG_NEXT.match(text, sentence.end) is not None:
                code = "ngo_projects"
            if code == "fdi_new_projects" and _ADDED_CAPITAL_AFTER.match(context.right) and not _NEW_WORD.search(context.left):
                code = "fdi_adjusted_projects"  # "32 dự án FDI vốn đăng ký bổ sung 161 triệu USD": projects that added capital
            if of_new_and_adjusted and code in ("fdi_new_projects", "fdi_new_capital"):
                if code == "fdi_new_projects":
                    previous = Figure(quantity, code)  # no count of its own; the capital after it is the province's
                    continue
                code = "fdi_registered_capital"
            if code in FLOW_OF_STOCK and (self._stock_by_origin(context, sentence, quantity, left_start, right_end) or (
                    quantity.start < opening_end and FLOW_OF_STOCK[code] in opening_part and code not in opening_part)):
                # "… có 74 dự án FDI … . Trong số đó, nhà đầu tư Nhật Bản có 6 dự án": a part of a stock is a stock
                code = FLOW_OF_STOCK[code]
            if (code in _FDI_COUNTS or (code in _FDI_CAPITALS and quantity.unit == "VND")) and self._mixed_total(quantity, sentence) \
                    or (code in _FDI_CAPITALS and quantity.unit == "USD" and not names_fdi(context.sentence_left)
                        and self._foreign_share_follows(quantity, sentence)):
                # ("tổng vốn đầu tư đăng ký đạt gần 3 tỷ USD, trong đó vốn của các dự án FDI hơn 2,8 tỷ USD": dollars too)
                # "983 dự án, gồm 765 dự án trong nước và 218 dự án nước ngoài": both kinds together, whose foreign part is
                # the province's, unless the total is another scope's ("các KCN thu hút …"): its parts are that scope's too
                other_scope = (previous is None or not previous.elsewhere) \
                    and self._not_the_province_s(code, context, left_start, quantity.start, previous, same_clause)
                previous = Figure(quantity, code, elsewhere=True, mixed=not other_scope)
                continue
            if code.startswith("fdi_") and quantity.unit == "VND" and self._dollars_follow(quantities, i):
                continue  # "vốn đăng ký 31,2 nghìn tỷ đồng và 1,45 tỷ USD": domestic in đồng, foreign in dollars
            if code == "fdi_registered_capital" and i and quantities[i - 1].unit == "VND" and self._dollars_follow(quantities, i - 1) \
                    and _COUNTED_WITH_CAPITAL.search(text, sentence.start, quantities[i - 1].start) is not None:
                # "thu hút 33 dự án đầu tư trực tiếp với tổng vốn đăng ký 8.949 tỷ đồng và 131,4 triệu USD": the projects
                # attracted, domestic in đồng, the foreign ones' new capital in dollars
                code = "fdi_new_capital"
            if code in REGISTERED_CAPITALS and operating is not None and operating.end >= clause_start \
                    and (previous is None or previous.quantity.end <= operating.end) and _LINKED.match(text[operating.end:quantity.start]):
                # "133 dự án đã đi vào hoạt động với vốn đăng ký 1.325,5 triệu USD": the operating projects' share of the
                # capital registered (what they have put in, "vốn thực hiện", keeps its own reading)
                self._set_aside.append(quantity)
                continue
            if self._more_of_a_standing(INDICATORS[code].stock, context):
                previous = Figure(quantity, code, elsewhere=True)
                continue
            if INDICATORS[code].unit == "money":
                self._paragraph_money = code
            if self._not_the_province_s(code, context, left_start, quantity.start, previous, same_clause):
                if is_restated(context.left):
                    self._restated.append(quantity)  # a headline may repeat it in this currency
                else:
                    self._set_aside.append(quantity)
                previous = Figure(quantity, code, elsewhere=True)
                continue
            if code in FLOW_OF_STOCK and ((("nâng" in context.left or "đưa" in context.left) and RAISED_TOTAL.search(context.left))
                                          or ("số dự án" in context.left and _TOTAL_TO_DATE.search(context.left)
                                              and _TO_A_DATE.search(context.sentence_left))
                                          or (_IN_SUM_TOTAL.match(text, sentence.start) is not None
                                              and not self._periods_between(sentence.start, sentence.end))
                                          or self._part_of_a_standing_before(sentence)):
                # "…, nâng tổng số dự án FDI lên 85 dự án, tổng vốn 2,05 tỷ USD", "đến giữa năm 2013, tổng số dự án có
                # vốn đầu tư nước ngoài được cấp phép đạt 77 dự án": the total now
                code = FLOW_OF_STOCK[code]
            # ("41 dự án FDI của Hàn Quốc, chiếm 27,08% tổng số dự án …, với tổng vốn đăng ký trên 413 triệu USD": past the
            # count's share, its capital)
            linked = found and same_clause and previous.indicator == found[-1].indicator and (
                _LINKED.match(context.left) or ("chiếm" in context.left and _LINKED.match(_SHARE_ASIDE.sub("", context.left, 1))))
            # "các nhà đầu tư Hàn Quốc có 6 dự án, tổng vốn ...": theirs too
            counterpart = (found[-1].counterpart if linked else None) \
                or self._counterpart(left_start, right_end, quantity, investment=code.startswith("fdi_"))
            if code == "partner_localities" and counterpart is not None:
                # ("với 9 tỉnh của Lào": the country of the places counted)
                if not (context.foreign_partner_places or self._among_those_counted(left_start, quantity, right_end)):
                    previous = Figure(quantity, code, elsewhere=True)
                    continue  # "X đã thiết lập quan hệ với 8 địa phương": the partner's relations, not the province's
                counterpart = None
            if counterpart is None and self._singled_out(code, found, left_start, quantity, context):
                self._set_aside.append(quantity)
                previous = Figure(quantity, code, elsewhere=True)
                continue
            opened_on_part = code in opening_part and quantity.start < opening_end
            by_origin = (code in breakdown_wide or opened_on_part) and self._by_origin(context.left, left_start, quantity)
            part = code in breakdown_of or ((code in breakdown_wide or opened_on_part) and not by_origin)
            if linked and origin_share is not None and origin_share is previous.quantity:
                part = False  # "trong đó các nhà đầu tư Đông Bắc Á có 42 dự án, vốn đăng ký 492 triệu USD": theirs too
            if part and opened_on_part and code.startswith("fdi_") and names_fdi(NOUN_PHRASE.match(context.right).group()) \
                    and not any(o.indicator == code and names_fdi(text[o.start : o.end]) for o in earlier):
                part = False  # "… thu hút 18 dự án đầu tư mới … . Trong số đó, 7 dự án FDI mới": all investors' total, its foreign share
            elif part and code in breakdown_of and code.startswith("fdi_") and quantity.kind == "number" and found \
                    and previous is not None and not previous.elsewhere and previous.indicator == code \
                    and found[-1].indicator == code and names_fdi(NOUN_PHRASE.match(context.right).group()) \
                    and _FOREIGN_PART_AFTER_TOTAL.fullmatch(text, previous.quantity.end, quantity.start) is not None:
                # "Đến tháng 7/2012, toàn tỉnh đã thu hút 283 dự án, trong đó 24 dự án FDI …": the total is all investors',
                # its foreign part the province's foreign figure
                found.pop()
                part = False
            if part and code == "fdi_new_projects" and quantity.kind == "number" and _OWN_NEW_AFTER.match(context.right) \
                    and _ADJUSTED_ITEM_AFTER.search(text, quantity.end, sentence.end) is not None \
                    and (total := next((o for o in reversed(found) if o.indicator == code), None)) is not None \
                    and "mới" not in text[total.start : total.end]:
                # "thu hút 120 dự án với tổng vốn 978 triệu USD; trong đó 66 dự án cấp mới … và 54 dự án điều chỉnh vốn …":
                # the total was new and adjusted projects together, its capital the period's registered capital
                found.remove(total)
                for j, o in enumerate(found):
                    if o.indicator == "fdi_new_capital" and o.start >= total.start:
                        found[j] = replace(o, indicator="fdi_registered_capital")
                breakdown_of.difference_update(("fdi_new_projects", "fdi_new_capital"))
                breakdown_wide.difference_update(("fdi_new_projects", "fdi_new_capital"))
                part = False
            if part and code == "fdi_active_projects" \
                    and (ever := next((o for o in reversed(found) if o.indicator == code), None)) is not None \
                    and ("hiệu lực" in NOUN_PHRASE.match(context.right).group() or "hiệu lực" in context.left[-30:]) \
                    and "hiệu lực" not in text[ever.start : ever.end]:
                # "Tính đến hết năm 2020, tỉnh đã thu hút 14 dự án …; trong đó 10 dự án còn hiệu lực", "… với 2.052 dự án
                # FDI, tổng vốn đăng ký 36,37 tỷ USD; trong đó số dự án còn hiệu lực là 1.515 dự án với …": those ever
                # licensed (and their capital), then the stock in force
                found[:] = [o for o in found if not (o.indicator in FDI_STOCKS and o.start >= ever.start)]
                breakdown_of.difference_update(FDI_STOCKS)
                breakdown_wide.difference_update(FDI_STOCKS)
                part = False
            if part and code in _TRADE_CODES and "hàng" in context.left and _GOODS_ONLY.search(context.left) \
                    and (total := next((o for o in reversed([*earlier, *found]) if o.indicator == code), None)) is not None \
                    and _GOODS_AND_SERVICES.search(self.folded, total.start, total.end):
                # "kim ngạch xuất khẩu hàng hóa và dịch vụ … ước đạt 162,3 triệu USD … Trong đó, xuất khẩu hàng hóa đạt
                # 152,2 triệu USD": the goods are the trade counted (services apart), not the sum of both
                if total in found:
                    found.remove(total)
                self._superseded[id(total)] = total
                part = False
            if previous is not None and previous.mixed and _FOREIGN_SHARE_LEFT.search(context.left):
                # "cấp phép mới … tổng vốn 29,44 triệu USD, trong đó phần vốn FDI là 21,28 triệu USD": all investors' new
                # capital, its foreign part the province's (new too)
                part = False
                if code == "fdi_registered_capital" and previous.indicator == "fdi_new_capital" \
                        and _NEW_WORD.search(self.folded, sentence.start, previous.quantity.start):
                    code = previous.indicator
            if part and self._flow_within_stock(code, found, left_start, quantity):
                part = False  # "vốn thực hiện lũy kế 358 triệu USD, trong đó 7 tháng đầu năm là 8 triệu USD"
            if part and any(p.explicit and p.mode == "span" and p.first_year < p.last_year
                            for p in self._periods_between(left_start, quantity.start)):
                part = False  # "đến năm 2030 thu hút 1,5 tỷ USD. Trong đó, giai đoạn 2021 - 2025 khoảng 0,6 tỷ USD": its own years
            if part and self._months_of_its_own(code, found, left_start, quantity):
                part = False  # "năm 2025 ước đạt 1,5 tỷ USD, trong đó 6 tháng cuối năm đạt 715 triệu USD": its own months
            if by_origin:
                origin_share = quantity
            # a goal's share for one country ("trong đó 800 người sang Nhật Bản") is no goal of its own
            if not (part and (counterpart is None or self._is_target(sentence, quantity.start, quantity.end))):
                # a figure "trong đó" of the same kind is a part of the one before
                observation = self._observation(sentence, quantity, code, context, left_start, right_end,
                                                self._attributes_reach(quantities, i, sentence),
                                                attributes, counterpart)
                if observation.indicator in FLOW_OF_STOCK and observation.counterpart is not None \
                        and (whole := next((o for o in reversed(found) if o.indicator in FLOW_OF_STOCK.values() and o.counterpart is None), None)) \
                        and (SPLIT.search(text, whole.end, quantity.start)
                             or (whole.start >= sentence.start and _SINGLED_OUT_PART.search(text, whole.end, quantity.start))):
                    # "toàn tỉnh có trên 110 dự án với tổng vốn trên 4 tỷ USD, trong đó Hàn Quốc có 15 dự án, vốn …" ("…; riêng
                    # các nhà đầu tư Nhật Bản có vốn đầu tư 186 triệu USD"): a country's part of the stock just told, held at
                    # its date
                    code = FLOW_OF_STOCK[observation.indicator]
                    observation = replace(observation, indicator=code, period=whole.period)
                if code == "ngo_projects" and observation.period is not None and observation.period.as_of is not None \
                        and found and same_clause and previous.quantity.kind == "money" \
                        and found[-1].end <= quantity.start and found[-1].period is not None and found[-1].period.as_of is None \
                        and _PROJECTS_OF_THE_MONEY.fullmatch(context.left):
                    # "đã giải ngân 2,3 triệu USD của 31 dự án": the projects the money went to, over its period
                    observation = replace(observation, period=found[-1].period)
                if (fronted := _FRONTED_BASE.search(context.left)) is not None and observation.period is not None:
                    # "So với cùng kỳ năm 2018 (1,09 tỷ USD), vốn FDI 9 tháng năm nay tăng 13,8%": the base, the same months
                    # of the year compared with
                    year = int(fronted["y"]) if fronted["y"] else period_year(observation.period) - 1
                    observation = replace(observation, period=shifted(observation.period, year - period_year(observation.period)),
                                          change_pct=None, plan_pct=None)
                found.extend(self.goal_and_growth(observation))
            previous = Figure(quantity, code)
        return without_ever_licensed(found, self.folded)

    def _months_of_its_own(self, code: str, found: list[Observation], left_start: int, quantity: Quantity) -> bool:
        """Whether a figure named as a part of the total before it has months of its own, some of the total's: a
        sub-period's figure of the same measure, not a part of its scope."""
        total = next((o for o in reversed(found) if o.indicator == code), None)
        if total is None or total.period is None or total.period.as_of is not None:
            return False
        months = (total.period.start.month, total.period.end.month)
        return any(p.mode == "span" and (p.first_month, p.last_month) != months and not p.now
                   and months[0] <= p.first_month <= p.last_month <= months[1]
                   for p in self._periods_between(left_start, quantity.start))

    def _part_of_a_standing_before(self, sentence: Sentence) -> bool:
        """"Tính đến ngày 20/10/2016, trên địa bàn tỉnh có 428 dự án còn hiệu lực. Trong số này có 31 dự án FDI …": a part
        of the projects in force the sentence before counted, in force too."""
        if sentence.index == 0 or _PART_OF_THOSE_LEAD.match(self.folded, sentence.start) is None \
                or self._periods_between(sentence.start, sentence.end):
            return False
        before = self.layout.sentences[sentence.index - 1]
        return before.paragraph == sentence.paragraph and _IN_FORCE_WORDS.search(self.folded, before.start, before.end) is not None

    def _among_those_counted(self, left_start: int, quantity: Quantity, right_end: int) -> bool:
        """"quan hệ với 7 địa phương nước ngoài, trong đó có tỉnh Vân Nam": the places named after the count are among
        those it counts, none of them its owner."""
        return not any(left_start <= p.start < quantity.start for p in self.localities) \
            and _LIST_OF_THE_COUNTED.search(self.folded, quantity.end, right_end) is not None

    # --- context ----------------------------------------------------------------------

    def _is_protected(self, quantity: Quantity) -> bool:
        i = bisect_left(self.protected, (quantity.end,))
        return any(start < quantity.end and quantity.start < end for start, end in self.protected[max(0, i - 8) : i])

    def _attributes_reach(self, quantities: list[Quantity], i: int, sentence: Sentence) -> int:
        """Where the figure's change and plan share may stand: up to the next figure, past the same amount in another
        currency ("6,46 triệu USD (tương đương 148,6 tỷ đồng), tăng 1,5 lần so với cùng kỳ")."""
        quantity, j = quantities[i], i + 1
        if j < len(quantities) and quantities[j].kind == "money" == quantity.kind and quantities[j].unit != quantity.unit \
                and (_BRACKET_RESTATED.fullmatch(self.folded, quantity.end, quantities[j].start)
                     or _EQUIVALENT.fullmatch(self.folded, quantity.end, quantities[j].start)):
            j += 1
        return quantities[j].start if j < len(quantities) else sentence.end

    def _is_target(self, sentence: Sentence, pos: int, end: int | None = None) -> bool:
        return self.goals.is_target(sentence, pos, end)

    def _recent_topic(self, start: int) -> str | None:
        i = bisect_left(self._topic_ends, start + 1) - 1  # the last topic word ending before `start`
        if i >= 0 and self._topics[i][0] > start - _RECENT:
            if self._topics[i][1] == "fdi" and (("trong nước" in self.folded[self._topic_ends[i] : start]
                                                  and _DOMESTIC_TURN.search(self.folded, self._topic_ends[i], start))
                                                 or _DOMESTIC_TURN.match(self.folded, max(0, start - 2))):
                # "… dự án FDI … . Đối với đầu tư trong nước, …": the text has turned to domestic investors (the sentence
                # may open on it: "Dòng vốn đầu tư nói chung sôi động hơn: …", investors of every origin)
                return None
            return self._topics[i][1]
        # "I. THU HÚT ĐẦU TƯ TRỰC TIẾP NƯỚC NGOÀI" heads its section, however long its paragraphs (under one naming
        # no topic, the headline's topic still heads it)
        section = self._section_topic(start)
        if section:
            return section
        return self._headline_topic()  # "Tỉnh A tiếp nhận … viện trợ phi chính phủ …" heads the whole text

    def _section_topic(self, start: int) -> str | None:
        """The topic of the Roman-numbered heading whose section `start` lies in, under any numbered sub-headings
        ("1. Diễn biến trong năm"); "" when that heading names none ("II. XUẤT NHẬP KHẨU"), None before any. (A
        sub-heading's own topic was tried too: it took a figure no coder took.)"""
        if self._section_headings is None:
            self._section_headings = []
            for paragraph in self.layout.paragraphs:
                line = self.text[paragraph.start : paragraph.end].strip()
                if len(line) <= _HEADLINE_MAX and not line.endswith((".", ";")) and _ROMAN_HEADING.match(line):
                    i = bisect_left(self._topic_ends, paragraph.start)
                    topic = self._topics[i][1] if i < len(self._topics) and self._topic_ends[i] <= paragraph.end else ""
                    self._section_headings.append((paragraph.start, topic))
        i = bisect_left(self._section_headings, (start,)) - 1
        return self._section_headings[i][1] if i >= 0 else None

    def _headline_topic(self) -> str | None:
        if self._headline_topic_read is False:
            end = self._headline_end()
            topics = {topic for topic_end, topic in self._topics if end is not None and topic_end <= end}
            self._headline_topic_read = topics.pop() if len(topics) == 1 else None
        return self._headline_topic_read

    def _has_figure(self, start: int, end: int) -> bool:
        """Whether a line holds a figure; its numbering ("2.", "3)") is none."""
        return any(
            not (self.folded[start : q.start].strip() == "" and self.folded[q.end : q.end + 1] in (".", ")"))
            for q in between(self.quantities, self._quantity_starts, start, end)
        )

    def _comparison_base(self, context: FigureContext, previous: Figure | None, found: list[Observation]) -> Base | None:
        """"tăng 60% so với cùng kỳ năm trước (37,4 triệu USD)", "gấp nhiều lần mức 35 triệu USD
        của cùng kỳ năm 2023": the figure of the earlier period the figure before it is compared with."""
        if previous is None or not found:
            return None
        # (a goal's growth split from its level comes after it: "mục tiêu … 1,03 tỷ USD, tăng 30,3% so với năm 2019 (năm 2019
        # đạt 791,9 triệu USD)" compares the level)
        compared = found[-2] if len(found) > 1 and GROWTH_OF.get(found[-2].indicator) == found[-1].indicator \
            and found[-1].start == found[-2].start else found[-1]
        if compared.indicator != previous.indicator or compared.period is None:
            return None
        before = _BASE_BEFORE.search(context.left) or _BASE_IN_BRACKET.search(context.left)
        after = _BASE_AFTER.match(context.right) if before is None and _LEVEL_BEFORE.search(context.left) else None
        if before is None and after is None:
            return None
        if context.kind != previous.quantity.kind and not (context.scaled and previous.quantity.kind == "money"):
            return None
        year = (before or after)["y"] or (after["y2"] if after is not None else None)
        return Base(compared, int(year) if year and year.isdigit() else None)

    def _same_figure_again(self, context: FigureContext, found: list[Observation]) -> str | None:
        """"Giai đoạn trước, con số này là 352 chương trình": the indicator of the paragraph's
        last figure of the same kind (a count for a count, money for money), the sentence's own figures before it included
        ("… tháng 4 ước đạt 233 triệu USD …; sang tháng 5, con số này vượt 350 triệu USD")."""
        average = (context.kind == "money" or context.scaled) and _AVERAGE_OF_IT.match(context.left) is not None
        if not _THIS_FIGURE.search(context.left) and not average and not (
                "năm" in context.left and _NEXT_YEAR_OF_A_SERIES.search(context.left)
                and _AMOUNT_BEFORE.search(context.sentence_left)):  # (the series' earlier years in the sentence)
            return None
        money = context.kind == "money" or context.scaled
        earlier = [o for o in [*getattr(self, "_paragraph_found", []), *found] if (INDICATORS[o.indicator].unit == "money") == money]
        return earlier[-1].indicator if earlier else None

_RECENT = 400  # characters before a sentence whose topic word it inherits

