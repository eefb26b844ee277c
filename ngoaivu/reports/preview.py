"""A report document laid out for the HTML preview: the same numbering, numbers and
punctuation as the DOCX, with each editable paragraph marked (placeholder, reworded,
figures changed since)."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field

from ngoaivu.core.vnformat import format_date_long
from ngoaivu.reports.builder.outline import has_placeholder
from ngoaivu.reports.builder.paragraphs import EditableParagraph
from ngoaivu.reports.rendering.charts import render_chart_png
from ngoaivu.reports.rendering.model import Chart, Heading, Paragraph, ReportDocument, Table, heading_numbers

BLANK_NUMBER = "…"


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


def document_preview(doc: ReportDocument, paragraphs: list[EditableParagraph]) -> Preview:
    by_key = {paragraph.key: paragraph for paragraph in paragraphs}
    sections = [PreviewSection(number, section.heading.upper(), _blocks(section.blocks, by_key))
                for number, section in doc.numbered_sections()]
    return Preview(
        document=doc, reference=doc.reference(blank=BLANK_NUMBER),
        place_date=f"{doc.place}, {format_date_long(doc.date)}", sections=sections,
        recipients=doc.recipient_lines(),
        signer_titles=[title.upper() for title in (doc.signer_authority, doc.signer_title) if title],
    )


def _blocks(blocks, by_key: dict[str, EditableParagraph]) -> list[PreviewBlock]:
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
            image = base64.b64encode(render_chart_png(block)).decode("ascii")
            result.append(PreviewBlock("chart", block.title, image=f"data:image/png;base64,{image}"))
    return result
