"""Rules found in session 50 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import figures


def test_aid_counted_by_its_items_is_the_aid_newly_committed():
    text = ("Năm 2024, công tác viện trợ phi chính phủ nước ngoài của tỉnh Quảng Bình có nhiều chuyển biến với 34 chương "
            "trình, dự án và khoản viện trợ phi dự án, tổng giá trị 3,1 triệu USD.")
    assert ("ngo_new_commitments", 34) in [f[:2] for f in figures(text, date(2025, 1, 15))]
    text = "So với năm 2023 (27 khoản viện trợ phi chính phủ nước ngoài), số viện trợ năm 2024 của tỉnh Quảng Bình tăng."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_new_commitments", 27)]
    # items carried out, held, or a part of a count already told, are the aid under way
    text = "Năm 2024, tỉnh Quảng Bình đã tiếp nhận và triển khai 31 dự án, khoản viện trợ phi dự án."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_projects", 31)]
    text = "Năm 2024, trên địa bàn tỉnh Quảng Bình có 23 khoản viện trợ phi chính phủ nước ngoài được triển khai."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_projects", 23)]
