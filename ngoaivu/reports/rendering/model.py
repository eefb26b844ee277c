"""A report as plain data, independent of any output format and of the database.

The renderers (docx_nd30, xlsx_annex, charts) read these dataclasses; the Django side
builds them from observations and from the user's edits of keyed paragraphs.
"""
from __future__ import annotations

import numbers
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Literal, Union

from ngoaivu.core.vnformat import format_number, round_half_up, to_decimal, to_roman

Cell = Union[str, int, float, Decimal, None]
MAX_TABLE_DECIMALS = 2


@dataclass(frozen=True)
class Paragraph:
    text: str
    # Stable name of a generated paragraph ("trade.summary") so that a user's rewording
    # can be stored and applied again when the figures are regenerated.
    editable_key: str | None = None


@dataclass(frozen=True)
class Heading:
    """A heading inside a section, numbered by the renderer: level 1 "1.", level 2 "a)"."""

    text: str
    level: Literal[1, 2] = 1


@dataclass(frozen=True)
class Table:
    caption: str
    columns: list[str]
    rows: list[list[Cell]]
    # Machine-readable names of the columns ("value_2023", "change_pct"): the XLSX annex's
    # second header row, for whoever reuses the figures.
    column_codes: list[str] | None = None
    unit: str = ""  # "triệu USD", printed above the table as "Đơn vị tính: …"
    # Decimals each column's non-integer numbers are printed with (None: aligned on the
    # column's own values), where a report fixes one precision rule.
    column_decimals: list[int | None] | None = None

    def __post_init__(self) -> None:
        widths = {len(self.columns), *(len(row) for row in self.rows)}
        if self.column_codes is not None:
            widths.add(len(self.column_codes))
        if self.column_decimals is not None:
            widths.add(len(self.column_decimals))
        if len(widths) != 1:
            raise ValueError(f"table {self.caption!r}: rows and codes must match the columns")

    def decimals(self, column: int, value: Cell) -> int:
        """Decimals to print a number with: an int (a count) as an int, any other number with
        its column's fixed decimals, else aligned on the most decimals of its column's
        non-integers, up to 2."""
        if isinstance(value, numbers.Integral):
            return 0
        if self.column_decimals is not None and self.column_decimals[column] is not None:
            return self.column_decimals[column]
        return self._aligned_decimals[column]

    @cached_property
    def _aligned_decimals(self) -> list[int]:
        """Per column, the most decimals of its non-integers: worked out once, not per cell."""
        return [max((_decimals(row[column]) for row in self.rows if isinstance(row[column], (float, Decimal))),
                    default=0) for column in range(len(self.columns))]

    def cell_text(self, column: int, value: Cell) -> str:
        """A cell as printed: text as it is, a number in Vietnamese format aligned on its column."""
        if value is None or isinstance(value, str):
            return value or ""
        return format_number(value, self.decimals(column, value), trim_zeros=False)


# The mark of a value worked back from a stated change (builder/precision.py), wherever printed.
APPROXIMATE_MARK = "≈"
NO_FIGURE = "—"  # a cell of a column of numbers with no figure (a year without data)


@dataclass(frozen=True)
class Chart:
    title: str
    categories: list[str]
    series: dict[str, list[Union[int, float, Decimal, None]]]
    kind: Literal["bar", "line"] = "bar"
    unit: str = ""
    # Points worked back from a stated change, not statistics: (series name, category index).
    # Printed "≈" as in sentences and tables (builder/precision.py).
    approximate: frozenset[tuple[str, int]] = frozenset()

    def is_approximate(self, name: str, index: int) -> bool:
        return (name, index) in self.approximate


Block = Union[Paragraph, Heading, Table, Chart]


@dataclass(frozen=True)
class Section:
    heading: str  # "Kết quả thực hiện công tác đối ngoại"; printed upper case
    blocks: list[Block] = field(default_factory=list)
    number: str | None = None  # "I"; None numbers the section by its position


@dataclass(frozen=True)
class ReportDocument:
    issuer_parent: str  # "UBND TỈNH HÀ TĨNH"
    issuer: str  # "SỞ NGOẠI VỤ"
    symbol: str  # "BC-SNgV", the part of "Số: 125/BC-SNgV" after the slash
    place: str  # "Hà Tĩnh"
    date: date
    title: str  # trích yếu: "Kết quả công tác đối ngoại năm 2023 và …"
    sections: list[Section]
    signer_title: str  # "GIÁM ĐỐC", or "PHÓ GIÁM ĐỐC" under signer_authority
    signer_name: str
    number: str = ""  # blank while a draft: "Số:      /BC-SNgV"
    doc_kind: str = "BÁO CÁO"
    signer_authority: str = ""  # "KT. GIÁM ĐỐC" when a deputy signs
    recipients: list[str] = field(default_factory=list)  # "Bộ Ngoại giao", "UBND tỉnh"
    archive: str = "VT"  # "Lưu: VT, NV." closes the recipients
    period_start: date | None = None
    period_end: date | None = None

    def reference(self, blank: str = "") -> str:
        """"125/BC-SNgV"; `blank` stands in for a number not yet given."""
        number = self.number.strip()
        if number.isdigit() and int(number) < 10:
            number = f"{int(number):02d}"  # the decree writes numbers below 10 as 01…09
        return f"{number or blank}/{self.symbol}"

    def recipient_lines(self) -> list[str]:
        """The recipients as printed under "Nơi nhận:": "- Bộ Ngoại giao;" … "- Lưu: VT, NV."."""
        names = [_recipient(name) for name in self.recipients] + [f"Lưu: {_recipient(self.archive)}"]
        return [f"- {name}{'.' if index == len(names) - 1 else ';'}" for index, name in enumerate(names)]

    def numbered_sections(self) -> list[tuple[str, Section]]:
        return [(s.number or to_roman(i), s) for i, s in enumerate(self.sections, start=1)]

    def tables(self) -> list[Table]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Table)]


def heading_numbers(blocks: list[Block]) -> dict[int, str]:
    """Number of each Heading by its position in `blocks`: "1.", "2.", and "a)", "b)" below."""
    numbers: dict[int, str] = {}
    major = minor = 0
    for position, block in enumerate(blocks):
        if not isinstance(block, Heading):
            continue
        if block.level == 1:
            major, minor = major + 1, 0
            numbers[position] = f"{major}."
        else:
            minor += 1
            numbers[position] = f"{chr(ord('a') + minor - 1)})"
    return numbers


def with_paragraph_overrides(doc: ReportDocument, overrides: dict[str, str]) -> ReportDocument:
    """The document with the text of keyed paragraphs replaced by the user's wording."""

    def override(block: Block) -> Block:
        if isinstance(block, Paragraph) and block.editable_key in overrides:
            return replace(block, text=overrides[block.editable_key])
        return block

    sections = [replace(s, blocks=[override(b) for b in s.blocks]) for s in doc.sections]
    return replace(doc, sections=sections)


def _recipient(text: str) -> str:
    """"- Bộ Ngoại giao;" and "Bộ Ngoại giao" are both accepted: the document punctuates."""
    return text.strip().removeprefix("-").strip().rstrip(";.").strip()


def _decimals(value: Cell) -> int:
    exponent = round_half_up(to_decimal(value), MAX_TABLE_DECIMALS).normalize().as_tuple().exponent
    return max(0, -exponent)
