"""Demo: the five seed texts read for their provinces, their facts left pending for review."""
from pathlib import Path

from django.conf import settings

from ngoaivu.ingest import services
from ngoaivu.ingest.extraction import extract_facts


def seeds_dir() -> Path:
    return Path(settings.BASE_DIR).parent / "shared" / "seeds"


def load(context) -> None:
    folder = seeds_dir()
    if not folder.is_dir():
        return
    slug_of = {unit.name: slug for slug, unit in context.historic.items()}
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        # Each text is filed under the unit it reports on, as named at its time.
        slug = slug_of.get(extract_facts(text, source=path.name, published=None).province)
        if slug is None:
            continue
        services.document_ingest(actor=context.specialist(slug), province=context.historic[slug], text=text,
                                 channel="demo")
