"""The rise a plan set, written beside a result (indicators._LEVEL_OF_GROWTH, attributes._LEVEL_OF,
goals): the trade's growth target, not a change of the result; sentences made up for these tests."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text):
    return [(f["kind"], f["indicator"], f.get("value"), f.get("change_pct")) for f in extract_text(text)["facts"]]


def test_the_plan_s_rise_in_brackets_is_the_trade_s_growth_target():
    text = "Năm 2029, kim ngạch nhập khẩu của tỉnh Hậu Giang đạt 400 triệu USD, tăng 9% (kế hoạch năm tăng 6%)."
    assert _facts(text) == [("observation", "import_value", 400000000, 9.0), ("target", "import_growth", 6, None)]


def test_the_target_s_rise_after_the_result_is_the_growth_target():
    text = "Năm 2029, kim ngạch xuất khẩu của tỉnh Hậu Giang đạt 1,1 tỷ USD, tăng 14% so với cùng kỳ, chỉ tiêu đề ra là tăng 10%."
    assert _facts(text) == [("observation", "export_value", 1100000000, 14.0), ("target", "export_growth", 10, None)]


def test_a_plain_rise_stays_the_result_s_change():
    text = "Năm 2029, kim ngạch xuất khẩu của tỉnh Hậu Giang đạt 1,1 tỷ USD, tăng 14% so với cùng kỳ."
    assert _facts(text) == [("observation", "export_value", 1100000000, 14.0)]
