"""What the review screen shows: the highlighted text and the facts beside it, by kind."""
from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from ngoaivu.core.registry import record_type_for
from ngoaivu.ingest.choices import FactKind
from ngoaivu.ingest.display import fact_rows
from ngoaivu.ingest.highlight import highlight_pieces


@dataclass
class FactCard:
    fact: object
    rows: list
    record_url: str | None


def record_url(record) -> str | None:
    """The page of the record a fact became, when its record type has pages."""
    record_type = record_type_for(type(record)) if record is not None else None
    if record_type is None:
        return None
    try:
        return reverse(record_type.url_name("detail"), args=[record.pk])
    except NoReverseMatch:
        return None


def review_context(document, facts) -> dict:
    facts = list(facts)
    groups = []
    for kind, label in FactKind.choices:
        cards = [FactCard(fact, fact_rows(kind, fact.effective_payload), record_url(fact.record))
                 for fact in facts if fact.kind == kind]
        if cards:
            groups.append({"kind": kind, "label": label, "cards": cards})
    return {
        "pieces": highlight_pieces(document.text, facts),
        "fact_groups": groups,
        "open_fact_count": sum(1 for fact in facts if fact.is_open),
    }
