"""A partner's status: "active" where a relation is in place, "planned" where the text speaks of
one still to be set up (a plan's wording before the name, or a paragraph that opens a plan),
and the merging of a partner's mentions into one."""
from __future__ import annotations

import re

from . import gazetteer
from .partner_base import Partner
from .segments import Layout

_PLANNED = re.compile(
    r"đang\s+xúc\s+tiến|xúc\s+tiến\s+thiết\s+lập|tìm\s+kiếm|vận\s+động|kêu\s+gọi|phấn\s+đấu|mục\s+tiêu|"
    r"s(?<!\ws)ẽ(?!\w)|dự\s+kiến|hướng\s+tới|tiến\s+tới|mong\s+muốn|đề\s+nghị|nghiên\s+cứu\s+thiết\s+lập|"
    r"chuẩn\s+bị\s+(?:ký|thiết\s+lập)",
)
_ACTIVE = re.compile(r"đ(?<!\wđ)ã(?!\w)|ký\s+kết|đang\s+triển\s+khai|tài\s+trợ")
# A paragraph that opens a plan ("Với mục tiêu ...", "Trong thời gian tới ...") speaks of
# partners still to be won.
PLANNING = re.compile("|".join(  # each led by its letter, the look-behind after it: a fast scan
    rf"{w[0]}(?<!so với {w[0]}){w[1:]}"
    for w in (r"mục\s+tiêu", r"phấn\s+đấu", r"thời\s+gian\s+tới", r"định\s+hướng", r"phương\s+hướng", r"nhiệm\s+vụ\s+năm")
))


def planning_scopes(folded: str, layout: Layout) -> dict[int, int]:
    """Paragraph index -> offset from which the paragraph speaks of plans."""
    scopes = {}
    for paragraph in layout.paragraphs:
        match = PLANNING.search(folded, paragraph.start, paragraph.end)
        if match is not None and match.start() - paragraph.start < 40:
            scopes[paragraph.index] = match.start()
    return scopes

def assign_status(mentions: list[Partner], folded: str, layout: Layout, planning_from: dict[int, int]) -> None:
    previous: Partner | None = None
    for partner in mentions:
        sentence = layout.sentence_at(partner.name_start)
        same_sentence = previous is not None and previous.name_end > sentence.start
        window_start = previous.name_end if same_sentence else sentence.start
        window = folded[window_start : partner.name_start]
        planned = [m.end() for m in _PLANNED.finditer(window)]
        active = [m.end() for m in _ACTIVE.finditer(window)]
        if planned or active:
            partner.status = "planned" if max(planned, default=-1) > max(active, default=-1) else "active"
        elif same_sentence:
            partner.status = previous.status
        scope = planning_from.get(sentence.paragraph)
        if scope is not None and scope <= partner.name_start:
            partner.status = "planned"
        previous = partner


def _identity(partner: Partner) -> tuple[str, str]:
    """A locality the gazetteer knows is one partner under all its spellings ("Gyeongsangnam" in
    a headline, "Gyeongnam" in the body); anything else is known by its name."""
    if partner.partner_type == "locality" and partner.country:
        key = gazetteer.identity(partner.name, partner.country)
        if key is not None:
            return "locality", key
    return partner.key


def _without_heads_names(mentions: list[Partner]) -> None:
    """"Thị trưởng thành phố Saiki Tanaka Toshiaki": a place's name read on into its head's name (two or more
    capitalised words after a place the text names on its own) is that place."""
    places = {p.name.casefold(): p.name for p in mentions if p.partner_type == "locality"}
    for partner in mentions:
        words = partner.name.split()
        if partner.partner_type != "locality" or len(words) < 3:
            continue
        for cut in range(len(words) - 2, 0, -1):
            head = places.get(" ".join(words[:cut]).casefold())
            if head is not None and all(w[:1].isupper() for w in words[cut:]):
                partner.name, partner.name_end = head, partner.name_start + len(head)
                break


def _in_an_organisation_s_name(partner: Partner, organisations: list[Partner]) -> bool:
    """"Trường Đại học bang Sorsogon": a place named inside an organisation's name is no partner of its own there."""
    return partner.partner_type == "locality" and any(
        o.name_start <= partner.name_start and partner.name_end <= o.name_end and o.name_end - o.name_start > partner.name_end - partner.name_start
        for o in organisations)


def merge_mentions(mentions: list[Partner]) -> list[Partner]:
    """One partner per place or name; a relation in place anywhere makes it active."""
    _without_heads_names(mentions)
    organisations = [p for p in mentions if p.partner_type == "organization"]
    merged: dict[tuple[str, str], Partner] = {}
    for partner in mentions:
        if organisations and _in_an_organisation_s_name(partner, organisations):
            continue
        key = _identity(partner)
        kept = merged.get(key)
        if kept is None:
            merged[key] = partner
        elif kept.status == "planned" and partner.status == "active":
            merged[key] = partner
        elif kept.country is None and partner.country is not None:
            kept.country = partner.country
    return list(merged.values())
