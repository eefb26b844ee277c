"""What the review screen shows: the highlighted text and the facts beside it, by kind."""
from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse

from ngoaivu.core.registry import record_type_for
from ngoaivu.ingest.choices import FactKind
from ngoaivu.ingest.display import fact_rows
from ngoaivu.ingest.highlight import highlight_pieces
from ngoaivu.ingest.records import existing_partner, partner_namesakes


@dataclass
class FactCard:
    fact: object
    rows: list
    record_url: str | None
    existing: object = None  # the partner already in the records that the fact names
    existing_url: str | None = None
    namesakes: list = field(default_factory=list)  # the places an ambiguous partner name may mean


def record_url(record) -> str | None:
    """The page of the record a fact became, when its record type has pages."""
    record_type = record_type_for(type(record)) if record is not None else None
    if record_type is None:
        return None
    try:
        return reverse(record_type.url_name("detail"), args=[record.pk])
    except NoReverseMatch:
        return None


def _card(fact, user) -> FactCard:
    card = FactCard(fact, fact_rows(fact.kind, fact.effective_payload), record_url(fact.record))
    if user is not None and fact.is_open:
        card.existing = existing_partner(fact, actor=user)
        card.existing_url = record_url(card.existing)
        card.namesakes = partner_namesakes(fact)
    return card


def review_context(document, facts, user=None) -> dict:
    """`user`: whose records an open fact is matched against ("already in the records")."""
    facts = list(facts)
    groups = []
    for kind, label in FactKind.choices:
        cards = [_card(fact, user) for fact in facts if fact.kind == kind]
        if cards:
            groups.append({"kind": kind, "label": label, "cards": cards})
    open_count = sum(1 for fact in facts if fact.is_open)
    doubtful = sum(1 for fact in facts if fact.doubtful)
    return {
        "pieces": highlight_pieces(document.text, facts),
        "fact_groups": groups,
        "open_fact_count": open_count,
        "doubtful_count": doubtful,
        "confident_open_count": open_count - doubtful,
    }
