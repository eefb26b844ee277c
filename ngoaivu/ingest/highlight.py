"""The document's text cut into plain and highlighted pieces for the review screen.

Spans may overlap (a figure inside a sentence another fact also quotes), so the text
is cut at every span boundary; each piece knows every fact covering it and shows the
innermost one.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    text: str
    facts: list = field(default_factory=list)  # covering facts, innermost first

    @property
    def fact(self):
        return self.facts[0] if self.facts else None

    @property
    def fact_ids(self) -> str:
        return " ".join(str(fact.pk) for fact in self.facts)


def highlight_pieces(text: str, facts) -> list[Piece]:
    spans = [fact for fact in facts if fact.start is not None and 0 <= fact.start < fact.end <= len(text)]
    cuts = sorted({0, len(text), *(f.start for f in spans), *(f.end for f in spans)})
    pieces: list[Piece] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = sorted((f for f in spans if f.start <= start and end <= f.end), key=lambda f: (f.end - f.start, f.pk))
        if pieces and [f.pk for f in pieces[-1].facts] == [f.pk for f in covering]:
            pieces[-1].text += text[start:end]
        else:
            pieces.append(Piece(text[start:end], covering))
    return pieces
