"""A document dated by day and month only takes its year from the text (made-up texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _documents(text, **kwargs):
    return {(f["number"], f["date"]) for f in extract_text(text, **kwargs)["facts"] if f["kind"] == "legal_document"}


def test_the_year_of_the_text_s_date():
    text = "Hà Giang, 12/03/2027 – Ngày 10/3, UBND tỉnh Hà Giang ban hành Quyết định số 512/QĐ-UBND về chỉ tiêu năm 2027."
    assert _documents(text) == {("512/QĐ-UBND", "2027-03-10")}


def test_a_day_still_to_come_at_the_text_s_date_is_of_the_year_before():
    text = "Hà Giang, 05/01/2027 – Ngày 28-12, UBND tỉnh Hà Giang đã ký Quyết định số 3120/QĐ-UBND."
    assert _documents(text) == {("3120/QĐ-UBND", "2026-12-28")}


def test_the_year_the_text_reports_on_when_it_has_no_date():
    text = ("Trong 9 tháng năm 2026, tỉnh Yên Bái thu hút 5 dự án FDI. "
            "Ngày 3-8, Thủ tướng Chính phủ đã ký Quyết định số 915/QĐ-TTg phê duyệt quy hoạch tỉnh.")
    assert _documents(text) == {("915/QĐ-TTg", "2026-08-03")}


def test_no_year_anywhere_leaves_the_date_unknown():
    assert _documents("Ngày 3-8, Thủ tướng Chính phủ đã ký Quyết định số 915/QĐ-TTg.") == {("915/QĐ-TTg", None)}
