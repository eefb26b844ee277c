"""Throughput of the text pipeline on one core, in articles per second.

    python bench/bench_extract.py [--seeds DIR] [--documents 500]

The corpus is the seed texts repeated to --documents articles. Prints one JSON line.
When `underthesea` is importable its NER is timed on the same texts for comparison
(it is not a project dependency: install it yourself to compare).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ngoaivu.ingest.pipeline import extract_text  # noqa: E402


def corpus(seeds: Path, size: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no seed texts in {seeds}")
    return [texts[i % len(texts)] for i in range(size)]


def articles_per_second(function, texts: list[str]) -> float:
    """Articles per second of this process's CPU time: one core's throughput, not
    disturbed by other processes sharing the machine (wall time would be)."""
    function(texts[0])  # warm up: catalogues and regexes load on first use
    start = time.process_time()
    for text in texts:
        function(text)
    return len(texts) / (time.process_time() - start)


def underthesea_ner():
    try:
        from underthesea import ner
    except ImportError:
        return None
    return ner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=REPO.parent / "shared" / "seeds")
    parser.add_argument("--documents", type=int, default=500)
    args = parser.parse_args()
    texts = corpus(args.seeds, args.documents)
    result = {
        "benchmark": "extract_text",
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "articles_per_second": round(articles_per_second(extract_text, texts), 1),
    }
    ner = underthesea_ner()
    if ner is None:
        result["underthesea"] = "not installed: NER not compared"
    else:
        sample = texts[: min(len(texts), 50)]  # NER is far slower; a sample suffices
        ner_rate = articles_per_second(ner, sample)
        result["underthesea_ner_articles_per_second"] = round(ner_rate, 2)
        result["speedup_over_underthesea"] = round(result["articles_per_second"] / ner_rate, 1)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
