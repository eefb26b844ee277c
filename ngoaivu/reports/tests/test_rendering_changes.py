"""What the Django side needed from the renderer: wide tables, a ministry's letterhead, shared helpers."""
import io
from dataclasses import replace
from decimal import Decimal

import docx
import pytest

from ngoaivu.reports.rendering import docx_nd30
from ngoaivu.reports.rendering.docx_nd30 import render_docx
from ngoaivu.reports.rendering.model import Table
from ngoaivu.reports.rendering.sample import sample_report


def test_a_wide_table_keeps_its_short_columns_on_one_line():
    labels = ["TT", "Tên dự án", "Nhà đầu tư (quốc gia, vùng lãnh thổ)", "Ngày cấp", "Vốn đăng ký (triệu USD)"]
    cells = [["1", "Nhà máy sản xuất sợi và vải kỹ thuật Vũng Áng", "Công ty TNHH Sợi Phương Đông (Đài Loan)",
              "16/05/2023", "44,7"]]
    widths = docx_nd30._column_widths(labels, cells)
    assert sum(widths) == pytest.approx(docx_nd30.TEXT_WIDTH_CM)
    assert widths[3] >= len("16/05/2023") * docx_nd30.CHAR_WIDTH_CM
    assert widths[0] >= 4 * docx_nd30.CHAR_WIDTH_CM
    assert widths[1] > widths[3] and widths[2] > widths[3]


def test_a_narrow_table_shares_the_width_in_proportion():
    widths = docx_nd30._column_widths(["TT", "Quốc gia", "Số đoàn"], [["1", "Lào", "1"]])
    assert sum(widths) == pytest.approx(docx_nd30.TEXT_WIDTH_CM) and widths[1] > widths[0]


def test_a_body_without_a_governing_body_heads_the_letterhead():
    document = docx.Document(io.BytesIO(render_docx(replace(sample_report(), issuer_parent="",
                                                            issuer="BỘ NGOẠI GIAO"))))
    issuer_cell = document.tables[0].rows[0].cells[0]
    assert issuer_cell.paragraphs[0].text == "BỘ NGOẠI GIAO" and issuer_cell.paragraphs[0].runs[0].bold


def test_cell_text_and_recipient_lines():
    table = Table("Bảng", ["Chỉ tiêu", "Giá trị"], [["A", Decimal("1804.5")], ["B", Decimal("2400")], ["C", None]])
    assert [table.cell_text(1, row[1]) for row in table.rows] == ["1.804,5", "2.400,0", ""]
    report = replace(sample_report(), recipients=["- Bộ Ngoại giao;", "UBND tỉnh"], archive="VT, NV")
    assert report.recipient_lines() == ["- Bộ Ngoại giao;", "- UBND tỉnh;", "- Lưu: VT, NV."]
