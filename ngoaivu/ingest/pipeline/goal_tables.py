"""Targets and results in a table: "Chỉ tiêu | Thực hiện năm 2026 | Kế hoạch năm 2027".

Word documents reach the pipeline with one line per table row, cells joined by " | " (readers).
A row's label names the measure and its unit in brackets ("Kim ngạch xuất khẩu (triệu USD)");
the header names each column's kind and year: a plan's column ("Kế hoạch", "Mục tiêu", "Chỉ
tiêu", "Dự kiến", "Phấn đấu", "KH") holds targets, a column of what was done ("Thực hiện", "Ước
thực hiện", "Kết quả", "TH", "ƯTH") holds results. Sentences read no figure from these rows (their numbers
carry no unit of their own), so the table's facts come from here alone.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from .goals import PLAN_WORDS
from .indicators import INDICATORS, FigureContext, indicator_for
from .numbers import find_quantities
from .observation_model import Observation, unit_of
from .periods import Period

_CELL_SEPARATOR = " | "
# (headers abbreviate: "KH 2026" is the plan, "TH 2025" what was done, "ƯTH 2025" / "Ước TH" an estimate of it)
_PLAN_COLUMN = re.compile(PLAN_WORDS + r"|(?<!\w)kh(?!\w)")
_DONE_COLUMN = re.compile(r"thực\s+hiện|kết\s+quả|(?<!\w)ước(?!\w)|(?<!\w)ư?th(?!\w)")
_ESTIMATE_COLUMN = re.compile(r"(?<!\w)(?:ước|ưth)(?!\w)")
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?!\d)")
_UNIT_IN_LABEL = re.compile(r"\(([^()]{1,30})\)\s*$")
_UNIT_COLUMN = re.compile(r"^\s*đơn\s+vị(?:\s+tính)?\s*$")
_VALUE = re.compile(r"^\s*(?:khoảng\s+|trên\s+|hơn\s+|tối\s+thiểu\s+)?\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?\s*$")
# the row's label: words, not its number in the table ("STT | Chỉ tiêu | …": "1", "II", "a)")
_LABEL = re.compile(r"[^\W\d_]{3,}")
_LONGEST_CELL = 40  # a figure read by a sentence ends inside the cell: no longer than this
_AT_LEAST = re.compile(r"^\s*(?:trên|hơn|tối\s+thiểu)\s")
_APPROX = re.compile(r"^\s*khoảng\s")


@dataclass(frozen=True)
class _Column:
    target: bool
    period: Period
    estimate: bool


def table_facts(folded: str, read: list[Observation] = ()) -> list[Observation]:
    """The facts of every table in `folded` (the case-folded text) that has a header of kinds and
    years, but for cells a sentence already read (`read`: the facts found so far)."""
    found: list[Observation] = []
    columns: dict[int, _Column] | None = None
    unit_column: int | None = None
    ends = sorted(o.end for o in read)
    offset = 0
    for line in folded.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if _CELL_SEPARATOR not in line:
            columns = None  # a table ends with its rows
            continue
        cells = _cells(line, start)
        header = _header(cells)
        if header:
            columns = header
            unit_column = next((i for i, (_, cell) in enumerate(cells) if _UNIT_COLUMN.match(cell)), None)
        elif columns:
            unit = cells[unit_column][1].strip() if unit_column is not None and unit_column < len(cells) else None
            label = next((c for i, c in enumerate(cells) if i not in columns and i != unit_column and _LABEL.search(c[1])), None)
            if label is not None:
                found.extend(f for f in _row(label, cells, columns, unit) if not _already_read(f, ends))
    return found


def _already_read(fact: Observation, ends: list[int]) -> bool:
    i = bisect_left(ends, fact.end - _LONGEST_CELL)
    return i < len(ends) and ends[i] <= fact.end


def _cells(line: str, start: int) -> list[tuple[int, str]]:
    cells, pos = [], start
    for cell in line.split("|"):
        cells.append((pos, cell))
        pos += len(cell) + 1
    return cells


def _header(cells: list[tuple[int, str]]) -> dict[int, _Column]:
    columns = {}
    for i, (_, cell) in enumerate(cells[1:], start=1):
        years = _YEARS.search(cell)
        if years is None or _VALUE.match(cell):
            continue
        target = _PLAN_COLUMN.search(cell) is not None
        if not target and _DONE_COLUMN.search(cell) is None:
            continue
        first, last = int(years[1]), int(years[2] or years[1])
        columns[i] = _Column(target, Period(start=date(first, 1, 1), end=date(last, 12, 31)),
                             not target and _ESTIMATE_COLUMN.search(cell) is not None)
    return columns


def _row(label_cell: tuple[int, str], cells: list[tuple[int, str]], columns: dict[int, _Column],
         unit_cell: str | None) -> list[Observation]:
    label_start, label = label_cell
    label_start += len(label) - len(label.lstrip())  # the evidence starts at the label's first word
    bracket = _UNIT_IN_LABEL.search(label)
    measure = label[: bracket.start()] if bracket else label
    unit = bracket[1].strip() if bracket else unit_cell or ""
    facts = []
    for i, column in columns.items():
        if i >= len(cells) or not _VALUE.match(cells[i][1]):
            continue
        cell_start, cell = cells[i]
        written = cell.strip() + (" " + unit if unit and "%" not in cell else "")
        quantities = find_quantities(written)
        if len(quantities) != 1:
            continue
        quantity = quantities[0]
        context = FigureContext(kind=quantity.kind, scaled=quantity.scaled, per_year=quantity.per_year,
                                left=measure + " ", right=" " + unit + " " + measure, sentence_left=measure + " ",
                                previous_indicator=None, currency=quantity.unit if quantity.kind == "money" else None)
        code = indicator_for(context)
        if code is None:
            continue
        qualifier = "at_least" if _AT_LEAST.match(cell) else "approx" if _APPROX.match(cell) else (
            "estimate" if column.estimate else None)
        facts.append(Observation(
            kind="target" if column.target else "observation", indicator=code, low=quantity.low, high=quantity.high,
            unit=unit_of(INDICATORS[code].unit, quantity), period=column.period, qualifier=qualifier,
            change_pct=None, plan_pct=None, per="period", counterpart=None,
            start=label_start, end=cell_start + len(cell.rstrip()),
        ))
    return facts
