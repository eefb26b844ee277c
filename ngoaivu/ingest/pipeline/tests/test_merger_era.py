"""Which side of the 2025 mergers names an undated text's province (geography.naming_day).

Sentences are made up; the places are chosen only because one was merged into another on 1 July 2025."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.geography import naming_day

_PLAN = (
    "Hòa Bình đặt mục tiêu thu hút vốn ngoại\n"
    "UBND tỉnh Hòa Bình đặt mục tiêu đến năm 2030 thu hút thêm 40 dự án có vốn nước ngoài. "
    "Năm 2030, tỉnh phấn đấu nằm trong nhóm khá của cả nước."
)


def test_an_undated_text_about_later_years_keeps_the_province_it_names():
    assert extract_text(_PLAN)["province"] == "Hòa Bình"


def test_an_undated_text_that_speaks_of_the_merger_as_done_names_the_successor():
    text = _PLAN.replace("Năm 2030, tỉnh", "Sau sáp nhập, năm 2030 tỉnh")
    assert extract_text(text)["province"] == "Phú Thọ"


def test_a_dated_text_names_the_unit_of_its_date():
    assert extract_text("Ngày đăng: 12/3/2026\n" + _PLAN)["province"] == "Phú Thọ"
    assert extract_text("Ngày đăng: 12/3/2024\n" + _PLAN)["province"] == "Hòa Bình"


def test_naming_day():
    assert naming_day("…", date(2026, 3, 12), 2030) == date(2026, 3, 12)
    assert naming_day("kết quả năm 2023", None, 2023) == date(2023, 6, 30)
    assert naming_day("mục tiêu năm 2030", None, 2030) is None
    assert naming_day("tỉnh phú thọ (mới) năm 2026", None, 2026) == date(2026, 6, 30)
    assert naming_day("trước khi hợp nhất, năm 2025", None, 2025) == date(2025, 7, 1)
    assert naming_day("sau sáp nhập", None, None) is None
