"""One figure read in its sentence -> an Observation: its period as a flow or a standing at a date, its
change, plan share, qualifier, per-year reading and the evidence span quoted for review.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date

from .attributes import Attribute, is_per_year, qualifier
from .fast_scan import letter_led
from .goals import YEAR_UNDER_WAY_FROM
from .indicator_rates import GROWTH_OF
from .indicator_topics import Indicator
from .indicators import INDICATORS, NEXT_IN_TURN, FigureContext
from .numbers import Quantity
from .observation_model import FLOW_OF_STOCK, Observation, is_year_before, unit_of
from .periods import Period
from .segments import Sentence

_IN_FORCE = re.compile(r"còn\s+hiệu\s+lực")
_DONE_BEFORE = re.compile(r"(?<!\w)đã\s+(?:[^\W\d_]+\s+){1,8}(?:được\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_PARTS_OF_THE_GOAL_LEAD = re.compile(r"\W*(?:trong\s+đó|cụ\s+thể)\s*[,:]")
_PRESENT_OVER_YEARS = ("ngo_organizations", "intl_organizations", "ngo_projects")
_ORGANIZATIONS = ("ngo_organizations", "intl_organizations")
# "Các khoản viện trợ do 17 tổ chức tài trợ", "Tất cả do 9 tổ chức … thực hiện": those who gave the period's aid
_DONORS_BEFORE = re.compile(r"(?:viện\s+trợ|khoản|dự\s+án|tất\s+cả)[^.;:]{0,40}?(?<!\w)do\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# "15 tổ chức phi chính phủ nước ngoài đã tài trợ cho các địa phương": those who gave the period's aid
_DONORS_AFTER = re.compile(r"\s*(?:tổ\s+chức\s+)?(?:[^\W\d_]+\s+){0,5}?(?:đã\s+)?(?:tài\s+trợ|viện\s+trợ)\s+(?:cho|các)(?!\w)")
# "Tính đến cuối năm 2018, tổng giá trị cam kết viện trợ … đạt 12 triệu USD": all commitments signed so far, a
# standing at that date, not the year's new ones (a running total "từ đầu năm" stays the year's)
_COMMITTED_SO_FAR = re.compile(r"(?<!\w)(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm|ngày|tháng|thời\s+điểm|nay|\d)")
# (so are the agreements signed: "Tính đến tháng 5/2024, tỉnh đã ký 26 thỏa thuận" are all signed by then)
_TOLD_THAT_DONE = re.compile(r"(?:cho\s+biết|thông\s+tin|khẳng\s+định|nhấn\s+mạnh|báo\s+cáo)(?:\s+rằng)?[^.;]{0,80}?(?<!\w)đã\s+"
                             r"(?:[^\W\d_]+\s+){1,4}?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_SIGNED_SO_FAR = ("ngo_committed", "agreements_signed")
_TOTAL_WORD = re.compile(r"(?<!\w)tổng(?!\w)")
_SINCE_YEAR_START = re.compile(r"từ\s+đầu\s+năm|(?<!\w)\d+\s+tháng|(?<!\w)quý|trong\s+năm")
_PER_YEAR_AFTER = re.compile(r"[^,;.\d]{0,60}?(?<!\w)(?:mỗi|hằng|hàng)\s+năm(?!\w)")  # "1.500 lao động … mỗi năm"
_CHANGE_NEXT = re.compile(r"\s*,?\s*(?:và\s+)?")  # "…, tăng 29% và 19%": the changes right after the figures
_THEN_REACHED = re.compile(r"\s*,?\s*(?:và\s+)?(?:ước\s+)?(?:đạt|lên|lên\s+mức|ở\s+mức)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?")
# ("…, góp phần đưa quy mô vốn đầu tư nước ngoài của thành phố lên mức 10,5 tỷ USD": the total capital now, too; not
# "đưa tổng vốn FDI đăng ký … trong 11 tháng đầu năm 2022 lên 1,8 tỷ USD", the months' sum)
RAISED_TOTAL = re.compile(r"(?<!\w)(?:nâng\s+(?:tổng\s+)?số\s[^;]*?"
                          r"|(?:đưa\s+(?:tổng\s+)?số\s|(?:nâng|đưa)\s+(?:tổng|quy\s+mô)\s+(?:số\s+)?vốn\s)"
                          r"(?:(?!trong\s|từ\s+đầu|\d+\s+tháng|năm\s+nay|quý\s)[^;])*?)(?<!\w)lên\s+(?:con\s+số\s+|mức\s+)?$")
_TRADE_CODES = frozenset({"export_value", "import_value", "trade_value"})
# "tổng kim ngạch xuất khẩu 5 năm", "cả giai đoạn": a sum over the years, not one year's level
_SUMMED_OVER_YEARS = re.compile(r"(?<!\w)(?:\d+|năm|mười)\s+năm(?!\s+\d)|cả\s+(?:giai\s+đoạn|thời\s+kỳ)|l(?:ũy|uỹ)\s+kế")
# "Đến nay, tỉnh có 1.111 dự án; trong đó 588 dự án đã hoạt động với tổng vốn thực hiện …", "Hiện có 576 dự án đã
# đi vào hoạt động, tổng vốn thực hiện …": what the projects operating now have put in, a standing
# ("Tính đến tháng 5/2022, … có 96 dự án … đã đi vào hoạt động, với vốn đầu tư thực hiện …": held on a day told)
_OPERATING_NOW = re.compile(r"(?:(?<!\w)hiện\s+(?:nay\s+)?có|đến\s+nay|tính\s+đến).*?đã\s+(?:đi\s+vào\s+)?hoạt\s+động")
_CHANGE_ABOUT = re.compile(r"\s*(?:so\s+với\s+[^,;.]{0,30}?\s)?về\s+(?:(?P<projects>số\s+(?:lượng\s+)?dự\s+án)|(?:số\s+|tổng\s+)?vốn)")
_DISBURSED = ("fdi_implemented_capital", "ngo_disbursed", "oda_disbursed")
_SHARE_OF_REGISTERED = re.compile(r"[^.;\d]{0,40}?(?<!\w)bằng\s+[\d.,]+\s*%\s+(?:so\s+với\s+)?(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu\s+tư)?\s+đăng\s+ký")
_RUNNING_SINCE_START = re.compile(r"l(?:ũy|uỹ)\s+kế(?!\s+(?:\d+\s+tháng|từ\s+đầu\s+năm|quý|cả\s+năm|năm\s+\d))")
# "21 tổ chức đăng ký hoạt động", "15 tổ chức PCPNN có giấy đăng ký": organisations registered in the province
_REGISTERED_HERE = re.compile(r"\s*(?:tổ\s+chức\s+)?(?:[^\W\d_]+\s+){0,5}?(?:đã\s+|đang\s+)?(?:(?:được\s+)?đăng\s+ký(?:\s+và(?:\s+hiện)?(?:\s+đang)?)?\s+hoạt\s+động|có\s+giấy\s+đăng\s+ký)")
_YEAR_PLAN_BEFORE = re.compile(r"kế\s+hoạch\s+(?:cả\s+)?năm(?:\s+\d{4})?\s*(?:là\s+|:\s*)?$")
_COUNTED_SO_FAR = re.compile(r"(?:tính|l(?:ũy|uỹ)\s+kế)\s+(?:[^.;]{0,80}?\s)?(?:đến|tới)\s+(?:hết\s+|cuối\s+|đầu\s+|giữa\s+)?"
                             r"(?:năm|ngày|tháng|quý|thời\s+điểm|\d)")
_ALL_SO_FAR = re.compile(r"l(?:ũy|uỹ)\s+kế|(?:đến|tới)\s+đầu\s+năm")
_HAS_BEFORE = re.compile(r"(?<!\w)(?:đã\s+|hiện\s+)?có\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
# (nor "Năm 2025, tính đến ngày 15/10, …": the year's count so far)
_FROM_A_DATE = re.compile(r"(?<!\w)từ\s+(?:đầu|ngày|tháng|năm|quý|\d)|(?<!\w)\d+\s+tháng|trong\s+(?:năm|tháng|quý|kỳ)"
                          r"|(?<!\w)năm\s+\d{4}\s*,?\s*(?:tính|l(?:ũy|uỹ)\s+kế)")
_WORKING_THERE_NOW = re.compile(r"(?<!\w)đang\s+(?:làm\s+việc|lao\s+động)(?!\w)")
_STANDING = ("fdi_rank", "fdi_active_projects", "fdi_total_capital", "partner_localities")
_AID_MONEY = ("ngo_committed", "ngo_disbursed")
_SET_UP_OVER = re.compile(r"(?:thiết\s+lập|xác\s+lập|kết\s+nghĩa|ký\s+kết)[^.;:]*$")
# "Liên hiệp cùng 31 hội hữu nghị thành viên" in a year's review: the associations a union has, a standing; only
# those founded in the period ("thành lập mới 2 hội", "thêm 1 hội") are counted over it
_NEWLY_FOUNDED = re.compile(r"(?:mới|thêm)(?:\s+được)?\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$|^\s*hội\s+hữu\s+nghị\s+mới")
_STANDING_OPENING = re.compile(
    r"\W*(?:[^.;:]{1,40}?(?:,|\s[–—-])\s+)?"  # a fronted date or place: "15/6/2021 - ", "Theo Sở Ngoại vụ, "
    r"(?:(?:toàn\s+tỉnh|tỉnh|thành\s+phố|trên\s+địa\s+bàn(?:\s+tỉnh)?)\s+)?hiện\s+(?:nay\s+|tại\s+)?(?:đang\s+)?có(?!\w)")
# "các chương trình, dự án này", "những khoản viện trợ trên": the items a figure before counted
_THESE_ITEMS = letter_led(
    r"(?<!\w)(?:các|những)\s+(?:chương\s+trình|dự\s+án|khoản\s+viện\s+trợ|khoản)(?:\s*,\s*(?:chương\s+trình|dự\s+án))?"
    r"\s+(?:này|nói\s+trên|trên)(?!\w)"
)
_EVIDENCE_LEFT = 140  # characters of left context quoted at most
_HEAD_PHRASE = re.compile(r"[^,;:()]{0,60}?(?=[,;:()]|$)")

# "Đến cuối tháng 4/2009, thành phố đã cấp phép cho …": a sentence opening on a month reached, then what was licensed
_LICENSED_BY_A_MONTH = re.compile(r"\W*(?:tính\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?tháng\s+\d{1,2}\s*/\s*\d{4}\s*,[^;]*?"
                                  r"(?:cấp\s+phép|thu\s+hút|cấp\s+giấy\s+chứng\s+nhận)")

# ("toàn tỉnh có 2 dự án FDI được cấp phép", "… được cấp mới chứng nhận": licensed in the period)
_LICENSED_AFTER = re.compile(r"(?<!\w)mới(?!\w)|cấp\s+phép|được\s+cấp|cấp\s+giấy")
# projects the province holds: "trên địa bàn tỉnh có 45 dự án", "số liệu tháng 5/2022 cho thấy toàn tỉnh có trên 110 dự
# án", or those of its largest investor
_HELD_REACH = 240  # the cue, the count and its capital's words stand this close before the figure
_HELD_ON_THE_GROUND = letter_led(
    r"(?<!\w)(?:(?:trên\s+địa\s+bàn(?:\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố))?|toàn\s+(?:tỉnh|thành\s+phố))\s+(?:hiện\s+)?có"
    r"|nhà\s+đầu\s+tư(?:\s+fdi)?\s+"
    r"(?:lớn\s+nhất|lớn\s+thứ\s+\w+|số\s+một)(?:\s+(?:của|tại|vào)\s+(?:tỉnh|thành\s+phố|địa\s+phương))?\s+với)\s+"
    r"(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?(?:[\d.,]+\s+dự\s+án[^.;\d]{0,80}?)?$"
)


def _standing_at_end(period: Period, ref: date | None) -> Period:
    """What stands at the period's end, or at the text's date when that falls earlier in the same year."""
    return Period(as_of=min(period.end, ref) if ref is not None and ref.year == period.end.year else period.end)


def _at_the_year_s_close(period: Period, ref: date) -> bool:
    """"Lũy kế đến hết năm 2023, … có 78 dự án" in a text of 28/12/2023: the standing at the close of the text's own
    year, a few weeks on (or from the year's second half on: "Dự kiến đến hết năm 2025, … có 310 dự án" in October),
    is a result estimated, not a plan."""
    return period.as_of is not None and period.as_of.year == ref.year \
        and ((period.as_of - ref).days <= 62 or ref.month >= YEAR_UNDER_WAY_FROM)


# "Giai đoạn 2021 - 2025, tỉnh triển khai thực hiện 05 dự án sử dụng vốn ODA" in a text of 2024: the term's projects
# under way, not a goal for it
_PROJECTS_OF_A_TERM = ("oda_projects", "ngo_projects")
_CARRIED_OUT_BEFORE = re.compile(r"(?<!\w)(?:triển\s+khai(?:\s+thực\s+hiện)?|thực\s+hiện)\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_EXPECTED_ONLY = re.compile(r"(?<!\w)dự\s+kiến\s+(?:đạt\s+|là\s+|ở\s+mức\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$")
_GOAL_WORDS = re.compile(r"phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|đặt\s+ra|đề\s+ra|kỳ\s+vọng|dồn\s+sức|hướng\s+tới")

# goals of investment attracted "đến năm 2030": what is to be attracted from the plan's start up to that year
_ATTRACTED_BY_A_YEAR = frozenset({"fdi_registered_capital", "fdi_new_capital", "fdi_new_projects"})


class ObservationBuilding:
    """Mixed into ObservationFinder: what it needs (`_period`, `_is_target`, `timeline`, `layout`) is the finder's."""

    def _observation(
        self,
        sentence: Sentence,
        quantity: Quantity,
        code: str,
        context: FigureContext,
        left_start: int,
        right_end: int,
        next_start: int,
        attributes: list[Attribute],
        counterpart: str | None,
    ) -> Observation:
        target = self._is_target(sentence, quantity.start, quantity.end)
        indicator = INDICATORS[code]
        attribute_end = min(next_start, self.layout.clause_end(sentence, quantity.end))
        own = [a for a in attributes if quantity.end <= a.start < attribute_end]
        over_years = code in _PRESENT_OVER_YEARS
        period = self._period(quantity, sentence, left_start, right_end, stock=indicator.stock, target=target,
                              counted=indicator.unit in ("count", "people"), over_years=over_years,
                              accrues=target and code in _ATTRACTED_BY_A_YEAR and "thu hút" in context.sentence_left,
                              donors=over_years and (_DONORS_BEFORE.search(context.left) is not None
                                                     or _DONORS_AFTER.match(context.right) is not None))
        if period is not None and indicator.stock and not target and period.as_of is None and RAISED_TOTAL.search(context.left):
            # "nâng tổng số ... lên 26": the total reached at the period's end, not a flow over it
            ref = self.timeline.reference_date
            period = _standing_at_end(period, ref)
        if target and period is not None and period.as_of is None and period.start == period.end:
            # "Tại hội nghị ngày 10/01/2024, thành phố … phấn đấu thu hút 2 - 2,5 tỷ USD": a meeting's day sets no goal's
            # period; the goal is its year's
            period = Period(start=date(period.start.year, 1, 1), end=date(period.start.year, 12, 31))
        if target and period is not None and period.as_of is None and period.start.year == period.end.year \
                and _YEAR_PLAN_BEFORE.search(context.left):
            # "…: kế hoạch năm 600 triệu USD; thực hiện 6 tháng 280 triệu USD": the plan is the whole year's
            period = Period(start=date(period.start.year, 1, 1), end=date(period.start.year, 12, 31))
        if target and code in _TRADE_CODES and period is not None and period.as_of is None \
                and period.start.year < period.end.year and not _SUMMED_OVER_YEARS.search(context.left) \
                and not any(p.explicit and p.mode == "span" and (p.first_year or 0) < (p.last_year or 0)
                            for p in self._periods_between(sentence.start, sentence.end)):
            # "Kế hoạch … giai đoạn 2016 - 2020. … b) Tổng kim ngạch xuất khẩu đạt 200 triệu USD": a trade's level is a year's,
            # the span's last, unless its own sentence sets the span or sums it ("tổng kim ngạch xuất khẩu 5 năm")
            period = Period(start=date(period.end.year, 1, 1), end=date(period.end.year, 12, 31))
        if code in FLOW_OF_STOCK and not target and period is not None and period.as_of is None \
                and self.timeline.reporting_year is not None and period.end.year < self.timeline.reporting_year \
                and period.start.month == 1 and period.end.month < 12 and "mới" not in context.sentence_left \
                and _LICENSED_BY_A_MONTH.match(self.folded, sentence.start, quantity.start):
            # "Đến cuối tháng 4/2009, thành phố đã cấp phép cho 43 dự án FDI" in a text of a later year: all licensed by
            # then, recalled (the same words in that year's own report count its months so far)
            period = Period(as_of=period.end)
        if code in FLOW_OF_STOCK and not target and period is not None and period.as_of is None \
                and "mới" not in context.sentence_left[context.sentence_left.rfind(";") + 1:] \
                and (held := _HELD_ON_THE_GROUND.search(context.sentence_left, max(0, len(context.sentence_left) - _HELD_REACH))) is not None \
                and not _LICENSED_AFTER.search(context.clause_right, 0, 60) and not _LICENSED_AFTER.search(held.group()) \
                and not _SINCE_YEAR_START.search(context.sentence_left) and not _FROM_A_DATE.search(context.sentence_left) \
                and not (held.group().startswith("toàn") and (period.start.month, period.end.month) == (1, 12)):
            # "theo số liệu năm 2023, trên địa bàn tỉnh có 01 dự án FDI …", "Hồng Kông là nhà đầu tư FDI lớn nhất của
            # tỉnh với 29 dự án": what the province holds, at the period's end ("năm 2018 toàn tỉnh có 46 dự án FDI" is the
            # year's, as its change says; "toàn thành phố có 50 dự án FDI được cấp mới", the new ones)
            period = _standing_at_end(period, self.timeline.reference_date)
        if code in FLOW_OF_STOCK and not target and period is not None and period.as_of is not None:
            # "Lũy kế đến nay, Nhật Bản dẫn đầu với … 1.790 dự án cấp mới": what was licensed, held at a date, is the stock
            code = FLOW_OF_STOCK[code]
            indicator = INDICATORS[code]
        if code in _TRADE_CODES and period is not None and period.as_of is not None:
            # "nhập khẩu lũy kế đến hết tháng 10": trade is a flow, summed from the year's start
            period = Period(start=date(period.as_of.year, 1, 1), end=period.as_of)
        ref = self.timeline.reference_date
        if target and period is not None and ref is not None and period.as_of is None and period.end <= ref \
                and period.end.year == ref.year and (period.start.month, period.end.month) != (1, 12) \
                and "dự kiến" in context.left and _EXPECTED_ONLY.search(context.left) \
                and not _GOAL_WORDS.search(context.sentence_left):
            # "kim ngạch xuất khẩu 6 tháng đầu năm 2024 dự kiến đạt 420 triệu USD" in a text on those months: the result
            # expected as they close, an estimate
            target = False
        if not target and period is not None and ref is not None and self.timeline.dated and period.as_of is None \
                and period.start <= ref < period.end and period.start.year < period.end.year > ref.year \
                and _DONE_BEFORE.search(context.left):
            # "Trong nhiệm kỳ 2020-2025, tỉnh đã ký kết 25 thỏa thuận" in a text of 2024: what the term has brought so far
            period = Period(start=period.start, end=ref)
        if not target and period is not None and ref is not None and self.timeline.dated and (
            ((period.as_of or period.start) > ref and not _at_the_year_s_close(period, ref))
            or (period.as_of is None and period.start.year < period.end.year > ref.year
                and not (code in _PROJECTS_OF_A_TERM and _CARRIED_OUT_BEFORE.search(context.left)
                         and not _GOAL_WORDS.search(context.sentence_left)))
        ):
            # a figure for a time after the text's own, or for years not yet run ("giai đoạn 2026-2030" in a text
            # of 2026), is a plan or a forecast
            target = True
            period = Period(start=period.start, end=period.end) if period.as_of is None else period
        if code in _SIGNED_SO_FAR and not target and period is not None and period.as_of is None \
                and (code != "ngo_committed" or _TOTAL_WORD.search(context.left)) and _COMMITTED_SO_FAR.search(context.sentence_left) \
                and not _SINCE_YEAR_START.search(context.sentence_left) and period.start.year == period.end.year:
            # "từ năm 2014 đến năm 2019, … tổng giá trị …": a span of years is summed, not a standing at its end
            period = Period(as_of=period.end)
        if code == "agreements_signed" and not target and period is not None and period.as_of is None \
                and period.start == period.end and _TOLD_THAT_DONE.search(context.sentence_left):
            # "Ngày 11/11/2023, tại hội nghị …, Bí thư cho biết các cấp chính quyền đã ký kết 15 thỏa thuận": all signed by
            # the day it was told, not signed on that day
            period = Period(as_of=period.end)
        if not target and period is not None and period.as_of is None and _IN_FORCE.search(context.left):
            # "giá trị các văn bản cam kết còn hiệu lực, tính đến 31/12 là …": what is in force is a standing
            period = Period(as_of=period.end)
        if code in _DISBURSED and not target and period is not None and period.as_of is None \
                and (_RUNNING_SINCE_START.search(context.left) or _RUNNING_SINCE_START.match(context.sentence_left.lstrip())
                     or (code == "fdi_implemented_capital" and (
                         (_OPERATING_NOW.search(context.sentence_left) and not _SINCE_YEAR_START.search(context.sentence_left))
                         or _SHARE_OF_REGISTERED.match(self.folded, quantity.end, min(sentence.end, quantity.end + 90))))):
            # "lũy kế giải ngân từ khi cấp phép đến nay", "tổng vốn giải ngân lũy kế đạt …": all disbursed so far, a
            # standing at the period's end; so is what was disbursed "bằng 58,5% tổng vốn đăng ký" (of every project held)
            period = Period(as_of=period.end)
        if not target and period is not None and not indicator.stock and ("này" in context.sentence_left or "trên" in context.sentence_left) \
                and _THESE_ITEMS.search(context.sentence_left) and (referent := self._items_counted_before(code, sentence, quantity)):
            # "Năm qua tỉnh tiếp nhận 15 dự án … . Đến nay, các dự án này đã giải ngân 7,7 tỉ đồng": their money over
            # the period they were counted in, not the year so far
            period = referent.period
        if code in _AID_MONEY and not target and period is not None and period.as_of is None \
                and _STANDING_OPENING.match(self.folded, sentence.start, quantity.start) \
                and all(m.now for m in self._periods_between(sentence.start, quantity.start)):
            # "Toàn tỉnh hiện có 32 tổ chức … với tổng giá trị vận động khoảng 12,5 tỷ đồng": what those present
            # have brought in all told, a standing now, not the year so far
            period = Period(as_of=ref if ref is not None and self.timeline.dated else period.end)
        if code in _ORGANIZATIONS and not target and period is not None and period.as_of is None and period.start == period.end:
            # "khi Đoàn công tác làm việc với tỉnh ngày 31/10/2013, tỉnh đã có hơn 20 tổ chức PCPNN hoạt động": those at work
            # on the day told, a standing then
            period = Period(as_of=period.end)
        if code == "friendship_associations" and not target and period is not None and period.as_of is None \
                and not _NEWLY_FOUNDED.search(context.left) and not _NEWLY_FOUNDED.match(context.right):
            period = _standing_at_end(period, ref)
        if code == "ngo_organizations" and not target and period is not None and period.as_of is None \
                and period.start.year < period.end.year and _REGISTERED_HERE.match(context.right):
            # "trong 4 năm (2015 - 2018) … 27 tổ chức đến thực hiện 77 dự án; 21 tổ chức đăng ký hoạt động tại tỉnh":
            # those registered are a standing at the span's end (in one year, "Năm 2024 … 29 tổ chức đăng ký hoạt
            # động", they are the year's)
            period = _standing_at_end(period, ref)
        if code in _STANDING and not target and period is not None and period.as_of is None and not (
                code == "partner_localities" and period.start.year < period.end.year and _SET_UP_OVER.search(context.left)):
            # a rank, the projects in force and their capital, the partner localities are a standing at the period's
            # end (not those a term set up: "Trong nhiệm kỳ 2020-2025, tỉnh đã thiết lập quan hệ với 3 địa phương")
            period = _standing_at_end(period, ref)
        if code == "workers_abroad" and not target and period is not None and period.as_of is None \
                and (_WORKING_THERE_NOW.search(context.left) or _WORKING_THERE_NOW.search(context.right, 0, 50)):
            # "tổng số lao động của tỉnh đang làm việc ở nước ngoài được nâng lên khoảng 30.000 người", "có 250 lao động
            # đang làm việc tại Nhật Bản": those abroad now, a standing at the period's end, not those sent in it
            period = _standing_at_end(period, ref)
        if code == "workers_abroad" and not target and period is not None and period.as_of is None \
                and _COUNTED_SO_FAR.search(context.sentence_left) and not _FROM_A_DATE.search(context.sentence_left) \
                and (_ALL_SO_FAR.search(context.sentence_left) or _HAS_BEFORE.search(context.left)
                     or (self.timeline.reporting_year is not None and period.end.year < self.timeline.reporting_year)):
            # "Tính đến tháng 3/2024, tỉnh đã có trên 1.000 lao động sang Hàn Quốc", "lũy kế từ khi tái khởi động sau dịch
            # đến ngày 31/3/2025, toàn tỉnh đã đưa hơn 8.300 lao động", "Tính đến đầu năm 2023, tỉnh đã đưa …" in a later
            # text: all sent by then, with no date they are counted from (not "Tính từ năm 2014 đến cuối tháng 7/2019",
            # nor "Tính đến ngày 15/10, tỉnh đã đưa …" in that year's own text: the year so far)
            period = Period(as_of=period.end)
        # ("giảm 4% so với tháng 3/2024 nhưng tăng 120% so với tháng 4/2023": the change on the year before)
        change = self._change_in_turn(quantity, own, attributes, next_start) \
            or next((a for a in own if a.name == "change_pct" and (a.base_year is None or is_year_before(a.base_year, period))
                       and not self._change_of_the_other_measure(a, indicator)), None) \
            or self._change_before(attributes, left_start, quantity)
        if change is not None and change.base_year is not None and not is_year_before(change.base_year, period):
            change = None  # "tăng so với năm 2010" is not a change on the same period last year
        plan = next((a for a in own if a.name == "plan_pct"), None)
        per = "year" if is_per_year(context.left, quantity.per_year) or _PER_YEAR_AFTER.match(context.right) else "period"
        if per == "year" and period is not None and period.as_of is not None and not indicator.stock:
            # "mỗi năm tỉnh tổ chức cho khoảng 80 lượt đoàn ra nước ngoài": a yearly flow, over the year it is told in
            period = Period(start=date(period.as_of.year, 1, 1), end=date(period.as_of.year, 12, 31))
        if target and per == "year" and indicator.unit == "percent" and period is not None and period.as_of is None and ref is not None \
                and period.start.year == period.end.year > ref.year:
            # "phấn đấu đến năm 2020 …, tốc độ tăng trưởng xuất khẩu bình quân 12%/năm" told in 2013: a yearly rate runs
            # from the text's year to the horizon, not in the horizon's year alone
            period = Period(start=date(ref.year, 1, 1), end=period.end)
        end = max([quantity.end, *(a.end for a in own)])
        if indicator.unit in ("count", "people"):
            head = _HEAD_PHRASE.match(self.text, quantity.end, right_end)
            end = max(end, head.end() if head else quantity.end)
        if target and code == "fdi_new_capital" and not self._names_new_capital(sentence, quantity):
            code = "fdi_registered_capital"  # "phấn đấu thu hút 10 dự án FDI với tổng vốn 350 triệu USD": a goal's capital
        return Observation(
            kind="target" if target else "observation",
            indicator=code,
            low=quantity.low,
            high=quantity.high,
            unit=unit_of(indicator.unit, quantity),
            period=period,
            qualifier=qualifier(context.left, self.folded[quantity.end : quantity.end + 30], context.sentence_left),
            # (a goal's growth beside its level is kept here for `goal_and_growth` to make it a target of its own)
            change_pct=None if change is None or (target and not self._goal_s_growth(code, context, quantity, change))
            else change.value,
            plan_pct=None if target or plan is None else plan.value,
            per=per,
            counterpart=counterpart,
            start=self._evidence_start(left_start, quantity.start),
            end=end,
            change_high=change.high if change is not None and target else None,
        )

    def _change_of_the_other_measure(self, change: Attribute, indicator: Indicator) -> bool:
        """"45 dự án, tổng vốn 830 triệu USD, tăng 32,4% về số dự án và gấp 5,3 lần về số vốn": a change marked as the
        count's is not the capital's, nor one marked as the capital's the count's."""
        about = _CHANGE_ABOUT.match(self.folded, change.end) or _CHANGE_ABOUT.search(self.folded, change.start, change.end)
        if about is None:
            return False
        return (indicator.unit == "money") == (about["projects"] is not None)

    def _goal_s_growth(self, code: str, context: FigureContext, quantity: Quantity, change: Attribute) -> bool:
        """The change written beside a goal's level in the goal's own words ("đặt mục tiêu … 3,4 tỷ USD, tăng 9,8%"), not
        the result's after a bracketed goal ("ước đạt 2,4 tỷ USD (chỉ tiêu 2,1 tỷ USD) và tăng 7,6%") nor one beside a
        figure taken for a goal from the text around it."""
        return code in GROWTH_OF and ")" not in self.folded[quantity.end : change.start] \
            and (_GOAL_WORDS.search(context.sentence_left) is not None
                 # "… phấn đấu tổng kim ngạch đạt 25,5 tỷ USD. Trong đó, kim ngạch xuất khẩu đạt …, tăng 12 - 15%": the goal's parts
                 or (_PARTS_OF_THE_GOAL_LEAD.match(context.sentence_left) is not None and bool(self._paragraph_found)
                     and self._paragraph_found[-1].kind == "target"))

    @staticmethod
    def goal_and_growth(observation: Observation) -> list[Observation]:
        """"mục tiêu kim ngạch xuất khẩu 3,4 tỷ USD, tăng 9,8% so với năm 2019": the goal's level and its growth, two
        targets (a target carries no change of its own)."""
        if observation.kind != "target" or observation.change_pct is None:
            return [observation]
        growth = replace(observation, indicator=GROWTH_OF[observation.indicator], low=observation.change_pct,
                         high=observation.change_high, unit="percent", qualifier=None, change_pct=None, per="period",
                         counterpart=None, change_high=None)
        return [replace(observation, change_pct=None, change_high=None), growth]

    def _items_counted_before(self, code: str, sentence: Sentence, quantity: Quantity):
        """The flow of the same field counted before (in the paragraph, else the one before) that "các dự án này"
        points back to, when the figure's own sentence states no date of its own (only "đến nay", "hiện")."""
        if any(not m.now for m in self._periods_between(sentence.start, quantity.start)):
            return None
        field = code.split("_", 1)[0]
        earlier = [o for o in (self._paragraph_found or self._previous_found)
                   if o.indicator.split("_", 1)[0] == field and o.period is not None and o.period.as_of is None
                   and not INDICATORS[o.indicator].stock and o.end <= sentence.start]
        return earlier[-1] if earlier else None

    def _change_in_turn(self, quantity: Quantity, own: list[Attribute], attributes: list[Attribute],
                        next_start: int) -> Attribute | None:
        """"… lần lượt đạt 4,2 tỷ USD và 3,5 tỷ USD, tăng 29% và 19% so với cùng kỳ": the first change goes with the first
        figure, the second with the second."""
        if not self._changes_in_turn:
            return None
        changes = [a for a in own if a.name == "change_pct"]
        at = bisect_left(self._quantity_starts, quantity.start)
        if changes and changes[0].in_turn == 1:
            before = self.quantities[at - 1] if at > 0 else None
            if before is not None and before.kind == quantity.kind and NEXT_IN_TURN.fullmatch(self.folded, before.end, quantity.start):
                return next((a for a in changes if a.in_turn == 2), None)
            return None
        after = self.quantities[at + 1] if at + 1 < len(self.quantities) and self.quantities[at + 1].start == next_start else None
        if changes or after is None or after.kind != quantity.kind \
                or not NEXT_IN_TURN.fullmatch(self.folded, quantity.end, after.start):
            return None
        first = next((a for a in attributes if a.start >= after.end), None)
        adjoining = first is not None and first.in_turn == 1 and _CHANGE_NEXT.fullmatch(self.folded, after.end, first.start)
        return first if adjoining else None

    def _change_before(self, attributes: list[Attribute], left_start: int, quantity: Quantity) -> Attribute | None:
        """"So với cùng kỳ, vốn FDI tăng 12%, đạt 230 triệu USD": the change written just before the level."""
        before = [a for a in attributes if left_start <= a.start and a.end <= quantity.start and a.name == "change_pct"]
        if before and _THEN_REACHED.fullmatch(self.folded, before[-1].end, quantity.start):
            return before[-1]
        return None

    def _evidence_start(self, left_start: int, figure_start: int) -> int:
        start = max(left_start, figure_start - _EVIDENCE_LEFT)
        while start < figure_start and not self.text[start].isalnum():
            start += 1
        if start > left_start:
            space = self.text.find(" ", start, figure_start)
            start = space + 1 if 0 <= space < figure_start and self.text[start - 1].isalnum() else start
        return start
