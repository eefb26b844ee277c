"""What the words around a name say about it: whether its sentence speaks of a relation, whether it
stands where something is (a venue, a post's location) or is someone's office, and whether a capitalised
word before it makes it part of a longer name (split from partners.py, which reads the names)."""
from __future__ import annotations

import re

from .fast_scan import letter_led

# A sentence must speak of a relation for a place or body in it to be a partner
# ("khảo sát tại một công ty ở thành phố X" is not one).
RELATION = letter_led(
    r"hợp\s+tác|quan\s+hệ|ký\s+kết|thỏa\s+thuận|thoả\s+thuận|kết\s+nghĩa|hữu\s+nghị|giao\s+lưu|trao\s+đổi|"
    r"thiết\s+lập|làm\s+việc|đối\s+tác|ghi\s+nhớ|hội\s+đàm|liên\s+kết|đón\s+tiếp|tiếp\s+đón|tài\s+trợ|"
    r"viện\s+trợ|hỗ\s+trợ|phối\s+hợp|kết\s+nối|xúc\s+tiến|vận\s+động|vốn|vay|dự\s+án|tổ\s+chức\s+quốc\s+tế|"
    r"đã\s+tổ\s+chức|cùng\s+tổ\s+chức|cùng\s+chủ\s+trì|song\s+phương|gắn\s+bó|ký\s+(?:cam\s+kết|biên\s+bản|hiệp\s+ước)|"
    r"đoàn\s+(?:công\s+tác|đại\s+biểu|cấp\s+cao)|giữa\s+(?:hai\s+|các\s+|\d+\s+)?(?:tỉnh|thành\s+phố|địa\s+phương)|"
    # a joint committee or working group of localities: "Ủy ban công tác liên hợp giữa 4 tỉnh … và …"
    r"(?:ủy|uỷ)\s+ban\s+(?:công\s+tác\s+)?liên\s+hợp|nhóm\s+công\s+tác\s+(?:chung|liên\s+hợp)|"
    # meetings and help between leaders: "có cuộc gặp trực tuyến với", "Tiếp đoàn, ông X … cảm ơn sự giúp đỡ"
    r"cuộc\s+gặp|gặp\s+gỡ|hội\s+kiến|tiếp\s+đoàn|giúp\s+đỡ|"
    # visits between provinces at their new years: "sang thăm, chúc Tết các tỉnh bạn"
    r"chúc\s+tết|(?:sang|đến)\s+thăm|"
    # delegations received: "đón 15 đoàn của các địa phương Hàn Quốc như …"
    r"đón\s+(?:[\d.]+\s+)?(?:lượt\s+)?đoàn|"
    # help given: "ủng hộ 5 tỷ đồng xây trường cho tỉnh X", "trao tặng thiết bị y tế cho huyện Y"
    r"ủng\s+hộ|trao\s+tặng|tặng\s+quà|"
    # a society's scholarships, volunteers' work: "Hội X (Pháp) trao học bổng …", "tình nguyện viên của tổ chức Y (Mỹ)"
    r"học\s+bổng|tình\s+nguyện\s+viên|"
    # ("trao các mô hình kinh tế trị giá 1 tỷ đồng … cho huyện X, tỉnh Y": help handed to a place)
    r"trao\s+(?!đổi)[^.;]{0,100}?\scho\s+(?:huyện|tỉnh|thành\s+phố|bản|cụm\s+bản|nhân\s+dân)(?!\w)|"
    # organisations at work in the province: "Các tổ chức X và Y cũng hoạt động tại tỉnh"
    r"(?:đang\s+)?hoạt\s+động\s+(?:tại|ở|trên\s+địa\s+bàn)|"
    # a programme carried out: "Tổ chức Tầm nhìn Thế giới triển khai chương trình phát triển vùng tại huyện X"
    r"triển\s+khai\s+(?:các\s+|nhiều\s+)?chương\s+trình|"
    # membership of a network of cities: "tham gia các mạng lưới đô thị quốc tế như …", "là thành viên của …"
    r"tham\s+gia\s+(?:các\s+)?(?:mạng\s+lưới|hiệp\s+hội|liên\s+minh)|l(?<!\wl)à\s+thành\s+viên",
)


def relation_in(text: str, folded: str, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of a relation; a relation word written as part of a proper name,
    every word capitalised ("cầu Hữu Nghị", "Cửa khẩu Hữu Nghị"), names a bridge or a gate, not a relation."""
    for match in RELATION.finditer(folded, start, end):
        words = text[match.start() : match.end()].split()
        if match.start() == start or not all(w[:1].isupper() for w in words):
            return True
    return False


# A sentence that goes on listing what the one before introduced ("Với Lào là …", "Trong đó, …",
# "Cụ thể, …", "Gồm …") speaks of the same relation.
CONTINUATION = re.compile(r"\s*(?:với\s+(?:nước\s+)?[^\W\d_]|trong\s+đó|cụ\s+thể|gồm|đó\s+là|bao\s+gồm)")
BEFORE_IS_LOCATION = re.compile(r"(?:tại|ở)\s+$")
# "giúp tỉnh hiểu thêm về văn hóa Hàn Quốc cũng như tỉnh X", "giới thiệu về Y, một thành phố thuộc tỉnh X":
# a place learnt or told about is a topic of the meeting, not its partner (unless "với" names one after).
TOPIC_BEFORE = re.compile(r"(?:hiểu|giới\s+thiệu)(?:\s+(?:thêm|biết|rõ))*\s+về\s+(?:(?!với\s)[^.;!?\n])*$")
# "Chủ tịch HĐND tỉnh Siheang Homsombat", "Chủ tịch huyện Shim Min": after a council's or committee's title, or a chairman's,
# "tỉnh" or "huyện" may lead its holder's name; a foreign-looking name the gazetteer lacks there is a person, no place.
# "có đại diện X", "với sự tham dự của (đại diện) X": bodies or places that only attended (`partner_orgs`, `partners`)
ATTENDED_BY_LEAD = r"(?:(?<!\w)có\s+(?:các\s+)?đại\s+diện|(?:tham\s+dự|có\s+mặt)\s+của(?:\s+(?:các\s+)?đại\s+diện)?)\s+(?:của\s+)?"
COUNCIL_BEFORE = re.compile(r"(?:hđnd|ubnd|hội\s+đồng\s+nhân\s+dân|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|chủ\s+tịch)\s+$")
# Before a parent unit named again bare: a bracket or a venue's or owner's word (it is still someone's
# parent or a place, not the partner); a capitalised word, with or without a comma, is checked apart.
NOT_BARE_PARTNER = re.compile(r"(?:\(\s*|(?<!\w)(?:tại|ở|thuộc|của|sang|đến)\s+)$")
WORD_BEFORE = re.compile(r"([^\W\d_][\w'-]*)\s*,?\s*$")
# "đối diện Đồn Biên phòng X thuộc xã Y, huyện Z (country)": where a post or a gate stands, not a partner
FACILITY_BELONGS = re.compile(
    r"(?<!\w)(?:đồn|trạm|chốt|cửa\s+khẩu|trụ\s+sở|nhà\s+máy|cột\s+mốc|mốc|bến|cảng)\s+[^,;.()\n]{0,60}?\s+thuộc\s+$"
)
# "giúp tỉnh bạn hoàn thiện trụ sở Ủy ban nhân dân các huyện A, B và C": districts named as the owners of
# the offices or works being built are where the help goes, inside the relation with their province.
WORKS_OF = re.compile(
    r"(?<!\w)(?:trụ\s+sở|nhà\s+làm\s+việc|công\s+trình|trường(?:\s+học)?|bệnh\s+viện|trạm\s+y\s+tế)"
    r"(?:\s+(?:của\s+)?(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd|hđnd|chính\s+quyền|(?:huyện|quận)\s+(?:ủy|uỷ)))?"
    r"(?:\s+(?:các|hai|ba|bốn|năm))?\s+$"
)
# "ký tại khu Dodamso, thành phố X, Hàn Quốc": a unit continuing a venue named after a
# lower-case "tại"/"ở" is where something happened, not a partner.
VENUE_BEFORE = re.compile(
    r"(?:t(?<!\wt)ại|ở(?<!\wở))\s+(?:(?:khu|tòa\s+nhà|trụ\s+sở|trung\s+tâm|khách\s+sạn|cung|nhà|hội\s+trường)\s+)?"
    r"((?:[^\W\d_][\w'-]*\s+){0,3}[^\W\d_][\w'-]*)\s*,\s*$"
)

# "Phó Tỉnh trưởng X Nathapol Withee", "Thống đốc X", "Tỉnh ủy X (Trung Quốc)": a place named only through
# its head's office or its party committee.
HEAD_OF_PLACE = re.compile(
    r"(?:t(?<!\wt)ỉnh\s+trưởng|t(?<!\wt)hống\s+đốc|t(?<!\wt)hị\s+trưởng|"
    r"t(?<!\wt)ỉnh\s+(?:ủy|uỷ)|c(?<!\wc)hâu\s+(?:ủy|uỷ)|k(?<!\wk)hu\s+(?:ủy|uỷ)|t(?<!\wt)hành\s+(?:ủy|uỷ))\s+(?=[^\W\d_])"
)

# "giữa hai tỉnh A và B", "hai địa phương A - B", "giữa A và tỉnh B": a pair of localities,
# one of them usually the reporting province; the other is a partner when the gazetteer
# knows it as a foreign province.
PAIR_UNIT = r"(?:(?:tỉnh|thành\s+phố|địa\s+phương|bên)(?:,\s+(?:thành|châu|bang))?\s+)?(?=[^\W\d_])"
PAIRS_OF_LOCALITIES = (  # one literal-led pattern each: the engine then scans fast
    re.compile(r"giữa\s+(?:hai\s+)?" + PAIR_UNIT),
    re.compile(r"hai(?<!giữa hai)\s+" + PAIR_UNIT),  # the look-behind after the literal keeps the scan fast
)
# "hợp tác với Chăm-pa-sắc và Gifu": places named without a noun after "với"; only those the
# gazetteer knows as foreign first-level units are read.
# ("với các đối tác Thượng Hải (Trung Quốc), Osaka (Nhật Bản)": partners called so before their names)
WITH = re.compile(r"với\s+(?:các\s+)?(?:đối\s+tác\s+(?:là\s+)?)?(?=[^\W\d_])")
# ("thành phố hợp tác cùng A, B, C": "cùng" after the relation's verb is its "với")
WITH_TOGETHER = re.compile(r"(?:(?<=tác\s)|(?<=nghĩa\s))cùng\s+(?:các\s+)?(?=[^\W\d_])")
# "Đoàn đại biểu Bò Kẹo sang chúc Tết": a delegation named by its place alone.
DELEGATION_OF = re.compile(r"đoàn\s+(?:đại\s+biểu|công\s+tác)(?:\s+cấp\s+cao)?(?:\s+của)?\s+(?=[^\W\d_])")
PAIR_LINK = re.compile(r"\s+và\s+(?:(?:tỉnh|thành\s+phố|bang|châu)\s+)?|\s*[–-]\s*")


# "Khe Hổ Nhảy (huyện Nà Po, Bách Sắc, Trung Quốc)", "Trường Đại học X (thành phố Y, Hàn Quốc)": a unit opening
# a bracket right after a capitalised name locates what that name names (a landmark, a gate, a school)
_OPENS_BEFORE = re.compile(r"[ ]?\(\s*$")
_NAME_REACH = 60


def name_before_bracket(text: str, pos: int) -> tuple[int, int] | None:
    """Where the capitalised words (digits may join them: "Mốc 589") end and start right before a bracket
    opening just before `pos`, or None."""
    opening = _OPENS_BEFORE.search(text, max(0, pos - 4), pos)
    if opening is None:
        return None
    end = start = opening.start()
    for word in reversed(text[max(0, end - _NAME_REACH) : end].split(" ")):
        if not word or not (word[:1].isupper() or word.isdigit()) or not word[-1:].isalnum():
            break
        start -= len(word) + 1
    start += 1
    return (start, end) if start < end and text[start : start + 1].isupper() else None


def after_a_name(text: str, pos: int) -> bool:
    """Whether a capitalised word stands right before `pos` (a longer name, or "X, Y": Y is X's parent)."""
    word = WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return word is not None and word.group(1)[:1].isupper()



def located_or_owning(folded: str, pos: int, *, small: bool) -> bool:
    """Whether the unit at `pos` follows "tại"/"ở" (a venue), or, for a district or commune, is named as
    the owner of offices or works ("trụ sở UBND các huyện …"): either way no partner."""
    if BEFORE_IS_LOCATION.search(folded, max(0, pos - 6), pos):
        return True
    return small and WORKS_OF.search(folded, max(0, pos - 70), pos) is not None
