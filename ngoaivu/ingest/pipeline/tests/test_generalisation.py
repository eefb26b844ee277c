"""Generalisation fixes, each checked on new sentences (not from the seed texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.normalize import normalize


def _observations(text):
    return [f for f in extract_text(text)["facts"] if f["kind"] == "observation"]


def _one(text, indicator):
    found = [f for f in _observations(text) if f["indicator"] == indicator]
    assert len(found) == 1, found
    return found[0]


def test_running_total_over_a_span_is_a_flow():
    fact = _one("Lũy kế 6 tháng năm 2023, tỉnh thu hút được 420 triệu USD vốn FDI, đạt 80% kế hoạch năm.", "fdi_registered_capital")
    assert fact["period"] == {"start": "2023-01-01", "end": "2023-06-30"}
    assert not [f for f in _observations("Lũy kế 6 tháng năm 2023, tỉnh thu hút được 420 triệu USD vốn FDI.") if f["indicator"] == "fdi_total_capital"]


def test_running_total_at_a_date_stays_a_stock():
    fact = _one("Lũy kế đến 30/6/2023, tỉnh có 40 dự án FDI với tổng vốn đăng ký 700 triệu USD.", "fdi_total_capital")
    assert fact["period"] == {"as_of": "2023-06-30"}


def test_times_same_period_with_year_keeps_the_plan_share():
    fact = _one(
        "Năm 2023, tỉnh thu hút được 300 triệu USD vốn FDI, gấp 2 lần so với cùng kỳ năm 2022, đạt 110% kế hoạch năm.",
        "fdi_registered_capital",
    )
    assert fact["change_pct"] == 100 and fact["plan_pct"] == 110


def test_ratio_same_period_with_year_keeps_the_plan_share():
    fact = _one(
        "Năm 2023, kim ngạch nhập khẩu đạt 90 triệu USD, bằng 90% so với cùng kỳ năm 2022 và đạt 75% kế hoạch.",
        "import_value",
    )
    assert fact["change_pct"] == -10 and fact["plan_pct"] == 75


def test_localities_counted_with_their_countries():
    fact = _one(
        "Năm 2022, tỉnh có quan hệ hợp tác với 18 địa phương thuộc 9 quốc gia trên thế giới.", "partner_localities"
    )
    assert fact["value"] == 18


def test_raised_total_is_a_stock_at_the_period_end():
    fact = _one(
        "Năm 2022, tỉnh ký thêm 3 thỏa thuận với các địa phương nước ngoài, nâng tổng số địa phương "
        "nước ngoài có quan hệ hợp tác với tỉnh lên 18 địa phương thuộc 9 quốc gia.",
        "partner_localities",
    )
    assert fact["period"] == {"as_of": "2022-12-31"}


def test_clause_of_another_period_repeats_the_indicator():
    facts = [
        f
        for f in _observations(
            "Kim ngạch nhập khẩu tháng 3/2023 đạt 40 triệu USD, tăng 5% so với cùng kỳ; quý I đạt 115 triệu USD, đạt 22% kế hoạch năm."
        )
        if f["indicator"] == "import_value"
    ]
    assert sorted(f["value"] for f in facts) == [40_000_000, 115_000_000]
    assert next(f for f in facts if f["value"] == 115_000_000)["plan_pct"] == 22


def test_aid_measure_takes_the_paragraph_topic():
    fact = _one(
        "Năm 2022, tỉnh tiếp nhận 30 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 5 triệu USD. "
        "Giá trị giải ngân đạt 4,1 triệu USD.",
        "ngo_disbursed",
    )
    assert fact["value"] == 4_100_000


def test_reader_comments_are_dropped():
    text = (
        "Bắc Kạn thu hút đầu tư nước ngoài\n"
        "Cập nhật: 03/05/2023 08:00\n"
        "Quý I/2023, tỉnh cấp mới 2 dự án FDI với tổng vốn đăng ký 12 triệu USD.\n"
        "Ý kiến bạn đọc (1)\n"
        "Lê Minh - 03/05/2023 10:12\n"
        "Mong tỉnh thu hút thêm khoảng 30 dự án FDI mỗi năm.\n"
        "Trả lời | Thích\n"
    )
    assert [f["value"] for f in _observations(text) if f["indicator"] == "fdi_new_projects"] == [2]
    assert "Lê Minh" not in normalize(text).text


def test_byline_without_comment_heading_is_kept():
    text = "Lê Minh - 03/05/2023 10:12\nQuý I/2023, tỉnh cấp mới 2 dự án FDI.\n"
    assert "cấp mới 2 dự án" in normalize(text).text
