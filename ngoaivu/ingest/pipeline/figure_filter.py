"""A learned last check on the figures the rules read: drops the figures most like those the rules read wrongly.

The rules read each figure from its own words; what they miss are patterns spread over many texts (a part told beside
the whole, an earlier year recalled, another place's figure). A logistic regression over a figure's reading (its
indicator, qualifier, period against the date of publication, place in the text, the other figures of the same
indicator and period) and the words of its evidence gives the chance that a specialist would code it; figures below
the threshold are dropped. `scripts/train_figure_filter.py` fits the weights on the studied development texts only
(never the untouched ones) and chooses the threshold by cross-validation over whole splits; see docs/adr.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from .phrases import Tokens

WEIGHTS = Path(__file__).with_name("data") / "figure_filter.json"
# Figures kept with a chance below this are worth a closer look (the review screen marks them). Out of fold on the
# studied texts, figures below 0,9 were right about 3 times in 4 and those above 19 in 20; on the untouched texts
# (aggregate counts only), 6 in 10 below and 9 in 10 above, so marking the 28% below catches two thirds of the figures
# read wrong (docs/benchmarks.md, "Confidence").
DOUBTFUL_BELOW = 0.9


# Names (runs of capitalised syllables: "Bắc Ninh", "Nhật Bản") and numbers tell of one text, not of how figures are
# written. Numbers are no words here; names are read from the words as written, for the trainer, which gives no weight
# to a word found mostly inside names (a lone capital, a sentence's first word, is no name; nor are acronyms: "FDI").
_UPPER = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and c.isupper())
_LOWER = "".join(c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and c.islower())
_NAME = re.compile(rf"(?<!\w)[{_UPPER}][{_LOWER}]+(?:\s+[{_UPPER}][{_LOWER}]+)+(?!\w)")


def name_words(evidence: str) -> list[str]:
    """The words of `evidence` (as written) that stand inside names, lower-cased."""
    return [word for name in _NAME.findall(evidence) for word in name.lower().split()]


def _words(tokens: Tokens, start: int, end: int) -> list[str]:
    """The case-folded words of the tokens between two offsets, those with digits left out."""
    return [key for key in tokens.keys[tokens.index_at(start) : tokens.index_at(end)] if key.isalpha()]


def _summary(fields: dict) -> tuple[str, tuple, float]:
    """(indicator, period, value): what a figure is compared on with the others of its text."""
    period = fields.get("period") or {}
    value = fields.get("value")
    return (fields["indicator"], (period.get("as_of"), period.get("start"), period.get("end")),
            float(value if value is not None else fields.get("value_max") or 0))


class _Others:
    """The figures of a text, grouped: the values of each indicator and period, the count of each indicator."""

    def __init__(self, summaries: list[tuple[str, tuple, float]]) -> None:
        self.values: dict[tuple, list[float]] = defaultdict(list)
        for indicator, key, value in summaries:
            self.values[indicator, key].append(value)
        self.counts = Counter(indicator for indicator, _, _ in summaries)


def figure_features(fields: dict, kind: str, evidence: str, start: int, text_length: int, published: date | None,
                    others: list[dict]) -> list[str]:
    """The features of one figure: `fields` as SCHEMA writes them, `evidence` case-folded, `others` the fields of every
    figure of the text (itself included)."""
    reading = _reading(fields, kind, _words(Tokens(evidence), 0, len(evidence)), start, text_length, published,
                       _Others([_summary(o) for o in others]))
    return _as_features(reading)


# A figure's reading: its features but the words, and the set of its evidence's words (looked up without their "w="
# prefix when the filter runs; the trainer sees them as features `w=<word>`).
Reading = tuple[list[str], set[str]]


def _as_features(reading: Reading) -> list[str]:
    features, words = reading
    return features + ["w=" + word for word in sorted(words)]


def _reading(fields: dict, kind: str, words: list[str], start: int, text_length: int, published: date | None,
             others: _Others) -> Reading:
    indicator, key, value = _summary(fields)
    as_of, begins, ends = key
    end = as_of or ends
    years = max(-6, min(2, int(end[:4]) - published.year)) if end and published else "?"
    same = others.values[indicator, key]
    largest = max(same)
    # how many times smaller than the largest figure of its indicator and period (a part beside its whole)
    smaller = min(3, int(math.log10(largest / value))) if value > 0 and largest > value * 1.0001 else "no"
    features = [f"indicator={indicator}", f"kind={kind}", f"qualifier={fields.get('qualifier')}", f"per={fields.get('per')}",
                f"change_pct={fields.get('change_pct') is not None}", f"plan_pct={fields.get('plan_pct') is not None}",
                f"counterpart={fields.get('counterpart') is not None}", f"stock={as_of is not None}", f"years={years}",
                f"position={5 * start // max(1, text_length)}", f"opening={start < 200}", f"same={min(3, len(same) - 1)}",
                f"smaller={smaller}", f"indicator_again={min(4, others.counts[indicator] - 1)}"]
    if begins and ends:
        months = (int(ends[:4]) - int(begins[:4])) * 12 + int(ends[5:7]) - int(begins[5:7]) + 1
        features.append(f"months={next(b for b in (1, 3, 6, 11, 12, 60, 10**4) if months <= b)}")
    return features, set(words)


class FigureFilter:
    def __init__(self, bias: float, weights: dict[str, float], threshold: float) -> None:
        self.bias, self.weights, self.threshold = bias, weights, threshold
        self._word_weights = {feature[2:]: weight for feature, weight in weights.items() if feature.startswith("w=")}

    @classmethod
    def from_json(cls, data: dict) -> FigureFilter:
        return cls(data["bias"], data["weights"], data["threshold"])

    def chance(self, features: list[str]) -> float:
        return logistic(self.bias + sum(map(self.weights.get, features, repeat(0.0))))

    def chance_of(self, reading: Reading) -> float:
        """The chance a specialist codes the figure read so: its `confidence`."""
        features, words = reading
        score = self.bias + sum(map(self.weights.get, features, repeat(0.0))) \
            + sum(map(self._word_weights.get, words, repeat(0.0)))
        return logistic(score)

    def keeps(self, reading: Reading) -> bool:
        return self.chance_of(reading) >= self.threshold


def logistic(score: float) -> float:
    """The chance a score stands for (clamped: no overflow on far scores)."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=1)
def figure_filter() -> FigureFilter:
    return FigureFilter.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def readings_of_figures(figures: list, tokens: Tokens, published: date | None) -> list[Reading]:
    """The reading of each figure (objects with `kind`, `fields`, `start`, `end` in the text of `tokens`), read
    together."""
    others = _Others([_summary(figure.fields) for figure in figures])
    return [_reading(figure.fields, figure.kind, _words(tokens, figure.start, figure.end), figure.start, len(tokens.text),
                     published, others) for figure in figures]


def features_of_figures(figures: list, tokens: Tokens, published: date | None) -> list[list[str]]:
    """`readings_of_figures` as lists of features, for the trainer."""
    return [_as_features(reading) for reading in readings_of_figures(figures, tokens, published)]
