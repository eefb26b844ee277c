from dataclasses import replace
from decimal import Decimal

import pytest

from ngoaivu.reports.rendering.model import (
    Heading,
    Paragraph,
    Section,
    Table,
    heading_numbers,
    with_paragraph_overrides,
)


def test_headings_are_numbered_and_letters_restart_under_each_number():
    blocks = [
        Heading("Ngoại giao chính trị"),
        Paragraph("…"),
        Heading("Ngoại giao kinh tế"),
        Heading("Xuất khẩu", level=2),
        Heading("Đầu tư", level=2),
        Heading("Ngoại giao văn hóa"),
        Heading("Di sản", level=2),
    ]
    assert heading_numbers(blocks) == {0: "1.", 2: "2.", 3: "a)", 4: "b)", 5: "3.", 6: "a)"}


def test_sections_numbered_by_position_unless_given(report):
    numbers = [number for number, _ in report.numbered_sections()]
    assert numbers == ["I", "II", "III"]
    renumbered = replace(report, sections=[Section("Kết quả", number="V"), Section("Nhiệm vụ")])
    assert [number for number, _ in renumbered.numbered_sections()] == ["V", "II"]


def test_user_wording_replaces_keyed_paragraphs_only(report):
    edited = with_paragraph_overrides(report, {"limitations": "Còn chậm.", "unknown": "x"})
    limitations = edited.sections[1].blocks[0]
    assert limitations == Paragraph("Còn chậm.", editable_key="limitations")
    assert edited.sections[0] == report.sections[0]
    assert report.sections[1].blocks[0].text != "Còn chậm."  # the original is untouched


def test_table_decimals_keep_counts_whole_and_align_the_rest():
    table = Table("t", ["a", "b"], [["x", 2], ["y", Decimal("69.7")], ["z", 1.25], ["w", None]])
    assert [table.decimals(1, row[1]) for row in table.rows] == [0, 2, 2, 2]
    assert table.decimals(0, "x") == 0


def test_table_rows_must_match_the_columns():
    with pytest.raises(ValueError):
        Table("t", ["a", "b"], [["x"]])
    with pytest.raises(ValueError):
        Table("t", ["a", "b"], [], column_codes=["a"])
