"""Demo: texts about the demo provinces read for their units, their facts left pending for review.

The texts are the repository's own (ngoaivu/ingest/demo_texts: development-set texts composed
from public pages, see tests/devset/SOURCES.md), so a fresh clone shows the same review screens.
"""
from pathlib import Path

from ngoaivu.ingest import services
from ngoaivu.ingest.extraction import extract_facts

DEMO_TEXTS = Path(__file__).resolve().parent / "demo_texts"


def load(context) -> None:
    slug_of = {unit.name: slug for slug, unit in context.historic.items()}
    for path in sorted(DEMO_TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        # Each text is filed under the unit it reports on, as named at its time.
        slug = slug_of.get(extract_facts(text, source=path.name, published=None).province)
        if slug is None:
            continue
        services.document_ingest(actor=context.specialist(slug), province=context.historic[slug], text=text,
                                 channel="demo")
