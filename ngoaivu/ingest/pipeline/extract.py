"""The pipeline: a Vietnamese foreign-affairs text -> SCHEMA's document of facts.

    extract_text(text, source=..., published=...) -> {"source", "province", "published", "facts"}

Every fact carries "evidence", the exact span of the ORIGINAL text it was read from,
with its "start" and "end" offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .border_gates import find_border_gates
from .figure_filter import figure_filter, readings_of_figures
from .geography import naming_day
from .goal_owners import without_others_goals
from .goal_tables import table_facts
from .goals import with_both_trades
from .legal_documents import LETTER_TYPES, dated_by_the_text, find_legal_documents, find_own_number, with_province
from .metadata import find_published_date, reporting_province
from .normalize import NormalizedText, fold_case, normalize
from .observations import ObservationFinder
from .partners import PartnerFinder
from .periods import build_timeline, find_periods
from .phrases import Tokens
from .readers import Document, read_path
from .scope import Scope
from .segments import Layout

KIND_ORDER = ("observation", "target", "partner", "legal_document", "border_gate")


@dataclass(frozen=True)
class Fact:
    """One extracted fact; `start`/`end` are offsets into the normalised text."""

    kind: str
    fields: dict
    start: int
    end: int

    def to_json(self, normalized: NormalizedText) -> dict:
        start, end = normalized.span_to_original(self.start, self.end)
        return {"kind": self.kind, **self.fields, "evidence": normalized.original[start:end], "start": start, "end": end}


@dataclass(frozen=True)
class Extraction:
    source: str | None
    province: str | None
    published: date | None
    facts: list[Fact]
    normalized: NormalizedText

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "province": self.province,
            "published": self.published.isoformat() if self.published else None,
            "facts": [fact.to_json(self.normalized) for fact in self.facts],
        }


def extract(text: str, *, source: str | None = None, published: date | None = None,
            filter_figures: bool = True) -> Extraction:
    """`filter_figures=False` keeps the figures the learned filter would drop (to train it: scripts/train_figure_filter.py)."""
    normalized = normalize(text)
    body = normalized.text
    folded = fold_case(body)  # keyword rules match on it, names are read from body
    tokens = Tokens(body, folded)
    layout = Layout(body)

    header_date = find_published_date(body, normalized.sources)
    if published is None and header_date is not None:
        published = header_date.day
    legal = find_legal_documents(body, folded)
    own = find_own_number(body, header_date.day if header_date else published)
    if own is not None and all(d.number != own.number for d in legal):
        legal.insert(0, own)
    protected = [(d.start, d.end) for d in legal]
    if header_date is not None:
        protected.append((header_date.start, header_date.end))
    periods = find_periods(folded, exclude=protected)
    # (a comparison's base dates only the figures bracketed after it: no period of the text's)
    timeline = build_timeline([p for p in periods if p.base_until is None], published,
                              other_years=[d.date.year for d in legal if d.date], folded=folded)

    on = naming_day(folded, published, timeline.reporting_year)
    province, round_up = reporting_province(body, tokens, on, normalized.sources)
    legal = with_province(dated_by_the_text(legal, folded, published, timeline.reporting_year), province)
    partners = PartnerFinder(body, folded, tokens, layout, province).find()
    gates = find_border_gates(body, folded, tokens, layout, province)
    scope = Scope(body, folded, tokens, province, on)
    observations = ObservationFinder(body, folded, layout, periods, timeline, protected, partners, scope).find()
    observations = with_both_trades([*observations, *table_facts(folded, observations)], folded)
    observations = without_others_goals(observations, folded, layout, tokens, province)
    if round_up:  # the nation's, a region's or several provinces' figures: no province's observation or target
        observations = []

    figures = [Fact(o.kind, o.to_fact_fields(), o.start, o.end) for o in observations]
    if figures:
        # each figure carries the filter's chance that a specialist codes it ("confidence"), for the reviewer
        check = figure_filter()
        chances = [check.chance_of(reading) for reading in readings_of_figures(figures, tokens, published)]
        figures = [Fact(figure.kind, {**figure.fields, "confidence": round(chance, 2)}, figure.start, figure.end)
                   for figure, chance in zip(figures, chances) if not filter_figures or chance >= check.threshold]
    facts = [
        *figures,
        *(Fact("partner", p.to_fact_fields(), p.start, p.end) for p in partners),
        *(Fact("legal_document", d.to_fact_fields(), d.start, d.end) for d in legal if d.doc_type not in LETTER_TYPES),
        *(Fact("border_gate", g.to_fact_fields(), g.start, g.end) for g in gates),
    ]
    facts.sort(key=lambda f: (KIND_ORDER.index(f.kind), f.start))
    return Extraction(source, province, published, facts, normalized)


def extract_text(text: str, *, source: str | None = None, published: date | None = None) -> dict:
    """SCHEMA's document object for `text`."""
    return extract(text, source=source, published=published).to_json()


def extract_document(document: Document, *, published: date | None = None, filter_figures: bool = True) -> dict:
    """Like extract_text; a date in the file's own metadata (web pages) is used when
    neither the caller nor the text's header gives one."""
    return read_document(document, published=published, filter_figures=filter_figures).to_json()


def read_document(document: Document, *, published: date | None = None, filter_figures: bool = True) -> Extraction:
    extraction = extract(document.text, source=document.source, published=published, filter_figures=filter_figures)
    if extraction.published is None and document.published is not None:
        extraction = extract(document.text, source=document.source, published=document.published,
                             filter_figures=filter_figures)
    return extraction


def extract_file(path: str | Path, *, filter_figures: bool = True) -> dict:
    """Read a .txt/.docx/.pdf/.html file and extract it (raises UnreadableDocument)."""
    return extract_document(read_path(path), filter_figures=filter_figures)
