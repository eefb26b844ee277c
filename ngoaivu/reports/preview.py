"""A report document laid out for the HTML preview: the same numbering, numbers and
punctuation as the DOCX, with each editable paragraph marked (placeholder, reworded,
figures changed since)."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ngoaivu.core.vnformat import format_date_long
from ngoaivu.reports.builder.outline import has_placeholder
from ngoaivu.reports.builder.paragraphs import EditableParagraph
from ngoaivu.reports.rendering.charts import render_chart_png
from ngoaivu.reports.rendering.model import Chart, Heading, Paragraph, ReportDocument, Table, heading_numbers

BLANK_NUMBER = "…"
# What the editor's badge says of a paragraph, by its state.
PARAGRAPH_STATES = {
    "placeholder": _("Cần bổ sung"),
    "stale": _("Đã sửa, số liệu đã thay đổi"),
    "removed": _("Đã bỏ khỏi báo cáo"),
    "edited": _("Đã sửa"),
    "generated": _("Tự động từ số liệu"),
}


def paragraph_state(paragraph: EditableParagraph) -> str:
    """One of PARAGRAPH_STATES: what a person should know of the paragraph first."""
    if paragraph.placeholder:
        return "placeholder"
    if paragraph.removed:
        return "removed"
    if paragraph.stale:
        return "stale"
    return "edited" if paragraph.edited else "generated"


@dataclass
class PreviewBlock:
    kind: str                            # "heading", "paragraph", "table" or "chart"
    text: str = ""
    number: str = ""                     # "1.", "a)" of a heading
    level: int = 1
    paragraph: EditableParagraph | None = None
    placeholder: bool = False
    unit: str = ""
    columns: list[str] = field(default_factory=list)
    rows: list[list[tuple[str, bool]]] = field(default_factory=list)   # (text, is a number)
    image: str = ""                      # a chart as a data: URI

    @property
    def state(self) -> str:
        return paragraph_state(self.paragraph) if self.paragraph else ""

    @property
    def state_label(self) -> str:
        return str(PARAGRAPH_STATES[self.state]) if self.paragraph else ""


@dataclass
class PreviewSection:
    number: str
    heading: str
    blocks: list[PreviewBlock]


@dataclass
class Preview:
    document: ReportDocument
    reference: str
    place_date: str
    sections: list[PreviewSection]
    recipients: list[str]
    signer_titles: list[str]


def document_preview(doc: ReportDocument, paragraphs: list[EditableParagraph], charts: bool = True) -> Preview:
    """`charts=False` names each chart instead of drawing it (the editor has no use for the picture)."""
    by_key = {paragraph.key: paragraph for paragraph in paragraphs}
    sections = [PreviewSection(number, section.heading.upper(), _blocks(section.blocks, by_key, charts))
                for number, section in doc.numbered_sections()]
    return Preview(
        document=doc, reference=doc.reference(blank=BLANK_NUMBER),
        place_date=f"{doc.place}, {format_date_long(doc.date)}", sections=sections,
        recipients=doc.recipient_lines(),
        signer_titles=[title.upper() for title in (doc.signer_authority, doc.signer_title) if title],
    )


def _blocks(blocks, by_key: dict[str, EditableParagraph], charts: bool = True) -> list[PreviewBlock]:
    numbers = heading_numbers(blocks)
    result = []
    for position, block in enumerate(blocks):
        if isinstance(block, Heading):
            result.append(PreviewBlock("heading", block.text, number=numbers[position], level=block.level))
        elif isinstance(block, Paragraph):
            result.append(PreviewBlock("paragraph", block.text, paragraph=by_key.get(block.editable_key or ""),
                                       placeholder=has_placeholder(block.text)))
        elif isinstance(block, Table):
            rows = [[(block.cell_text(column, value), value is not None and not isinstance(value, str))
                     for column, value in enumerate(row)] for row in block.rows]
            result.append(PreviewBlock("table", block.caption, unit=block.unit, columns=block.columns, rows=rows))
        elif isinstance(block, Chart):
            image = base64.b64encode(render_chart_png(block)).decode("ascii") if charts else ""
            result.append(PreviewBlock("chart", block.title, image=f"data:image/png;base64,{image}" if image else ""))
    return result
