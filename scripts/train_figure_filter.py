"""Fits the learned figure filter (ngoaivu/ingest/pipeline/figure_filter.py) on the studied development texts.

    python scripts/train_figure_filter.py            # cross-validate, fit, write ngoaivu/ingest/pipeline/data/figure_filter.json
    python scripts/train_figure_filter.py --dry-run  # cross-validate and print only

Each figure the rules read (the filter off) is labelled by the scorer's matching against the gold: kept by a specialist
or not. Untouched splits (fresh*) are never read. The threshold is the lowest whose pooled F1 over observations and
targets is within 0,001 of the best when each split is scored by a model fitted on the other folds (five folds of whole
splits, three partitions averaged); the weights written are then fitted on every studied split. Run it again after rules change what the
extractor reads (once a session; docs/adr/0027-learned-figure-filter.md).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from devset_scores import DEVSET, SPLITS, UNTOUCHED, gold_of  # noqa: E402

from ngoaivu.ingest.pipeline.extract import read_document  # noqa: E402
from ngoaivu.ingest.pipeline.figure_filter import WEIGHTS, FigureFilter, features_of_figures, logistic, name_words  # noqa: E402
from ngoaivu.ingest.pipeline.normalize import fold_case  # noqa: E402
from ngoaivu.ingest.pipeline.phrases import Tokens  # noqa: E402
from ngoaivu.ingest.pipeline.readers import read_path  # noqa: E402
from ngoaivu.ingest.pipeline.scoring import matches_of  # noqa: E402

FIGURE_KINDS = ("observation", "target")
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 13)]
MIN_COUNT = 3  # a feature seen in fewer figures carries no weight
L2, EPOCHS, RATE, FOLDS = 1e-2, 10, 0.05, 5
REPEATS = 3  # partitions of the splits into folds, averaged
TOLERANCE = 0.001


def examples_of(split: str) -> tuple[list[tuple[str, list[str], bool, list[str]]], int]:
    """(split, features, kept by the gold, its words inside names) of each figure read in the split's texts, and the
    count of gold figures."""
    rows, gold_count = [], 0
    for gold in gold_of(split):
        extraction = read_document(read_path(DEVSET / "texts" / f"{gold['source']}.txt"), filter_figures=False)
        figures = [fact for fact in extraction.facts if fact.kind in FIGURE_KINDS]
        body = extraction.normalized.text
        features = features_of_figures(figures, Tokens(body, fold_case(body)), extraction.published)
        names = [name_words(body[fact.start : fact.end]) for fact in figures]
        for kind in FIGURE_KINDS:
            golds = [f for f in gold["facts"] if f.get("kind") == kind]
            gold_count += len(golds)
            mine = [i for i, fact in enumerate(figures) if fact.kind == kind]
            taken = set(matches_of(kind, [figures[i].to_json(extraction.normalized) for i in mine], golds))
            rows += [(split, features[i], n in taken, names[i]) for n, i in enumerate(mine)]
    return rows, gold_count


def fit(rows: list[tuple[str, list[str], bool, list[str]]]) -> tuple[float, dict[str, float]]:
    """Logistic regression by stochastic gradient descent with an L2 penalty (seeded: the same data gives the same weights).
    A word found inside names in half its figures or more gets no weight (it tells of a place, not of a reading)."""
    counts = Counter(feature for _, features, _, _ in rows for feature in set(features))
    in_names = Counter(f"w={word}" for _, _, _, names in rows for word in set(names))
    named = {feature[2:] for feature, n in in_names.items() if n * 2 >= counts[feature]}
    known = {feature for feature, n in counts.items() if n >= MIN_COUNT and feature.removeprefix("w=") not in named}
    data = [([f for f in sorted(set(features)) if f in known], 1.0 if kept else 0.0) for _, features, kept, _ in rows]
    bias, weights = 0.0, dict.fromkeys(sorted(known), 0.0)
    order = list(range(len(data)))
    shuffle = random.Random(0)
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        rate = RATE / (1 + epoch / 10)
        for index in order:
            features, label = data[index]
            score = bias + sum(weights[f] for f in features)
            error = logistic(score) - label
            bias -= rate * error
            for f in features:
                weights[f] -= rate * (error + L2 * weights[f])
    return bias, weights


def chance(bias: float, weights: dict[str, float], features: list[str]) -> float:
    return FigureFilter(bias, weights, 0.0).chance(sorted(set(features)))


def cross_validated(rows, gold_count: int) -> list[dict]:
    """Per threshold, the figures dropped (and how many were right) and the pooled F1, each split scored by a model fitted
    on the other folds; averaged over REPEATS partitions of the splits into folds (one partition's noise moved the best
    threshold by 0,1)."""
    splits = sorted({row[0] for row in rows})
    sums = {threshold: [0, 0, 0.0] for threshold in [0.0, *THRESHOLDS]}
    for repeat in range(REPEATS):
        order = splits[:]
        random.Random(1 + repeat).shuffle(order)
        fold = {split: i % FOLDS for i, split in enumerate(order)}
        chances = [0.0] * len(rows)
        for k in range(FOLDS):
            bias, weights = fit([row for row in rows if fold[row[0]] != k])
            for i, (split, features, _, _) in enumerate(rows):
                if fold[split] == k:
                    chances[i] = chance(bias, weights, features)
        for threshold, total in sums.items():
            kept = [(c >= threshold, row[2]) for c, row in zip(chances, rows)]
            predicted = sum(k for k, _ in kept)
            right = sum(k and label for k, label in kept)
            total[0] += len(rows) - predicted
            total[1] += sum(label for _, label in kept) - right
            total[2] += 2 * right / (gold_count + predicted)
    return [{"threshold": threshold, "dropped": round(dropped / REPEATS), "dropped_right": round(wrongly / REPEATS),
             "f1": round(f1 / REPEATS, 4)} for threshold, (dropped, wrongly, f1) in sums.items()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    studied = [split for split in SPLITS if split not in UNTOUCHED]
    with Pool(args.jobs) as pool:
        results = pool.map(examples_of, studied, chunksize=4)
    rows = [row for split_rows, _ in results for row in split_rows]
    gold_count = sum(n for _, n in results)
    table = cross_validated(rows, gold_count)
    for line in table:
        print(f"threshold {line['threshold']:.2f}: drops {line['dropped']:4d} ({line['dropped_right']:3d} right), "
              f"cross-validated F1 {line['f1']:.4f}")
    # the lowest threshold within the folds' noise of the best: when dropping more gains nothing sure, drop less (a text
    # unlike the studied ones pays for each figure dropped wrongly)
    top = max(line["f1"] for line in table)
    best = min((line for line in table if line["f1"] >= top - TOLERANCE), key=lambda line: line["threshold"])
    print(f"chosen threshold {best['threshold']:.2f} ({len(rows)} figures of {len(studied)} splits, {gold_count} gold)")
    if args.dry_run:
        return 0
    bias, weights = fit(rows)
    WEIGHTS.write_text(json.dumps({
        "threshold": best["threshold"], "bias": round(bias, 4),
        "trained_on": {"splits": len(studied), "figures": len(rows), "gold_figures": gold_count},
        "cross_validation": table,
        "weights": {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= 1e-3},
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
