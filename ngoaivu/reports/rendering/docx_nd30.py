"""A report as DOCX in the administrative format of Nghị định 30/2020/NĐ-CP (Phụ lục I).

Page, fonts, sizes and layout follow the decree; where it gives a range the choice is
noted by the constant. Pure python-docx: no Word, no LibreOffice.
"""
from __future__ import annotations

import io
import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import datetime, time

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from ngoaivu.core.validators import without_control_characters
from ngoaivu.core.vnformat import format_date_long
from ngoaivu.reports.rendering import _ooxml
from ngoaivu.reports.rendering.charts import render_chart_png
from ngoaivu.reports.rendering.model import (
    APPROXIMATE_MARK,
    NO_FIGURE,
    Block,
    Chart,
    Heading,
    Paragraph,
    ReportDocument,
    Section,
    Table,
    heading_numbers,
)

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
# A4 portrait; margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20, 20, 30, 15
TEXT_WIDTH_CM = (PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / 10

# Sizes in points, within the decree's ranges.
SIZE_ISSUER = 13  # 12-13
SIZE_NATIONAL_TITLE = 13  # quốc hiệu, 12-13
SIZE_MOTTO = 14  # tiêu ngữ, 13-14
SIZE_NUMBER = 13  # "Số: …", 13
SIZE_PLACE_DATE = 14  # 13-14
SIZE_TITLE = 14  # tên loại and trích yếu, 13-14
SIZE_BODY = 14  # 13-14
SIZE_TABLE = 13  # 12-13
SIZE_PAGE_NUMBER = 14  # 13-14
SIZE_RECIPIENTS_LABEL = 12
SIZE_RECIPIENTS = 11
SIZE_SIGNER = 14  # 13-14

FIRST_LINE_INDENT_CM = 1.27  # 1-1.27 cm
PARAGRAPH_SPACING_PT = 6  # at least 6 pt
LINE_SPACING = 1.15  # single to 1.5 lines
SIGNATURE_SPACE_PT = 80  # room for the signature and the seal

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# The rule under the motto is as long as the motto: Times New Roman Bold 14 pt measures
# 6.04 cm (measured with Liberation Serif, whose metrics are Times New Roman's).
MOTTO_WIDTH_CM = 6.04
# Average advance per character of Times New Roman Bold, in ems, to size the shorter
# rules under the issuer and the title (1/3 to 1/2 of their text).
EM_PER_CHAR_UPPER_BOLD = 0.61
EM_PER_CHAR_BOLD = 0.46
SHORT_RULE_SHARE = 0.4
RULE_GAP_PT = 3  # between a line of text and the rule under it, clear of the descenders

# Invisible layout tables: header (issuer | national title) and closing (recipients | signer).
# The national column holds the national title on one line at 13 pt (and proportionally
# less at 12 pt); the issuer's column takes the rest.
NATIONAL_COLUMN_CM = 10.0
HEADER_COLUMNS_CM = (TEXT_WIDTH_CM - NATIONAL_COLUMN_CM, NATIONAL_COLUMN_CM)
# Average advance of Times New Roman capitals with Vietnamese marks (bold, regular) and of
# italic lower case, in ems, measured on Liberation Serif and rounded up: a line estimated
# to fit does fit.
EM_PER_CHAR_UPPER = 0.66
EM_PER_CHAR_UPPER_BOLD_WIDE = 0.72
EM_PER_CHAR_ITALIC = 0.48
# "UBND TỈNH" | "THỪA THIÊN HUẾ": where a governing body's name may break.
GOVERNING_PREFIX = re.compile(r"^((?:UBND|ỦY BAN NHÂN DÂN)\s+(?:TỈNH|THÀNH PHỐ))\s+(\S.*)$")
CLOSING_COLUMNS_CM = (8.0, TEXT_WIDTH_CM - 8.0)
LAYOUT_CELL_MARGIN_CM = 0.05
# Relative column widths of a data table, in characters, padded for the cell margins;
# a long label column is capped to leave room for the others.
MIN_COLUMN_WEIGHT, MAX_COLUMN_WEIGHT, COLUMN_PADDING = 4, 40, 2
# A weight is turned into centimetres at the average advance of a table character (0.55 em).
CHAR_WIDTH_CM = SIZE_TABLE * 0.55 / 72 * 2.54
MAX_HEADING_LINES = 2
BLANK_NUMBER = " " * 8  # "Số:        /BC-SNgV" leaves room to write the number by hand


def render_docx(doc: ReportDocument) -> bytes:
    document = Document()
    _set_up_page(document)
    _set_up_styles(document)
    _set_properties(document, doc)
    _add_letterhead(document, doc)
    _add_title(document, doc)
    for number, section in doc.numbered_sections():
        _add_section(document, number, section)
    _add_closing(document, doc)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# Page and styles


def _set_up_page(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_MM), Mm(MARGIN_BOTTOM_MM)
    section.left_margin, section.right_margin = Mm(MARGIN_LEFT_MM), Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(10)
    # Page numbers from page 2 on, centred at the top; the first page has none.
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _ooxml.add_field(number, "PAGE", SIZE_PAGE_NUMBER)


def _set_up_styles(document: DocxDocument) -> None:
    _ooxml.set_document_defaults(document, FONT, SIZE_BODY, LANGUAGE)
    normal = document.styles["Normal"].paragraph_format
    normal.space_before = normal.space_after = Pt(0)
    normal.line_spacing_rule = WD_LINE_SPACING.SINGLE


def _set_properties(document: DocxDocument, doc: ReportDocument) -> None:
    properties = document.core_properties
    properties.title = doc.title
    properties.author = properties.last_modified_by = doc.issuer
    properties.language = LANGUAGE
    properties.created = properties.modified = datetime.combine(doc.date, time())


# Letterhead: issuer, national title and motto, number, place and date


@dataclass(frozen=True)
class Letterhead:
    """Sizes and column widths of the letterhead, chosen so that every unit name stays whole."""

    issuer_size: float
    national_size: float
    place_date_size: float
    widths: tuple[float, float]
    break_parent: bool = False  # the governing body's name on its own line under "UBND TỈNH"


def letterhead_layout(doc: ReportDocument) -> Letterhead:
    """The decree's upper sizes when the names fit on one line each; else its lower sizes
    with the issuer's column widened; a name that still does not fit goes on a line of its
    own, never broken in the middle."""
    place_date = f"{doc.place}, {format_date_long(doc.date)}"
    for issuer_size, national_size, place_size in ((SIZE_ISSUER, SIZE_NATIONAL_TITLE, SIZE_PLACE_DATE),
                                                   (12, 12, 13)):
        national = NATIONAL_COLUMN_CM * national_size / SIZE_NATIONAL_TITLE
        issuer = TEXT_WIDTH_CM - national
        room_left, room_right = issuer - 2 * LAYOUT_CELL_MARGIN_CM, national - 2 * LAYOUT_CELL_MARGIN_CM
        fits = (_text_width_cm(doc.issuer_parent, issuer_size, EM_PER_CHAR_UPPER) <= room_left
                and _text_width_cm(doc.issuer, issuer_size, EM_PER_CHAR_UPPER_BOLD_WIDE) <= room_left
                and _text_width_cm(place_date, place_size, EM_PER_CHAR_ITALIC) <= room_right)
        if fits:
            return Letterhead(issuer_size, national_size, place_size, (issuer, national))
    return Letterhead(issuer_size, national_size, place_size, (issuer, national),
                      break_parent=bool(GOVERNING_PREFIX.match(doc.issuer_parent.upper())))


def _add_letterhead(document: DocxDocument, doc: ReportDocument) -> None:
    layout = letterhead_layout(doc)
    table = _layout_table(document, rows=2, widths=layout.widths)
    issuer, national = table.rows[0].cells
    # A body with no governing body above it (a ministry) stands level with the national title.
    line = issuer.paragraphs[0]
    if doc.issuer_parent:
        parent = doc.issuer_parent.upper()
        match = GOVERNING_PREFIX.match(parent)
        if layout.break_parent and match:
            _write(line, match.group(1), layout.issuer_size)
            line.runs[-1].add_break()
            _write(line, match.group(2), layout.issuer_size)
        else:
            _write(line, parent, layout.issuer_size)
        line = issuer.add_paragraph()
    _write(line, doc.issuer.upper(), layout.issuer_size, bold=True)
    issuer_width = _text_width_cm(doc.issuer, layout.issuer_size, EM_PER_CHAR_UPPER_BOLD)
    _add_rule(issuer.add_paragraph(), SHORT_RULE_SHARE * issuer_width, _cell_text_width_cm(issuer))

    _write(national.paragraphs[0], NATIONAL_TITLE, layout.national_size, bold=True)
    _write(national.add_paragraph(), MOTTO, SIZE_MOTTO, bold=True)
    _add_rule(national.add_paragraph(), MOTTO_WIDTH_CM, _cell_text_width_cm(national))

    number_cell, date_cell = table.rows[1].cells
    _write(number_cell.paragraphs[0], f"Số: {doc.reference(blank=BLANK_NUMBER)}", SIZE_NUMBER)
    place_date = f"{doc.place}, {format_date_long(doc.date)}"
    _write(date_cell.paragraphs[0], place_date, layout.place_date_size, italic=True)
    for cell in (number_cell, date_cell):
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)
    for cell in (issuer, national, number_cell, date_cell):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add_rule(rule: DocxParagraph, width_cm: float, available_cm: float) -> None:
    """A centred horizontal rule under the previous line: the top border of an empty line
    indented to the rule's length."""
    _ooxml.add_paragraph_border(rule, "top")
    indent = Cm((available_cm - min(width_cm, available_cm)) / 2)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = indent
    rule.paragraph_format.line_spacing = Pt(2)
    rule.paragraph_format.space_before = Pt(RULE_GAP_PT)


def _cell_text_width_cm(cell: _Cell) -> float:
    return cell.width.cm - 2 * LAYOUT_CELL_MARGIN_CM


def _add_title(document: DocxDocument, doc: ReportDocument) -> None:
    kind = _body_paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    kind.paragraph_format.space_before = Pt(18)
    _write(kind, doc.doc_kind.upper(), SIZE_TITLE, bold=True)
    title = _body_paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    title.paragraph_format.space_before = Pt(0)
    _write(title, doc.title, SIZE_TITLE, bold=True)
    # A title running onto several lines is measured by its full line.
    title_width = min(_text_width_cm(doc.title, SIZE_TITLE, EM_PER_CHAR_BOLD), TEXT_WIDTH_CM)
    rule = document.add_paragraph()
    _add_rule(rule, SHORT_RULE_SHARE * title_width, TEXT_WIDTH_CM)
    rule.paragraph_format.space_after = Pt(6)


# Body


def _add_section(document: DocxDocument, number: str, section: Section) -> None:
    heading = _body_paragraph(document, keep_with_next=True)
    _write(heading, f"{number}. {section.heading.upper()}", SIZE_BODY, bold=True)
    numbers = heading_numbers(section.blocks)
    for position, block in enumerate(section.blocks):
        _add_block(document, block, numbers.get(position, ""))


def _add_block(document: DocxDocument, block: Block, heading_number: str) -> None:
    if isinstance(block, Paragraph):
        # A line break a person typed starts a paragraph of its own: a justified line
        # ending in a manual break would be stretched across the page.
        for line in (line.strip() for line in block.text.splitlines()):
            if line:
                _write(_body_paragraph(document), line, SIZE_BODY)
    elif isinstance(block, Heading):
        paragraph = _body_paragraph(document, keep_with_next=True)
        text = f"{heading_number} {block.text}"
        _write(paragraph, text, SIZE_BODY, bold=True, italic=block.level == 2)
    elif isinstance(block, Table):
        _add_table(document, block)
    elif isinstance(block, Chart):
        picture = _body_paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
        picture.add_run().add_picture(io.BytesIO(render_chart_png(block)), width=Cm(TEXT_WIDTH_CM))
    else:
        raise TypeError(f"unknown block {block!r}")


def _add_table(document: DocxDocument, table: Table) -> None:
    caption = _body_paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
                              keep_with_next=True)
    _write(caption, table.caption, SIZE_TABLE, bold=True)
    if table.unit:
        unit = _body_paragraph(document, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False,
                               keep_with_next=True)
        unit.paragraph_format.space_before = Pt(0)
        _write(unit, f"Đơn vị tính: {table.unit}", SIZE_TABLE, italic=True)

    cells = [[table.cell_text(column, value) for column, value in enumerate(row)]
             for row in table.rows]
    grid = document.add_table(rows=2, cols=len(table.columns))  # the heading and a model body row
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    _ooxml.set_table_borders(grid, "single")
    _ooxml.set_column_widths(grid, _column_widths(table.columns, cells))
    header, model = grid.rows
    _ooxml.repeat_as_header_row(header)
    for cell, label in zip(header.cells, table.columns):
        _write_cell(cell, label, WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    _ooxml.keep_row_on_one_page(model)  # a row is read whole, never half on the next page
    # Each body cell is a copy of its column's model cell, left or right aligned, with its
    # text: setting a cell's format through python-docx costs about a millisecond, which a
    # report of a few thousand cells cannot pay.
    models = []
    for cell in model.cells:
        _write_cell(cell, "0", WD_ALIGN_PARAGRAPH.LEFT)
        left = deepcopy(cell._tc)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        models.append((left, deepcopy(cell._tc)))
    row_model = model._tr
    row_model.getparent().remove(row_model)
    for tc in row_model.tc_lst:
        row_model.remove(tc)
    for row, texts in zip(table.rows, cells):
        tr = deepcopy(row_model)
        for (left, right), value, text in zip(models, row, texts):
            # A number, one printed "≈ 1.800" (worked back from a stated change) or a year's "—" (no
            # figure) is aligned right, in the column of numbers.
            is_number = value is not None and (not isinstance(value, str) or value.startswith(APPROXIMATE_MARK)
                                               or value == NO_FIGURE)
            tc = deepcopy(right if is_number else left)
            tc.p_lst[0].r_lst[0].text = without_control_characters(text)
            tr.append(tc)
        grid._tbl.append(tr)


def _column_widths(labels: list[str], cells: list[list[str]]) -> list[float]:
    """Text width shared out by what each column must hold. When every column can have its
    cells on one line, in proportion to that; else each column first gets its longest word
    (of its heading and cells), and the rest of the width goes where one line needs most."""
    def longest_word(texts) -> int:
        return max((len(word) for text in texts for word in text.split()), default=0)

    def wanted(column: int) -> int:
        label = labels[column]
        longest_cell = max((len(row[column]) for row in cells), default=0)
        heading_lines = -(-len(label) // MAX_HEADING_LINES)
        needed = max(longest_word([label]), longest_cell, heading_lines) + COLUMN_PADDING
        return min(MAX_COLUMN_WEIGHT, max(MIN_COLUMN_WEIGHT, needed))

    def least(column: int) -> int:
        words = longest_word([labels[column], *(row[column] for row in cells)]) + COLUMN_PADDING
        return min(wanted(column), max(MIN_COLUMN_WEIGHT, words))

    weights = [wanted(column) for column in range(len(labels))]
    if sum(weights) * CHAR_WIDTH_CM <= TEXT_WIDTH_CM:
        return [TEXT_WIDTH_CM * w / sum(weights) for w in weights]
    minimum = [least(column) for column in range(len(labels))]
    if sum(minimum) * CHAR_WIDTH_CM >= TEXT_WIDTH_CM:
        return [TEXT_WIDTH_CM * w / sum(minimum) for w in minimum]
    rest = TEXT_WIDTH_CM - sum(minimum) * CHAR_WIDTH_CM
    extra = [w - m for w, m in zip(weights, minimum)]
    return [m * CHAR_WIDTH_CM + rest * e / sum(extra) for m, e in zip(minimum, extra)]


def _write_cell(cell: _Cell, text: str, align, bold: bool = False) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(2)
    _write(paragraph, text, SIZE_TABLE, bold=bold)


# Closing: recipients and signer side by side


def _add_closing(document: DocxDocument, doc: ReportDocument) -> None:
    if document.paragraphs:  # the closing sentence goes over the page with the signature
        document.paragraphs[-1].paragraph_format.keep_with_next = True
    table = _layout_table(document, rows=1, widths=CLOSING_COLUMNS_CM)
    _ooxml.keep_row_on_one_page(table.rows[0])  # the signature never leaves its title
    recipients, signer = table.rows[0].cells

    label = recipients.paragraphs[0]
    label.alignment = WD_ALIGN_PARAGRAPH.LEFT
    label.paragraph_format.space_before = Pt(12)
    _write(label, "Nơi nhận:", SIZE_RECIPIENTS_LABEL, bold=True, italic=True)
    for line in doc.recipient_lines():
        item = recipients.add_paragraph()
        item.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _write(item, line, SIZE_RECIPIENTS)

    titles = [title for title in (doc.signer_authority, doc.signer_title) if title]
    for index, title in enumerate(titles):
        paragraph = signer.paragraphs[0] if index == 0 else signer.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(12 if index == 0 else 0)
        _write(paragraph, title.upper(), SIZE_SIGNER, bold=True)
    name = signer.add_paragraph()
    name.paragraph_format.space_before = Pt(SIGNATURE_SPACE_PT)
    _write(name, doc.signer_name, SIZE_SIGNER, bold=True)
    for paragraph in signer.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


# Shared helpers


def _layout_table(document: DocxDocument, rows: int, widths: tuple[float, float]):
    table = document.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _ooxml.set_table_borders(table, "nil")
    _ooxml.set_cell_margins(table, LAYOUT_CELL_MARGIN_CM)
    _ooxml.set_column_widths(table, list(widths))
    return table


def _body_paragraph(document: DocxDocument, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = True,
                    keep_with_next: bool = False) -> DocxParagraph:
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    paragraph.alignment = align
    fmt.first_line_indent = Cm(FIRST_LINE_INDENT_CM) if indent else None
    fmt.space_before = Pt(PARAGRAPH_SPACING_PT)
    fmt.line_spacing = LINE_SPACING
    fmt.keep_with_next = keep_with_next
    return paragraph


def _write(paragraph: DocxParagraph, text: str, size: float, bold: bool = False,
           italic: bool = False) -> None:
    run = paragraph.add_run(without_control_characters(text))
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic


def _text_width_cm(text: str, size_pt: float, em_per_char: float) -> float:
    return len(text) * em_per_char * size_pt / 72 * 2.54
