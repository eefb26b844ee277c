"""WordprocessingML details python-docx has no API for: borders, fields, widths, defaults.

Elements are inserted before their schema successors, since Word rejects a document
whose property children are out of order (LibreOffice is more forgiving).
"""
from __future__ import annotations

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Row
from docx.text.paragraph import Paragraph

_PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)
_TBL_BORDERS_SUCCESSORS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption")
_TBL_CELL_MAR_SUCCESSORS = ("w:tblLook", "w:tblCaption", "w:tblDescription")
_TBL_W_SUCCESSORS = ("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                     "w:tblLayout", "w:tblCellMar", "w:tblLook")
_BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_TWIPS_PER_CM = 1440 / 2.54


def _twips(cm: float) -> str:
    return str(round(cm * _TWIPS_PER_CM))


def set_document_defaults(document: Document, font: str, size_pt: float, language: str) -> None:
    """One font for every script (ASCII, Vietnamese, East-Asian, complex) and a language.

    Without the eastAsia and cs fonts Word falls back to the theme's font for some
    Vietnamese characters; the template's theme references are removed for the same reason.
    """
    rpr_default = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    rpr = rpr_default.find(qn("w:rPr"))
    for child in list(rpr):
        rpr.remove(child)
    fonts = OxmlElement("w:rFonts")
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), font)
    size = str(round(size_pt * 2))  # half-points
    lang = OxmlElement("w:lang")
    for attribute in ("val", "eastAsia"):
        lang.set(qn(f"w:{attribute}"), language)
    rpr.extend([fonts, _valued("w:sz", size), _valued("w:szCs", size), lang])

    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size_pt)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def add_paragraph_border(paragraph: Paragraph, side: str, width_pt: float = 0.75) -> None:
    """A solid rule along one side of the paragraph, as long as its indented width."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.insert_element_before(borders, *_PBDR_SUCCESSORS)
    borders.append(_border(side, width_pt))


def add_field(paragraph: Paragraph, instruction: str, size_pt: float) -> None:
    """A field such as PAGE, as begin/instruction/separate/end runs that Word and LibreOffice read."""
    parts = [("fldChar", "begin"), ("instrText", f" {instruction} "),
             ("fldChar", "separate"), ("t", "1"), ("fldChar", "end")]
    for tag, value in parts:
        run = paragraph.add_run()
        run.font.size = Pt(size_pt)
        element = OxmlElement(f"w:{tag}")
        if tag == "fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


def set_table_borders(table: Table, style: str, width_pt: float = 0.5) -> None:
    """"single" for a grid, "nil" for the invisible layout tables of the header and signature."""
    tbl_pr = table._tbl.tblPr
    existing = tbl_pr.find(qn("w:tblBorders"))
    if existing is not None:
        tbl_pr.remove(existing)
    borders = OxmlElement("w:tblBorders")
    for side in _BORDER_SIDES:
        borders.append(_border(side, width_pt, style))
    tbl_pr.insert_element_before(borders, *_TBL_BORDERS_SUCCESSORS)


def set_column_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed widths, written both to the grid (LibreOffice) and to every cell (Word)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)
    total = OxmlElement("w:tblW")
    total.set(qn("w:w"), _twips(sum(widths_cm)))
    total.set(qn("w:type"), "dxa")
    tbl_pr = table._tbl.tblPr
    existing = tbl_pr.find(qn("w:tblW"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.insert_element_before(total, *_TBL_W_SUCCESSORS)


def set_cell_margins(table: Table, left_right_cm: float) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), _twips(left_right_cm))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, *_TBL_CELL_MAR_SUCCESSORS)


def repeat_as_header_row(row: _Row) -> None:
    """The row is repeated at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(_valued("w:tblHeader", "true"))


def keep_row_on_one_page(row: _Row) -> None:
    row._tr.get_or_add_trPr().insert(0, _valued("w:cantSplit", "true"))  # first child of trPr


def _border(side: str, width_pt: float, style: str = "single") -> OxmlElement:
    border = OxmlElement(f"w:{side}")
    border.set(qn("w:val"), style)
    border.set(qn("w:sz"), str(round(width_pt * 8)))  # eighths of a point
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), "000000")
    return border


def _valued(tag: str, value: str) -> OxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element
