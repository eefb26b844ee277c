"""Organisations as partners: the catalogue's bodies, "Tổ chức X (Hoa Kỳ)", and NGOs
written with their country after a slash ("tổ chức GPI/Hàn Quốc", "Hope Heaven
International/Mỹ"), as provincial friendship unions list them; and embassies and
consulates ("Đại sứ quán X"), partners of kind "embassy"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ngoaivu.geo.catalog import find_country, normalize_name

from . import gazetteer
from .catalog_orgs import Organization, find_organization, organization_matcher
from .fast_scan import BranchScan, letter_led
from .geography import country_at, country_matcher
from .indicator_topics import last_match
from .names import looks_foreign, names_a_body, read_name
from .partner_base import Partner, country_after
from .partner_context import ATTENDED_BY_LEAD
from .partner_names import LIST_SEPARATOR as _LIST_SEPARATOR
from .partner_origins import bodies_of_countries
from .phrases import PhraseMatch
from .segments import at_word_start

if TYPE_CHECKING:
    from .partners import PartnerFinder

# "các nước ASEAN", "quốc gia thành viên EU": the member countries, not the body as a partner.
_MEMBER_COUNTRIES = re.compile(r"(?:nước|quốc\s+gia)(?:\s+thành\s+viên)?(?:\s+khối)?\s+$")
# "Cộng đồng Kinh tế ASEAN", "Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu": a body in
# the name of a community or a treaty (capitalised) is no partner; "Hiệp định vay với WB" names a party
_IN_A_TREATY_NAME = re.compile(r"(?:Hiệp\s+định|Hiệp\s+ước|Công\s+ước|Cộng\s+đồng)(?:(?!\s(?:với|của|giữa|cùng)\s)[^,;.:()\n]){0,50}$")
# "tổ chức X (Hoa Kỳ)" mid-sentence; "Đại học X (Nhật Bản)": a foreign university; "Bệnh viện X (Hàn Quốc)": a hospital
_NAMED_BODY = BranchScan(
    (r"Quỹ(?:\s+từ\s+thiện)?", r"Tổ\s+chức", r"quỹ(?:\s+từ\s+thiện)?", r"tổ\s+chức", r"Trường\s+Đại\s+học", r"Đại\s+học",
     r"Trường\s+Cao\s+đẳng", r"Cao\s+đẳng", r"Học\s+viện", r"Bệnh\s+viện", r"Hiệp\s+hội", r"Liên\s+đoàn",
     # "Hội "Susann's Help" của Thụy Sĩ", "nhóm tình nguyện Hope Bridge của Hoa Kỳ": a foreign name only (a Vietnamese
     # association's name, "Hội Chữ thập đỏ", is no foreign body)
     r"(?P<loose>Hội)", r"(?P<loose>[Nn]hóm\s+(?:tình\s+nguyện|từ\s+thiện))"),
    r"\s+[\"“]?(?=[^\W\d_])",
)
# a body that only attended: "có đại diện X", "với sự tham dự của (đại diện) X"
# (or its acronym in brackets after the name: "có đại diện Bộ Ngoại giao và Thương mại Australia (DFAT)")
_ATTENDED_BY = re.compile(ATTENDED_BY_LEAD + r"(?:[^,;.()]{2,70}\(\s*)?$")
_AND = re.compile(r"\s+và\s+")
_FUND_WORD = re.compile(r"(?<!\w)(?:Fond|Fonds|Fund|Foundation|Fondation|Fundación|Stiftung)(?!\w)")
_DESCRIBED = re.compile(r"(?:Quỹ|Tổ\s+chức|Hội|Ngân\s+hàng|Liên\s+minh|Mạng\s+lưới)\s")
_LONGER_NAME_AFTER = re.compile(r" (?P<word>[a-zà-ỹđ]+) [A-ZÀ-ỸĐ]")
_DASH_IN_NAME = re.compile(r"[ ][-–][ ](?=[^ ]+(?:[ ][^ ]+){0,3}$)")
# "GPI/Hàn Quốc": a slash, then a country. Led by the slash so that the engine scans fast; the
# one space a slash may have before it is taken in by _slashes().
_SLASH = re.compile(r"/\s?(?=[^\W\d_])")
_SPACE = re.compile(r"\s")
_DASH = re.compile(r" [-–] (?=[^\W\d_])")
# one foreign word is a body only after a body's noun: "Hội thánh Vineyard - Hoa Kỳ"
_OPENING_BEFORE = re.compile(r"[ ]?\([ ]?$")
# Up to six words, the first and last capitalised, right before a bracket.
# ("tổ chức phi chính phủ The Corea Peace 3000 (Hàn Quốc)": a number may close the name)
_DESCRIBED_NAME = re.compile(r"(?P<words>(?:[a-zà-ỹđ]+[ ]){1,4})(?P<name>[^\W\d_a-zđ][\w'.-]*(?:[ ][^\W\d_a-zđ][\w'.-]*){0,4}"
                             r"(?:[ ]\d{1,5})?)(?=[ ]?\()")
# ("Hội đồng tỉnh Yamaguchi", "tổ chức ở thành phố Daejeon": a council, a place, not what a body does)
_NOT_A_DESCRIPTION = re.compile(r"^đồng |(?<![^ ])(?:tỉnh|thành|phố|quận|huyện|bang|ở|tại|của|với|cho|và|lần)(?![^ ])")
_NAME_BEFORE_BRACKET = re.compile(r"([^\W\d_a-zđ][\w'-]*(?:[ ][^\W\d_][\w'-]*){0,5})(?=[ ]?\()")
_BODY_NOUN_BEFORE = re.compile(r"(?:tổ\s+chức|hội\s+thánh|nhà\s+thờ|quỹ|hội|tập\s+đoàn|công\s+ty|trường|đại\s+học)\s+$")
_PLACE_NOUN_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|bang|quận|huyện|thị\s+xã|châu|vùng|khu|thủ\s+đô)\s+$")
# Words a foreign body's name may hold in lower case, read backwards from the slash.
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")
_NAME_CONNECTORS = frozenset({"for", "of", "the", "and", "de", "du", "des", "la", "le", "van", "von", "für", "&"})
_MAX_NAME_WORDS = 7
# An NGO working in the province is its partner: "có hoạt động tại tỉnh", "đăng ký địa bàn".
_NGO_AT_WORK = re.compile(r"hoạt\s+động|đăng\s+ký|triển\s+khai|phi\s+chính\s+phủ|pcpnn")


def _country_in_name(name: str) -> str | None:
    """"ChildFund Australia": a body with no home country of its own named by its national member."""
    words = name.split()
    country = find_country(words[-1]) if len(words) > 1 else None
    return country.code if country is not None else None


# "do EU và AFD tài trợ", "vốn ODA của Liên minh châu Âu (EU)", "AFD và Liên minh châu Âu (EU), các nhà tài trợ …",
# "Đối tác nổi bật nhất là Liên minh châu Âu (EU)": a bloc that funds the province's projects, or its named partner
_FUNDER_BEFORE = re.compile(r"(?:(?<!\w)do|vốn\s+(?:oda|vay|viện\s+trợ|tài\s+trợ)(?:\s+\w+){0,2}?\s+(?:của|từ)|đối\s+tác(?:\s+\w+){0,3}?\s+là)"
                            r"(?:\s+[^\W\d_]+){0,4}?\s+(?:và\s+)?$")
_FUNDS_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:(?:và|,)\s+[^.;()]{1,50}?(?:\([^()]{1,12}\)\s*)?)?"
                          r"(?:,\s*(?:các\s+)?nhà\s+tài\s+trợ|(?:đã\s+|sẽ\s+|cũng\s+)?(?:tài\s+trợ|viện\s+trợ))")


def _funds(finder: PartnerFinder, match) -> bool:
    return _FUNDS_AFTER.match(finder.folded, match.end) is not None \
        or _FUNDER_BEFORE.search(finder.folded, max(0, match.start - 60), match.start) is not None


# "Công viên địa chất toàn cầu UNESCO Mudeungsan (Hàn Quốc)": a foreign geopark (its managing board), known by the whole
# name; the UNESCO in it is its title, no partner of its own
_GEOPARK = re.compile(r"Công\s+viên\s+địa\s+chất(?:\s+toàn\s+cầu)?(?:\s+UNESCO)?\s+(?=[^\W\d_a-zđ])")


def _geoparks(finder: PartnerFinder) -> list[Partner]:
    found = []
    for match in _GEOPARK.finditer(finder.text) if "địa chất" in finder.folded else ():
        read = read_name(finder.text, match.end(), foreign_connectors=True)
        after = read and country_after(finder.text, finder.tokens, read[1])
        if not after or after[0] == "VN" or not finder._speaks_of_relation(finder.layout.sentence_at(match.start())):
            continue
        name = finder.text[match.start() : read[1]]
        found.append(Partner(name, "organization", after[0], "active", match.start(), after[1], match.start(), read[1],
                             (read[0],)))
    return found


def find_organizations(finder: PartnerFinder) -> list[Partner]:
    found: list[Partner] = _geoparks(finder)
    blocs: list[tuple[int, int]] = [(p.name_start, p.name_end) for p in found]
    catalogued: list[PhraseMatch[Organization]] = organization_matcher().find_all(finder.tokens)
    for match in catalogued:
        if any(s <= match.start < e for s, e in blocs):
            continue  # inside a geopark's name
        if (match.payload.type == "intergovernmental" or match.payload.name == "UN") and not _funds(finder, match):
            blocs.append((match.start, match.end))  # the EU, ASEAN, the United Nations as a whole: frameworks, no province's partner
            continue
        sentence = finder.layout.sentence_at(match.start)
        if not finder._speaks_of_relation(sentence) or _in_country_list(finder, match.start, match.end):
            continue
        if "thị trường" in finder.folded[max(sentence.start, match.start - 80) : match.start] \
                and _MARKETS_BEFORE.search(finder.folded, max(sentence.start, match.start - 80), match.start):
            continue  # "xúc tiến thương mại tại các thị trường EU, Bắc Mỹ, Nhật Bản và ASEAN": markets, no partners
        if _MEMBER_COUNTRIES.search(finder.folded, max(0, match.start - 30), match.start):
            continue
        if _IN_A_TREATY_NAME.search(finder.text, max(0, match.start - 60), match.start):
            continue
        if (longer := _LONGER_NAME_AFTER.match(finder.text, match.end)) is not None and longer["word"] not in _NAME_STOPS \
                and _DESCRIBED.match(finder.text, match.start):
            continue  # "Quỹ Toàn cầu hóa Nông thôn mới (Hàn Quốc)": a longer name that begins like a catalogued one
        org = match.payload
        member = _national_member(finder, match)
        if member is not None:
            found.append(member)
            continue
        # "Hagar International (Thụy Sĩ)": a catalogued body with no home country takes the one its brackets give
        country = org.country or _country_in_name(match.text) or _bracketed_country(finder, match.end)
        found.append(Partner(org.name, "organization", country, "active", match.start, match.end, match.start, match.end, org.aliases))
    found = _without_umbrellas(found, finder)
    covered = [*blocs, *((p.start, p.end) for p in found)]  # a catalogued name refused here may still be read below ("KFHI/Hàn Quốc")
    unread: list[re.Match] = []  # "tổ chức X" with no country found: read last, when nothing else reads X
    for match in _NAMED_BODY.finditer(finder.text):
        if not at_word_start(finder.text, match.start()) or any(s <= match.start() < e for s, e in covered):
            continue
        partner = _named_body(finder, match)
        if partner is not None:
            found.extend(_pair_split(partner, finder))
            covered.append((partner.start, partner.end))
        elif finder.folded.startswith("tổ", match.start()):  # ("tổ chức", the only noun that leads with "tổ")
            unread.append(match)
    if "/" in finder.text:
        found.extend(_slashed_bodies(finder, covered))
    found.extend(_slashed_bodies(finder, [*covered, *((p.start, p.end) for p in found)], dashed=True))
    found.extend(_bodies_named_after_places(finder, [*covered, *((p.start, p.end) for p in found)]))
    if _ACRONYM_IN_BRACKETS.search(finder.text):  # what every _ACRONYMED match ends with
        found.extend(_acronymed_bodies(finder, [*covered, *((p.start, p.end) for p in found)]))
        found.extend(_described_bodies_of_a_country(finder, [*covered, *((p.start, p.end) for p in found)]))
    if "hiệp hội" in finder.folded or "phòng thương mại" in finder.folded or "liên đoàn" in finder.folded or "Cơ quan" in finder.text:
        found.extend(_bodies_named_for_a_country(finder, [*covered, *((p.start, p.end) for p in found)]))
    if "tổ chức" in finder.folded or "ký" in finder.folded or "do " in finder.folded:  # a word every cue of a list holds
        found.extend(_listed_bodies(finder, [*covered, *((p.start, p.end) for p in found)]))
    found.extend(bodies_of_countries(finder, [*covered, *((p.start, p.end) for p in found)]))
    found.extend(_unplaced_bodies(finder, unread, [*covered, *((p.name_start, p.name_end) for p in found)]))
    found = [p for p in found if not _only_attended(finder, p) and not _COMPANY_FORM.search(p.name)]
    related = {p.key for p in found if not _met_or_named_only(finder, p)}
    return [p for p in found if p.key in related]


# "tiếp đoàn Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) … sang tìm hiểu môi trường đầu tư", "Theo đánh giá của …",
# "Kính thưa ông …, Trưởng đại diện …": a body that visited, was quoted or addressed, with no work together told
# ("làm việc với Fondation Mérieux France (FMF) về dự án y tế", "làm việc với CUF để kết nối …" is work together)
_VISITED_BEFORE = re.compile(
    r"(?:(?<!\w)(?:tiếp(?:\s+xã\s+giao)?|làm\s+việc\s+với|đón)\s+(?:(?:các\s+)?đoàn\s+(?:công\s+tác\s+)?(?:của\s+)?)?"
    r"|(?<!\w)theo\s+(?:đánh\s+giá|báo\s+cáo|khảo\s+sát|số\s+liệu|thống\s+kê)\s+của\s+"
    r"|(?<!\w)kính\s+thưa\s+[^.;:]{0,60}?)(?:tổ\s+chức\s+)?(?:[^()\n]{1,80}\(\s*)?$")  # (the acronym after the name)
_WORKED_TOGETHER = re.compile(r"(?<!\w)(?:phối\s+hợp|hỗ\s+trợ|tài\s+trợ|viện\s+trợ|ký|hợp\s+tác|cam\s+kết|thỏa\s+thuận|ghi\s+nhớ"
                              r"|kết\s+nghĩa|kết\s+nối|thống\s+nhất|đồng\s+hành|giúp|để|về\s+(?:dự\s+án|chương\s+trình|việc))(?!\w)")


# "lập hồ sơ đề nghị UNESCO công nhận …", "di sản văn hóa UNESCO", "Vụ Văn hóa đối ngoại và UNESCO": a body that lists or
# names a title, or a department named after it
_TITLE_AROUND = re.compile(r"(?<!\w)(?:công\s+nhận|ghi\s+danh|vinh\s+danh|danh\s+hiệu|di\s+sản|công\s+viên\s+địa\s+chất|hồ\s+sơ"
                           r"|vụ\s+văn\s+hóa)(?!\w)")
_TITLE_REACH = 40
_ASKED_FOR_A_TITLE_BEFORE = re.compile(r"(?<!\w)(?:đề\s+nghị|đề\s+xuất|trình)\s+(?:lên\s+)?$")
_TITLE_GIVEN_AFTER = re.compile(r"\s+(?:xem\s+xét\s+)?(?:công\s+nhận|ghi\s+danh|vinh\s+danh)(?!\w)")


_VISIT_WORDS = ("tiếp", "làm việc", "đón", "theo", "thưa")  # one of them leads every form of _VISITED_BEFORE
_VISIT_REACH = 160


def _met_or_named_only(finder: PartnerFinder, partner: Partner) -> bool:
    """A body mentioned only as one that visited, met, was quoted or addressed, or named a title, in a sentence that
    tells of no work together."""
    sentence = finder.layout.sentence_at(partner.name_start)
    before = max(sentence.start, partner.name_start - _VISIT_REACH)
    # (the lead words looked for as literals first: the anchored pattern is tried only where one is written)
    visited = any(finder.folded.find(word, before, partner.name_start) >= 0 for word in _VISIT_WORDS) \
        and _VISITED_BEFORE.search(finder.folded, before, partner.name_start) is not None
    if _ASKED_FOR_A_TITLE_BEFORE.search(finder.folded, max(sentence.start, partner.name_start - 30), partner.name_start) \
            and _TITLE_GIVEN_AFTER.match(finder.folded, partner.name_end):
        return True  # "lập hồ sơ đề nghị UNESCO công nhận …": asked for a title, whatever work the sentence tells
    near = visited or _TITLE_AROUND.search(finder.folded, max(sentence.start, partner.name_start - _TITLE_REACH),
                                           min(sentence.end, partner.name_end + _TITLE_REACH)) is not None
    return near and _WORKED_TOGETHER.search(finder.folded, sentence.start, sentence.end) is None


# "Innowave Co., Ltd của Hàn Quốc": a company's legal form ends its name (a firm invests; it is no partner of the province)
_COMPANY_FORM = re.compile(r"(?:^|[\s,.])(?:co|ltd|inc|corp|corporation|jsc|llc|gmbh|plc|pte)\.?$", re.IGNORECASE)


def _only_attended(finder: PartnerFinder, partner: Partner) -> bool:
    """"Hội nghị … ở Sydney có đại diện Bộ Ngoại giao và Thương mại Australia (DFAT) cùng gần 100 doanh nghiệp": a body
    that only attended."""
    before = max(0, partner.name_start - 120)
    return ("đại diện" in finder.folded[before : partner.name_start] or "của" in finder.folded[before : partner.name_start]) \
        and _ATTENDED_BY.search(finder.folded, before, partner.name_start) is not None


# "Một số tổ chức có dự án tại tỉnh như Loreto (Australia), Chiếc Nơ hòa bình (Hàn Quốc), Children of Peace
# International (COPI, Mỹ)": organisations listed after "như", each known by the country in its brackets (a name with
# no country, or with an acronym only, is left to the catalogue; companies listed so are no partners)
_BODIES_LISTED = letter_led(
    r"(?<!\w)(?:tổ\s+chức(?!\s+(?:thành\s+công|thực\s+hiện|các|hội\s+nghị))|nhà\s+tài\s+trợ)[^.;:]{0,80}?\s+"
    r"(?:như|gồm(?:\s+có)?|bao\s+gồm|trong\s+đó\s+có)\s+"
)
# "dự án của các tổ chức GIBTK, Maryknoll (Hoa Kỳ); KFHI (Hàn Quốc)", "ba tổ chức SOMI (Hàn Quốc), LHAF (Hoa Kỳ)":
# organisations counted or plural, their names right after (a capital in the text, not the folded one, starts them)
# (led by "tổ chức", a literal the engine finds fast; the count or plural word is looked for just before it)
_BODIES_COUNTED = letter_led(r"tổ\s+chức\s+(?=[^\W\d_])")
# "ký biên bản ghi nhớ với A (Hoa Kỳ), B (Hoa Kỳ) và C (Australia)": bodies signed with, listed bare with their countries
_SIGNED_WITH = letter_led(
    r"(?<!\w)ký(?:\s+kết)?\s+(?:(?:biên\s+|văn\s+)?bản\s+)?(?:ghi\s+nhớ|thỏa\s+thuận|thoả\s+thuận)(?:\s+hợp\s+tác)?\s+với\s+(?=[^\W\d_])"
)
# "các dự án do WVI và IDE (Hoa Kỳ) tài trợ": bodies that funded, named bare before the funding verb
_FUNDED_BY = letter_led(r"(?<!\w)do\s+(?=[^\W\d_][^.;:]{0,80}?(?:tài|viện|hỗ)\s+trợ(?!\w))")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_FUNDING_VERB = re.compile(r"\s*(?:tài|viện|hỗ)\s+trợ(?!\w)")
_COUNTED_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+$")
_ITEM = re.compile(r"(?P<name>[^\W\d_][^()]{0,80}?)\s*\((?P<bracket>[^()]{2,60})\)\s*$")
_MAX_LISTED_WORDS = 8
_NAME_DASH_ACRONYM = re.compile(r"(?P<name>.+?)\s+[-–]\s+(?P<acronym>[A-Z]{2,8})$")


def _listed_bodies(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    found: list[Partner] = []
    folded = finder.folded
    bodies = "tổ chức" in folded or "nhà tài trợ" in folded
    counted = [cue for cue in _BODIES_COUNTED.finditer(folded)
               if finder.text[cue.end()].isupper() and _COUNTED_BEFORE.search(folded, max(0, cue.start() - 8), cue.start())] \
        if bodies else []
    # (the lead's lazy reach is costly at every "tổ chức": only where one of its words is written at all)
    listed = _BODIES_LISTED.finditer(folded) if bodies and ("như" in folded or "gồm" in folded or "trong đó có" in folded) else ()
    signed = [cue for cue in _SIGNED_WITH.finditer(folded) if finder.text[cue.end()].isupper()] if "ký" in folded else []
    funded = [cue for cue in _FUNDED_BY.finditer(folded) if finder.text[cue.end()].isupper()] if "do " in folded and "trợ" in folded else []
    for cue in sorted([*listed, *counted, *signed, *funded], key=lambda cue: cue.start()):
        sentence = finder.layout.sentence_at(cue.start())
        if not finder._speaks_of_relation(sentence):
            continue
        pos, end = cue.end(), sentence.end
        if cue.re is _FUNDED_BY:  # the names stop at the funding verb
            end = _FUNDING_VERB.search(folded, pos, end).start()
        depth, start = 0, pos
        waiting: list[tuple[int, int]] = []  # names with no brackets of their own, until their group's country
        for i in range(pos, end + 1):  # split at the list's separators outside brackets
            ch = finder.text[i] if i < end else ","
            depth += (ch == "(") - (ch == ")")
            if depth or not (ch in ",;…" or (ch == " " and finder.folded.startswith(" và ", i)) or i == end):
                continue
            partner = _listed_body(finder, start, i, covered)
            if partner is not None and cue.re is _FUNDED_BY and not (
                    _ACRONYM.fullmatch(partner.name) or (_signed_body(partner.name) and looks_foreign(partner.name.split()[0]))):
                partner = None  # ("do tỉnh Gifu (Nhật Bản) tài trợ": a place funding is read as a locality)
            if partner is not None and cue.re is _SIGNED_WITH and not _signed_body(partner.name):
                partner = None  # ("ký thỏa thuận với Gifu (Nhật Bản)": a place signed with is read as a locality)
            if partner is not None:
                found.append(partner)
            closing = partner.country if partner is not None else _item_country(finder.text[start:i])
            if closing is not None:  # the group's country, also when a catalogued body closes it ("Quỹ Clinton (Hoa Kỳ)")
                found.extend(body for s, e in waiting if (body := _grouped_body(finder, s, e, closing, covered)) is not None)
                waiting = []
            elif _GROUPED_NAME.fullmatch(finder.text, start, i) is not None:
                waiting.append((start, i))
            elif not any(s <= start + 1 < e for s, e in covered):
                waiting = []  # (a catalogued body between keeps the group: "Quỹ Toàn cầu (Global Fund)")
            if ch == ";":
                waiting = []  # "…; KFHI, World Together (Hàn Quốc)": a new group, a new country
            start = i + (4 if ch == " " else 1)
    return found


# ("Tập đoàn X", "Samsung Group", "Ngân hàng Y": a firm or a bank signed with is business, no partner)
_FIRM_WORD = re.compile(r"(?<!\w)(?:tập\s+đoàn|công\s+ty|tổng\s+công\s+ty|ngân\s+hàng|group|company|holdings?|bank|co|ltd|inc|corp)(?!\w)",
                        re.IGNORECASE)


def _signed_body(name: str) -> bool:
    """A body listed after "ký … với": a foreign name that an English body's word says is one, no place, no firm
    (a foreign name alone may be a town: "ký thỏa thuận với Kasama (Nhật Bản)")."""
    return names_a_body(name) and not gazetteer.places_named(name) and not _FIRM_WORD.search(name)


# "GIBTK, Maryknoll, Quỹ Clinton (Hoa Kỳ)": a foreign name in a group that one country bracket closes
_GROUPED_NAME = re.compile(r"\s*(?P<name>(?:[A-Z][A-Z&]{1,7}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}))\s*")


def _item_country(raw: str) -> str | None:
    bracketed = _bracketed_item(raw)
    return bracketed[1] if bracketed is not None else None


def _grouped_body(finder: PartnerFinder, start: int, end: int, country: str, covered: list[tuple[int, int]]) -> Partner | None:
    name = _GROUPED_NAME.fullmatch(finder.text, start, end)
    if any(s <= name.start("name") < e for s, e in covered) or not looks_foreign(name["name"]) \
            or find_country(name["name"]) is not None:
        return None
    org = find_organization(name["name"])
    if org is not None:
        return Partner(org.name, "organization", org.country or country, "active", name.start("name"), name.end("name"),
                       name.start("name"), name.end("name"), org.aliases)
    return Partner(name["name"], "organization", country, "active", name.start("name"), name.end("name"),
                   name.start("name"), name.end("name"))


# ("Habitat for Humanity International (Mỹ)": the catalogue's shorter name, a capitalised word or two, then the brackets)
_COUNTRY_BRACKET = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s*\((?P<bracket>[^()]{2,60})\)")


def _bracketed_country(finder: PartnerFinder, end: int) -> str | None:
    bracket = _COUNTRY_BRACKET.match(finder.text, end)
    country = find_country(bracket["bracket"].split(",")[-1].strip()) if bracket else None
    return country.code if country is not None and country.code != "VN" else None


def _bracketed_item(raw: str) -> tuple[re.Match, str] | None:
    """"Orbis (Hoa Kỳ)", "Passerelles Numériques (PN, Pháp)": a listed item and the foreign country its brackets end on."""
    raw = raw.rstrip(" .!?")
    if not raw.endswith(")"):
        return None  # (what every item closed by brackets ends with: no costly match where there is none)
    item = _ITEM.match(raw.strip())
    country = find_country(_bracket_parts(item["bracket"])[-1]) if item is not None else None
    return (item, country.code) if country is not None and country.code != "VN" else None


def _bracket_parts(bracket: str) -> list[str]:
    """"PN, Pháp", "LEDD - Pháp": an acronym, then the country."""
    return [part.strip() for part in _BRACKET_SEPARATOR.split(bracket)]


_BRACKET_SEPARATOR = re.compile(r"\s*[,;]\s*|\s+[-–]\s+")


def _listed_body(finder: PartnerFinder, start: int, end: int, covered: list[tuple[int, int]]) -> Partner | None:
    raw = finder.text[start:end].rstrip(" .!?")
    lead = len(raw) - len(raw.lstrip())
    bracketed = _bracketed_item(raw)
    if bracketed is None or any(s <= start + lead < e for s, e in covered):
        return None
    item, country = bracketed
    name = item["name"].strip()
    if not name[:1].isupper() or len(name.split()) > _MAX_LISTED_WORDS:
        return None
    aliases = tuple(p for p in _bracket_parts(item["bracket"])[:-1] if p)
    named = _NAME_DASH_ACRONYM.match(name)
    if named is not None:  # "Enfance Partenariat Vietnam - EPVN (Pháp)": the name, then its acronym
        name, aliases = named["name"], (named["acronym"], *aliases)
    name_start = start + lead
    return Partner(name, "organization", country, "active", name_start, start + lead + len(raw.strip()),
                   name_start, name_start + len(name), aliases)


# "Cités Unies France (CUF)", "Asian Business Alliance (ABA)": a foreign body's name in capitals
# followed by its acronym, which starts with the name's first letter.
# Its tail alone, literal-led: the engine finds it fast, and a text without it has no such body
# (the full pattern starts with a class, so the engine tries it at every position).
# ("(AOGWR, Australia)": the short name, then the country)
_ACRONYM_IN_BRACKETS = re.compile(r"\((?P<acronym>[A-Z][A-Z&]{1,7})(?:\s*,\s*(?P<country>[^(),\n]{2,30}))?\)")
_ACRONYMED = re.compile(r"(?<![\w-])((?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|of|for|the|and|de|du|des|la|le)\s+){0,6}[A-Z][\w'’-]*)\s*\(([A-Z][A-Z&]{1,7})\)")


# "Học viện Cán bộ Bách Sắc", "Trường Kỹ thuật dạy nghề Tĩnh Tây": a school or hospital named after a foreign place
_SCHOOL_NOUN = re.compile(r"(?:Trường|Học\s+viện|Đại\s+học|Bệnh\s+viện)\s+(?=[^\W\d_])")
_NAME_WORDS = re.compile(r"[^\W\d_][\w'-]*")
_NAME_STOPS = frozenset({"và", "của", "tại", "với", "cho", "để", "trong", "ở", "từ", "sang", "theo", "là"})
_MAX_SCHOOL_WORDS = 8


_MEMBER_LEAD = re.compile(r" (?:[Qq]uốc tế )?(?=[^\W\d_])")


def _national_member(finder: PartnerFinder, match: PhraseMatch[Organization]) -> Partner | None:
    """"tổ chức CARE Đan Mạch", "CARE Quốc tế Úc": an international body's member in one country, named by the body's
    name then the country's (its own partner, of that country)."""
    if match.payload.country is not None:
        return None
    lead = _MEMBER_LEAD.match(finder.text, match.end)
    country = country_at(finder.tokens, lead.end()) if lead is not None else None
    if country is None or country.payload == "VN" or not country.text[:1].isupper():
        return None
    name = match.payload.name + finder.text[match.end : country.end]
    return Partner(name, "organization", country.payload, "active", match.start, country.end, match.start, country.end)


def _bodies_named_after_places(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    """A school, academy or hospital whose name ends with a foreign place the gazetteer knows in one country, a
    country the text names: a foreign body ("cử 47 cán bộ sang bồi dưỡng tại Học viện Cán bộ Bách Sắc")."""
    found: list[Partner] = []
    for match in _SCHOOL_NOUN.finditer(finder.text):
        if not at_word_start(finder.text, match.start()) or any(s <= match.start() < e for s, e in covered) \
                or finder.text.startswith("học ", match.end()):
            continue  # ("Trường học do tỉnh X tài trợ": a school, no school's name)
        words = []
        for word in _NAME_WORDS.finditer(finder.text, match.end(), min(len(finder.text), match.end() + 80)):
            gap = finder.text[words[-1].end() if words else match.end() : word.start()]
            if gap.strip() or word.group() in _NAME_STOPS or len(words) == _MAX_SCHOOL_WORDS:
                break
            words.append(word)
        place = _place_at_the_end(finder, words)
        if place is None:
            continue
        end, country = place
        sentence = finder.layout.sentence_at(match.start())
        if finder._speaks_of_relation(sentence):
            name = finder.text[match.start() : end]
            found.append(Partner(name, "organization", country, "active", match.start(), end, match.start(), end))
            covered.append((match.start(), end))  # "Trường Đại học X": not read again from "Đại học X"
    return found


def _place_at_the_end(finder: PartnerFinder, words: list[re.Match]) -> tuple[int, str] | None:
    """Where the name ends and the country of the foreign place its last capitalised words name, or None."""
    for size in (3, 2, 1):
        tail = words[-size:] if len(words) > size else []
        if not tail or not all(w.group()[:1].isupper() for w in tail):
            continue
        place = finder.text[tail[0].start() : tail[-1].end()]
        if gazetteer.is_vietnamese_province(place) or gazetteer.is_vietnamese_locality(place) or find_country(place):
            return None  # (a school named after a country was tried: fresh4's partner aggregate gained a spurious one)
        countries = {p.country for p in gazetteer.places_named(place)} - {"VN"}
        if len(countries) == 1 and countries <= finder._foreign_countries(0, len(finder.text)):
            return tail[-1].end(), countries.pop()
    return None


def _acronymed_bodies(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    """Bodies outside the catalogue named in a foreign language with their acronym, in a
    sentence of relation; the country is one named inside the name ("… France") or right after the acronym ("(SVP) của
    Úc"), else none (an international body)."""
    found: list[Partner] = []
    for match in _ACRONYMED.finditer(finder.text):
        name, acronym = match.group(1), match.group(2)
        start = match.start(1)
        if acronym[0] != name[0] or not looks_foreign(name) or any(s <= start < e for s, e in covered):
            continue
        if find_country(name) or find_organization(name) or find_organization(acronym):
            continue
        sentence = finder.layout.sentence_at(start)
        if not finder._speaks_of_relation(sentence):
            continue
        inside = [m.payload for m in country_matcher().find_all(finder.tokens, start, match.end(1)) if m.payload != "VN"]
        country = inside[0] if inside else None
        if country is None and (after := country_after(finder.text, finder.tokens, match.end())) is not None and after[0] != "VN":
            country = after[0]  # "Sunrise Vietnam Program (SVP) của Úc": the country after the short name
        found.append(Partner(name, "organization", country, "active", start, match.end(), start, match.end(1), (acronym,)))
    return found


def _described_bodies_of_a_country(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    """"Tổ chức chuyển giao công nghệ và thương mại nông nghiệp Hàn Quốc (FACT)": a body described in Vietnamese, its
    country closing the description, known by the acronym after it (read back from each bracketed acronym)."""
    found: list[Partner] = []
    for bracket in _ACRONYM_IN_BRACKETS.finditer(finder.text):
        window = max(0, bracket.start() - _DESCRIPTION_REACH)
        match = last_match(_DESCRIBED_BEFORE, finder.text, window, bracket.start())
        if match is None:
            continue
        start, words_end, acronym = match.start(), match.end("words"), bracket["acronym"]
        # (nor a body already read inside the description: "… do Tổ chức Động vật châu Á (AAF, Hồng Kông)")
        if any(s < bracket.start() and start < e for s, e in covered) or find_organization(acronym) or "Việt" in match["words"]:
            continue  # ("Trung tâm Văn hóa Việt - Hàn (VKCC)": both sides' body, a Vietnamese one)
        countries = [m.payload for m in country_matcher().find_all(finder.tokens, match.start("words"), words_end)
                     if m.end == words_end]
        if not countries and bracket["country"] and (inside := find_country(bracket["country"])) is not None:
            countries = [inside.code]
        if not countries and (after := country_after(finder.text, finder.tokens, bracket.end())) is not None:
            countries = [after[0]]  # "Tổ chức Thắp sáng Hy vọng trẻ em (CHIA) của Úc": the country after the short name
        if not countries or countries[-1] == "VN" or not finder._speaks_of_relation(finder.layout.sentence_at(start)):
            continue
        found.append(Partner(acronym, "organization", countries[-1], "active", start, bracket.end(), start,
                             bracket.end(), (" ".join(finder.text[start:words_end].split()),)))
    return found


_DESCRIPTION_REACH = 90
_DESCRIBED_BEFORE = re.compile(r"(?<!\w)(?:Tổ\s+chức|Hiệp\s+hội|Viện|Quỹ|Trung\s+tâm|Cơ\s+quan)\s+(?P<words>[^()\n.;,]{3,80}?)\s*$")


# "Hiệp hội Doanh nghiệp Nhật Bản", "Phòng Thương mại và Công nghiệp Hàn Quốc tại Việt Nam", "Liên đoàn các nhà sản xuất
# Singapore": a body of business or friendship whose translated name closes on its country, no acronym after it, that
# the sentence has the province sign with
_COUNTRY_BODY_HEAD = letter_led(r"(?<!\w)(?:hiệp\s+hội|phòng\s+thương\s+mại|liên\s+đoàn|cơ\s+quan)\s+(?=[^\W\d_])")
_COUNTRY_BODY_REACH = 80
_SIGNED = re.compile(r"(?<!\w)ký(?:\s+kết)?\s+(?:biên\s+bản|bản\s+ghi\s+nhớ|thỏa\s+thuận|thoả\s+thuận|hợp\s+đồng|ý\s+định\s+thư|kế\s+hoạch)"
                     r"|(?<!\w)đã\s+ký(?!\w)|(?<!\w)ký\s+kết\s+hợp\s+tác(?!\w)")  # ("ký kết hợp tác với …")
_WORKED_WITH_BEFORE = re.compile(r"(?<!\w)(?:phối\s+hợp|hợp\s+tác)\s+với\s+$")
_IN_VIETNAM = re.compile(r"\s+tại\s+Việt\s+Nam")
_OTHER_SIDE = re.compile(r"\s*[-–]\s*(?:Việt\s+Nam|ASEAN)(?![^\W\d_])")
# (or its short name in brackets: "Liên đoàn các Phòng Thương mại và Công nghiệp Ấn Độ (FICCI)")
_BODY_NAME_ENDS = re.compile(r"\s*(?:[,;.:)]|$)|\s+(?:để|và|về|trong|đã|cùng|nhằm|với|tổ\s+chức|trao|ký|tài\s+trợ)(?!\w)"
                             r"|\s*\(\s*[A-Z][A-Za-z&-]{1,11}\s*\)")
# "Hội Doanh nhân trẻ tỉnh đã ký … với Phòng Thương mại Ấn Độ": an association or a firm signs for itself, not the province
_SIGNED_BY_A_NON_STATE_BODY = re.compile(
    r"^\W*(?:(?:tháng|ngày|năm)\s+[\d/]+\s*,?\s*)?(?:hội|hiệp\s+hội|câu\s+lạc\s+bộ|công\s+ty|tập\s+đoàn|doanh\s+nghiệp|các\s+doanh\s+nghiệp)\s")


def _bodies_named_for_a_country(finder: PartnerFinder, covered: list[tuple[int, int]]) -> list[Partner]:
    found: list[Partner] = []
    for head in _COUNTRY_BODY_HEAD.finditer(finder.folded):
        start = head.start()
        # (nor a head inside the name just read: "Liên đoàn các Phòng Thương mại … Ấn Độ")
        if not finder.text[start].isupper() or any(s <= start < e for s, e in covered) \
                or any(p.start <= start < p.end for p in found):
            continue
        if finder.folded.startswith("cơ", start) and not finder.text[head.end()].isupper():
            continue  # ("Cơ quan Năng lượng Hàn Quốc": an agency is known by its capitalised name; "Cơ quan chức năng" is none)
        stop = re.search(r"[,;.:()\n]", finder.text[start : start + _COUNTRY_BODY_REACH])
        end = start + (stop.start() if stop else _COUNTRY_BODY_REACH)
        for country in country_matcher().find_all(finder.tokens, head.end(), end):
            close = country.end
            if (here := _IN_VIETNAM.match(finder.text, close)) is not None:
                close = here.end()
            elif (side := _OTHER_SIDE.match(finder.text, close)) is not None:
                close = side.end()  # "Hiệp hội Nông nghiệp Trung Quốc - ASEAN": the body's other side, in its name
            if "Việt" in finder.text[start : country.start] or country.payload == "VN" \
                    or not _BODY_NAME_ENDS.match(finder.text, close):
                continue
            sentence = finder.layout.sentence_at(start)
            signed = _SIGNED.search(finder.folded, sentence.start, sentence.end)  # (met or joined at an event, no partner yet)
            # ("thành phố phối hợp với Phòng Thương mại và Công nghiệp Hàn Quốc (KCCI) tổ chức …": worked with, named)
            signed = signed or _WORKED_WITH_BEFORE.search(finder.folded, max(sentence.start, start - 20), start)
            if signed and not _SIGNED_BY_A_NON_STATE_BODY.match(finder.folded[sentence.start : signed.start()]):
                name = " ".join(finder.text[start:close].split())
                found.append(Partner(name, "organization", country.payload, "active", start, close, start, close))
            break
    return found


def _without_umbrellas(found: list[Partner], finder: PartnerFinder) -> list[Partner]:
    """"Điều phối viên thường trú Liên Hợp Quốc, Trưởng đại diện UNDP": a body whose name is part of another's
    found in the same sentence ("Chương trình Phát triển Liên Hợp Quốc") is that body's system, no partner of its own."""
    names = [(p, {normalize_name(n) for n in (p.name, *p.aliases)}) for p in found]
    kept = []
    for partner, own in names:
        sentence = finder.layout.sentence_at(partner.start)
        if not any(
            other is not partner and other.name != partner.name and sentence.start <= other.start < sentence.end
            and any(f" {n} " in f" {o} " for n in own for o in others if n != o)
            for other, others in names
        ):
            kept.append(partner)
    return kept


def _names_a_fund(match: re.Match) -> bool:
    """"Quỹ Toàn cầu hóa Nông thôn mới (Hàn Quốc)": a fund's or body's translated name may end on a lower-case word."""
    return match.group().casefold().startswith(("quỹ", "tổ chức"))


def _named_body(finder: PartnerFinder, match: re.Match) -> Partner | None:
    """"Quỹ X, Hà Lan", "Tổ chức X (Hoa Kỳ)": a body outside the catalogue, known by its
    foreign name and stated country."""
    if match.group().strip().lower() == "quỹ" and (purpose := _PURPOSE_THEN_COUNTRY.match(finder.text, match.end())) \
            and (country := country_at(finder.tokens, purpose.end())) is not None and country.payload != "VN":
        # "vay vốn Quỹ Phát triển Ả-rập Xê-út": a development fund known by its country
        if not finder._speaks_of_relation(finder.layout.sentence_at(match.start())):
            return None
        name = finder.text[match.start() : country.end]
        return Partner(name[:1].upper() + name[1:], "organization", country.payload, "active", match.start(), country.end,
                       match.start(), country.end)
    read = read_name(finder.text, match.end(), foreign_connectors=True)
    noun = match.group().strip().rstrip('"“').strip()
    if read is None and (described := _DESCRIBED_NAME.match(finder.text, match.end())) is not None \
            and not _NOT_A_DESCRIPTION.search(described["words"]) \
            and looks_foreign(described["name"]) and country_after(finder.text, finder.tokens, described.end()) is not None:
        # "Quỹ hỗ trợ A.P. Møller (Đan Mạch)", "tổ chức từ thiện Newborns Vietnam (Vương quốc Anh)": what the body does,
        # in lower case, then its foreign name and country
        read, noun = (described["name"], described.end()), f"{noun} {described['words'].strip()}"
    if read is None and (kind := _BODY_KIND_WORDS.match(finder.text, match.end())) is not None \
            and country_at(finder.tokens, kind.end()) is None \
            and (after_kind := read_name(finder.text, kind.end(), foreign_connectors=True)) is not None \
            and (looks_foreign(after_kind[0]) or _COUNTRY_BRACKET_AFTER.match(finder.text, after_kind[1])) \
            and not find_country(after_kind[0]):
        # "tổ chức phi chính phủ Les Enfants du Dragon (Pháp)": what kind of body, then its foreign name (or a name in
        # Vietnamese with its country in brackets after it: "tổ chức phi chính phủ Hoa Trắng (Pháp)")
        read, noun = after_kind, f"{noun} {kind.group().strip()}"
    if read is None and (named := _country_then_name(finder, match)) is not None:
        return named if finder._speaks_of_relation(finder.layout.sentence_at(match.start())) else None
    if read is None or (match["loose"] and not looks_foreign(read[0])):
        return None
    name, end = read
    if finder.text[end : end + 1] in '"”':
        end += 1  # the closing quote of a quoted name
    dash = _DASH_IN_NAME.search(name)
    # "Tổ chức X - Hoa Kỳ": the body, then its country ("Hội Bretagne - Việt Nam (Pháp)": a friendship's two sides)
    if dash is not None and (country := find_country(name[dash.end() :])) \
            and not (country.code == "VN" and country_after(finder.text, finder.tokens, end) is not None):
        name, end = name[: dash.start()], match.end() + dash.start()
    full = f"{noun[:1].upper()}{noun[1:]} {name}"
    org = find_organization(full) or find_organization(name)
    sentence = finder.layout.sentence_at(match.start())
    if not finder._speaks_of_relation(sentence):
        return None
    if org is not None:
        return Partner(org.name, "organization", org.country, "active", match.start(), end, match.start(), end, org.aliases)
    after = country_after(finder.text, finder.tokens, end)
    longer = _NAME_BEFORE_BRACKET.match(finder.text, match.end()) if after is None else None
    if longer is not None and (longer.group(1).split()[-1][:1].isupper() or _names_a_fund(match)):
        # "Đại học Quốc gia Chonnam (Hàn Quốc)": lower-case words inside the name, its country in brackets
        after = country_after(finder.text, finder.tokens, longer.end(1))
        if after is not None:
            name, end = longer.group(1), longer.end(1)
            full = f"{noun[:1].upper()}{noun[1:]} {name}"
    if after is None and looks_foreign(name):  # "Đại học X và Cao đẳng Y của Hàn Quốc": the country closes the pair
        # (a name of Vietnamese words only is a Vietnamese school: "Đại học Quốc tế Miền Đông và Đại học Y (Hoa Kỳ)")
        link = _AND.match(finder.text, end)
        other = link and _NAMED_BODY.match(finder.text, link.end())
        read_other = other and read_name(finder.text, other.end(), foreign_connectors=True)
        shared = read_other and country_after(finder.text, finder.tokens, read_other[1])
        after = (shared[0], end) if shared else None  # the evidence stops before the second body
    if after is None and looks_foreign(name) and (paired := _paired_place_country(finder, match.start())) is not None:
        after = (paired, end)  # "đề nghị tỉnh Miyazaki và Trường Đại học Minami Kyushu tiếp tục hỗ trợ": the place's country
    if not after or after[0] == "VN":
        return None
    # "tổ chức Children of Vietnam": named by its foreign name; so is a fund whose own name says so ("Quỹ từ thiện Phuc's Fond")
    # ("Hội giao lưu văn hóa Leibniz": the words of what a society does are part of its name)
    if noun.casefold().startswith("tổ chức") or (match["loose"] and noun == match.group().strip().rstrip('"“').strip()) \
            or _FUND_WORD.search(name):
        return Partner(name, "organization", after[0], "active", match.start(), after[1], match.start(), end, (full,))
    return Partner(full, "organization", after[0], "active", match.start(), after[1], match.start(), end, (name,))


_FUNDS = re.compile(r"(?<!\w)(?:tài\s+trợ|viện\s+trợ|cam\s+kết|trao\s+tặng)(?!\w)")


# the capitalised words a name opens with, linked by a foreign name's small words ("Maison Chance", "Bread for the
# World"); `_unplaced_body` then asks that each looks foreign
_FOREIGN_WORDS = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|the|and|de|du|des|la|le))*(?<![\s.])")
_ACRONYM_BRACKET = re.compile(r"\s*\(\s*[A-Z][A-Z&]{1,9}\s*\)")
_GENERIC_ABBREVIATION = re.compile(r"(?:PCPNN|PCP|I?NGOs?|ODA|FDI|TCPCPNN|LHHN)(?!\w)")  # "tổ chức PCPNN": the kind, no name


# "tổ chức Hamkkehaneun Sarangbat (Share Sarangbat, Hàn Quốc)": another name, then the country, in the bracket
_ALIAS_THEN_COUNTRY = re.compile(r"\s*\(\s*(?P<alias>[A-Z][^(),]{1,40}),\s*")
# the body is the noun's, not a verb's object: "Tổ chức X", "do tổ chức X tài trợ", "Giám đốc tổ chức X" (not "Việt Nam
# tổ chức APEC")
_BODY_NOUN_LEAD = re.compile(r"(?:(?<!\w)(?:do|nhờ|của|với|và|cùng|cho|từ|giữa|các|đốc|diện|gồm|như)\s+|[,:;(]\s*)$")


def _unplaced_bodies(finder: PartnerFinder, unread: list[re.Match], covered: list[tuple[int, int]]) -> list[Partner]:
    """"Tổ chức Kinderhilfe tài trợ lâu năm cho …": a foreign body that funds the province, its country unsaid, or said
    after its acronym ("tổ chức Loreto Vietnam Australia Program (LVAP) của Úc") or another name; read after every other
    reading, so that one with a country wins."""
    found = []
    for match in unread:
        if not finder.text[match.end() : match.end() + 1].isupper():
            continue
        foreign = _FOREIGN_WORDS.match(finder.text, match.end())
        if foreign is None or any(s <= foreign.start() < e for s, e in covered) \
                or not (finder.text[match.start()].isupper()
                        or _BODY_NOUN_LEAD.search(finder.folded, max(0, match.start() - 12), match.start())) \
                or not _unplaced_body(finder, foreign.group(), finder.layout.sentence_at(match.start())):
            continue
        name, end = foreign.group(), foreign.end()
        said = None
        if (acronym := _ACRONYM_BRACKET.match(finder.text, end)) is not None:
            said = country_after(finder.text, finder.tokens, acronym.end())
        elif (alias := _ALIAS_THEN_COUNTRY.match(finder.text, end)) is not None \
                and (country := country_at(finder.tokens, alias.end())) is not None and country.payload != "VN":
            said = (country.payload, country.end)
            name = alias["alias"].strip()
        noun = match.group().strip()
        found.append(Partner(name, "organization", said[0] if said else None, "active", match.start(),
                             said[1] if said else end, match.start(), end, (f"{noun[:1].upper()}{noun[1:]} {foreign.group()}",)))
    return found


def _unplaced_body(finder: PartnerFinder, name: str, sentence) -> bool:
    """A foreign name after "tổ chức" with no country said: a body, if no place or country, and the sentence has it fund
    the province (a body only at work, its country unsaid, is too often one a reader knows the country of)."""
    return all(looks_foreign(word) for word in name.split() if word[:1].isupper()) and not _GENERIC_ABBREVIATION.match(name) \
        and find_organization(name) is None and not gazetteer.places_named(name) and find_country(name) is None \
        and not _FIRM_WORD.search(name) and _FUNDS.search(finder.folded, sentence.start, sentence.end) is not None


_PLACE_AND_BEFORE = re.compile(r"(?:tỉnh|thành\s+phố|bang|quận|huyện)\s+([^\W\d_][\w'-]*(?:\s+[^\W\d_a-zđ][\w'-]*){0,2})\s+và\s+$")


def _paired_place_country(finder: PartnerFinder, start: int) -> str | None:
    """The country of a foreign place named with its noun right before a body, joined by "và"."""
    before = _PLACE_AND_BEFORE.search(finder.text, max(0, start - 60), start)
    countries = {p.country for p in gazetteer.places_named(before.group(1))} if before is not None else set()
    return countries.pop() if len(countries) == 1 and "VN" not in countries else None


def _country_then_name(finder: PartnerFinder, match: re.Match) -> Partner | None:
    """"tổ chức phi chính phủ Hàn Quốc Copion": what the body is, its country, then its foreign name."""
    pos = match.end()
    words = _BODY_KIND_WORDS.match(finder.text, pos)
    country = country_at(finder.tokens, words.end() if words else pos)
    if country is None or country.payload == "VN" or not finder.text[country.start : country.start + 1].isupper():
        return None
    read = read_name(finder.text, country.end + 1, foreign_connectors=True) if finder.text[country.end : country.end + 1] == " " \
        else None
    if read is None or not looks_foreign(read[0]) or find_country(read[0]):
        return None
    name, end = read
    return Partner(name, "organization", country.payload, "active", match.start(), end, country.end + 1, end)


_COUNTRY_BRACKET_AFTER = re.compile(r"\s*\(\s*[^\W\d_a-zđ]")
_PURPOSE_THEN_COUNTRY = re.compile(r"[Pp]hát\s+triển(?:\s+[Kk]inh\s+tế)?\s+")
_BODY_KIND_WORDS = re.compile(r"(?:phi\s+chính\s+phủ|từ\s+thiện|nhân\s+đạo|tình\s+nguyện)\s+")
# "tổ chức VESAF và NFP (Hoa Kỳ)", "Tổ chức HELP và tổ chức CARE (Úc)": two bodies sharing the country that closes them
_PAIR = re.compile(r"(?P<first>[^\W\d_][^()]*?)\s+và\s+(?:(?:tổ\s+chức|quỹ)\s+)?(?P<second>[^\W\d_a-zđ][^()]*)")


def _whole_name(name: str) -> bool:
    """A body's name of its own: an acronym, or foreign words (not "Bill" of "Quỹ Bill và Melinda Gates")."""
    return name[:1].isupper() and not find_country(name) and looks_foreign(name) and (
        (name.isupper() and len(name) >= 2) or len(name.split()) >= 2)


def _pair_split(partner: Partner, finder: PartnerFinder) -> list[Partner]:
    pair = _PAIR.fullmatch(partner.name) if " và " in partner.name else None
    if pair is None or not all(_whole_name(pair[part]) for part in ("first", "second")):
        return [partner]
    bodies = []
    for part in ("first", "second"):
        name = pair[part]
        start = finder.text.find(name, partner.name_start, partner.end)
        start = partner.name_start if start < 0 else start
        bodies.append(Partner(name, "organization", partner.country, partner.status, partner.start, partner.end, start,
                              start + len(name), (f"Tổ chức {name}",)))
    return bodies


def _slashed_bodies(finder: PartnerFinder, covered: list[tuple[int, int]], dashed: bool = False) -> list[Partner]:
    """"tổ chức GPI/Hàn Quốc", "là Hope Heaven International/Mỹ, The Promised Land Church/Mỹ":
    the name is read backwards from the slash (capitalised words and the connectors of
    foreign names), the country forwards. With `dashed`, "Hội thánh Vineyard - Hoa Kỳ": a dash
    joins so only a name that looks foreign ("Hội Hữu nghị Việt Nam - Lào" names two countries)."""
    found: list[Partner] = []
    for slash_start, slash_end in (_dashes(finder.text) if dashed else _slashes(finder.text)):
        country = country_at(finder.tokens, slash_end)
        if country is None or country.payload == "VN" or not finder.text[slash_end].isupper():
            continue
        name_start = _name_start_before(finder.text, slash_start)
        if name_start is None or any(s <= name_start < e for s, e in covered):
            continue
        opening = _OPENING_BEFORE.search(finder.text, max(0, name_start - 3), name_start)
        if opening is not None and any(e == opening.start() for _, e in covered):
            continue  # "Children of Vietnam (COV/Hoa Kỳ)": the acronym of the body just read
        name = finder.text[name_start:slash_start].strip()
        if dashed and (
            not all(looks_foreign(w) or w.casefold() in _NAME_CONNECTORS for w in name.split())
            or _PLACE_NOUN_BEFORE.search(finder.folded, max(0, name_start - 12), name_start)
            or gazetteer.places_named(name)
            or (" " not in name and not _BODY_NOUN_BEFORE.search(finder.folded, max(0, name_start - 16), name_start))
        ):
            continue  # "tỉnh Khammouane - Lào", "Gifu - Nhật Bản" are places, read with the localities
        sentence = finder.layout.sentence_at(name_start)
        if find_country(name) or not (
            finder._speaks_of_relation(sentence) or _NGO_AT_WORK.search(finder.folded, sentence.start, sentence.end)
        ):
            continue
        org = find_organization(name)
        if org is not None:
            found.append(Partner(org.name, "organization", org.country, "active", name_start, country.end, name_start, slash_start, org.aliases))
        else:
            found.append(Partner(name, "organization", country.payload, "active", name_start, country.end, name_start, slash_start))
    return found


def _slashes(text: str):
    """(start, end) of each slash a name may follow, as r"\\s?/\\s?(?=letter)" would find them: the
    slash with the one space before it, if any, and after it."""
    for match in _SLASH.finditer(text):
        start = match.start()
        yield (start - 1 if start and _SPACE.match(text, start - 1) else start), match.end()


def _dashes(text: str):
    """(start, end) of each spaced dash a name may follow ("Vineyard - Hoa Kỳ")."""
    for match in _DASH.finditer(text):
        yield match.start(), match.end()


def _name_start_before(text: str, end: int) -> int | None:
    """Where the foreign name ending at `end` starts: capitalised words and connectors
    back to a lower-case word or a punctuation mark; the name starts on a capital."""
    line_start = max(text.rfind("\n", 0, end), text.rfind(",", 0, end), text.rfind(";", 0, end),
                     text.rfind(":", 0, end), text.rfind("(", 0, end), end - 120) + 1
    words = list(_WORD.finditer(text, line_start, end))
    start = None
    for word in reversed(words[-_MAX_NAME_WORDS:]):
        token = word.group()
        if token[:1].isupper():
            start = word.start()
        elif token.casefold() not in _NAME_CONNECTORS:
            break
    return start


_MARKETS_BEFORE = re.compile(r"(?<!\w)thị\s+trường(?:\s+(?:xuất\s+khẩu|nhập\s+khẩu|chính|lớn|truyền\s+thống|mới))?\s+(?:như\s+)?[^.;:()]{0,60}$")


_LISTED_AFTER = re.compile(r"(?:\.{3}|…)?\s*(?:,|và|\s[–-])\s*")


def _in_country_list(finder: PartnerFinder, start: int, end: int) -> bool:
    """"Hoa Kỳ, Úc, Liên minh châu Âu", "Việt Nam - ASEAN - Trung Quốc": a body listed
    among countries stands for its members, not for a partner organisation."""
    text = finder.text
    before = _listed_before(text[max(0, start - 40) : start])
    after = _LISTED_AFTER.match(text, end, end + 40)
    return bool(before and find_country(before)) or bool(after and country_at(finder.tokens, after.end()) is not None)


def _listed_before(window: str) -> str | None:
    """The item a list puts right before a name ("Hoa Kỳ, Úc, " → "Úc"; "Việt Nam - " → "Việt Nam"), or None. (String
    scans: a regex anchored at the window's end would be tried from each of its characters.)"""
    body = window.rstrip()
    if body.endswith(","):
        body = body[:-1]
    elif len(body) >= 2 and body[-1] in "–-" and body[-2].isspace():
        body = body[:-2]
    else:
        return None
    item = body[max(body.rfind(mark) for mark in ",;:()\n") + 1 :].strip()
    return item or None


_EMBASSY = re.compile(r"(?:đại\s+sứ\s+quán|tổng\s+lãnh\s+sự\s+quán|lãnh\s+sự\s+quán)\s+")
_EMBASSY_LIST = re.compile(r"(?:đại\s+sứ\s+quán|cơ\s+quan\s+đại\s+diện\s+ngoại\s+giao)[^.;]{0,120}?(?<!\w)như\s+")


def find_embassies(finder: PartnerFinder) -> list[Partner]:
    """"Đại sứ quán X", "Tổng Lãnh sự quán X" and lists of missions ("các đại sứ quán như A, B"): the country's embassy."""
    found: list[Partner] = []
    if "quán" not in finder.folded and "cơ quan đại diện" not in finder.folded:
        return found  # a substring test is far cheaper than scanning for the nouns
    for match in _EMBASSY.finditer(finder.folded):
        if not at_word_start(finder.folded, match.start()):
            continue
        country = country_at(finder.tokens, match.end())
        if country is not None and country.payload != "VN":
            found.append(
                Partner(country.text, "embassy", country.payload, "active", match.start(), country.end, country.start, country.end)
            )
    for match in _EMBASSY_LIST.finditer(finder.folded):
        if not at_word_start(finder.folded, match.start()):
            continue
        pos = match.end()
        while True:
            country = country_at(finder.tokens, pos)
            if country is None or country.payload == "VN":
                break
            found.append(
                Partner(country.text, "embassy", country.payload, "active", match.start(), country.end, country.start, country.end)
            )
            separator = _LIST_SEPARATOR.match(finder.text, country.end)
            if separator is None:
                break
            pos = separator.end()
    return found
