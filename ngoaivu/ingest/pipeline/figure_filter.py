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
from datetime import date
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("data") / "figure_filter.json"
_WORD = re.compile(r"\w+")


# names (runs of capitalised syllables: "Bắc Ninh", "Nhật Bản") and numbers tell of one text, not of how figures are
# written: they are no features (a lone capital, a sentence's first word, is kept, lower-cased; so are acronyms: "FDI")
def _words(evidence: str) -> list[str]:
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(evidence)]
    named = [word.istitle() and not word.isupper() for word, _, _ in tokens]
    words = []
    for i, (word, start, end) in enumerate(tokens):
        in_a_name = named[i] and (
            (i > 0 and named[i - 1] and not evidence[tokens[i - 1][2] : start].strip())
            or (i + 1 < len(tokens) and named[i + 1] and not evidence[end : tokens[i + 1][1]].strip()))
        if not in_a_name and not any(c.isdigit() for c in word):
            words.append(word.lower())
    return words


def _value(fields: dict) -> float:
    value = fields.get("value")
    return float(value if value is not None else fields.get("value_max") or 0)


def _period_key(fields: dict) -> str:
    return json.dumps(fields.get("period"), sort_keys=True)


def figure_features(fields: dict, kind: str, evidence: str, start: int, text_length: int, published: date | None,
                    others: list[dict]) -> list[str]:
    """The features of one figure: `fields` as SCHEMA writes them, `evidence` its words as written, `others` the fields
    of every figure of the text (itself included)."""
    features = [f"indicator={fields['indicator']}", f"kind={kind}", f"qualifier={fields.get('qualifier')}",
                f"per={fields.get('per')}"]
    features += [f"{name}={fields.get(name) is not None}" for name in ("change_pct", "plan_pct", "counterpart")]
    period = fields.get("period") or {}
    features.append(f"stock={'as_of' in period}")
    end = period.get("as_of") or period.get("end")
    years = int(end[:4]) - published.year if end and published else None
    features.append(f"years={max(-6, min(2, years)) if years is not None else '?'}")
    features.append(f"position={int(5 * start / max(1, text_length))}")
    features.append(f"opening={start < 200}")
    key, value = _period_key(fields), _value(fields)
    same = [other for other in others if other["indicator"] == fields["indicator"] and _period_key(other) == key]
    features.append(f"same={min(3, len(same) - 1)}")
    largest = max(_value(other) for other in same)
    # how many times smaller than the largest figure of its indicator and period (a part beside its whole)
    features.append(f"smaller={min(3, int(math.log10(largest / value))) if value > 0 and largest > value * 1.0001 else 'no'}")
    if "start" in period:
        months = (int(period["end"][:4]) - int(period["start"][:4])) * 12 + int(period["end"][5:7]) - int(period["start"][5:7]) + 1
        features.append(f"months={next(b for b in (1, 3, 6, 11, 12, 60, 10**4) if months <= b)}")
    features.append(f"indicator_again={min(4, sum(other['indicator'] == fields['indicator'] for other in others) - 1)}")
    words = _words(evidence)
    features += [f"w={word}" for word in set(words)]
    features += [f"b={a}_{b}" for a, b in set(zip(words, words[1:]))]
    return features


class FigureFilter:
    def __init__(self, bias: float, weights: dict[str, float], threshold: float) -> None:
        self.bias, self.weights, self.threshold = bias, weights, threshold

    @classmethod
    def from_json(cls, data: dict) -> FigureFilter:
        return cls(data["bias"], data["weights"], data["threshold"])

    def chance(self, features: list[str]) -> float:
        score = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    def keeps(self, features: list[str]) -> bool:
        return self.chance(features) >= self.threshold


@lru_cache(maxsize=1)
def figure_filter() -> FigureFilter:
    return FigureFilter.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def features_of_figures(figures: list, text: str, published: date | None) -> list[list[str]]:
    """The features of each figure (objects with `kind`, `fields`, `start`, `end` in `text`), read together."""
    others = [figure.fields for figure in figures]
    return [figure_features(figure.fields, figure.kind, text[figure.start : figure.end], figure.start, len(text),
                            published, others) for figure in figures]
