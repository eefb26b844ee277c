"""A province report as a ReportDocument, from a figures snapshot and a person's edits.

`compose` writes the generated text: the same snapshot always gives the same document,
so a stored version renders again exactly as it was. `apply_edits` puts the reworded
paragraphs in (an emptied paragraph leaves the report, with a heading left bare).
Pure Python: the snapshot is plain JSON collected by `collect`.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ngoaivu.indicators.periods import Period, PeriodKind
from ngoaivu.reports.builder.encoding import cell_in, date_in, decimal_in, figure_in, table_out
from ngoaivu.reports.builder.outline import (
    OUTLINE,
    STATED_UNLESS,
    Field,
    default_title,
    next_period_label,
    placeholder,
    tasks_heading,
)
from ngoaivu.reports.builder.record_sentences import PLACED_AFTER, record_sentences
from ngoaivu.reports.rendering.model import (
    Block,
    Chart,
    Heading,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    with_paragraph_overrides,
)
from ngoaivu.reports.sentences import Figure, figure_sentences, join_sentences
from ngoaivu.reports.wording import WORDING

TRADE_CODES = ("export_value", "import_value", "trade_value")
MILLION = Decimal(10) ** 6
CENT = Decimal("0.01")
LIMITATIONS_PROMPT = "những tồn tại, hạn chế trong kỳ và nguyên nhân"


@dataclass(frozen=True)
class Particulars:
    """What a person fills in on the document; blanks take the snapshot's defaults."""

    number: str = ""
    symbol: str = ""  # "BC-SNgV"; blank takes the issuer's
    title: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    issued_on: date | None = None


def compose(snapshot: dict, particulars: Particulars = Particulars()) -> ReportDocument:
    period = Period(date_in(snapshot["period"]["start"]), date_in(snapshot["period"]["end"]))
    header = snapshot["header"]
    title = particulars.title or default_title(period)
    closing = f"Trên đây là báo cáo {title[:1].lower()}{title[1:]} của {header['body']}./."
    sections = [
        Section(f"Kết quả thực hiện công tác đối ngoại {period.label}", _ResultsWriter(snapshot, period).blocks()),
        Section("Tồn tại, hạn chế và nguyên nhân", [Paragraph(placeholder(LIMITATIONS_PROMPT), "limitations")]),
        Section(tasks_heading(period), [
            Paragraph(placeholder(f"phương hướng, nhiệm vụ trọng tâm {next_period_label(period) or 'thời gian tới'}"),
                      "tasks"),
            Paragraph(closing, "closing"),
        ]),
    ]
    return ReportDocument(
        issuer_parent=header["issuer_parent"], issuer=header["issuer"],
        symbol=particulars.symbol or header["symbol"],
        place=header["place"], date=particulars.issued_on or date_in(snapshot["generated_on"]), title=title,
        sections=sections, signer_title=particulars.signer_title or header["signer_title"],
        signer_name=particulars.signer_name, number=particulars.number,
        signer_authority=particulars.signer_authority,
        recipients=list(particulars.recipients or header["recipients"]), archive=header["archive"],
        period_start=period.start, period_end=period.end,
    )


def apply_edits(doc: ReportDocument, edits: dict[str, dict]) -> ReportDocument:
    """`edits` maps a paragraph key to {"text": …, "generated": the text it replaced}."""
    doc = with_paragraph_overrides(doc, {key: edit["text"] for key, edit in edits.items()})
    return replace(doc, sections=[replace(section, blocks=without_empty(section.blocks))
                                  for section in doc.sections])


def without_empty(blocks: list[Block]) -> list[Block]:
    """Blocks without emptied paragraphs, nor the headings that have nothing left under them."""
    kept: list[Block] = []
    content_below = {1: False, 2: False}
    for block in reversed(blocks):
        if isinstance(block, Paragraph) and not block.text.strip():
            continue
        if isinstance(block, Heading):
            if content_below[block.level]:
                kept.append(block)
            content_below[2] = False
            if block.level == 1:
                content_below[1] = False
            continue
        kept.append(block)
        content_below = {1: True, 2: True}
    return kept[::-1]


class _ResultsWriter:
    """Section I: one heading per field of work, its sentences, tables and charts."""

    def __init__(self, snapshot: dict, period: Period):
        self.period = period
        self.locality = snapshot["header"]["locality"]
        self.facts = snapshot.get("facts", {})
        self.figures = {code: figure_in(data) for code, data in snapshot["figures"].items()}
        self.previous = {code: decimal_in(data.get("previous")) for code, data in snapshot["figures"].items()}
        self.tables = dict(snapshot.get("tables", {}))
        self.charts = snapshot.get("charts", {})
        trade = self._trade_table()
        if trade is not None:
            self.tables["trade"] = trade
        self.table_count = 0

    def blocks(self) -> list[Block]:
        overview = Paragraph(f"Kết quả công tác đối ngoại {self.period.label} trên các lĩnh vực như sau:",
                             "results.overview")
        return [overview, *(block for field in OUTLINE for block in self._field(field, level=1))]

    def _field(self, field: Field, level: int) -> list[Block]:
        blocks: list[Block] = [Heading(field.heading, level)]
        if field.children:
            return blocks + [block for child in field.children for block in self._field(child, 2)]
        text = join_sentences(self._sentences(field))
        blocks.append(Paragraph(text or placeholder(field.prompt), field.paragraph_key))
        blocks += [self._table(key) for key in field.tables if key in self.tables]
        blocks += [self._chart(key) for key in field.charts if key in self.charts]
        return blocks

    def _sentences(self, field: Field) -> list[str]:
        stated = [self.figures[code] for code in field.codes if code in self.figures and self._stated(code)]
        anchor = PLACED_AFTER.get(field.key)
        split = next((i + 1 for i, fig in enumerate(stated) if fig.indicator_code == anchor), len(stated))
        records = record_sentences(field.key, self.facts, self.locality, self.figures)
        return [*self._say(stated[:split]), *records, *self._say(stated[split:])]

    def _say(self, figures: list[Figure]) -> list[str]:
        return figure_sentences(figures, locality=self.locality)

    def _stated(self, code: str) -> bool:
        return not any(part in self.figures for part in STATED_UNLESS.get(code, ()))

    def _table(self, key: str) -> Table:
        self.table_count += 1
        data = self.tables[key]
        return Table(f"Bảng {self.table_count}. {data['caption']}", data["columns"],
                     [[cell_in(cell) for cell in row] for row in data["rows"]],
                     column_codes=data.get("column_codes"), unit=data.get("unit", ""))

    def _chart(self, key: str) -> Chart:
        data = self.charts[key]
        return Chart(data["title"], data["categories"],
                     {name: [cell_in(value) for value in values] for name, values in data["series"].items()},
                     unit=data["unit"])

    def _trade_table(self) -> dict | None:
        """Exports and imports beside the same period a year earlier and the plan, in millions."""
        codes = [code for code in TRADE_CODES if code in self.figures and self._stated(code)]
        if not codes:
            return None
        whole_year = self.period.kind == PeriodKind.YEAR
        last_year = self.period.end.year - 1
        columns = ["Chỉ tiêu", f"Năm {last_year}" if whole_year else f"Cùng kỳ năm {last_year}",
                   _capitalised(self.period.label),
                   f"So với năm {last_year} (%)" if whole_year else "So với cùng kỳ (%)", "So với kế hoạch (%)"]
        rows = []
        for code in codes:
            figure, previous = self.figures[code], self.previous[code]
            label = _capitalised(WORDING[code].label) + (" (ước)" if figure.is_estimate else "")
            ratio = figure.value / previous * 100 if previous else None
            rows.append([label, _millions(previous), _millions(figure.value), _rounded(ratio),
                         _rounded(figure.plan_pct)])
        unit = "triệu " + ("đồng" if self.figures[codes[0]].unit == "VND" else self.figures[codes[0]].unit)
        caption = f"Kim ngạch xuất khẩu, nhập khẩu {self.period.label}"
        return table_out(caption, columns, ["indicator", "previous_value", "value", "ratio_to_previous_pct",
                                            "plan_pct"], rows, unit)


def _millions(value: Decimal | None) -> Decimal | None:
    return None if value is None else (value / MILLION).quantize(CENT)


def _rounded(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
