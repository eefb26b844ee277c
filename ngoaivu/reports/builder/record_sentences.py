"""Sentences of section I that come from records rather than from an indicator: who went
where and at what level, what was signed with whom, the largest conference, the promotion
trips, the partners, the gates, the activities with overseas Vietnamese.

Each writer takes the snapshot's `facts`, the locality word ("tỉnh", "thành phố") and the
field's figures, and returns sentences without a final full stop; nothing to say gives
none. The counts are those of the records listed in the tables below the paragraph, so a
sentence never counts differently from its table. Pure Python.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ngoaivu.core.vnformat import format_date, format_money, format_number
from ngoaivu.indicators.catalogue import Code
from ngoaivu.reports.builder.encoding import date_in, decimal_in
from ngoaivu.reports.sentences import Figure

MAX_LISTED_TITLES = 5
# "2 cặp cửa khẩu chính": the class word that follows "cửa khẩu" when all gates share it.
GATE_CLASS_WORDS = {"international": "quốc tế", "main": "chính", "secondary": "phụ"}
GATE_STATUS_VERBS = {"reopened": "mở lại", "open": "mở", "temporarily_closed": "tạm dừng hoạt động",
                     "closed": "đóng"}
LEADERS = "provincial_leaders"
AGREEMENT_LEVEL_WORDS = {"province_council": "cấp tỉnh", "province_committee": "cấp tỉnh", "department": "cấp sở",
                         "border_commune": "cấp xã biên giới"}
AGREEMENT_KIND_WORDS = {"memorandum": "biên bản ghi nhớ", "cooperation": "thỏa thuận hợp tác",
                        "international": "thỏa thuận quốc tế", "other": "văn bản hợp tác khác"}
# Conferences and events of culture and tourism belong to cultural diplomacy too.
CULTURE_WORDS = re.compile(r"văn hóa|di sản|du lịch|nghệ thuật|lễ hội", re.IGNORECASE)
PROMOTION_WORDS = re.compile(r"xúc tiến|kết nối giao thương|kêu gọi đầu tư", re.IGNORECASE)


def listing(items: list[str]) -> str:
    """"A", "A và B", "A, B và C"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _distinct(items) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


def _month(day_text: str | None) -> str:
    day = date_in(day_text)
    return f"tháng {day.month}/{day.year}" if day else ""


def _all_or_some(part: int, whole: int) -> str:
    """"cả 2 đoàn", "1 trong 3 đoàn"."""
    return f"cả {format_number(whole)}" if part == whole else f"{format_number(part)} trong {format_number(whole)}"


# --- politics and partners -----------------------------------------------------------

def _political(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    partners = facts.get("partners") or {}
    localities = partners.get("localities") or {}
    count = sum(len(names) for names in localities.values())
    stated = figures.get(Code.PARTNER_LOCALITIES)
    if count and (stated is None or stated.value == count):
        groups = [f"{listing([lower_first(name) for name in names])}{f' ({country})' if country else ''}"
                  for country, names in localities.items()]
        lead = "" if stated is not None else f"{locality} duy trì quan hệ hợp tác với {format_number(count)} " \
                                             f"địa phương nước ngoài, gồm "
        sentences.append(f"{lead}{'; '.join(groups)}" if lead else
                         f"Các địa phương đối tác gồm {'; '.join(groups)}")
    if partners.get("new"):
        sentences.append(f"Trong kỳ, {locality} thiết lập quan hệ mới với {listing(partners['new'])}")
    by_country: dict[str, list[str]] = {}
    for agreement in facts.get("agreements") or []:
        for country in agreement["countries"]:
            by_country.setdefault(country, []).extend(lower_first(name) for name in agreement["partners"])
    if by_country:
        parts = [f"{country} ({listing(_distinct(names))})" for country, names in
                 sorted(by_country.items(), key=lambda item: -len(item[1]))]
        sentences.append(f"Quan hệ với các đối tác nước ngoài được cụ thể hóa bằng các văn bản hợp tác ký kết với "
                         f"đối tác của {format_number(len(parts))} quốc gia: {'; '.join(parts)}")
    visits = [trip for trip in facts.get("delegations") or [] if trip["direction"] == "inbound"
              and trip["level"] == "foreign_mission"]
    if visits:
        sentences.append(f"Lãnh đạo {locality} đã tiếp {listing([lower_first(trip['name']) for trip in visits])}")
    joined = [conference["title"] for conference in facts.get("conferences") or [] if not conference["organised"]]
    if joined:
        sentences.append(f"{locality} đã tham gia {listing(joined)}")
    if partners.get("planned"):
        sentences.append(f"{locality} đang xúc tiến thiết lập quan hệ hợp tác với {listing(partners['planned'])}")
    return sentences


# --- delegations, agreements, conferences --------------------------------------------

def _delegations(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    trips = facts.get("delegations") or []
    outbound = [trip for trip in trips if trip["direction"] == "outbound"]
    inbound = [trip for trip in trips if trip["direction"] == "inbound"]
    sentences = []
    if outbound:
        countries = _distinct(country for trip in outbound for country in trip["countries"])
        where = f" đến {listing(countries)}" if countries else " đi công tác nước ngoài"
        sentence = f"{locality} đã cử {format_number(len(outbound))} đoàn{where}"
        led = [trip for trip in outbound if trip["level"] == LEADERS]
        if led:
            sentence += f", {_all_or_some(len(led), len(outbound))} đoàn do lãnh đạo {locality} dẫn đầu"
        sentences.append(sentence)
        promotion = [trip for trip in outbound if trip["promotion"]]
        if promotion:
            sentences.append(f"Trọng tâm các đoàn ra là ngoại giao kinh tế: {_all_or_some(len(promotion), len(outbound))}"
                             f" đoàn có nhiệm vụ xúc tiến đầu tư, thương mại")
    if inbound:
        origins = _distinct(country for trip in inbound for country in trip["countries"])
        sentence = f"{locality} đã đón {format_number(len(inbound))} đoàn khách nước ngoài"
        if origins:
            sentence += f" của {listing(origins)}"
        sentences.append(sentence + " đến thăm và làm việc")
    return sentences


def _agreements(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    signed = facts.get("agreements") or []
    if not signed:
        return []
    sentences = []
    if Code.AGREEMENTS_SIGNED not in figures:
        sentences.append(f"{locality} đã ký kết {format_number(len(signed))} thỏa thuận quốc tế")
    levels = Counter(AGREEMENT_LEVEL_WORDS.get(item["level"], "cấp khác") for item in signed)
    kinds = Counter(AGREEMENT_KIND_WORDS.get(item["kind"], "văn bản hợp tác khác") for item in signed)
    if len(levels) > 1:
        sentences.append("Theo cấp ký kết, có " + listing([f"{format_number(n)} thỏa thuận {level}"
                                                           for level, n in levels.most_common()]))
    if len(kinds) > 1:
        sentences.append("Theo hình thức, có " + listing([f"{format_number(n)} {kind}"
                                                          for kind, n in kinds.most_common()]))
    partners = Counter(name for item in signed for name in item["partners"])
    repeated = [name for name, n in partners.most_common() if n > 1]
    if repeated:
        sentences.append(f"Riêng với {lower_first(repeated[0])}, {locality} đã ký "
                         f"{format_number(partners[repeated[0]])} văn bản hợp tác trong kỳ, ở nhiều cấp và lĩnh vực")
    return sentences


def _conferences(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    held = facts.get("conferences") or []
    organised = [item for item in held if item["organised"]]
    sentences = _organised_conferences(organised, locality, figures) if organised else []
    # Those the province only attended are work of the period too, not counted among its own.
    attended = [item for item in held if not item["organised"]]
    if attended:
        named = listing([f"{item['title']} ({format_date(date_in(item['start']))})" for item in attended])
        sentences.append(f"{locality[:1].upper()}{locality[1:]} đã cử đại biểu tham dự "
                         + (named if len(attended) <= MAX_LISTED_TITLES else
                            f"{format_number(len(attended))} hội nghị, hội thảo quốc tế do các cơ quan, địa "
                            f"phương khác tổ chức"))
    return sentences


def _organised_conferences(organised: list[dict], locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    if Code.INTL_CONFERENCES not in figures:
        sentences.append(f"Toàn {locality} đã tổ chức {format_number(len(organised))} hội nghị, hội thảo quốc tế")
    foreign = [item for item in organised if item["foreign_participants"]]
    if foreign:
        total = sum(item["foreign_participants"] for item in foreign)
        largest = max(foreign, key=lambda item: item["foreign_participants"])
        sentences.append(f"Các hội nghị, hội thảo đã thu hút {format_number(total)} lượt đại biểu nước ngoài; "
                         f"đông nhất là {largest['title']} ({format_date(date_in(largest['start']))}) với "
                         f"{format_number(largest['foreign_participants'])} đại biểu nước ngoài")
    remote = [item for item in organised if item["format"] in ("online", "hybrid")]
    if remote:
        # Not a sentence opening on a figure ("2 trong 11 hội nghị …").
        subject = (f"Cả {format_number(len(remote))} hội nghị, hội thảo" if len(remote) == len(organised) else
                   f"Trong số {format_number(len(organised))} hội nghị, hội thảo nêu trên, có "
                   f"{format_number(len(remote))} sự kiện")
        sentences.append(f"{subject} được tổ chức theo hình thức trực tuyến hoặc kết hợp trực tiếp và trực tuyến")
    return sentences


# --- economic diplomacy --------------------------------------------------------------

def _promotion(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    trips = [trip for trip in facts.get("delegations") or [] if trip["direction"] == "outbound" and trip["promotion"]]
    if trips:
        named = [f"{lower_first(trip['name'])} ({_month(trip['start'])})" for trip in trips]
        sentences.append(f"{locality} đã tổ chức {format_number(len(trips))} đoàn đi xúc tiến đầu tư, thương mại ở "
                         f"nước ngoài: {listing(named)}")
    events = facts.get("promotion_events") or []
    if events:
        abroad = [event for event in events if event["location_kind"] == "abroad"]
        at_home = [event for event in events if event["location_kind"] != "abroad"]
        if abroad:
            sentences.append(f"{locality} đã tổ chức, tham gia {format_number(len(abroad))} sự kiện xúc tiến đầu tư, "
                             f"thương mại ở nước ngoài: {listing([event['title'] for event in abroad[:MAX_LISTED_TITLES]])}")
        if at_home:
            sentences.append(f"Ở trong nước, {locality} đã tổ chức, tham gia "
                             f"{listing([event['title'] for event in at_home[:MAX_LISTED_TITLES]])}")
    held = [item["title"] for item in facts.get("conferences") or []
            if item["organised"] and PROMOTION_WORDS.search(item["title"])]
    if held:
        sentences.append(f"Tại tỉnh, các hoạt động xúc tiến gồm {listing(held)}")
    signed = [item for item in facts.get("agreements") or [] if "investment" in item.get("sectors", [])]
    if signed:
        sentences.append(f"Kết quả xúc tiến được ghi nhận bằng {format_number(len(signed))} văn bản hợp tác có nội "
                         f"dung đầu tư, ký với {listing(_distinct(lower_first(name) for item in signed for name in item['partners']))}")
    return sentences


def _fdi(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    largest = (facts.get("fdi") or {}).get("largest")
    if not largest:
        return []
    investor = largest["investor"] + (f" ({largest['country']})" if largest["country"] else "")
    capital = format_money(decimal_in(largest["capital"]), largest["currency"])
    return [f"Dự án có vốn đăng ký lớn nhất là {largest['name']} của {investor}, {capital}"]


def _oda(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    """"Trong đó có 7 dự án đầu tư và 5 dự án hỗ trợ kỹ thuật", when the kinds add up to the count stated."""
    by_kind = facts.get("oda_by_type") or {}
    running = figures.get(Code.ODA_PROJECTS)
    if len(by_kind) < 2 or running is None or running.value != sum(by_kind.values()):
        return []
    return ["Trong đó có " + listing([f"{format_number(count)} {kind}" for kind, count in by_kind.items()])]


# --- culture, overseas Vietnamese, consular, border ----------------------------------

def _culture(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    events = facts.get("cultural_events") or []
    if events and len(events) <= MAX_LISTED_TITLES:
        countries = _distinct(event["country"] for event in events)
        lead = f"{locality} tiếp tục giữ mối liên lạc, trao đổi với các đối tác" + \
            (f" của {listing(countries)}" if countries else " nước ngoài")
        sentences.append(f"{lead} về văn hóa, du lịch thông qua các hoạt động: "
                         f"{'; '.join(lower_first(event['title']) for event in events)}")
    elif events:
        sentences.append(f"{locality} đã tổ chức, phối hợp tổ chức {format_number(len(events))} hoạt động văn hóa "
                         f"đối ngoại")
    cultural = [item["title"] for item in facts.get("conferences") or []
                if item["organised"] and CULTURE_WORDS.search(item["title"])]
    if cultural:
        sentences.append(f"Công tác văn hóa đối ngoại gắn với quảng bá hình ảnh {locality} qua "
                         f"{listing(cultural)}")
    return sentences


def _overseas(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    activities = facts.get("overseas_activities") or {}
    if isinstance(activities, list):  # a snapshot of schema 1 lists the titles held
        activities = {"held": activities}
    sentences = []
    held = activities.get("held") or []
    if held:
        sentence = (f"{locality} đã tổ chức, phối hợp tổ chức {format_number(len(held))} hoạt động "
                    f"đối với người Việt Nam ở nước ngoài")
        sentences.append(f"{sentence}: {'; '.join(held)}" if len(held) <= MAX_LISTED_TITLES else sentence)
    prepared = activities.get("prepared") or []
    if prepared:
        sentences.append(f"{locality} đang phối hợp chuẩn bị " + listing(
            [f"{lower_first(item['title'])} (dự kiến ngày {format_date(date_in(item['on']))})" for item in prepared]))
    labour = facts.get("labour") or {}
    if labour and Code.WORKERS_ABROAD not in figures:
        sentences.append(f"{locality} đã đưa {format_number(labour['workers'])} lao động đi làm việc ở nước ngoài"
                         + (f", tại {listing(labour['countries'])}" if labour.get("countries") else ""))
    seasonal = [item for item in facts.get("agreements") or [] if "labour" in item.get("sectors", [])]
    if seasonal:
        sentences.append("Về hợp tác lao động, " + f"{locality} đã ký " + listing(
            [f"{lower_first(item['title'])}" for item in seasonal]))
    return sentences


def _consular(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    cases = facts.get("citizen_cases") or {}
    received, closed = cases.get("received", 0), cases.get("closed", 0)
    sentences = []
    if received:
        sentences.append(f"{locality} đã tiếp nhận {format_number(received)} vụ việc bảo hộ công dân")
    if closed:
        sentences.append(f"{format_number(closed)} vụ việc bảo hộ công dân đã được giải quyết, đóng hồ sơ trong kỳ")
    return sentences


def _border(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    for group in facts.get("border_gates") or []:
        verb = GATE_STATUS_VERBS.get(group["status"])
        if verb is None or not group["gates"]:
            continue
        kind = " ".join(filter(None, ("cặp cửa khẩu", GATE_CLASS_WORDS.get(group.get("gate_class", "")))))
        sentence = f"{locality} đã {verb} {format_number(len(group['gates']))} {kind} {listing(group['gates'])}"
        if group["status"] in ("reopened", "open"):
            sentence += ", tạo điều kiện cho hoạt động thương mại, xuất nhập khẩu hàng hóa"
        sentences.append(sentence)
    security = [item for item in facts.get("agreements") or [] if "defence_security" in item.get("sectors", [])]
    if security:
        sentences.append("Hợp tác quốc phòng - an ninh với các địa phương nước bạn được duy trì, là một nội dung của "
                         + listing([lower_first(item["title"]) for item in security]))
    return sentences


WRITERS: dict[str, Callable[[dict, str, dict[str, Figure]], list[str]]] = {
    "political": _political,
    "delegations": _delegations,
    "agreements": _agreements,
    "conferences": _conferences,
    "promotion": _promotion,
    "fdi": _fdi,
    "oda": _oda,
    "culture": _culture,
    "overseas": _overseas,
    "consular": _consular,
    "border": _border,
}


# Where a field's record sentences go among its figure sentences: right after this
# indicator's sentence ("Trong đó …" qualifies it); by default after all of them.
PLACED_AFTER = {"oda": "oda_projects"}


def record_sentences(field_key: str, facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    writer = WRITERS.get(field_key)
    return writer(facts, locality, figures) if writer else []
