"""Whose goal a target is: the province's, or the nation's, two countries', an association's, a firm's, a district's or a project's.

Texts about a province quote goals it does not own: "Quốc hội đề ra mục tiêu xuất khẩu tăng 20%", "mục tiêu 450 tỷ USD của cả nước",
"Cục Quản lý lao động ngoài nước cho biết mục tiêu năm 2020 là đưa 130.000 lao động", "hai bên phấn
đấu đưa kim ngạch thương mại song phương đạt 5 tỷ USD" (two prime ministers), "Hiệp hội gỗ đặt mục
tiêu 15 tỷ USD". The goal's owner is named in its clause before the figure; a province word after
the owner ("Bộ Công Thương giao cho tỉnh …", "Chính phủ giao Hà Tĩnh …", "Cục Thống kê tỉnh") gives the
goal back to the province.
A foreign country is the owner when the goal's verb follows its name ("Lào đặt mục tiêu …", "Phía Thái
Lan phấn đấu …"); "xuất khẩu sang Nhật Bản phấn đấu đạt …" is the province's goal for one market.
A headline restating a dropped goal (the same measure and amount) is dropped with it.
"""
from __future__ import annotations

import re

from .fast_scan import letter_led
from .geography import country_matcher, province_matcher
from .observation_model import Observation
from .phrases import Tokens
from .scope import PRODUCT_LINES
from .segments import Layout

# national bodies and the nation itself as a goal's owner
_ISSUER_OF_A_DOCUMENT = re.compile(r"(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị|kế\s+hoạch|chương\s+trình)\s+(?:số\s+)?\d[\w/.-]*"
                                   r"(?:\s+ngày\s+[\d/.-]+)?\s+của\s+(?:thủ\s+tướng\s+)?$")
_ISSUER_REACH = 70
_NATION = re.compile(
    r"(?<!\w)(?:(?<!phi\s)chính\s+phủ|quốc\s+hội|thủ\s+tướng|tổng\s+cục|cục\s+(?!thống\s+kê\s+tỉnh)[^\W\d_]+|bộ\s+(?:công\s+thương|kế\s+hoạch|lao\s+động|tài\s+chính"
    r"|ngoại\s+giao|nông\s+nghiệp|ngành|chính\s+trị)|ban\s+(?:chấp\s+hành\s+trung\s+ương|bí\s+thư)|cả\s+nước|toàn\s+quốc"
    # a region of several provinces: "vùng Bắc Trung Bộ phấn đấu …"
    r"|vùng\s+(?:kinh\s+tế\s+trọng\s+điểm|đồng\s+bằng|trung\s+du|tây\s+nguyên|bắc\s+trung\s+bộ|nam\s+trung\s+bộ|duyên\s+hải"
    r"|đông\s+nam\s+bộ|tây\s+nam\s+bộ|tây\s+bắc|đông\s+bắc|thủ\s+đô))(?!\w)"
)
# the owner named right after the goal's level: "mục tiêu xuất khẩu 450 tỷ USD của cả nước"
_OWNER_AFTER = re.compile(
    r"\s*(?:usd|đồng)?\s*(?:mà\s+|do\s+)?(?:của|cho)\s+(?:cả\s+nước|toàn\s+quốc|(?<!phi\s)chính\s+phủ|quốc\s+hội|bộ\s|ngành\s+(?!công\s+thương)|hiệp\s+hội|vùng\s)"
)
# an association, a product sector or a firm as a goal's owner ("ngành công thương" is the province's department)
_BODY = re.compile(
    r"(?<!\w)(?:hiệp\s+hội|hội\s+(?:doanh\s+nghiệp|mỹ\s+nghệ|chế\s+biến|xuất\s+khẩu|nghề)|công\s+ty|tập\s+đoàn|tổng\s+công\s+ty"
    r"|ngành\s+(?:hàng\s+)?(?:chế\s+biến\s+)?(?:da\s+giày|điều|lúa\s+gạo|" + PRODUCT_LINES + r"))(?!\w)"
)
# the goal is the two countries' trade: "song phương", "hai chiều" with the nations named near it
_BILATERAL = letter_led(r"(?<!\w)(?:song\s+phương|hai\s+chiều|hai\s+nước|hai\s+quốc\s+gia)(?!\w)")
_NATIONS_PAIR = re.compile(
    r"(?<!\w)(?:hai\s+nước|hai\s+quốc\s+gia|hai\s+chính\s+phủ|hai\s+thủ\s+tướng|ủy\s+ban\s+liên\s+chính\s+phủ)(?!\w)"
    r"|việt\s+nam\s*[-–]\s*[^\W\d_]|[^\W\d_]\s*[-–]\s*việt\s+nam(?!\w)|giữa\s+việt\s+nam\s+và\s+[^\W\d_]"
)
# A district, town or a project as the goal's subject, its goal verb after its name: "Huyện Yên Thành phấn đấu …",
# "Dự án hỗ trợ việc làm của JICA đặt mục tiêu …" ("các huyện", "mỗi huyện" are the province's shares)
_GOAL_VERB = r"(?:cũng\s+|đã\s+|sẽ\s+|vừa\s+)?(?:đặt|đề\s+ra|phấn\s+đấu|dự\s+kiến|có\s+kế\s+hoạch|hướng\s+tới|kỳ\s+vọng|có\s+mục\s+tiêu)(?!\w)"
_LOCAL_OWNER = letter_led(
    r"(?<!các\s)(?<!mỗi\s)(?<!từng\s)(?<!những\s)(?<!\w)(?:huyện|thị\s+xã|quận|thị\s+trấn)\s+(?!này|đó|nghèo|biên|miền|vùng)[^\W\d_]+"
    r"(?:\s+[^\W\d_]+){0,2}\s+" + _GOAL_VERB
    + r"|(?<!\w)dự\s+án(?:\s+[^\W\d_]+){1,10}?\s+" + _GOAL_VERB
)
_NATIONS_REACH = 600  # the nations named this far before the goal (its paragraph or the one before)
# the province named after the owner, or a goal assigned ("giao"), takes the goal back
_PROVINCE_BACK = re.compile(r"(?<!\w)(?:tỉnh|thành\s+phố|địa\s+phương|địa\s+bàn|giao)(?!\w)")
# "Tỉnh phấn đấu …, trong đó các doanh nghiệp FDI …" is not an owner: only words the goal cue follows
# a foreign country acting as the goal's subject: its name, then the goal's verb
_COUNTRY_ACTS = re.compile(r"\s*(?:cũng\s+|đã\s+|sẽ\s+|vừa\s+)?(?:đặt|đề\s+ra|phấn\s+đấu|dự\s+kiến|có\s+kế\s+hoạch|hướng\s+tới|kỳ\s+vọng|nhắm)(?!\w)")
_GOAL_CUE = letter_led(r"(?<!\w)(?:mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|phấn\s+đấu|dự\s+kiến|đặt|đề\s+ra|hướng\s+tới|kỳ\s+vọng)(?!\w)")


def without_others_goals(facts: list[Observation], folded: str, layout: Layout, tokens: Tokens,
                         province: str | None = "") -> list[Observation]:
    """`facts` without the targets whose clause names another owner, and the restatements of those; a text
    that names no province but the nation's government ("Thủ tướng yêu cầu … phấn đấu …") sets no province's goal."""
    if province is None and any(f.kind == "target" for f in facts) and _NATION.search(folded):
        facts = [f for f in facts if f.kind != "target"]
    dropped = [f for f in facts if f.kind == "target" and _others_goal(f, folded, layout, tokens)]
    if not dropped:
        return facts
    gone = {(f.indicator, f.low, f.high) for f in dropped}
    return [f for f in facts if not (f.kind == "target" and (f in dropped or (f.indicator, f.low, f.high) in gone))]


def _others_goal(fact: Observation, folded: str, layout: Layout, tokens: Tokens) -> bool:
    sentence = layout.sentence_at(max(fact.start, fact.end - 1))
    clause_start = max(sentence.start, folded.rfind(";", sentence.start, fact.end) + 1)
    clause = folded[clause_start:fact.end]
    cue = _GOAL_CUE.search(clause)
    if cue is None:
        return False
    if _OWNER_AFTER.match(folded, fact.end):
        return True
    for pattern in (_NATION, _BODY):
        owner = None
        for found in pattern.finditer(clause, 0, cue.start() + 40):
            # ("Quy hoạch tỉnh … được phê duyệt tại Quyết định số 1363/QĐ-TTg … của Thủ tướng Chính phủ: phấn đấu …": the
            # issuer of the province's approved plan owns no goal of it)
            if not _ISSUER_OF_A_DOCUMENT.search(clause, max(0, found.start() - _ISSUER_REACH), found.start()):
                owner = found
        # a province word in an association's or a firm's own name ("Hiệp hội Điều tỉnh B") keeps it theirs
        if owner is None:
            continue
        back_from = owner.end() if pattern is _NATION else max(owner.end(), cue.start())
        if not _PROVINCE_BACK.search(clause, back_from) and not any(
                m.text[:1].isupper() for m in province_matcher().find_all(tokens, clause_start + back_from, fact.end)):
            return True
    local = _LOCAL_OWNER.search(clause, 0, cue.end() + 12)
    if local is not None and not _PROVINCE_BACK.search(clause, local.start() + 4, local.end()) \
            and not _PROVINCE_BACK.search(clause, local.end()):
        return True
    if any(m.text[:1].isupper() and m.payload != "VN" and _COUNTRY_ACTS.match(folded, m.end)
           for m in country_matcher().find_all(tokens, clause_start, clause_start + cue.end())):
        return True
    return _BILATERAL.search(clause) is not None \
        and _NATIONS_PAIR.search(folded, max(0, clause_start - _NATIONS_REACH), fact.end) is not None
