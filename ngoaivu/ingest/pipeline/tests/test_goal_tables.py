"""Targets and results in a table's rows, as Word tables reach the pipeline (made-up tables)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text):
    return {(f["kind"], f["indicator"], f.get("value"), f["period"]["start"][:4], f.get("qualifier"))
            for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")}


def test_a_plan_column_holds_targets_and_a_done_column_results():
    text = ("Chỉ tiêu | Ước thực hiện năm 2026 | Kế hoạch năm 2027\n"
            "Kim ngạch xuất khẩu (triệu USD) | 640 | 700\n"
            "Đưa người lao động đi làm việc ở nước ngoài (người) | 2.100 | trên 2.300\n")
    assert _facts(text) == {
        ("observation", "export_value", 640e6, "2026", "estimate"), ("target", "export_value", 700e6, "2027", None),
        ("observation", "workers_abroad", 2100, "2026", "estimate"), ("target", "workers_abroad", 2300, "2027", "at_least"),
    }


def test_the_unit_in_its_own_column_and_a_period_of_years():
    text = ("Chỉ tiêu | Đơn vị tính | Mục tiêu giai đoạn 2026-2030\n"
            "Thu hút vốn FDI đăng ký | Triệu USD | 1.500\n"
            "Tốc độ tăng xuất khẩu bình quân | % | 9\n")
    targets = {(f["indicator"], f["value"], f["period"]["start"], f["period"]["end"])
               for f in extract_text(text)["facts"] if f["kind"] == "target"}
    assert targets == {("fdi_registered_capital", 1.5e9, "2026-01-01", "2030-12-31"),
                       ("export_growth", 9, "2026-01-01", "2030-12-31")}


def test_rows_of_no_tracked_measure_and_tables_without_such_a_header_give_nothing():
    text = ("Chỉ tiêu | Kế hoạch năm 2027\nTổng thu ngân sách (tỷ đồng) | 5.500\n\n"
            "Huyện | Số lao động\nBảo Lâm | 120\nHà Quảng | 90\n")
    assert _facts(text) == set()


def test_a_numbered_row_reads_its_label_after_the_number():
    text = "STT | Chỉ tiêu | Đơn vị | Kế hoạch năm 2027\n1 | Kim ngạch xuất khẩu | Triệu USD | 430\n"
    assert _facts(text) == {("target", "export_value", 430e6, "2027", None)}
