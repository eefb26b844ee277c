"""The tables of a report as an XLSX annex (phụ lục số liệu), for people who reuse the figures.

Sheet "Thông tin" names the document; then one sheet per table: its caption, its unit
("Đơn vị tính: triệu USD"), one header row in Vietnamese (frozen, repeated on every printed
page), numbers stored as numbers and dates as dates, printed on A4 landscape, fit to the
page's width.
"""
from __future__ import annotations

import io
import re
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ngoaivu.core.vnformat import format_period
from ngoaivu.reports.rendering.model import ReportDocument, Table

INFORMATION_SHEET = "Thông tin"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
CAPTION_FONT = Font(bold=True, size=12)
UNIT_FONT = Font(italic=True)
MIN_WIDTH, MAX_WIDTH = 10, 50  # in characters
DATE_FORMAT = "dd/mm/yyyy"
# A cell of a report table that is exactly a date as the report prints it ("05/03/2023").
PRINTED_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})")
# Rows above a table's header: its caption and its unit line.
HEADER_ROW = 3


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
    width = len(table.columns)
    sheet.append([table.caption])
    sheet.append([f"Đơn vị tính: {table.unit}" if table.unit else ""])
    sheet["A1"].font, sheet["A2"].font = CAPTION_FONT, UNIT_FONT
    for row in (1, 2):  # the caption and the unit run across the table's width
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet["A2"].alignment = Alignment(horizontal="right")
    sheet.append(table.columns)
    for cell in sheet[HEADER_ROW]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    for values in table.rows:
        sheet.append([_stored(value) for value in values])
        for column, (cell, value) in enumerate(zip(sheet[sheet.max_row], values)):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.is_date:
                cell.number_format = DATE_FORMAT
            elif value is not None and not isinstance(value, str):
                cell.number_format = _number_format(table.decimals(column, value))
    # Labels in the first column and the header stay in view while scrolling.
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=2)
    for index in range(width):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(table, index)
    _set_up_printing(sheet)


def _set_up_printing(sheet: Worksheet) -> None:
    """A4 landscape, as wide as the page and as many pages long as needed, the header on each."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True


def _stored(value):
    """A printed date back to a date, so that the spreadsheet sorts and filters it."""
    if isinstance(value, str) and (match := PRINTED_DATE.fullmatch(value.strip())):
        day, month, year = map(int, match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return value
    return value


def _number_format(decimals: int) -> str:
    """"#,##0", "#,##0.0", "#,##0.00": Excel shows them with the reader's separators."""
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _width(table: Table, index: int) -> int:
    texts = [table.columns[index]] + [str(row[index] or "") for row in table.rows]
    return min(MAX_WIDTH, max(MIN_WIDTH, max(len(text) for text in texts) + 2))
