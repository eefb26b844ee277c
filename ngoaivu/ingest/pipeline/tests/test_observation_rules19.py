"""Periods and observations on wordings found in the obs19 round, each rule on made-up sentences
(none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.periods import build_timeline, find_periods


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def test_a_text_naming_only_the_year_it_compares_with_speaks_of_the_year_after():
    folded = fold_case("Trong 8 tháng, tỉnh thu hút 120 triệu USD vốn FDI, tăng 30% so với cùng kỳ năm 2021.")
    timeline = build_timeline(find_periods(folded), None, folded=folded)
    assert timeline.reporting_year == 2022
    # a year the text names itself still decides
    folded = fold_case("Năm 2019, tỉnh thu hút 50 triệu USD vốn FDI, gấp đôi so với năm 2016.")
    assert build_timeline(find_periods(folded), None, folded=folded).reporting_year == 2019


def test_undated_months_take_the_year_after_the_comparison_base():
    text = "Chỉ trong 10 tháng, tỉnh đã thu hút 450 triệu USD vốn FDI, tăng gấp đôi so với năm 2022."
    (fact,) = [f for f in _facts(text) if f["indicator"] == "fdi_registered_capital"]
    assert fact["period"] == {"start": "2023-01-01", "end": "2023-10-31"}


def test_a_share_of_an_earlier_year_does_not_date_the_figure():
    text = ("Tính đến hết quý II/2024, tổng vốn đầu tư thu hút đạt 5.000 tỷ đồng. "
            "Vốn FDI chỉ đạt 75 triệu USD, bằng 30,5% của năm 2023.")
    (fact,) = [f for f in _facts(text) if f["value"] == 75e6]
    assert fact["period"] == {"start": "2024-01-01", "end": "2024-06-30"}


def test_an_effort_named_as_a_cause_before_a_result_sets_no_goal():
    text = ("Nhờ nỗ lực cải thiện môi trường kinh doanh, tỉnh đã đạt kết quả tốt: "
            "vốn FDI thu hút 8 tháng năm 2022 đạt 300 triệu USD.")
    assert _facts(text, "target") == []
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("fdi_registered_capital", 300e6)]
    # the effort still sets a goal when no result's words follow it
    goal = "Năm 2023, tỉnh quyết tâm thu hút 500 triệu USD vốn FDI."
    assert [(f["indicator"], f["value"]) for f in _facts(goal, "target")] == [("fdi_registered_capital", 500e6)]


def test_new_times_are_not_new_capital():
    text = "Thích ứng với giai đoạn mới, trong 6 tháng năm 2022 tỉnh thu hút 90 triệu USD vốn FDI."
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("fdi_registered_capital", 90e6)]
    text = "Trong 6 tháng năm 2022, tỉnh thu hút mới 90 triệu USD vốn FDI."
    assert [f["indicator"] for f in _facts(text)] == ["fdi_new_capital"]


def test_a_country_ranked_at_a_date_holds_a_stock():
    text = ("Tỉnh Gia Lai đẩy mạnh thu hút đầu tư. Tính đến tháng 6/2021, Hàn Quốc dẫn đầu về vốn đăng ký "
            "đầu tư tại Gia Lai với 45 dự án, tổng vốn đăng ký hơn 300 triệu USD.")
    facts = {(f["indicator"], f["value"], f["counterpart"]) for f in _facts(text)}
    assert facts == {("fdi_active_projects", 45, "Hàn Quốc"), ("fdi_total_capital", 300e6, "Hàn Quốc")}
    assert {f["period"]["as_of"] for f in _facts(text)} == {"2021-06-30"}


def test_the_one_grant_a_text_reports_is_no_figure_of_the_province():
    text = ("Tổ chức X trao học bổng cho học sinh tỉnh Kon Tum năm 2023. "
            "Khoản viện trợ trị giá 250 triệu đồng, thực hiện từ tháng 9/2023 đến tháng 3/2024.")
    assert _facts(text) == []
    # the grants of a year together still are
    text = "Năm 2023, tỉnh Kon Tum tiếp nhận các khoản viện trợ trị giá 25 tỷ đồng từ các tổ chức phi chính phủ nước ngoài."
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("ngo_committed", 25e9)]


def test_a_fronted_amount_takes_the_measure_named_after_its_subject():
    text = ("Xuất khẩu của các địa phương tháng 5/2025. Với gần 3,5 tỷ USD, Thái Nguyên trở thành địa phương "
            "có kim ngạch xuất khẩu cao nhất miền Bắc trong tháng 5/2025.")
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("export_value", 3.5e9)]


def test_an_undated_text_speaks_at_the_meeting_it_reports():
    folded = fold_case("Tại buổi làm việc giữa tháng 5/2022, lãnh đạo tỉnh cho biết năm 2021 tỉnh tăng trưởng 7%, "
                       "xuất khẩu năm 2021 đạt 2 tỷ USD. Đến nay, tỉnh có 300 dự án FDI.")
    timeline = build_timeline(find_periods(folded), None, folded=folded)
    assert (timeline.reporting_year, timeline.reference_date.isoformat()) == (2022, "2022-05-15")
    text = ("Tỉnh Kon Tum. Tại buổi làm việc đầu tháng 5/2022, lãnh đạo tỉnh cho biết xuất khẩu năm 2021 đạt 2 tỷ USD, "
            "năm 2021 tăng trưởng 7%. Đến nay, tỉnh đã thu hút tổng cộng 300 triệu USD vốn đầu tư trực tiếp nước ngoài.")
    (stock,) = [f for f in _facts(text) if f["indicator"] == "fdi_total_capital"]
    assert stock["period"] == {"as_of": "2022-05-01"}


def test_a_total_raised_to_a_level_is_the_stock():
    text = ("Năm 2019, tỉnh Hà Nam cấp phép 40 dự án FDI. Nhờ các dự án mới, tổng số dự án đầu tư vào tỉnh đã tăng lên "
            "900 dự án, với tổng vốn đăng ký trên 50 nghìn tỷ đồng và hơn 3 tỷ USD.")
    assert {(f["indicator"], f["value"]) for f in _facts(text)} == {("fdi_new_projects", 40), ("fdi_total_capital", 3e9)}
