"""Scores extracted facts against hand-coded gold files (the rules of shared/gold/SCHEMA.md).

    python -m ngoaivu.ingest.pipeline.scoring PREDICTIONS.json GOLD_DIR [--min-f1 0.9] [-v]

PREDICTIONS.json is what `ngoaivu extract ... --json` prints ("-" reads standard input);
GOLD_DIR holds `<stem>.gold.json` files. A prediction belongs to the gold file whose stem
(the file name up to its first dot) equals its `source`'s. The printed table has the same
lines as shared/gold/score.py, so the two can be compared; the last line is `overall F1 x`.

Kept free of Django so CI, the regression test on tests/devset and the command line can
all use it without a database.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("observation", "target", "partner", "legal_document", "border_gate")
ATTRIBUTES = ("change_pct", "plan_pct", "qualifier")
RELATIVE_TOLERANCE = 0.005  # values within 0,5 % count as the same figure
# untouched splits: their misses are never printed (tests/devset/README.md); the first holdout
# was used as development data once its misses had been seen, "fresh_" replaced it; every later
# untouched split is "freshN_" (fresh2_ … fresh5_ so far), so a new one is covered before anyone
# thinks of listing it here
UNTOUCHED_NAME = re.compile(r"fresh\d*_")


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, other: Tally) -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives

    @property
    def gold(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def predicted(self) -> int:
        return self.true_positives + self.false_positives

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Miss:
    document: str
    why: str  # "missed" (gold fact without prediction) or "spurious" (prediction without gold fact)
    fact: dict


@dataclass
class Score:
    kinds: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    # attribute -> [agree, disagree], over matched observations where either side states it
    attributes: dict[str, list[int]] = field(default_factory=dict)
    metadata_agree: int = 0
    metadata_total: int = 0
    misses: list[Miss] = field(default_factory=list)
    # kind -> cause -> count of unmatched facts (CAUSES); counts only, safe for untouched splits
    causes: dict[str, Counter] = field(default_factory=lambda: {kind: Counter() for kind in KINDS})
    # [agree, disagree]: matched figures (observations and targets) whose period agrees to the month, which the
    # match itself, comparing years only, does not ask (a quarter read as its whole year)
    months: list[int] = field(default_factory=lambda: [0, 0])

    @property
    def overall(self) -> Tally:
        total = Tally()
        for tally in self.kinds.values():
            total.add(tally)
        return total

    def markdown(self) -> str:
        """The per-kind table for docs/benchmarks.md, numbers written the Vietnamese way (0,912)."""
        def vn(x: float) -> str:
            return f"{x:.3f}".replace(".", ",")

        rows = ["| kind | gold | pred | P | R | F1 |", "|---|---:|---:|---:|---:|---:|"]
        for kind in KINDS:
            t = self.kinds[kind]
            rows.append(f"| {kind} | {t.gold} | {t.predicted} | {vn(t.precision)} | {vn(t.recall)} | {vn(t.f1)} |")
        t = self.overall
        rows.append(f"| **overall** | {t.gold} | {t.predicted} | {vn(t.precision)} | {vn(t.recall)} | **{vn(t.f1)}** |")
        agreement = ", ".join(f"{a} {ok}/{ok + bad}" for a, (ok, bad) in sorted(self.attributes.items()))
        rows += ["", f"Attributes agreeing on matched observations: {agreement or 'none'}; "
                     f"document province/published: {self.metadata_agree}/{self.metadata_total}."]
        return "\n".join(rows)

    def cause_table(self) -> str:
        """Per kind, how many unmatched facts each cause explains: counts only, never a fact or a name."""
        lines = []
        for kind in KINDS:
            counts = self.causes[kind]
            if counts:
                lines.append(f"causes {kind}: " + ", ".join(f"{c} {counts[c]}" for c in CAUSES if counts[c]))
        return "\n".join(lines or ["causes: none"])

    def table(self, *, verbose: bool = False) -> str:
        lines = [f"{'kind':16} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}"]
        for kind in KINDS:
            t = self.kinds[kind]
            lines.append(f"{kind:16} {t.gold:5d} {t.predicted:5d} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}")
        for attribute in sorted(self.attributes):
            agree, disagree = self.attributes[attribute]
            lines.append(f"attribute {attribute}: {agree}/{agree + disagree} agree")
        lines.append(f"document province/published: {self.metadata_agree}/{self.metadata_total} agree")
        if verbose:
            # The holdout's misses are never printed: no rule may be written from them.
            lines.extend(f"{m.document} {m.why}: {json.dumps(m.fact, ensure_ascii=False)}" for m in self.misses
                         if not is_holdout(m.document))
        total = self.overall
        lines.append(f"overall P {total.precision:.3f} R {total.recall:.3f}")
        lines.append(f"overall F1 {total.f1:.3f}")
        return "\n".join(lines)


def is_holdout(document: str) -> bool:
    """Texts of the development set's untouched parts (tests/devset: fresh_*, fresh2_*)."""
    return UNTOUCHED_NAME.match(Path(str(document)).name) is not None


def normalize_name(text) -> str:
    """Names compare without case, spaces, hyphens, dashes, underscores or dots."""
    folded = unicodedata.normalize("NFC", str(text or "")).casefold()
    return re.sub(r"[\s\-–—_.]+", "", folded)


def normalize_number(text) -> str:
    return re.sub(r"\s+", "", str(text or "")).upper()


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return a == b or abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))


def period_years(period) -> tuple[str, str]:
    """Only the years are compared: a stock by its as_of year, a flow by its start and end years."""
    period = period or {}
    if "as_of" in period:
        return ("as_of", str(period["as_of"])[:4])
    return (str(period.get("start", ""))[:4], str(period.get("end", ""))[:4])


def same_months(predicted, gold) -> bool:
    """Two periods agree to the month: a stock's month, a flow's first and last months."""
    def months(period) -> tuple[str, str]:
        period = period or {}
        if "as_of" in period:
            return ("as_of", str(period["as_of"])[:7])
        return (str(period.get("start", ""))[:7], str(period.get("end", ""))[:7])
    return months(predicted) == months(gold)


def _values_agree(predicted: dict, gold: dict) -> bool:
    if gold.get("value") is not None:
        if predicted.get("value") is not None:
            return same_value(predicted["value"], gold["value"])
        # a range whose two ends are the gold value is that value
        return same_value(predicted.get("value_min"), gold["value"]) and same_value(
            predicted.get("value_max"), gold["value"]
        )
    return same_value(predicted.get("value_min"), gold.get("value_min")) and same_value(
        predicted.get("value_max"), gold.get("value_max")
    )


def facts_match(kind: str, predicted: dict, gold: dict) -> bool:
    if kind in ("observation", "target"):
        return (
            predicted.get("indicator") == gold.get("indicator")
            and _values_agree(predicted, gold)
            and period_years(predicted.get("period")) == period_years(gold.get("period"))
        )
    if kind == "partner":
        names = {normalize_name(name) for name in (gold.get("name"), *gold.get("aliases", []))}
        return normalize_name(predicted.get("name")) in names and (predicted.get("country") or None) == (
            gold.get("country") or None
        )
    if kind == "legal_document":
        return normalize_number(predicted.get("number")) == normalize_number(gold.get("number")) and (
            predicted.get("date") or None
        ) == (gold.get("date") or None)
    if kind == "border_gate":
        return normalize_name(predicted.get("vn")) == normalize_name(gold.get("vn")) and normalize_name(
            predicted.get("foreign")
        ) == normalize_name(gold.get("foreign"))
    return False


# Why an unmatched fact failed, for the tally of `--causes`. A figure pairs with the unmatched gold fact
# of its document that agrees with it on two of indicator, value and period years (or on the value
# alone); the part that disagrees is the cause. A prediction left unpaired is "restated" when it
# carries the value of a gold fact already matched (a headline, a second period of one figure); when
# it gives another value for a matched fact's indicator and years it is "counterpart" (a partner
# country's share), "sub_period" (another span inside those years: a month beside the months to
# date) or "other_scope" (the same span: the nation's, another province's, a part's figure);
# "change_plan" when its value is a gold fact's change or plan share; "other_year" when the
# document's gold has its indicator for other years only, else "spurious". "missed": a gold fact no
# prediction came near. Partners, documents and gates pair on one field (name, number, one side)
# and "detail" is the other (country, date, side).
CAUSES = ("period", "as_of", "value", "unit", "change_plan", "indicator", "indicator_period", "detail",
          "restated", "counterpart", "sub_period", "other_scope", "other_year", "spurious", "missed")
# the nearer pairs are taken first: a slipped period or detail before a scale slip before a wrong
# indicator before a value read wrong before a figure sharing only its value
_NEARNESS = {"detail": 0, "period": 1, "as_of": 1, "unit": 2, "change_plan": 2, "indicator": 3, "value": 4,
             "indicator_period": 5}
_SAME_VALUE = ("period", "as_of", "indicator", "indicator_period")


def _percent_fields_of(golds: list[dict]) -> list:
    return [g.get(a) for g in golds for a in ("change_pct", "plan_pct") if g.get(a) is not None]


def _figure_cause(predicted: dict, gold: dict) -> str | None:
    """The cause of a prediction near a gold figure, None when they are not near."""
    indicator = predicted.get("indicator") == gold.get("indicator")
    value = _values_agree(predicted, gold)
    years_p, years_g = period_years(predicted.get("period")), period_years(gold.get("period"))
    period = years_p == years_g
    if indicator and value:
        return "as_of" if (years_p[0] == "as_of") != (years_g[0] == "as_of") else "period"
    if indicator and period:
        if predicted.get("value") is not None and any(
            same_value(predicted["value"], x) for x in _percent_fields_of([gold])
        ):
            return "change_plan"
        if (predicted.get("unit") or None) != (gold.get("unit") or None):
            return "unit"
        p, g = predicted.get("value"), gold.get("value")
        if p and g:
            ratio = max(abs(p), abs(g)) / min(abs(p), abs(g))
            if any(abs(ratio - 10**k) <= RELATIVE_TOLERANCE * 10**k for k in (3, 6, 9)):
                return "unit"  # a scale slip (nghìn, triệu, tỷ)
        return "value"
    if value:
        return "indicator" if period else "indicator_period"
    return None


def _detail_cause(kind: str, predicted: dict, gold: dict) -> str | None:
    if kind == "partner":
        near = normalize_name(predicted.get("name")) in {
            normalize_name(n) for n in (gold.get("name"), *gold.get("aliases", []))
        }
    elif kind == "legal_document":
        near = normalize_number(predicted.get("number")) == normalize_number(gold.get("number"))
    else:
        near = normalize_name(predicted.get("vn")) == normalize_name(gold.get("vn")) or normalize_name(
            predicted.get("foreign")
        ) == normalize_name(gold.get("foreign"))
    return "detail" if near else None


def _near_cause(kind: str, predicted: dict, gold: dict) -> str | None:
    if kind in ("observation", "target"):
        return _figure_cause(predicted, gold)
    return _detail_cause(kind, predicted, gold)


def tally_causes(kind: str, predictions: list[dict], unmatched: list[dict], matched: list[dict],
                 all_golds: list[dict], counts: Counter) -> None:
    """Adds to counts the cause of each unmatched prediction (`predictions`) and gold fact (`unmatched`)."""
    pairs = sorted(
        (_NEARNESS[cause], i, j, cause)
        for i, p in enumerate(predictions)
        for j, g in enumerate(unmatched)
        if (cause := _near_cause(kind, p, g))
    )
    paired_p: set[int] = set()
    paired_g: set[int] = set()
    for _, i, j, cause in pairs:
        if i not in paired_p and j not in paired_g:
            paired_p.add(i)
            paired_g.add(j)
            counts[cause] += 1
    percents = _percent_fields_of(all_golds) if kind in ("observation", "target") else []
    for i, p in enumerate(predictions):
        if i in paired_p:
            continue
        near = [(g, _near_cause(kind, p, g)) for g in matched]
        other_values = [g for g, cause in near if cause in ("value", "unit", "change_plan")]
        if any(cause in _SAME_VALUE or cause == "detail" for _, cause in near):
            counts["restated"] += 1
        elif other_values:
            if p.get("counterpart") and not any(g.get("counterpart") for g in other_values):
                counts["counterpart"] += 1
            elif all(p.get("period") != g.get("period") for g in other_values):
                counts["sub_period"] += 1
            else:
                counts["other_scope"] += 1
        elif p.get("value") is not None and any(same_value(p["value"], x) for x in percents):
            counts["change_plan"] += 1  # a change or a plan share read as a figure of its own
        elif kind in ("observation", "target") and any(g.get("indicator") == p.get("indicator") for g in all_golds):
            counts["other_year"] += 1
        else:
            counts["spurious"] += 1
    if len(unmatched) > len(paired_g):
        counts["missed"] += len(unmatched) - len(paired_g)


def _scored(fact: dict, kind: str) -> bool:
    # embassies are partners in the records but worded too loosely in texts to be scored
    return fact.get("kind") == kind and not (kind == "partner" and fact.get("partner_type") == "embassy")


def _agrees(attribute: str, predicted, gold) -> bool:
    return predicted == gold if attribute == "qualifier" else same_value(predicted, gold)


def matches_of(kind: str, candidates: list[dict], golds: list[dict]) -> list[int | None]:
    """For each gold fact, in file order, the index of the first free prediction that matches it (None: missed)."""
    taken: set[int] = set()
    found: list[int | None] = []
    for gold in golds:
        index = next((i for i, p in enumerate(candidates) if i not in taken and facts_match(kind, p, gold)), None)
        if index is not None:
            taken.add(index)
        found.append(index)
    return found


def score_document(predicted_facts: Iterable[dict], gold_facts: Iterable[dict], score: Score, name: str) -> None:
    predicted_facts, gold_facts = list(predicted_facts), list(gold_facts)
    for kind in KINDS:
        golds = [f for f in gold_facts if f.get("kind") == kind]
        candidates = [f for f in predicted_facts if _scored(f, kind)]
        taken: set[int] = set()
        unmatched: list[dict] = []
        matched: list[dict] = []
        tally = score.kinds[kind]
        for gold, index in zip(golds, matches_of(kind, candidates, golds)):
            if index is None:
                tally.false_negatives += 1
                score.misses.append(Miss(name, "missed", gold))
                unmatched.append(gold)
                continue
            taken.add(index)
            matched.append(gold)
            tally.true_positives += 1
            if kind in ("observation", "target"):
                score.months[0 if same_months(candidates[index].get("period"), gold.get("period")) else 1] += 1
            if kind == "observation":
                for attribute in ATTRIBUTES:
                    p, g = candidates[index].get(attribute), gold.get(attribute)
                    if p is not None or g is not None:
                        score.attributes.setdefault(attribute, [0, 0])[0 if _agrees(attribute, p, g) else 1] += 1
        for i, fact in enumerate(candidates):
            if i not in taken:
                tally.false_positives += 1
                score.misses.append(Miss(name, "spurious", fact))
        spurious = [fact for i, fact in enumerate(candidates) if i not in taken]
        if spurious or unmatched:
            tally_causes(kind, spurious, unmatched, matched, golds, score.causes[kind])


def stem(name: str) -> str:
    return Path(name or "").name.split(".")[0]


def score_predictions(predictions: list[dict] | dict, gold_documents: Iterable[dict]) -> Score:
    """Scores predicted documents against gold documents (both in the exchange format)."""
    if isinstance(predictions, dict):
        predictions = [predictions]
    by_stem = {stem(document.get("source", "")): document for document in predictions}
    score = Score()
    for gold in gold_documents:
        name = stem(gold["source"])
        predicted = by_stem.get(name, {"facts": []})
        for meta in ("province", "published"):
            score.metadata_total += 1
            score.metadata_agree += normalize_name(predicted.get(meta)) == normalize_name(gold.get(meta))
        score_document(predicted.get("facts", []), gold.get("facts", []), score, name)
    return score


def load_gold(directory: str | Path, pattern: str = "*.gold.json") -> list[dict]:
    """The gold documents of a directory, sorted by file name; `source` defaults to the file's stem."""
    documents = []
    for path in sorted(Path(directory).glob(pattern)):
        document = json.loads(path.read_text(encoding="utf-8"))
        # the file name is authoritative for pairing, as in shared/gold/score.py
        documents.append({**document, "source": path.name.split(".")[0]})
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ngoaivu.ingest.pipeline.scoring",
        description="Chấm điểm dữ kiện trích xuất so với tệp chuẩn (gold).",
    )
    parser.add_argument("predictions", help="JSON của `ngoaivu extract --json`, hoặc - để đọc từ stdin")
    parser.add_argument("gold_dir", help="thư mục chứa các tệp <tên>.gold.json")
    parser.add_argument("--pattern", default="*.gold.json", help="mẫu tên tệp chuẩn (mặc định *.gold.json)")
    parser.add_argument("--min-f1", type=float, default=None, help="thoát với mã 1 nếu F1 chung thấp hơn")
    parser.add_argument("--verbose", "-v", action="store_true", help="liệt kê từng dữ kiện bỏ sót hoặc thừa")
    parser.add_argument("--markdown", action="store_true", help="in bảng Markdown (cho docs/benchmarks.md)")
    parser.add_argument("--causes", action="store_true",
                        help="đếm nguyên nhân sai theo từng loại (chỉ in số đếm, dùng được cho phần chưa chạm)")
    args = parser.parse_args(argv)

    raw = sys.stdin.read() if args.predictions == "-" else Path(args.predictions).read_text(encoding="utf-8")
    gold = load_gold(args.gold_dir, args.pattern)
    if not gold:
        print(f"Không có tệp chuẩn nào trong {args.gold_dir}", file=sys.stderr)
        return 2
    score = score_predictions(json.loads(raw), gold)
    print(score.markdown() if args.markdown else score.table(verbose=args.verbose))
    if args.causes:
        print(score.cause_table())
    return 1 if args.min_f1 is not None and score.overall.f1 < args.min_f1 else 0


if __name__ == "__main__":
    sys.exit(main())
