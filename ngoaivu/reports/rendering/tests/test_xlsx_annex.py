import io
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from ngoaivu.reports.rendering.model import Section, Table
from ngoaivu.reports.rendering.xlsx_annex import render_xlsx


@pytest.fixture(scope="module")
def workbook(report):
    return openpyxl.load_workbook(io.BytesIO(render_xlsx(report)))


def test_one_sheet_per_table_after_the_information(workbook):
    assert workbook.sheetnames == ["Thông tin", "Bảng 1", "Bảng 2"]


def test_information_sheet(workbook):
    facts = {row[0]: row[1] for row in workbook["Thông tin"].iter_rows(values_only=True) if row[0]}
    assert facts["Cơ quan chủ quản"] == "UBND TỈNH HÀ TĨNH"
    assert facts["Cơ quan ban hành"] == "SỞ NGOẠI VỤ"
    assert facts["Số, ký hiệu"] == "125/BC-SNgV"
    assert facts["Ngày ban hành"] == datetime(2023, 12, 15)
    assert facts["Trích yếu"].startswith("Kết quả công tác đối ngoại năm 2023")
    assert facts["Kỳ báo cáo"] == "năm 2023"
    assert facts["Bảng 1"] == "Bảng 1. Kim ngạch xuất khẩu, nhập khẩu năm 2023 (đơn vị tính: triệu USD)"
    date_cell = next(c for c in workbook["Thông tin"]["B"] if c.is_date)
    assert date_cell.number_format == "dd/mm/yyyy"


def test_table_sheet_headers_codes_and_frozen_panes(workbook):
    sheet = workbook["Bảng 1"]
    labels = [cell.value for cell in sheet[1]]
    assert labels == ["Chỉ tiêu", "Năm 2022", "Năm 2023", "So với năm 2022 (%)", "So với kế hoạch (%)"]
    assert all(cell.font.bold for cell in sheet[1])
    assert [cell.value for cell in sheet[2]] == [
        "indicator", "value_2022", "value_2023", "change_pct", "plan_pct"
    ]
    assert sheet.freeze_panes == "B3"
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["B"].width >= 10


def test_numbers_stay_numbers_with_formats(workbook):
    sheet = workbook["Bảng 1"]
    exports = sheet[3]
    assert exports[0].value == "Kim ngạch xuất khẩu (ước)"
    assert exports[1].value == pytest.approx(1804.5) and exports[1].number_format == "#,##0.0"
    assert exports[2].number_format == "#,##0"
    assert sheet["E4"].value is None

    aid = workbook["Bảng 2"]
    values = [row[3] for row in aid.iter_rows(min_row=3)]
    assert [cell.value for cell in values] == [2, pytest.approx(69.7), 8, 7, 1]
    assert [cell.number_format for cell in values] == ["#,##0", "#,##0.0", "#,##0", "#,##0", "#,##0.0"]


def test_a_table_without_codes_has_one_header_row(report):
    table = Table("Bảng", ["Chỉ tiêu", "Giá trị"], [["Xuất khẩu", Decimal("2.4")]])
    plain = replace(report, sections=[Section("Số liệu", [table])])
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(plain)))["Bảng 1"]
    assert sheet.freeze_panes == "B2"
    assert sheet["B2"].value == pytest.approx(2.4)
