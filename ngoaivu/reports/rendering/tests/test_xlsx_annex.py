import io
from dataclasses import replace
from datetime import datetime

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


def test_table_sheet_caption_unit_vietnamese_header_and_frozen_panes(workbook):
    sheet = workbook["Bảng 1"]
    assert sheet["A1"].value == "Bảng 1. Kim ngạch xuất khẩu, nhập khẩu năm 2023" and sheet["A1"].font.bold
    assert sheet["A2"].value == "Đơn vị tính: triệu USD"
    labels = [cell.value for cell in sheet[3]]
    assert labels == ["Chỉ tiêu", "Năm 2022", "Năm 2023", "So với năm 2022 (%)", "So với kế hoạch (%)"]
    assert all(cell.font.bold for cell in sheet[3])
    # No machine-readable keys anywhere: the annex is for people.
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not [text for text in texts if "_" in text]
    assert sheet.freeze_panes == "B4"
    assert sheet.column_dimensions["A"].width > sheet.column_dimensions["B"].width >= 10


def test_every_table_prints_on_a4_landscape_fit_to_width_with_its_header_repeated(workbook):
    for name in workbook.sheetnames[1:]:
        sheet = workbook[name]
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$3:$3"


def test_numbers_stay_numbers_with_formats(workbook):
    sheet = workbook["Bảng 1"]
    exports = sheet[4]
    assert exports[0].value == "Kim ngạch xuất khẩu (ước)"
    assert exports[1].value == pytest.approx(1804.5) and exports[1].number_format == "#,##0.0"
    assert exports[2].number_format == "#,##0"
    assert sheet["E5"].value is None

    aid = workbook["Bảng 2"]
    assert aid["A2"].value is None  # a table of several units has no unit line
    values = [row[3] for row in aid.iter_rows(min_row=4)]
    assert [cell.value for cell in values] == [2, pytest.approx(69.7), 8, 7, 1]
    assert [cell.number_format for cell in values] == ["#,##0", "#,##0.0", "#,##0", "#,##0", "#,##0.0"]


def test_printed_dates_are_stored_as_dates(report):
    table = Table("Bảng", ["TT", "Tên đoàn", "Ngày đi", "Ghi chú"],
                  [[1, "Đoàn công tác tại Lào", "05/03/2023", "31/02/2023"]])
    plain = replace(report, sections=[Section("Số liệu", [table])])
    row = openpyxl.load_workbook(io.BytesIO(render_xlsx(plain)))["Bảng 1"][4]
    assert row[2].value == datetime(2023, 3, 5) and row[2].number_format == "dd/mm/yyyy"
    assert row[3].value == "31/02/2023"  # not a date: kept as written
