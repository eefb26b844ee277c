"""Which figures are planned (targets) rather than achieved (observations).

Four ways a text says a figure is a goal:
- a cue before it in its sentence: "phấn đấu", "dự kiến thu hút", "đặt mục tiêu",
  "chỉ tiêu năm 2025:", "từ nay đến hết năm"; the goal words right before it ("vượt chỉ tiêu
  1,7 tỷ USD") or right after it ("8% mà tỉnh đặt kế hoạch từ đầu năm");
- a sentence that opens with a goal cue carries on into the next sentences of its paragraph
  ("Mục tiêu là …. Xuất khẩu tăng bình quân 19%/năm …") until one speaks of results;
- its place under a heading or a line announcing goals ("Mục tiêu cụ thể", "II. CHỈ TIÊU",
  "Các chỉ tiêu chủ yếu:"), up to the next heading;
- the text being a plan (its title is "KẾ HOẠCH"): every figure is a goal except under a
  heading about results and in sentences saying what was done ("đã").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .fast_scan import letter_led
from .segments import Layout, Sentence

# The target cue words, one pattern for sentences (here) and tables' plan columns (goal_tables):
# striving ("phấn đấu", "dự kiến") and the goal nouns ("mục tiêu", "chỉ tiêu"); a plan ("kế hoạch")
# is a goal in a table's header, not in a sentence ("theo kế hoạch đã đạt")
# ("tăng mạnh ngoài dự kiến", "như dự kiến": what was expected, no goal)
STRIVE_WORDS = r"phấn\s+đấu|(?<!ngoài\s)(?<!hơn\s)(?<!như\s)(?<!với\s)dự\s+kiến"
GOAL_NOUNS = r"mục\s+tiêu|chỉ\s+tiêu"
PLAN_WORDS = r"kế\s+hoạch|" + GOAL_NOUNS + "|" + STRIVE_WORDS
# The goal words must announce goals ("mục tiêu cụ thể", "chỉ tiêu:"): "so với mục tiêu",
# "hoàn thành các chỉ tiêu" speak of results.
_CUE = letter_led(
    STRIVE_WORDS + r"|(?:đặt|đề)\s+(?:ra\s+)?(?:" + GOAL_NOUNS + r"|kế\s+hoạch)|từ\s+nay\s+đến\s+(?:hết|cuối)"
    r"|theo\s+kế\s+hoạch\s*,|định\s+hướng\s+(?:thu\s+hút|đạt|đưa|tổ\s+chức|ký)"
    r"|(?:" + GOAL_NOUNS + r")(?:\s+(?:của|đối\s+với)\s+(?:tỉnh|thành\s+phố|địa\s+phương|ngành|sở))?"
    r"(?:\s+(?:cụ\s+thể|chủ\s+yếu|chung|đề\s+ra|đặt\s+ra|là|đến|năm|cả\s+năm|giai\s+đoạn|kế\s+hoạch|trong|phấn\s+đấu|giao|được\s+giao|tăng\s+trưởng"
    r"|thu\s+hút|xuất\s+khẩu|kim\s+ngạch|đạt|tổng\s+(?:kim\s+ngạch|vốn|số|giá\s+trị))|\s*:)"
    # "Kế hoạch năm 2026 của UBND tỉnh đề ra: ...", "Nhiệm vụ năm tới: ..."
    r"|kế\s+hoạch\s+(?:năm\s+(?:\d{4}\s+)?)?đặt\s+(?:mức|ra)|quyết\s+tâm|nỗ\s+lực|cố\s+gắng|hướng\s+tới\s+mục\s+tiêu|(?:kế\s+hoạch|nghị\s+quyết)\s+(?:năm\s+\d{4}\s+)?giao"
    # ("bước sang tuổi 15 với nhiều kỳ vọng mới": hopes, a noun, set no level)
    r"|kỳ\s+vọng(?!\s+mới)|nhắm\s+(?:tới|đến)|hướng\s+đến\s+mục\s+tiêu"
    # "Năm 2016, thành phố lên kế hoạch cấp mới 8 dự án FDI": what it plans to do
    r"|(?:lên|có)\s+kế\s+hoạch\s+(?:cấp|thu\s+hút|đạt|xuất\s+khẩu|tổ\s+chức|ký|đón|vận\s+động|kêu\s+gọi|tăng)"
    # "cần tăng tốc để đưa kim ngạch cả năm lên 959 triệu USD", "tỉnh phải xuất khẩu trên 6,7 tỷ USD trong 6 tháng cuối
    # năm": the level still to be reached
    r"|(?<!\w)(?:cần|phải)\s+(?:[^\W\d_]+\s+){0,4}?để\s+(?:đưa|cả\s+năm|năm|\d+\s+tháng|kim\s+ngạch|xuất\s+khẩu|thu\s+hút)"
    r"|(?<!\w)phải\s+(?:xuất\s+khẩu|nhập\s+khẩu|thu\s+hút|đạt)\s"
    # "tỉnh sẽ thu hút tối thiểu …", a director's "chúng tôi sẽ …": what the province itself commits to
    r"|(?<!về\s)(?<!vào\s)(?:tỉnh|thành\s+phố|địa\s+phương|chúng\s+tôi)\s+sẽ\s+(?:thu\s+hút|đưa|đạt|tổ\s+chức|ký\s+kết|vận\s+động)"
    r"|(?:đề|đặt)\s+ra\s*:|(?:kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)\s+(?:[^\s,.;:]+\s+){0,3}?(?:đề|đặt)\s+ra\s*(?:cho|là|đến|:)|(?:kế\s+hoạch|nhiệm\s+vụ)\s+(?:năm\s+(?:\d{4}|tới|sau)|giai\s+đoạn\s+\d{4}\s*-\s*\d{4})[^.:;]{0,60}?:"
    # "Kế hoạch vận động viện trợ PCPNN năm 2026: …": a plan named by its subject, then its year and a colon
    r"|kế\s+hoạch(?:\s+[^\W\d_]+){1,8}?\s+(?:năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*:"
)
_GOAL_IN_CLAUSE = re.compile(PLAN_WORDS + r"|phải|cần|sẽ|nhằm|để\s")
# ("Ngay trong nửa đầu tháng 01/2024, thành phố đã thu hút 150 triệu USD": a month of a year, a quarter too)
_YEAR_IN_CLAUSE = re.compile(r"(?<!\w)năm\s+\d{4}(?!\s*[-–]\s*\d)|(?<!\w)(?:tháng\s+\d{1,2}|quý\s+[ivx\d]+)\s*/\s*\d{4}")
_YEAR_DIGITS = re.compile(r"\d{4}")
_DONE_REACHED = re.compile(r"(?<!\w)(?:(?:mới|chỉ|đã)\s+đạt|đã\s+(?:thu\s+hút|xuất\s+khẩu|ký\s+kết|tiếp\s+nhận|giải\s+ngân))(?!\w)")
_RESULT_BASE = re.compile(r"(?:trên\s+(?:cơ\s+sở|nền)\s+)?kết\s+quả(?:\s+(?:thực\s+hiện|đạt\s+được))?(?:\s+năm\s+\d{4})?\s*$")
# "vượt xa mục tiêu Nghị quyết đặt ra đến năm 2025 là 1,7 tỷ USD", "vượt xa chỉ tiêu 1,765 tỷ USD":
# the level a goal names is a target even in a sentence about a result (indicators reads it as the
# same measure as the result before it)
GOAL_LEVEL = letter_led(
    r"(?:(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch)(?:[^;:]{0,90}?\s)?(?:là|ở\s+mức)|mục\s+tiêu|chỉ\s+tiêu)"
    # "mục tiêu của năm 2020 là đưa 130.000 lao động": the goal's verb may stand before its level
    r"\s+(?:(?:đưa|đạt|thu\s+hút|xuất\s+khẩu|tăng(?:\s+trưởng)?)\s+)?(?:khoảng\s+|hơn\s+|trên\s+|gần\s+|tối\s+thiểu\s+)?$"
    # "đang về gần đích 1,9 tỷ USD đặt ra cho năm 2021": the finish line a goal set
    r"|(?<!\w)đích\s+$"
)
# "bằng 80% kế hoạch năm (875 triệu USD)", "vượt 10% so với kế hoạch 1 tỷ USD": the plan's level written
# right after the plan a result is measured against
_PLAN_LEVEL = re.compile(
    r"(?:%|so\s+với|vượt|bằng|đạt)\s+(?:so\s+với\s+)?(?:chỉ\s+tiêu\s+)?kế\s+hoạch(?:\s+(?:năm|cả\s+năm|đề\s+ra|được\s+giao))?(?:\s+\d{4})?\s*(?:\(\s*|là\s+)$"
    r"|(?:so\s+với|vượt)\s+kế\s+hoạch(?:\s+(?:năm|cả\s+năm))?(?:\s+\d{4})?\s+$"
    # "tăng 15% (kế hoạch tăng 12%)": the rise the plan set, in brackets after the result
    r"|\(\s*kế\s+hoạch(?:\s+(?:năm|đầu\s+năm|đề\s+ra))?\s+tăng(?:\s+trưởng)?\s+$"
    # a line of a summary table: "Kim ngạch xuất nhập khẩu: kế hoạch năm 600 triệu USD; thực hiện 6 tháng …"
    r"|[:;]\s*kế\s+hoạch\s+(?:năm|cả\s+năm)(?:\s+\d{4})?\s*:?\s*$"
    # "đạt 886,7 triệu USD (KH 815 triệu USD)": the plan's level in brackets after the result
    r"|\(\s*(?:kế\s+hoạch|kh)(?:\s+(?:năm|cả\s+năm|đề\s+ra))?(?:\s+\d{4})?\s*:?\s*$"
)
_PLAN_LEVEL_REACH = 50


def names_a_level(folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] ends with a goal's or a plan's level being named (`GOAL_LEVEL`, `_PLAN_LEVEL`);
    the plan's form is tried only where "kế hoạch" stands just before (a literal scan, cheap)."""
    if GOAL_LEVEL.search(folded, start, end):
        return True
    near = max(start, end - _PLAN_LEVEL_REACH)
    return (folded.find("kế hoạch", near, end) >= 0 or folded.find("(kh", near, end) >= 0) \
        and _PLAN_LEVEL.search(folded, near, end) is not None
# Goal words inside the figure's own phrase: "được giao kế hoạch xuất khẩu 1 tỷ USD", "giao chỉ tiêu cho
# các huyện đưa 1.500 lao động", "xây dựng kế hoạch kim ngạch …", "hướng tới thu hút 800 triệu USD",
# "kim ngạch phải đạt 1,2 tỷ USD", "kịch bản … đặt mức xuất khẩu 3 tỷ USD"
_GOAL_PHRASE_WORDS = ("giao", "kế hoạch", "chỉ tiêu", "hướng tới", "phải", "cần", "mức")  # one of them is in every match
_GOAL_PHRASE_BEFORE = re.compile(
    r"(?:(?:giao|xây\s+dựng|lập)\s+(?:kế\s+hoạch|chỉ\s+tiêu)|hướng\s+tới(?:\s+mốc)?|(?:phải|cần)\s+(?:được\s+)?(?:đạt|thu\s+hút|đưa)"
    r"|(?:đặt|đề\s+ra)\s+mức)(?:\s+[^\d\s,.;:()]+){0,7}?\s+(?:khoảng\s+|trên\s+|hơn\s+|ít\s+nhất\s+)?$"
)
# "8,42% mà tỉnh đặt kế hoạch từ đầu năm", "… 500 triệu USD do HĐND tỉnh giao": the cue right after the figure
_GOAL_AFTER = re.compile(
    r"\s*(?:[^\s,.;:]+\s+){0,3}?(?:\([^)]{0,40}\)\s*)?"
    r"(?:(?:mà|do)\s+(?:[^\s,.;:]+\s+){0,6}?(?:đặt\s+(?:ra|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)|đề\s+ra|giao)"
    r"|(?:đã\s+)?được\s+(?:[^\s,.;:]+\s+){0,4}?(?:đặt|đề)\s+ra|(?:của|theo)\s+kế\s+hoạch)(?!\w)"
)
# "dự kiến thu hút 300-350 triệu USD, cao hơn mức 250 triệu USD của năm 2025": the level of an
# earlier time the goal is compared with is a result
_EARLIER_LEVEL_BEFORE = re.compile(r"(?:so\s+với|hơn|gấp\s+\S+\s+lần)\s+(?:mức|con\s+số)\s+(?:khoảng\s+|gần\s+|trên\s+)?$")
_EARLIER_LEVEL_AFTER = re.compile(r"\s*(?:[^\s,.;:]+\s+){0,2}?(?:của\s+)?(?:năm\s+(?:\d{4}|trước|ngoái)|cùng\s+kỳ)(?!\w)")
_OWN_TIME = re.compile(r"\s*(?:riêng\s+|còn\s+)?(?:năm|quý|tháng|\d+\s+tháng|cùng\s+kỳ)\s")
# "thu hút không dưới 1,5 tỷ USD", "đưa tối thiểu 500 lao động": a floor is set, a result is counted
_FLOOR_BEFORE = re.compile(r"(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|không\s+thấp\s+hơn)\s+(?:là\s+)?$")
# a sentence opening with goal words (within its first words: "Theo mục tiêu cụ thể của kế hoạch, …")
# announces goals for what follows; "phấn đấu", "dự kiến" speak of their own sentence only
_OPENING = 60
_OPENING_CUE = re.compile(r"mục\s+tiêu|chỉ\s+tiêu|(?:đặt|đề)\s+(?:ra\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)")
# words of a result: a sentence with them ends a run of goals
_RESULT_WORDS = re.compile("|".join(  # each word led by its letter (a fast scan), at a word's start
    rf"{word[0]}(?<!\w{word[0]}){word[1:]}(?!\w)" for word in (
        r"đã", r"đạt\s+được", r"ước", r"so\s+với\s+cùng\s+kỳ", r"vừa\s+qua", r"năm\s+qua", r"lũy\s+kế", r"tính\s+đến",
        r"hiện\s+có", r"kết\s+quả", r"thực\s+tế", r"vượt", r"hoàn\s+thành")))
# a run of goals goes on only into a sentence shaped as a goal: no time or result of its own at its
# opening ("Năm 2024, tỉnh thu hút …", "Kết quả, …"), and a rate per year or a time ahead
# ("vào năm 2030", "đến năm", "giai đoạn 2026 - 2030") before the figure
_OPENS_OWN_TIME = re.compile(r"\s*(?:kết\s+quả|thực\s+tế|trong\s+năm|năm\s+\d{4}|năm\s+qua|quý|tháng|\d+\s+tháng|tính\s+đến|đến\s+nay|hiện\s+nay)")
_PART_OPENING = re.compile(r"\W*(?:trong\s+đó|cụ\s+thể)\s*[,:]")
_GOAL_SHAPED = re.compile(r"bình\s+quân|trung\s+bình|mỗi\s+năm|hằng\s+năm|/năm|vào\s+năm|đến\s+năm|giai\s+đoạn|thời\s+kỳ")
# (not across a comma: "tăng 7% so với cùng kỳ, kế hoạch năm đặt mức tăng 3%" names the plan's own level)
# ("Để đạt mục tiêu cả năm …": a purpose, the goal still ahead)
_RESULT_BEFORE = re.compile(r"(?:so\s+với|vượt|(?<!để\s)đạt|hoàn\s+thành|thực\s+hiện|bằng|hơn)\s+(?:[^\s,;]+\s+){0,2}$")
# "(các) chỉ tiêu … đều đạt và vượt", "chỉ tiêu đạt mức tăng cao nhất": indicators reached, results
_TARGETS_REACHED = re.compile(r"chỉ\s+tiêu(?:\s+[^\W\d_]+){0,6}?\s+(?:đều\s+(?:đạt|vượt)|đạt\s+và\s+vượt|đạt\s+mức\s+(?:tăng\s+)?cao"
                              r"|(?:đạt|vượt)\s+(?:kế\s+hoạch|chỉ\s+tiêu))(?!\w)")
_EFFORT = re.compile(r"quyết\s+tâm|nỗ\s+lực|cố\s+gắng")
# after a goal, a clause joined by "và", "nhưng", "song" that turns to what was done
_RESULT_TURN = re.compile(
    r"(?:,|\s)\s*(?:và|nhưng|song|tuy\s+nhiên|trong\s+khi)\s+(?:trên\s+)?(?:thực\s+tế|kết\s+quả|(?:tỉnh|thành\s+phố)?\s*đã|đã)(?!\w)"
    # "đặt kế hoạch 20 dự án; kết quả thực hiện được 24 dự án", "Theo kế hoạch, năm 2025 tỉnh đã thu hút …"
    r"|;\s*(?:kết\s+quả|thực\s+tế)(?!\w)"
    r"|(?<!\w)đã\s+(?:thu\s+hút|đạt|xuất\s+khẩu|nhập\s+khẩu|đưa|ký|tiếp\s+nhận|đón|vận\s+động|giải\s+ngân|cấp|điều\s+chỉnh)(?!\w)"
)
# "dự kiến diễn ra vào tháng 9": a date planned; "dự kiến tăng vốn thêm 1 tỷ USD": an investor's plan, not the province's goal
_UNSURE = re.compile(r"(?:dự\s+kiến)\s+(?:sẽ\s+)?(?:diễn\s+ra|tổ\s+chức\s+vào|khởi\s+công|hoàn\s+thành\s+vào"
                     r"|tăng\s+vốn|nâng\s+vốn|rót(?:\s+vốn)?|đầu\s+tư\s+thêm|mở\s+rộng)(?!\w)")
# "Hội nghị … dự kiến ký kết 15 biên bản ghi nhớ", "lễ … dự kiến trao chứng nhận cho 12 dự án": what an event is
# expected to bring, not a goal set ("Tại hội nghị, tỉnh dự kiến thu hút …" is the province's goal)
_EVENT_SUBJECT = re.compile(r"(?<!tại\s)(?<!trong\s)(?<!ở\s)(?<!qua\s)(?<!\w)(?:hội\s+nghị|hội\s+thảo|diễn\s+đàn|sự\s+kiện|tọa\s+đàm"
                            r"|hội\s+chợ|triển\s+lãm|lễ\s+(?:ký|trao|khởi\s+công|công\s+bố))(?!\w)")
_EVENT_OUTCOME = re.compile(r"dự\s+kiến\s+(?:sẽ\s+)?(?:có\s+)?(?:ký\s+kết|ký|trao|cấp|có\s+sự\s+tham\s+gia|thu\s+hút\s+(?:khoảng\s+)?\d[\d.]*\s+(?:đại\s+biểu|doanh\s+nghiệp|gian\s+hàng))(?!\w)")
# "Dự kiến cả năm 2027, kim ngạch đạt 1,6 tỷ USD" after nine months' results: the year under way estimated, not a goal
# ("dự kiến thu hút 700 triệu USD" for a coming year stays a goal)
# ("Theo dự kiến của Sở Công Thương, tổng kim ngạch … cả năm 2020 đạt …": the office's forecast, the year named after it)
# ("Dự kiến đến ngày 30/9, toàn tỉnh có 92 dự án …": the running total estimated to a day, no goal)
_REST_OF_YEAR = re.compile(r"dự\s+kiến\s+(?:(?:cả|hết|trong)\s+năm|đến\s+(?:hết|cuối)\s+năm|cuối\s+năm"
                           r"|(?:tính\s+)?đến\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?"
                           r"|của\s+[^,.;]{1,50},\s+(?:[^.;,]{0,60}?\s)?(?:cả|hết|trong)\s+năm)(?:\s+((?:19|20)\d{2}))?(?!\w)")
# from this month on, the year the text speaks in is mostly behind it: its end is estimated, not set as a goal
YEAR_UNDER_WAY_FROM = 7
_YEAR_RIGHT_BEFORE = re.compile(r"(?<!\w)năm\s+(\d{4})\s*,?\s*$")
# a part of a year the text reports on: "9 tháng năm 2027", "chín tháng đầu năm 2027", "tháng 11/2027", "quý III/2027"
_PART_OF_YEAR = re.compile(
    r"(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?:\s+một)?)\s+tháng(?:\s+đầu)?|tháng\s+\d{1,2}|quý\s+(?:[ivx]+|\d))"
    r"\s*(?:năm\s+|/\s*|-\s*)((?:19|20)\d{2})(?!\d)")
# "Để hoàn thành kế hoạch năm, 3 tháng cuối năm xuất khẩu phải đạt 500 triệu USD": what the rest of the year
# must bring, worked out from the plan, is no goal set
_REST_OF_PERIOD = re.compile(r"(?:tháng|quý)\s+(?:cuối(?:\s+năm)?|còn\s+lại)(?!\w)[^.;]{0,80}?(?<!\w)(?:phải|cần)\s+(?:[^\W\d_]+\s+){0,3}?$")
# "ưu tiên dự án FDI có vốn tối thiểu 50 triệu USD": a criterion projects must meet, no level reached or set
_CRITERION = re.compile(r"(?:dự\s+án|doanh\s+nghiệp|nhà\s+đầu\s+tư)[^.;:]{0,40}?(?<!\w)(?:có|với)\s+(?:tổng\s+)?(?:vốn|quy\s+mô|suất\s+đầu\s+tư)"
                        r"(?:\s+đầu\s+tư)?(?:\s+đăng\s+ký)?\s+(?:tối\s+thiểu|từ)\s+$")
_CRITERION_REACH = 110
_RANGE_AT = re.compile(r"[\d.,]+\s*(?:(?:triệu|tỷ|tỉ)\s+)?(?:-|–|đến|tới)\s*[\d.,]+")
# "Samsung dự kiến tăng vốn thêm 1 tỷ USD": an investor's plan
_INVESTOR_PLAN = re.compile(r"dự\s+kiến\s+(?:sẽ\s+)?(?:tăng\s+vốn|nâng\s+vốn|rót(?:\s+vốn)?|đầu\s+tư\s+thêm|mở\s+rộng)(?!\w)")
_INVESTOR_PLAN_REACH = 80
# Headings: short lines without a sentence's end, not a dash list item.
_HEADING_MAX = 90
_DASH_ITEM = re.compile(r"\s*[-+•*]\s")
# a bulletin's table of contents ("TRONG SỐ NÀY:", "MỤC LỤC") lists the headings to come: its lines set no section
# ("4. Nhiệm vụ những tháng cuối năm" there is no goals heading over "1. …", "2. Nhìn lại năm 2014" after it)
_CONTENTS_TITLE = re.compile(r"(?:trong\s+số\s+này|mục\s+lục|nội\s+dung(?:\s+chính)?)\s*:?$")
_ITEM_NUMBER = re.compile(r"(\d{1,2})\s*[.)/]\s")
_GOALS_HEADING = re.compile(r"^(?:[ivx]+[.)]|\d+(?:\.\d+)*[.)]?|[a-zđ]\)|điều\s+\d+\s*[.:])?\s*(?:các\s+)?(?:mục\s+tiêu|chỉ\s+tiêu)(?!\w)")
_HEADING_OF_RESULTS = re.compile(r"(?<!\w)(?:vượt|đạt|hoàn\s+thành|kết\s+quả)(?!\w)")
_NUMBERING = re.compile(r"^(?:[ivx]+[.)]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|điều\s+\d+\s*[.:])\s*")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _years_and_numbering_only(line: str) -> bool:
    numbering = _NUMBERING.match(line)
    return numbering is not None and not any(c.isdigit() for c in _YEARS.sub("", line[numbering.end():]))


_SUB_HEADING = re.compile(r"(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s")  # "2. Xuất khẩu", "a) Thu hút FDI" under a Roman heading
_RESULTS_HEADING = re.compile(r"kết\s+quả|đánh\s+giá|tình\s+hình|thực\s+trạng|bối\s+cảnh|căn\s+cứ|nhìn\s+lại|thành\s+tựu")
# a report's part on the coming period: "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "3. Nhiệm vụ, giải pháp 6 tháng cuối năm"
_TASKS_HEADING = re.compile(
    r"^(?:[ivx]+[.)]|\d+(?:\.\d+)*[.)]?|[a-zđ]\))?\s*(?:phương\s+hướng|định\s+hướng|nhiệm\s+vụ|kế\s+hoạch)(?!\w)"
    r".*?(?:năm\s+(?P<year>\d{4})|cuối\s+năm|(?:năm|thời\s+gian|giai\s+đoạn)\s+tới)"
)
_TASK_OR_DATE_BEFORE = re.compile(
    r"(?:phương\s+hướng|định\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu|chỉ\s+tiêu)[^.;\n]*$|tháng\s+\d{1,2}\s+năm\s+$|\d\s*[/.-]\s*$"
)
_PLAN_TITLE = re.compile(r"^\s*(?:kế\s+hoạch|chương\s+trình(?:\s+hành\s+động|\s+công\s+tác)?)\s*$")
# a title in capitals naming the plan on its line: "KẾ HOẠCH THU HÚT ĐẦU TƯ NƯỚC NGOÀI NĂM 2026"
_PLAN_TITLE_NAMED = re.compile(r"^\s*(?:kế\s+hoạch|chương\s+trình(?:\s+hành\s+động)?)\s+\w")
# "NGHỊ QUYẾT / Về kế hoạch phát triển kinh tế - xã hội năm 2026": a resolution setting a plan
_RESOLUTION_TITLE = re.compile(r"^\s*nghị\s+quyết\s*$")
_ON_A_PLAN = re.compile(r"\s*về\s+(?:kế\s+hoạch|nhiệm\s+vụ|mục\s+tiêu|phương\s+hướng|chương\s+trình)")
_PLAN_TITLE_LINES = 10
_PAST = re.compile(r"(?<!\w)(?:đã|đạt\s+được|qua\s+\d+\s+năm)(?!\w)")
# where things stand now, in a plan's account of the present: "hiện nay tỉnh có", "còn hiệu lực", "so với năm 2026"
_PRESENT_STATE = re.compile(r"(?<!\w)(?:hiện\s+nay|đến\s+nay|còn\s+hiệu\s+lực|so\s+với\s+(?:năm|cùng\s+kỳ))(?!\w)")


# "kim ngạch xuất khẩu và nhập khẩu cùng tăng từ 10% trở lên": one goal for the growth of each
BOTH_TRADES = re.compile(r"xuất\s+khẩu\s*(?:và|,)\s*nhập\s+khẩu\s+(?:[^\W\d_]+\s+){0,3}?(?:cùng|đều)\s+tăng")


def with_both_trades(observations: list, folded: str) -> list:
    """A growth goal set for exports and imports together is read once (as the exports');
    the imports' goal is the same figure."""
    out = []
    for o in observations:
        out.append(o)
        if o.kind == "target" and o.indicator == "export_growth" and BOTH_TRADES.search(folded, o.start, o.end):
            out.append(replace(o, indicator="import_growth"))
    return out


# "với tổng số 1.800 chỉ tiêu": the figure counts quotas assigned, a goal
_PLAN_WORD_BEFORE = re.compile(r"(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm|cả\s+năm))?(?:\s+\d{4})?\s+(?:là\s+)?"
                               r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SET_RIGHT_AFTER = re.compile(r"\s*(?:đã\s+|được\s+)?(?:đề\s+ra|đặt\s+ra|giao)(?!\w)")
_QUOTA_AFTER = re.compile(r"\s*chỉ\s+tiêu(?!\w)")
_STRIVING = re.compile(r"phấn\s+đấu")
YEAR_FORECAST = letter_led(r"(?<!\w)(?:dự\s+tính|dự\s+báo|ước\s+tính)\s+(?:cả|hết|trong)\s+năm(?!\s+(?:19|20)\d\d\s*,?\s*(?:tỉnh|thành\s+phố)\s+phấn)")
# ("… 179,92 triệu USD, tăng 15,34%, bằng 16,4% chỉ tiêu": past the change)
# ("… dự kiến đạt 3,6 tỷ USD, tăng hơn 15,9% so với năm 2021 và vượt 7,46% kế hoạch năm": the plan exceeded, a result;
# "đặt mục tiêu … đạt 2.150 triệu USD, tăng 15,53% so với cùng kỳ, bằng 51,19% kế hoạch" stays a goal's share)
_SHARE_OF_PLAN_AFTER = re.compile(r"\s*,?\s*(?:(?:tăng|giảm)\s+\d+(?:[.,]\d+)?\s*%\s*,\s*)?(?:\(\s*)?(?:mới\s+|chỉ\s+)?(?:đạt|bằng)\s+\d+(?:[.,]\d+)?\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)"
                                  r"|\s*,?\s*(?:(?:tăng|giảm)\s+(?:hơn\s+|gần\s+|khoảng\s+)?\d+(?:[.,]\d+)?\s*%(?:\s+so\s+với\s+[^,;.()%]{0,30}?)?"
                                  r"\s*(?:,|\s+và)\s*)?vượt\s+\d+(?:[.,]\d+)?\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)")
_ESTIMATED_BEFORE = re.compile(r"(?<!\w)ước\s+(?:tính\s+|thực\s+hiện\s+)?(?:đạt\s+|là\s+)?(?:khoảng\s+|hơn\s+|trên\s+|gần\s+)?$")
# "xuất khẩu đạt 1,3 tỷ USD (kế hoạch)", "… 500 triệu USD (KH năm 2026)": a figure marked as the plan's
_PLAN_MARK_AFTER = re.compile(r"\s*\(\s*(?:kế\s+hoạch|kh|chỉ\s+tiêu|mục\s+tiêu)(?:\s+năm)?(?:\s+\d{4})?\s*\)")


# "đến năm 2030", "vào năm 2030": a time a figure is to be reached by ("tính đến", "lũy kế đến" are dates of results)
_HORIZON = re.compile(  # each word led by its letter, the look-behinds after it: a fast scan
    r"(?:đ(?<!tính\sđ)(?<!kế\sđ)(?<!\wđ)ến|t(?<!tính\st)(?<!kế\st)(?<!\wt)ới|v(?<!tính\sv)(?<!kế\sv)(?<!\wv)ào)\s+(?:cuối\s+|hết\s+)?năm\s+((?:19|20)\d{2})(?!\d|\s*[-–])")
# "Từ năm 2009 đến hết năm 2026": the end of a span reported on, not a time ahead
_SPAN_FROM = re.compile(r"từ\s+(?:năm\s+)?(?:19|20)\d{2}\s*,?\s*$")
# "biên bản có hiệu lực đến năm 2031", "chương trình kéo dài đến năm 2032": how long a document or a programme
# runs, not a time a figure is to be reached by
_TERM_BEFORE = re.compile(r"(?:hiệu\s+lực|kéo\s+dài|thời\s+hạn|triển\s+khai|thực\s+hiện)\s+(?:[^\W\d_]+\s+){0,2}?$")
_AHEAD_BEFORE = re.compile(r"(?:đến|tới|vào|nhìn|hướng)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?$")
# the years a text names for what it reports ("năm 2024", "giai đoạn 2021-2025"), horizons aside
_NAMED_YEARS = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)")


def _last_match(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    last = None
    for last in pattern.finditer(text, start, end):
        pass
    return last


def names_goals(folded: str) -> bool:
    """Whether goal words in `folded` (a sentence up to a figure) announce goals."""
    return any(announces_goals(folded, c) for c in _CUE.finditer(folded))


def announces_goals(folded: str, cue: re.Match) -> bool:
    if cue.group().startswith("phấn"):
        return True
    if _UNSURE.match(folded, cue.start()):
        return False  # "dự kiến diễn ra vào tháng 9": a date planned, not a figure
    # (the result words in the cue's own sentence: not "… tăng 40,3% so với cùng kỳ.¶Chỉ tiêu năm 2025: …")
    start = max(0, cue.start() - 30, folded.rfind("\n", 0, cue.start()) + 1, folded.rfind(". ", 0, cue.start()) + 2)
    if _RESULT_BEFORE.search(folded, start, cue.start()):
        return False
    # "Thực hiện Quyết định số … giao chỉ tiêu kế hoạch năm 2024 (…): 6 tháng đầu năm, xuất khẩu tăng 4%": the document
    # that set the goals named as what was carried out, the results after it
    opened = max(folded.rfind("\n", 0, cue.start()) + 1, folded.rfind(". ", 0, cue.start()) + 2)
    return not (folded.startswith("giao", cue.start() - 5) and _CARRYING_OUT.match(folded, opened, cue.start()))


# "Thực hiện Nghị quyết số …, Kế hoạch …": a sentence opening on the document carried out
_CARRYING_OUT = re.compile(r"\W*thực\s+hiện\s+(?:các\s+)?(?:quyết\s+định|nghị\s+quyết|kế\s+hoạch|chỉ\s+thị)\s[^:;]*$")


_PLAN_WORD = re.compile(r"kế\s+hoạch")
_BODY_BEFORE = re.compile(r"(?<!\w)(?:sở|bộ|phòng|ban|vụ|cục)\s+(?:tài\s+chính\s*[-–]\s*)?$")


def _without_planning_bodies(folded: str) -> str:
    """The text with the "kế hoạch" of a body's name ("Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch") masked."""
    parts, last = [], 0
    for m in _PLAN_WORD.finditer(folded):
        if _BODY_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            parts += [folded[last : m.start()], "kế_hoạch".ljust(m.end() - m.start(), "_")]
            last = m.end()
    return "".join(parts) + folded[last:] if parts else folded


class Goals:
    def __init__(self, text: str, folded: str, layout: Layout, has_figure, now: date | None = None) -> None:
        """`has_figure(start, end)`: whether a line holds a figure (a heading with a
        figure is content: "1. Tổ chức 2 hội nghị"); `now`: the day the text speaks from, when known."""
        self._now = now
        # "Sở Kế hoạch và Đầu tư công bố giữa năm 2014": a department's name announces no plan (masked, offsets kept)
        if "kế hoạch" in folded:
            folded = _without_planning_bodies(folded)
        self.folded, self.layout = folded, layout
        self.plan = self._is_plan(text)
        self.sentences = layout.sentences
        # (an opening cue always has the word "tiêu": a sentence opening without it is not scanned)
        self._opens_goals = {
            s.index for s in layout.sentences
            if folded.find("tiêu", s.start, min(s.end, s.start + _OPENING)) >= 0
            and any(_OPENING_CUE.match(c.group()) and announces_goals(folded, c)
                    for c in _CUE.finditer(folded, s.start, min(s.end, s.start + _OPENING)))
        }
        self._reported_years: set[str] | None = None  # read on the first "dự kiến cả năm"
        self.under_goal_heading: set[int] = set()
        self._sentence_cues: dict[int, list[re.Match]] = {}
        self.in_plan: set[int] = set()
        self._read_sections(text, has_figure)
        self._latest_year = max((int(y) for m in _NAMED_YEARS.finditer(folded) for y in m.groups() if y
                                 if not _AHEAD_BEFORE.search(folded, max(0, m.start() - 12), m.start())), default=None)

    def is_target(self, sentence: Sentence, pos: int, end: int | None = None) -> bool:
        """Whether the figure at `pos` (ending at `end`, when known) in `sentence` is a goal."""
        near = max(sentence.start, pos - 24)
        if self.folded.find("ước", near, pos) >= 0 and _ESTIMATED_BEFORE.search(self.folded, near, pos) \
                and not _STRIVING.search(self.folded, sentence.start, near):
            # "dự kiến cả năm 2025, kim ngạch xuất khẩu ước đạt 1,4 tỷ USD": a result estimated ("tỉnh phấn đấu thu hút
            # 400 triệu USD, vốn thực hiện ước đạt 750 triệu USD": an estimate inside a goal is one)
            return False
        if self.folded.find("năm", sentence.start, pos) >= 0 and YEAR_FORECAST.search(self.folded, sentence.start, pos):
            return False  # "dự tính cả năm kiều hối sẽ đạt khoảng 5 tỷ USD": the year's result forecast, an estimate
        if end is not None and _EARLIER_LEVEL_BEFORE.search(self.folded, max(sentence.start, pos - 40), pos) \
                and _EARLIER_LEVEL_AFTER.match(self.folded, end, sentence.end):
            return False
        if end is not None and _SHARE_OF_PLAN_AFTER.match(self.folded, end, sentence.end):
            # "quý I dự kiến 137 triệu USD, đạt 26,35% kế hoạch năm, tăng 81% so với quý I năm 2017": a figure that
            # reaches a share of the plan is a result (estimated), whatever word leads it
            return False
        if self._result_clause(sentence, pos):
            return False
        if sentence.paragraph in self.under_goal_heading:
            return True
        if self.neither_done_nor_set(sentence, pos):
            return False
        reach = self._cue_reach(sentence, pos)
        if any(reach <= c.start() and c.end() <= pos and announces_goals(self.folded, c) and not self._effort_then_result(c, pos)
               and not self._estimates_the_year(c) for c in self._cues_in(sentence)):
            return True
        if names_a_level(self.folded, max(sentence.start, pos - 160), pos):
            return True
        near = max(sentence.start, pos - 90)
        if any(self.folded.find(word, near, pos) >= 0 for word in _GOAL_PHRASE_WORDS) \
                and _GOAL_PHRASE_BEFORE.search(self.folded, near, pos):
            return True
        if end is not None and (self.folded.find("ra", end, end + 14) >= 0 or self.folded.find("giao", end, end + 14) >= 0) \
                and _PLAN_WORD_BEFORE.search(self.folded, max(sentence.start, pos - 30), pos) \
                and _SET_RIGHT_AFTER.match(self.folded, end, sentence.end):
            return True  # "vượt xa kế hoạch 1,9 tỉ USD đề ra cho cả năm": the plan's level, set
        if end is not None and (_GOAL_AFTER.match(self.folded, end, sentence.end) or _QUOTA_AFTER.match(self.folded, end, sentence.end)
                                or _PLAN_MARK_AFTER.match(self.folded, end, sentence.end)):
            return True
        if _FLOOR_BEFORE.search(self.folded, max(sentence.start, pos - 30), pos) \
                and not _RESULT_WORDS.search(self.folded, sentence.start, pos):
            return True
        if self._goals_run_on(sentence, pos) or self._part_of_a_goal(sentence, pos):
            return True
        if self._horizon_ahead(sentence, pos):
            return True
        return sentence.paragraph in self.in_plan and not _PAST.search(self.folded, sentence.start, pos) \
            and not self._result_in_a_plan(sentence, pos)

    def _result_clause(self, sentence: Sentence, pos: int) -> bool:
        """A clause telling a year's result in a text about goals: "xuất khẩu năm 1997 mới đạt 3,7 triệu USD", "Chỉ tiêu
        năm 2017 được xây dựng trên nền kết quả năm 2016: kim ngạch xuất khẩu năm 2016 của tỉnh đạt 1,25 tỷ USD"."""
        cut = max(self.folded.rfind(":", sentence.start, pos), self.folded.rfind(";", sentence.start, pos))
        clause = max(sentence.start, cut + 1)
        reached = "đạt" in self.folded[clause:pos]
        done = (reached or "đã" in self.folded[clause:pos]) and _DONE_REACHED.search(self.folded, clause, pos) is not None
        if not (reached or done) or _GOAL_IN_CLAUSE.search(self.folded, clause, pos):
            return False
        year = _YEAR_IN_CLAUSE.search(self.folded, clause, pos)
        if year is None:
            return False
        if done:
            return True
        if cut > sentence.start and self.folded[cut] == ";" and self._now is not None \
                and (past := _YEAR_DIGITS.search(year.group())) is not None and int(past.group()) < self._now.year - 1:
            # "năm 2014, tỉnh đặt chỉ tiêu … 86 triệu USD; đến năm 2016, kim ngạch xuất khẩu đạt 113 triệu USD" told in
            # 2022: a later clause reaching a level in a year long past is its result, not the goal's
            return True
        return cut > sentence.start and self.folded[cut] == ":" and _RESULT_BASE.search(self.folded, sentence.start, cut) is not None

    def _result_in_a_plan(self, sentence: Sentence, pos: int) -> bool:
        """A plan's account of where things stand: "Năm 2027, tỉnh thu hút 45 dự án …" before a plan for 2028,
        "Hiện nay tỉnh có 25 dự án còn hiệu lực", "… tăng 20% so với năm 2026"."""
        if _RESULT_WORDS.search(self.folded, sentence.start, pos) or _PRESENT_STATE.search(self.folded, sentence.start, pos):
            return True
        year = _NAMED_YEARS.search(self.folded, sentence.start, pos)
        return year is not None and self._plan_year is not None and int(year[1]) < self._plan_year \
            and not _AHEAD_BEFORE.search(self.folded, max(sentence.start, year.start() - 12), year.start())

    def neither_done_nor_set(self, sentence: Sentence, pos: int) -> bool:
        """What the rest of a period must bring to meet the plan ("3 tháng cuối năm xuất khẩu phải đạt 500 triệu
        USD"), a criterion projects must meet, an investor's planned increase or an event's expected outcome:
        neither a result nor a goal the province set."""
        f = self.folded
        if (f.find("còn lại", sentence.start, pos) >= 0 or f.find("cuối", sentence.start, pos) >= 0) \
                and _REST_OF_PERIOD.search(f, sentence.start, pos):
            return True
        if f.find("tối thiểu", max(sentence.start, pos - 12), pos) >= 0 or f.find("từ", max(sentence.start, pos - 4), pos) >= 0:
            # ("… dự án FDI với tổng vốn đăng ký từ 60 đến 100 triệu USD": "từ" opens a range, no criterion)
            if _CRITERION.search(f, max(sentence.start, pos - _CRITERION_REACH), pos) and not _RANGE_AT.match(f, pos):
                return True
        near = max(sentence.start, pos - _INVESTOR_PLAN_REACH)
        if f.find("dự kiến", near, pos) < 0:
            return False
        if _INVESTOR_PLAN.search(f, near, pos) is not None:
            return True
        outcome = _EVENT_OUTCOME.search(f, near, pos)
        return outcome is not None and _EVENT_SUBJECT.search(f, sentence.start, outcome.start()) is not None

    def forecasts_the_year(self, sentence: Sentence, pos: int) -> bool:
        """"dự tính cả năm …", or "Dự kiến cả năm 2024" in a text reporting that year's months: the year's result
        forecast, kept as an estimate even in the future tense ("sẽ thu hút")."""
        if YEAR_FORECAST.search(self.folded, sentence.start, pos) is not None:
            return True
        return any(self._estimates_the_year(cue) for cue in _REST_OF_YEAR.finditer(self.folded, sentence.start, pos))

    def _estimates_the_year(self, cue: re.Match) -> bool:
        """"Dự kiến cả năm …" with no year, or with a year whose months the text reports ("9 tháng năm 2027"),
        or an event's expected outcome ("Hội nghị dự kiến ký kết …"): not a goal."""
        if not cue.group().startswith("dự"):
            return False
        if _EVENT_OUTCOME.match(self.folded, cue.start()):
            sentence = self.layout.sentence_at(cue.start())
            return _EVENT_SUBJECT.search(self.folded, sentence.start, cue.start()) is not None
        rest = _REST_OF_YEAR.match(self.folded, cue.start())
        if rest is None:
            # "năm 2012 đạt gần 2,2 tỷ USD và năm 2013 dự kiến đạt 2,4 tỷ USD" told in 2017: what was foreseen for a
            # year already over when the text speaks, an estimate of it
            # ("kim ngạch xuất khẩu cả năm 2022 dự kiến đạt 6,8 tỷ USD" told in November 2022: the year under way estimated)
            named = _YEAR_RIGHT_BEFORE.search(self.folded, max(0, cue.start() - 16), cue.start())
            return named is not None and self._now is not None and (
                int(named[1]) < self._now.year
                or (int(named[1]) == self._now.year and self._now.month >= YEAR_UNDER_WAY_FROM))
        if rest[1] is None:
            return True
        if self._now is not None and self._now.month >= YEAR_UNDER_WAY_FROM and rest[1] == str(self._now.year):
            return True  # "Dự kiến đến hết năm 2020, tỉnh có 444 dự án" said in October 2020: the year's end estimated
        if self._reported_years is None:
            self._reported_years = {m[1] for m in _PART_OF_YEAR.finditer(self.folded)}
        return rest[1] in self._reported_years

    def _effort_then_result(self, cue: re.Match, pos: int) -> bool:
        """"Nhờ nỗ lực cải thiện môi trường đầu tư, tỉnh đã thu hút 1 tỷ USD": the effort named as a
        cause, with the result's words between it and the figure; "đặt mục tiêu 1 tỷ USD và thực tế đã thu
        hút 1,3 tỷ USD": a clause turning to the result after the goal."""
        if _RESULT_TURN.search(self.folded, cue.end(), pos) is not None:
            return True
        if cue.group().startswith("chỉ") and _TARGETS_REACHED.match(self.folded, cue.start(), pos) is not None:
            return True  # "Nhiều chỉ tiêu đạt mức tăng cao nhất …, như … xuất khẩu trên 2 tỷ USD": the plan's indicators met
        return _EFFORT.match(cue.group()) is not None and _RESULT_WORDS.search(self.folded, cue.end(), pos) is not None

    def _horizon_ahead(self, sentence: Sentence, pos: int) -> bool:
        """"Năm 2024, xuất khẩu đạt 3,8 tỷ USD. Đến năm 2030, xuất khẩu đạt 6 tỷ USD.": a time ahead of
        every year the text reports on, in a text with no date to say what is past."""
        horizon = _last_match(_HORIZON, self.folded, sentence.start, pos)
        return horizon is not None and self._latest_year is not None and int(horizon[1]) > self._latest_year \
            and not _SPAN_FROM.search(self.folded, max(sentence.start, horizon.start() - 30), horizon.start()) \
            and not _TERM_BEFORE.search(self.folded, max(sentence.start, horizon.start() - 30), horizon.start()) \
            and not _RESULT_WORDS.search(self.folded, horizon.end(), pos) \
            and self.folded.find(";", horizon.end(), pos) < 0 and not _NAMED_YEARS.search(self.folded, horizon.end(), pos)

    def _cues_in(self, sentence: Sentence) -> list[re.Match]:
        """The goal cues of a sentence, found once for all its figures."""
        cues = self._sentence_cues.get(sentence.start)
        if cues is None:
            cues = self._sentence_cues[sentence.start] = list(_CUE.finditer(self.folded, sentence.start, sentence.end))
        return cues

    def _cue_reach(self, sentence: Sentence, pos: int) -> int:
        """Where a cue before the figure may stand: the sentence, or its ";" clause when that opens
        with a time of its own ("phấn đấu đạt 2 tỷ USD; năm 2025, xuất khẩu đạt 1,8 tỷ USD")."""
        cut = self.folded.rfind(";", sentence.start, pos)
        return cut + 1 if cut >= 0 and _OWN_TIME.match(self.folded, cut + 1) else sentence.start

    def _goals_run_on(self, sentence: Sentence, pos: int) -> bool:
        """An earlier sentence of the paragraph opened with a goal cue and none since (nor this
        one, up to the figure) speaks of results."""
        if _RESULT_WORDS.search(self.folded, sentence.start, pos) or _OPENS_OWN_TIME.match(self.folded, sentence.start) \
                or not _GOAL_SHAPED.search(self.folded, sentence.start, min(sentence.end, pos + 20)):
            return False
        i = sentence.index - 1
        while i >= 0 and self.sentences[i].paragraph == sentence.paragraph:
            if i in self._opens_goals:
                return True
            if _RESULT_WORDS.search(self.folded, self.sentences[i].start, self.sentences[i].end):
                return False
            i -= 1
        return False

    def _part_of_a_goal(self, sentence: Sentence, pos: int) -> bool:
        """"Kế hoạch năm 2013, tỉnh phấn đấu tổng kim ngạch xuất nhập khẩu đạt 25,5 tỷ USD. Trong đó, kim ngạch xuất khẩu
        từ 12.280 đến 12.610 triệu USD": a sentence opening on the parts of the goal the one before set."""
        if sentence.index == 0 or not _PART_OPENING.match(self.folded, sentence.start) \
                or _RESULT_WORDS.search(self.folded, sentence.start, pos):
            return False
        before = self.sentences[sentence.index - 1]
        return before.paragraph == sentence.paragraph and any(
            announces_goals(self.folded, c) and not self._effort_then_result(c, before.end)
            for c in _CUE.finditer(self.folded, before.start, before.end))

    def _is_plan(self, text: str) -> bool:
        lines = self.layout.paragraphs[:_PLAN_TITLE_LINES]
        # the first year the plan's title lines name: results of earlier years are its account of the present
        titles = [p for p in lines if 0 < p.end - p.start <= _HEADING_MAX and not self.folded[p.start:p.end].rstrip().endswith((".", ";"))]
        self._plan_year = min((int(y) for p in titles for m in _NAMED_YEARS.finditer(self.folded, p.start, p.end)
                               for y in m.groups() if y), default=None)
        for i, p in enumerate(lines):
            line = self.folded[p.start : p.end]
            if _PLAN_TITLE.match(line):
                return True
            original = text[p.start : p.end]
            if _PLAN_TITLE_NAMED.match(line) and original.upper() == original:
                return True
            if _RESOLUTION_TITLE.match(line) and i + 1 < len(lines) \
                    and _ON_A_PLAN.match(self.folded, lines[i + 1].start, lines[i + 1].end):
                return True
        return False

    def _read_sections(self, text: str, has_figure) -> None:
        announcing_list = False  # a line ending with ":" announced goals: its list items are goals
        section = "plan" if self.plan else None  # None, "goals", "results" or "plan"
        contents_number: int | None = None  # the last item number of a table of contents being read
        for paragraph in self.layout.paragraphs:
            line = self.folded[paragraph.start : paragraph.end].strip()
            if _CONTENTS_TITLE.match(line):
                contents_number = 0
                continue
            if contents_number is not None:
                item = _ITEM_NUMBER.match(line)
                if item is not None and int(item[1]) > contents_number and self._is_heading(paragraph, line):
                    contents_number = int(item[1])
                    continue
                contents_number = None  # the numbering starts again: the body
            if paragraph.is_list_item(text) and announcing_list:
                self.under_goal_heading.add(paragraph.index)
                continue
            # ("Điều 1. Đánh giá kết quả thực hiện kế hoạch năm 2025": a heading whose only figures are its number and years)
            heading = self._is_heading(paragraph, line) and (not has_figure(paragraph.start, paragraph.end)
                                                             or _years_and_numbering_only(line))
            announcing_list = line.endswith(":") and (_GOALS_HEADING.match(line) is not None or any(
                announces_goals(self.folded, c) for c in _CUE.finditer(self.folded, paragraph.start, paragraph.end)))
            if heading:
                # "Các chỉ tiêu ngành đều vượt kế hoạch" is a headline about results, not a goals heading
                if _GOALS_HEADING.match(line) and not line.endswith(":") and not _HEADING_OF_RESULTS.search(line):
                    # ("I. MỤC TIÊU ĐẶT RA VÀ BỐI CẢNH": goals beside the results they start from, each sentence its own)
                    section = None if _RESULTS_HEADING.search(line) else "goals"
                elif _RESULTS_HEADING.search(line):
                    section = "results"
                elif self._tasks_ahead(paragraph, line):
                    section = "plan"
                elif not (section == "results" and _SUB_HEADING.match(line)):
                    # ("II. KẾT QUẢ NĂM 2023 …" over "2. Xuất khẩu": a numbered part of the results stays among them)
                    section = "plan" if self.plan else None
                continue
            if _RESULTS_HEADING.match(line):
                section = "results" if self.plan else None  # "Kết quả năm 2024: ..." after the goals
            elif section == "goals":
                self.under_goal_heading.add(paragraph.index)
            elif section == "plan":
                self.in_plan.add(paragraph.index)

    def _tasks_ahead(self, paragraph, line: str) -> bool:
        """A heading over the tasks of a period after the results reported before it ("Phương hướng, nhiệm vụ năm
        2025" after the figures of 2024, "Nhiệm vụ 6 tháng cuối năm"): what its lines set out are goals. A task
        heading of a year the body has already reported on ("Nhiệm vụ trọng tâm năm 2024" over 2024) is not."""
        heading = _TASKS_HEADING.match(line)
        if heading is None:
            return False
        if heading["year"] is None:
            return True
        # the years reported on before it, not those of a task, plan or goal ("… và phương hướng, nhiệm vụ năm 2025"
        # in the title) nor a date ("ngày 10 tháng 1 năm 2025", "10/1/2025")
        reported = [int(m[1]) for m in _NAMED_YEARS.finditer(self.folded, 0, paragraph.start)
                    if not _TASK_OR_DATE_BEFORE.search(self.folded, max(0, m.start() - 40), m.start())]
        return bool(reported) and int(heading["year"]) > max(reported)

    def _is_heading(self, paragraph, line: str) -> bool:
        return (
            0 < len(line) <= _HEADING_MAX
            and not line.endswith((".", ";", ","))
            and not _DASH_ITEM.match(self.folded, paragraph.start)
        )
