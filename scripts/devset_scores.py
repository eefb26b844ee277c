"""Scores the development set (tests/devset) split by split, for the work on the extractor's rules.

    python scripts/devset_scores.py                    # every split against its floor, and the pools
    python scripts/devset_scores.py --save run.json    # keep the tallies to compare with a later run
    python scripts/devset_scores.py --compare run.json # which splits moved since that run
    python scripts/devset_scores.py --causes           # counts of the causes of errors, per pool
    python scripts/devset_scores.py --misses dev42     # the misses of studied splits (never untouched ones)
    python scripts/devset_scores.py --unfiltered       # the rules alone, the learned figure filter off

Run it from any checkout: the checkout the script lies in is the one imported, so a worktree
scores its own rules. Untouched splits (fresh*) only ever print counts (tests/devset/README.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import partial
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ngoaivu.ingest.pipeline.extract import extract_file  # noqa: E402
from ngoaivu.ingest.pipeline.scoring import KINDS, load_gold, score_predictions  # noqa: E402

DEVSET = ROOT / "tests" / "devset"
FLOORS = json.loads((DEVSET / "floors.json").read_text(encoding="utf-8"))
SPLITS = [split for split, floor in FLOORS.items() if isinstance(floor, dict) and "overall_f1" in floor]
PREFIXES = {"devn": "dev", **{split: split for split in SPLITS}}
UNTOUCHED = [split for split in SPLITS if re.fullmatch(r"fresh\d*", split)]
# the long report-like splits: fresh13 and dev39 onwards (README; fresh9-fresh16 became dev59-dev62 and dev68-dev71)
LONG_FROM = {"fresh": 13, "dev": 39}


def is_long(split: str) -> bool:
    match = re.fullmatch(r"([a-z]+)(\d*)", split)
    return match[1] in LONG_FROM and int(match[2] or 0) >= LONG_FROM[match[1]]


def gold_of(split: str) -> list[dict]:
    prefixes = [prefix for prefix, owner in PREFIXES.items() if owner == split]
    return [d for prefix in prefixes for d in load_gold(DEVSET / "gold", f"{prefix}_*.gold.json")]


def score_split(split: str, filter_figures: bool = True):
    gold = gold_of(split)
    predictions = [extract_file(DEVSET / "texts" / f"{document['source']}.txt", filter_figures=filter_figures)
                   for document in gold]
    return split, score_predictions(predictions, gold)


def tallies(score) -> dict:
    return {kind: [t.true_positives, t.gold, t.predicted] for kind, t in score.kinds.items()} | {
        "causes": {kind: dict(counter) for kind, counter in score.causes.items()}, "months": score.months}


def f1(tp: int, gold: int, predicted: int) -> float:
    return 2 * tp / (gold + predicted) if gold + predicted else 0.0


def pooled(rows: dict, splits: list[str]) -> tuple[float, dict, int]:
    kinds = {kind: [sum(rows[s][kind][i] for s in splits) for i in range(3)] for kind in KINDS}
    total = [sum(kinds[k][i] for k in KINDS) for i in range(3)]
    texts = sum(rows[s]["texts"] for s in splits)
    return f1(*total), {kind: f1(*v) for kind, v in kinds.items()}, texts


def pools(rows: dict) -> dict[str, list[str]]:
    studied = [s for s in rows if s not in UNTOUCHED]
    return {"untouched": [s for s in rows if s in UNTOUCHED], "untouched long": [s for s in rows if s in UNTOUCHED and is_long(s)],
            "studied": studied, "studied long": [s for s in studied if is_long(s)]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("splits", nargs="*", help="splits to score (default: all)")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--causes", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print the misses of the (studied) splits named")
    parser.add_argument("--jobs", type=int, default=2)
    # the rules' own reading, the learned figure filter off: a rule's effect without the filter's refit (see
    # scripts/train_figure_filter.py)
    parser.add_argument("--unfiltered", action="store_true", help="score the rules alone, the learned figure filter off")
    args = parser.parse_args()
    splits = args.splits or SPLITS
    unknown = [s for s in splits if s not in SPLITS]
    if unknown:
        parser.error(f"unknown splits: {unknown}")
    if args.misses and set(splits) & set(UNTOUCHED):
        parser.error("the misses of untouched splits are never printed")
    with Pool(args.jobs) as pool:
        scores = dict(pool.map(partial(score_split, filter_figures=not args.unfiltered), splits, chunksize=1))
    rows = {s: tallies(scores[s]) | {"texts": len(gold_of(s))} for s in splits}
    before = json.loads(args.compare.read_text()) if args.compare else {}
    for split in splits:
        row, floor = rows[split], FLOORS[split]["overall_f1"]
        now = pooled(rows, [split])[0]
        mark = "BELOW" if now < floor - 1e-9 and not args.unfiltered else ""  # (the floors hold for the pipeline as shipped)
        moved = f" was {pooled(before, [split])[0]:.3f}" if split in before and abs(pooled(before, [split])[0] - now) > 1e-9 else ""
        if not args.compare or moved or mark:
            print(f"{split:10} {row['texts']:4d} texts F1 {now:.3f} floor {floor:.3f} {mark}{moved}")
        if args.misses:
            print(scores[split].table(verbose=True))
    for name, members in pools(rows).items():
        if not members:
            continue
        total, kinds, texts = pooled(rows, members)
        was = ""
        if before and all(s in before for s in members):
            was = f" (was {pooled(before, members)[0]:.3f})"
        agree, disagree = (sum(rows[s].get("months", [0, 0])[i] for s in members) for i in (0, 1))
        print(f"POOL {name:15} {texts:4d} texts F1 {total:.3f}{was} " + " ".join(f"{k} {v:.3f}" for k, v in kinds.items())
              + f" months {agree}/{agree + disagree}")
        if args.causes:
            for kind in KINDS:
                counts = Counter()
                for s in members:
                    counts.update(rows[s]["causes"][kind])
                if counts:
                    print(f"    {kind}: " + ", ".join(f"{c} {n}" for c, n in counts.most_common()))
    if args.save:
        args.save.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
