"""A table's header abbreviated ("KH 2027", "TH 2026", "ƯTH 2026"): the plan's column holds targets, the
others results (goal_tables); tables made up for these tests."""
from ngoaivu.ingest.pipeline.extract import extract_text

_TABLE = """Các chỉ tiêu kinh tế đối ngoại tỉnh Điện Biên

STT | Chỉ tiêu | Đơn vị tính | {done} | {plan}
1 | Kim ngạch xuất khẩu | triệu USD | 40 | 55
2 | Vốn FDI đăng ký | triệu USD | 8 | 12
"""


def _facts(done, plan):
    text = _TABLE.format(done=done, plan=plan)
    return sorted((f["kind"], f["indicator"], f["value"], f["period"]["start"][:4], f["qualifier"]) for f in extract_text(text)["facts"])


def test_kh_is_the_plan_and_th_what_was_done():
    assert _facts("TH năm 2026", "KH năm 2027") == [
        ("observation", "export_value", 40000000, "2026", None), ("observation", "fdi_registered_capital", 8000000, "2026", None),
        ("target", "export_value", 55000000, "2027", None), ("target", "fdi_registered_capital", 12000000, "2027", None)]


def test_uth_is_an_estimate_of_what_was_done():
    facts = _facts("ƯTH 2026", "KH 2027")
    assert ("observation", "export_value", 40000000, "2026", "estimate") in facts
    assert ("target", "fdi_registered_capital", 12000000, "2027", None) in facts
