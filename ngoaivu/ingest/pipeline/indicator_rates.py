"""Rates: which trade's growth a percentage is (a growth named, an average rise after the trade's amount, a
goal's rise); split out of `indicators`, which reads money and counts."""
from __future__ import annotations

import re

from .goals import BOTH_TRADES, names_goals
from .indicator_topics import TRADE as _TRADE
from .indicator_topics import FigureContext
from .indicator_topics import last_match as _last

_RATE = re.compile(r"bình\s+quân|tốc\s+độ|trung\s+bình")
_GROWTH_INDICATOR = {"export": "export_growth", "import": "import_growth", "local_export": "local_export_growth"}


# "xuất khẩu tăng bình quân 19%/năm …; riêng giai đoạn 2021 - 2025 tăng bình quân 27,2%/năm": a clause
# that is only another period repeats the growth rate before it
_ELLIPTIC_RATE = re.compile(
    r"^[\s,;]*(?:(?:riêng|còn|trong\s+đó)\s+)?(?:giai\s+đoạn|thời\s+kỳ|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?"
    r"\s*,?\s*(?:tăng\s+)?(?:bình\s+quân|trung\s+bình)?\s*(?:khoảng|trên|hơn|gần|từ)?\s*$"
)


GROWTH_OF = {"export_value": "export_growth", "import_value": "import_growth"}
# (also the plan's rise written after the result: "tăng 15% (kế hoạch tăng 12%)", "vượt chỉ tiêu tăng 12% đề ra")
_LEVEL_OF_GROWTH = re.compile(
    r"(?:mức|tốc\s+độ)\s+tăng(?:\s+trưởng)?\s*(?:là\s+)?$"
    r"|(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)(?:\s+(?:năm|đầu\s+năm|đề\s+ra|đặt\s+ra|giao))*\s+(?:là\s+)?tăng(?:\s+trưởng)?\s+(?:là\s+)?$"
)
# ("tăng bình quân hằng năm 9,5%": the year written before the rate; "…; giai đoạn 2021 - 2025 tăng bình quân 14,2%/năm":
# the span the rate is over before it)
# ("…, tốc độ tăng bình quân 15,3%/năm": its rate named; "tăng bình quân giai đoạn 2016 - 2020 là 9%/năm": the span again)
_AVERAGE_RISE = re.compile(
    r"^[\s,;]*(?:và\s+)?(?:(?:cả\s+)?(?:giai\s+đoạn|thời\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4}\s*,?\s*)?(?:(?:với\s+)?(?:tốc\s+độ|mức)\s+)?"
    r"tăng(?:\s+trưởng)?\s+(?:bình\s+quân|trung\s+bình)(?P<yearly>\s+(?:hằng|hàng|mỗi)\s+năm)?"
    r"(?:\s+(?:giai\s+đoạn|thời\s+kỳ)\s+\d{4}\s*[-–]\s*\d{4})?\s*(?:là\s+)?(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?$"
)


# "mục tiêu kim ngạch xuất khẩu tăng từ 10% trở lên", "xuất khẩu hàng địa phương tăng 10 - 11%": a goal
# that names only a rise of the trade (no amount before it) sets that trade's growth
_GOAL_RISE = re.compile(
    r"(?:cùng\s+|đều\s+)?tăng(?:\s+trưởng)?\s+(?:từ\s+|trên\s+|hơn\s+|khoảng\s+|ít\s+nhất\s+|tối\s+thiểu\s+)?$"
)


# "mục tiêu tăng trưởng xuất khẩu năm 2026 là 12%": the growth named before the trade, in a goal
_GOAL_GROWTH_OF = re.compile(
    r"tăng\s+trưởng\s+(?:kim\s+ngạch\s+)?(?P<trade>xuất\s+khẩu|nhập\s+khẩu)(?:\s+hàng\s+hóa)?"
    r"(?:\s+(?:năm|giai\s+đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s+của\s+[^\d,.;:]{1,30}?)?\s*(?:là|đạt|ở\s+mức)?\s*(?:khoảng|trên|từ)?\s*$"
)


def goal_growth(ctx: FigureContext) -> str | None:
    named = _GOAL_GROWTH_OF.search(ctx.left) if "tăng trưởng" in ctx.left else None
    if named is not None and names_goals(ctx.sentence_left):
        return "export_growth" if named["trade"].startswith("xuất") else "import_growth"
    rise = _GOAL_RISE.search(ctx.left)
    if rise is None or ctx.previous_indicator is not None or not names_goals(ctx.sentence_left):
        return None
    trade = _last(_TRADE, ctx.left[: rise.start()])
    if trade is None:
        return None
    if trade.lastgroup == "trade":  # "xuất khẩu và nhập khẩu cùng tăng …": exports here, goals adds imports
        return "export_growth" if BOTH_TRADES.search(ctx.left) else None
    return _GROWTH_INDICATOR[trade.lastgroup]


def rate_indicator(ctx: FigureContext) -> str | None:
    if GROWTH_OF.get(ctx.sentence_previous) and _LEVEL_OF_GROWTH.search(ctx.left) and _last(_TRADE, ctx.left) is None:
        # "xuất khẩu đạt 5,3 tỷ USD, tăng 12%, cao hơn mức tăng 3,28% của kế hoạch": the growth of that trade
        return GROWTH_OF[ctx.sentence_previous]
    average = _AVERAGE_RISE.search(ctx.left) if GROWTH_OF.get(ctx.sentence_previous) else None
    if average is not None and (ctx.per_year or average["yearly"]) and _last(_TRADE, ctx.left) is None:
        # "kim ngạch xuất khẩu 2016 - 2020 đạt 25,3 tỷ USD, tăng bình quân 12%/năm": that trade's yearly growth
        return GROWTH_OF[ctx.sentence_previous]
    goal = goal_growth(ctx)
    if goal is not None:
        return goal
    if not (ctx.per_year or _RATE.search(ctx.left)):
        return None  # a share or a change, not a growth rate
    trade = _last(_TRADE, ctx.left)
    if trade is None and ctx.sentence_previous in _GROWTH_INDICATOR.values() and _ELLIPTIC_RATE.match(ctx.left):
        return ctx.sentence_previous
    return _GROWTH_INDICATOR.get(trade.lastgroup) if trade is not None else None
