"""What the stored observations behind many figures say (their qualifier and note), read in
one query: a report asks it of some thirty figures and a chart's ten."""
from __future__ import annotations

from ngoaivu.indicators.choices import Qualifier
from ngoaivu.indicators.models import Observation


def observation_rows(figures) -> dict[int, list[dict]]:
    """Per figure (by id), the qualifier ("khoảng", "trên") and note of each observation it uses."""
    used = {id(figure): [candidate.observation.pk for part in figure.parts for candidate in part.used
                         if candidate.observation] for figure in figures}
    pks = {pk for group in used.values() for pk in group}
    rows = Observation.objects.filter(pk__in=pks).in_bulk() if pks else {}
    return {key: [{"qualifier": rows[pk].qualifier, "note": rows[pk].note} for pk in sorted(group)]
            for key, group in used.items()}


def approximate_note(rows: list[dict]) -> str | None:
    """The note of the first observation stated as approximate ("khoảng": a value worked back
    from a stated change), "" when it has none; None when no observation is approximate."""
    return next((row["note"] for row in rows if row["qualifier"] == Qualifier.APPROX), None)


def approximate_notes(figures) -> dict[int, str]:
    """The figures (by id) with a value that uses an approximate observation, with its note."""
    rows = observation_rows([figure for figure in figures if figure.value is not None])
    notes = {key: approximate_note(group) for key, group in rows.items()}
    return {key: note for key, note in notes.items() if note is not None}
