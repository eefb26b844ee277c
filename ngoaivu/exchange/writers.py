"""Sheets of records: XLSX (real numbers and dates, frozen header, print set-up) and CSV (UTF-8 with BOM)."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ngoaivu.core.validators import without_control_characters
from ngoaivu.exchange.cells import cell_value, csv_text
from ngoaivu.exchange.columns import BOOLEAN, CHOICE, DATE, DECIMAL, INTEGER, LINK, LINKS, Column
from ngoaivu.exchange.sheetxml import sheet_rows

CSV_TYPE = "text/csv; charset=utf-8"
DATA_SHEET = "Dữ liệu"
ALLOWED_SHEET = "Giá trị hợp lệ"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
_EXAMPLE_FONT = Font(italic=True, color="666666")
_NUMBER_FORMATS = {DATE: "DD/MM/YYYY", INTEGER: "#,##0", DECIMAL: "#,##0.##"}


def record_rows(columns: list[Column], records: Iterable) -> Iterator[list]:
    for record in records:
        yield [cell_value(column, record) for column in columns]


def _column_width(column: Column) -> int:
    return max(12, min(50, len(column.header) + 2))


def _data_sheet(workbook: Workbook, columns: list[Column], title: str):
    sheet = workbook.create_sheet(DATA_SHEET)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title:
        sheet.oddHeader.center.text = title
    sheet.oddFooter.center.text = _("Trang &P / &N")
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _column_width(column)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        header.append(cell)
    sheet.append(header)
    return sheet


def _typed_row(sheet, columns: list[Column], values: list, font=None) -> list:
    row = []
    for column, value in zip(columns, values):
        if isinstance(value, str):
            value = without_control_characters(value)
        number_format = _NUMBER_FORMATS.get(column.kind) if column.grouped else "0"
        if (number_format and value is not None and not isinstance(value, str)) or font is not None:
            cell = WriteOnlyCell(sheet, value=value)
            if number_format and not isinstance(value, str):
                cell.number_format = number_format
            if font is not None:
                cell.font = font
            row.append(cell)
        else:
            row.append(value)
    return row


def write_xlsx(columns: list[Column], rows: Iterable[list], *, title: str) -> bytes:
    """openpyxl writes the frame (header row, styles, frozen pane, print set-up); the data
    rows are written as SpreadsheetML text straight into the sheet (`sheet_rows`): openpyxl
    builds a cell object and an XML element per cell, most of an export's time."""
    workbook = Workbook(write_only=True)
    sheet = _data_sheet(workbook, columns, title)
    styles = []
    for column in columns:      # the style of a column's numbers and dates, registered in the workbook
        number_format = _NUMBER_FORMATS.get(column.kind) if column.grouped else "0"
        if number_format:
            cell = WriteOnlyCell(sheet)
            cell.number_format = number_format
            styles.append(cell.style_id)
        else:
            styles.append(0)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return sheet_rows(buffer.getvalue(), sheet.path.lstrip("/"), styles, rows, first_row=2)


def write_csv(columns: list[Column], rows: Iterable[list]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([column.header for column in columns])
    for values in rows:
        writer.writerow([csv_text(column, value) for column, value in zip(columns, values)])
    # The BOM makes Excel read the file as UTF-8 (Vietnamese intact).
    return buffer.getvalue().encode("utf-8-sig")


def _format_hint(column: Column) -> str:
    if not column.importable:
        return _("Chỉ để đọc: ghi qua các bước xử lý hồ sơ, giá trị nhập vào được bỏ qua")
    hints = {
        DATE: _("Ngày, dạng dd/mm/yyyy"),
        INTEGER: _("Số nguyên"),
        DECIMAL: _("Số (phần thập phân sau dấu phẩy: 1.234,5)"),
        BOOLEAN: _("Có hoặc Không"),
        CHOICE: _("Một trong các giá trị ở cột bên phải"),
        LINK: _("Tên %(what)s đã có trong hệ thống") % {"what": column.related_model._meta.verbose_name}
        if column.related_model else "",
        LINKS: _("Tên các %(what)s, cách nhau bằng dấu chấm phẩy") % {
            "what": column.related_model._meta.verbose_name} if column.related_model else "",
    }
    return hints.get(column.kind, _("Văn bản"))


def write_template(columns: list[Column], example: list, *, title: str, natural_key: list[str]) -> bytes:
    """The import template: headers and a row of example values (to be replaced), then a
    second sheet describing each column with its allowed values."""
    workbook = Workbook(write_only=True)
    sheet = _data_sheet(workbook, columns, title)
    sheet.append(_typed_row(sheet, columns, example, font=_EXAMPLE_FONT))
    allowed = workbook.create_sheet(ALLOWED_SHEET)
    allowed.column_dimensions["A"].width = 40
    allowed.column_dimensions["B"].width = 12
    allowed.column_dimensions["C"].width = 45
    allowed.column_dimensions["D"].width = 60
    allowed.append([_("Dòng 2 của trang “%(sheet)s” là ví dụ: hãy thay hoặc xóa trước khi nhập.")
                    % {"sheet": DATA_SHEET}])
    allowed.append([_("Các cột xác định bản ghi (nhập lại cùng giá trị sẽ cập nhật, không tạo trùng): %(key)s")
                    % {"key": ", ".join(natural_key)}])
    allowed.append([])
    allowed.append([WriteOnlyCell(allowed, value=text) for text in
                    (_("Cột"), _("Bắt buộc"), _("Cách ghi"), _("Giá trị hợp lệ"))])
    for column in columns:
        values = [label for _code, label in column.choices] or [""]
        allowed.append([column.header, _("Có") if column.required else "", _format_hint(column), values[0]])
        for value in values[1:]:
            allowed.append(["", "", "", value])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
