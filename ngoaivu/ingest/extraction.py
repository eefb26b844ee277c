"""The bridge to the text pipeline (`ngoaivu.ingest.pipeline`, which knows nothing of Django)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ngoaivu.ingest import pipeline


@dataclass(frozen=True)
class Extraction:
    province: str | None   # the reporting province, named as at the time of the text
    published: date | None
    facts: list[dict]      # SCHEMA's facts, each with "evidence", "start" and "end"


def extract_facts(text: str, *, source: str, published: date | None) -> Extraction:
    result = pipeline.extract_text(text, source=source, published=published)
    stated = result.get("published")
    return Extraction(result.get("province"), date.fromisoformat(stated) if stated else published,
                      list(result.get("facts") or []))


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A digest of the pipeline's rules and data: it changes whenever what it extracts may change."""
    root = Path(pipeline.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".json") and "tests" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return f"rules-{digest.hexdigest()[:12]}"
