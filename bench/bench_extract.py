"""Throughput of the text pipeline on one core, in articles per second.

    python bench/bench_extract.py [--seeds DIR] [--texts GLOB] [--documents 500] [--underthesea]

The corpus is the seed texts (or the files --texts names, e.g. the development set) repeated
to --documents articles. The seeds sit beside the repository (../shared/seeds), which a fresh
clone does not have: there the default corpus is the development set the repository carries. Prints one JSON line. What is timed is what production runs:
`extract_text`, the rules alone (ngoaivu/ingest/extraction.py calls nothing else). With
--underthesea, underthesea's NER (the bench extra) is also timed on 50 of the texts for
comparison; it is off by default because it takes minutes and production never runs it.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SEEDS = REPO.parent / "shared" / "seeds"
DEVELOPMENT_SET = "tests/devset/texts/*.txt"

from ngoaivu.ingest.pipeline import extract_text  # noqa: E402


def corpus(seeds: Path, size: int, pattern: str | None = None) -> list[str]:
    paths = sorted(REPO.glob(pattern)) if pattern else sorted(seeds.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    if not texts:
        raise SystemExit(f"no texts in {pattern or seeds}")
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--texts", help="a glob under the repository, e.g. 'tests/devset/texts/dev*_*.txt'")
    parser.add_argument("--documents", type=int, default=500)
    parser.add_argument("--underthesea", action="store_true", help="also time underthesea's NER (slow; not in production)")
    args = parser.parse_args(argv)
    if args.texts is None and not args.seeds.is_dir():
        args.texts = DEVELOPMENT_SET
    texts = corpus(args.seeds, args.documents, args.texts)
    result = {
        "benchmark": "extract_text",
        "corpus": args.texts or "seeds",
        "documents": len(texts),
        "characters": sum(map(len, texts)),
        "articles_per_second": round(articles_per_second(extract_text, texts), 1),
    }
    ner = underthesea_ner() if args.underthesea else None
    if not args.underthesea:
        result["underthesea"] = "not timed (production does not run it; --underthesea to compare)"
    elif ner is None:
        result["underthesea"] = "not installed: NER not compared"
    else:
        sample = texts[: min(len(texts), 50)]  # NER is far slower; a sample suffices
        ner_rate = articles_per_second(ner, sample)
        result["underthesea_ner_articles_per_second"] = round(ner_rate, 2)
        result["speedup_over_underthesea"] = round(result["articles_per_second"] / ner_rate, 1)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
