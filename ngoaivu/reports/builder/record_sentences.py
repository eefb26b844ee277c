"""Sentences of section I that come from records rather than from an indicator:
delegations by direction, citizen-protection cases, border gates reopened, activities
with overseas Vietnamese, the kinds of ODA projects.

Each writer takes the snapshot's `facts`, the locality word ("tỉnh", "thành phố") and the
field's figures, and returns sentences without a final full stop; nothing to say gives
none. Pure Python.
"""
from __future__ import annotations

from typing import Callable

from ngoaivu.core.vnformat import format_number
from ngoaivu.reports.sentences import Figure

MAX_LISTED_TITLES = 5
# "2 cặp cửa khẩu chính": the class word that follows "cửa khẩu" when all gates share it.
GATE_CLASS_WORDS = {"international": "quốc tế", "main": "chính", "secondary": "phụ"}
GATE_STATUS_VERBS = {"reopened": "mở lại", "open": "mở", "temporarily_closed": "tạm dừng hoạt động",
                     "closed": "đóng"}


def listing(items: list[str]) -> str:
    """"A", "A và B", "A, B và C"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"


def _delegations(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    counts = facts.get("delegations") or {}
    parts = []
    if counts.get("outbound"):
        parts.append(f"cử {format_number(counts['outbound'])} đoàn đi công tác nước ngoài")
    if counts.get("inbound"):
        parts.append(f"đón {format_number(counts['inbound'])} đoàn khách nước ngoài đến làm việc")
    return [f"{locality} đã {' và '.join(parts)}"] if parts else []


def _consular(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    cases = facts.get("citizen_cases") or {}
    received, closed = cases.get("received", 0), cases.get("closed", 0)
    sentences = []
    if received:
        sentences.append(f"{locality} đã tiếp nhận {format_number(received)} vụ việc bảo hộ công dân")
    if closed:
        sentences.append(f"{format_number(closed)} vụ việc bảo hộ công dân đã được giải quyết, đóng hồ sơ trong kỳ")
    return sentences


def _overseas(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    titles = facts.get("overseas_activities") or []
    if not titles:
        return []
    sentence = (f"{locality} đã tổ chức, phối hợp tổ chức {format_number(len(titles))} hoạt động "
                f"đối với người Việt Nam ở nước ngoài")
    return [f"{sentence}: {'; '.join(titles)}" if len(titles) <= MAX_LISTED_TITLES else sentence]


def _border(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    sentences = []
    for group in facts.get("border_gates") or []:
        verb = GATE_STATUS_VERBS.get(group["status"])
        if verb is None or not group["gates"]:
            continue
        kind = " ".join(filter(None, ("cặp cửa khẩu", GATE_CLASS_WORDS.get(group.get("gate_class", "")))))
        sentences.append(f"{locality} đã {verb} {format_number(len(group['gates']))} {kind} "
                         f"{listing(group['gates'])}")
    return sentences


def _culture(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    titles = facts.get("cultural_events") or []
    if not titles or len(titles) > MAX_LISTED_TITLES:
        return []
    return [f"Các hoạt động văn hóa đối ngoại gồm: {'; '.join(titles)}"]


def _oda(facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    """"Trong đó có 7 dự án đầu tư và 5 dự án hỗ trợ kỹ thuật", when the kinds add up to the count stated."""
    by_kind = facts.get("oda_by_type") or {}
    running = figures.get("oda_projects")
    if len(by_kind) < 2 or running is None or running.value != sum(by_kind.values()):
        return []
    return ["Trong đó có " + listing([f"{format_number(count)} {kind}" for kind, count in by_kind.items()])]


WRITERS: dict[str, Callable[[dict, str, dict[str, Figure]], list[str]]] = {
    "delegations": _delegations,
    "consular": _consular,
    "overseas": _overseas,
    "border": _border,
    "culture": _culture,
    "oda": _oda,
}


# Where a field's record sentences go among its figure sentences: right after this
# indicator's sentence ("Trong đó …" qualifies it); by default after all of them.
PLACED_AFTER = {"oda": "oda_projects"}


def record_sentences(field_key: str, facts: dict, locality: str, figures: dict[str, Figure]) -> list[str]:
    writer = WRITERS.get(field_key)
    return writer(facts, locality, figures) if writer else []
