"""A month's trade then its running total in a clause of its own; a delegation's visits are no workers sent abroad
(made-up texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _observations(text):
    return {(f["indicator"], f["value"]) for f in extract_text(text)["facts"] if f["kind"] == "observation"}


def test_a_running_total_in_a_clause_of_its_own_keeps_the_measure_just_given():
    text = ("Tháng 5/2025, kim ngạch xuất khẩu của tỉnh ước đạt 52,4 triệu USD, tăng 8% so với cùng kỳ; "
            "lũy kế ước đạt 240,1 triệu USD, tăng 11% so với cùng kỳ.")
    assert _observations(text) == {("export_value", 52_400_000), ("export_value", 240_100_000)}
    text = ("Tháng 5/2025, tổng kim ngạch xuất nhập khẩu qua cửa khẩu ước đạt 61 triệu USD. "
            "Lũy kế 5 tháng ước đạt 280 triệu USD, tăng 9% so với cùng kỳ.")
    assert _observations(text) == {("trade_value", 61_000_000), ("trade_value", 280_000_000)}


def test_visits_of_a_delegation_are_no_workers_abroad():
    text = "Năm 2024, tỉnh tổ chức 35 đoàn với 210 lượt người sang thăm và làm việc tại Hàn Quốc."
    assert ("workers_abroad", 210) not in _observations(text)
    assert ("workers_abroad", 210) in _observations("Năm 2024, tỉnh đưa 210 người sang làm việc tại Hàn Quốc.")
