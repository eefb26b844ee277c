"""The tables of a report as an XLSX annex (phụ lục số liệu), for people who reuse the figures.

Sheet "Thông tin" names the document; then one sheet per table: a header row of labels,
a second row of machine-readable column codes, frozen, numbers stored as numbers.
"""
from __future__ import annotations

import io
from datetime import datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ngoaivu.core.vnformat import format_period
from ngoaivu.reports.rendering.model import ReportDocument, Table

INFORMATION_SHEET = "Thông tin"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
CODE_FONT = Font(italic=True, color="808080", size=9)
MIN_WIDTH, MAX_WIDTH = 10, 50  # in characters
DATE_FORMAT = "dd/mm/yyyy"


def render_xlsx(doc: ReportDocument) -> bytes:
    workbook = Workbook()
    _write_information(workbook.active, doc)
    for number, table in enumerate(doc.tables(), start=1):
        _write_table(workbook.create_sheet(_sheet_name(number)), table)
    workbook.properties.creator = doc.issuer
    workbook.properties.title = doc.title
    workbook.properties.created = datetime.combine(doc.date, time())
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(number: int) -> str:
    return f"Bảng {number}"


def _write_information(sheet: Worksheet, doc: ReportDocument) -> None:
    sheet.title = INFORMATION_SHEET
    period = ""
    if doc.period_start and doc.period_end:
        period = format_period(doc.period_start, doc.period_end)
    facts = [
        ("Cơ quan chủ quản", doc.issuer_parent),
        ("Cơ quan ban hành", doc.issuer),
        ("Số, ký hiệu", doc.reference()),
        ("Ngày ban hành", doc.date),
        ("Loại văn bản", doc.doc_kind),
        ("Trích yếu", doc.title),
        ("Kỳ báo cáo", period),
    ]
    for fact in facts:
        sheet.append(fact)
    sheet.append([])
    sheet.append(("Bảng", "Nội dung"))
    sheet.cell(row=sheet.max_row, column=2).font = HEADER_FONT
    for number, table in enumerate(doc.tables(), start=1):
        sheet.append((_sheet_name(number), _table_description(table)))
    for label, value in sheet.iter_rows():
        label.font = HEADER_FONT
        value.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if value.is_date:
            value.number_format = DATE_FORMAT
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 90


def _table_description(table: Table) -> str:
    return f"{table.caption} (đơn vị tính: {table.unit})" if table.unit else table.caption


def _write_table(sheet: Worksheet, table: Table) -> None:
    sheet.append(table.columns)
    for cell in sheet[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    header_rows = 1
    if table.column_codes:
        sheet.append(table.column_codes)
        for cell in sheet[2]:
            cell.font = CODE_FONT
        header_rows = 2
    for values in table.rows:
        sheet.append(values)
        for column, (cell, value) in enumerate(zip(sheet[sheet.max_row], values)):
            if value is not None and not isinstance(value, str):
                cell.number_format = _number_format(table.decimals(column, value))
    # Labels in the first column and the header rows stay in view while scrolling.
    sheet.freeze_panes = sheet.cell(row=header_rows + 1, column=2)
    for index in range(len(table.columns)):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(table, index)


def _number_format(decimals: int) -> str:
    """"#,##0", "#,##0.0", "#,##0.00": Excel shows them with the reader's separators."""
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _width(table: Table, index: int) -> int:
    texts = [table.columns[index]] + [str(row[index] or "") for row in table.rows]
    return min(MAX_WIDTH, max(MIN_WIDTH, max(len(text) for text in texts) + 2))
