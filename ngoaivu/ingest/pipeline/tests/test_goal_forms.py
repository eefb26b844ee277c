"""Goals written as a rise, a quota or a district's share; revenue on trade; a scheme's years (made-up texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _pairs(text, kind):
    return {(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in _facts(text, kind)}


def test_a_goal_naming_only_the_rise_of_exports():
    (target,) = _facts("Năm 2027, Sở Công Thương tỉnh Bắc Kạn đặt mục tiêu kim ngạch xuất khẩu tăng từ 12% trở lên.", "target")
    assert (target["indicator"], target["value"], target["unit"], target["qualifier"]) == ("export_growth", 12, "percent", "at_least")
    assert target["period"] == {"start": "2027-01-01", "end": "2027-12-31"}


def test_a_rise_set_for_exports_and_imports_together_is_a_goal_for_each():
    targets = _pairs("Năm 2027, tỉnh Cao Bằng phấn đấu kim ngạch xuất khẩu và nhập khẩu đều tăng trên 9%.", "target")
    assert targets == {("export_growth", 9), ("import_growth", 9)}


def test_the_local_exports_rise_as_a_range():
    targets = _pairs("Cho năm 2027, tỉnh Hà Giang phấn đấu kim ngạch xuất khẩu hàng địa phương tăng 8 - 9%.", "target")
    assert targets == {("local_export_growth", (8, 9))}


def test_a_rise_in_a_report_without_goal_words_is_no_growth_rate():
    assert not extract_text("Năm 2026, kim ngạch xuất khẩu hàng địa phương tăng 8 - 9% so với cùng kỳ.")["facts"]


def test_a_rise_after_the_trade_amount_is_its_change_not_a_growth_goal():
    (target,) = _facts("Năm 2027, tỉnh Bạc Liêu phấn đấu kim ngạch xuất khẩu đạt 2 tỷ USD, tăng từ 10% trở lên.", "target")
    assert target["indicator"] == "export_value"


def test_revenue_collected_on_trade_is_not_trade():
    text = ("Năm 2027, tỉnh Quảng Ninh phấn đấu thu ngân sách từ hoạt động xuất nhập khẩu đạt 21.000 tỷ đồng, "
            "thu nội địa không thấp hơn 40.000 tỷ đồng, kim ngạch xuất nhập khẩu đạt 3 tỷ USD.")
    assert _pairs(text, "target") == {("trade_value", 3e9)}


def test_a_quota_assigned_for_workers_abroad():
    text = ("Ngày 10/3/2027, UBND tỉnh Hà Nam giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài năm 2027 "
            "cho các huyện, với tổng số 2.400 chỉ tiêu.")
    (target,) = _facts(text, "target")
    assert (target["indicator"], target["value"], target["unit"]) == ("workers_abroad", 2400, "people")


def test_each_district_s_share_is_not_the_province_s():
    text = ("UBND tỉnh Phú Yên giao chỉ tiêu đưa người lao động đi làm việc ở nước ngoài năm 2027 với tổng số 900 chỉ tiêu. "
            "Mức giao như sau:\n- Tuy An, Sơn Hòa: mỗi huyện 120 lao động đi làm việc ở nước ngoài;\n"
            "- Đồng Xuân, Sông Hinh: mỗi địa phương 80 lao động đi làm việc ở nước ngoài.")
    assert _pairs(text, "target") == {("workers_abroad", 900)} and not _facts(text, "observation")


def test_a_district_s_own_goal_is_not_the_province_s():
    text = ("Ban Thường vụ Huyện ủy Mường Tè (tỉnh Lai Châu) ban hành kế hoạch. Mục tiêu đến năm 2030 là đưa 300 lao động "
            "trên địa bàn huyện đi làm việc ở nước ngoài, bình quân mỗi năm khoảng 40 lao động.")
    assert not _facts(text, "target")


def test_the_year_a_goal_is_set_for_beats_the_years_in_the_scheme_s_name():
    (target,) = _facts("Theo đề án phát triển thương mại giai đoạn 2021 – 2025, tỉnh Sơn La phấn đấu đạt kim ngạch "
                       "xuất khẩu 500 triệu USD vào năm 2025.", "target")
    assert target["period"] == {"start": "2025-01-01", "end": "2025-12-31"}


def test_a_scheme_s_years_stay_the_goal_s_period_when_no_year_follows():
    (target,) = _facts("Theo kế hoạch thu hút đầu tư giai đoạn 2026 – 2030, tỉnh Điện Biên phấn đấu thu hút 400 triệu USD "
                       "vốn FDI.", "target")
    assert target["period"] == {"start": "2026-01-01", "end": "2030-12-31"}


def test_the_nation_s_growth_goal_beside_the_province_s_is_not_the_province_s():
    text = ("Năm 2027, tỉnh Ninh Thuận đặt chỉ tiêu kim ngạch xuất khẩu 900 triệu USD. Chính phủ giao tốc độ tăng "
            "tổng kim ngạch xuất khẩu cả nước năm 2027 khoảng 12 - 13%.")
    assert _pairs(text, "target") == {("export_value", 900e6)} and not _facts(text, "observation")


def test_the_province_s_trade_through_the_country_s_gates_is_its_own():
    text = "Năm 2026, kim ngạch xuất khẩu của doanh nghiệp tỉnh Long An qua các cửa khẩu cả nước đạt 8,1 tỷ USD."
    assert _pairs(text, "observation") == {("export_value", 8.1e9)}


def test_a_goal_s_rise_compared_with_the_year_before_is_its_growth():
    (target,) = _facts("Năm 2027, tỉnh Kon Tum phấn đấu kim ngạch xuất khẩu tăng 14% so với năm 2026.", "target")
    assert (target["indicator"], target["value"], target["period"]["start"]) == ("export_growth", 14, "2027-01-01")


def test_a_result_s_rise_compared_with_the_year_before_stays_its_change():
    (fact,) = extract_text("Năm 2026, kim ngạch xuất khẩu của tỉnh Kon Tum tăng 14% so với năm 2025, đạt 610 triệu USD.")["facts"]
    assert (fact["kind"], fact["indicator"], fact["change_pct"]) == ("observation", "export_value", 14)


def test_a_time_ahead_of_every_year_an_undated_text_reports_on_is_a_goal():
    text = ("Năm 2025, kim ngạch xuất khẩu của tỉnh Bình Phước đạt 4,1 tỷ USD. "
            "Đến năm 2030, kim ngạch xuất khẩu của tỉnh đạt 7 tỷ USD.")
    assert _pairs(text, "target") == {("export_value", 7e9)} and _pairs(text, "observation") == {("export_value", 4.1e9)}


def test_a_year_the_text_also_reports_on_is_no_horizon():
    text = "Giai đoạn 2016-2020, xuất khẩu tăng bình quân 10%/năm. Đến năm 2020, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD."
    assert not _facts(text, "target")


def test_the_nation_s_goal_before_the_province_s_is_not_the_province_s():
    text = "Cả nước phấn đấu năm 2027 xuất khẩu đạt 520 tỷ USD; riêng tỉnh Long An phấn đấu đạt 9,5 tỷ USD."
    assert _pairs(text, "target") == {("export_value", 9.5e9)}


def test_the_plan_s_level_written_after_the_plan_a_result_is_measured_against():
    text = "Tin tỉnh Cao Bằng\nNăm 2027, xuất khẩu 9 tháng đạt 420 triệu USD, bằng 70% kế hoạch năm (600 triệu USD)."
    assert _pairs(text, "target") == {("export_value", 600000000)}
    assert _pairs(text, "observation") == {("export_value", 420000000)}
    text = "Tin tỉnh Cao Bằng\nNăm 2027, xuất khẩu đạt 660 triệu USD, vượt 10% so với kế hoạch 600 triệu USD."
    assert _pairs(text, "target") == {("export_value", 600000000)}
    # a share of the plan without its level sets no goal
    assert not _facts("Tin tỉnh Cao Bằng\nNăm 2027, xuất khẩu đạt 660 triệu USD, bằng 110% kế hoạch năm.", "target")


def test_goal_words_inside_the_figure_s_phrase():
    for sentence, pair in (
        ("Năm 2027, tỉnh Bắc Kạn được giao kế hoạch xuất khẩu 90 triệu USD.", ("export_value", 90000000)),
        ("Tỉnh Bắc Kạn giao chỉ tiêu cho các huyện đưa 700 lao động đi làm việc ở nước ngoài trong năm 2027.", ("workers_abroad", 700)),
        ("Năm 2027, Sở Công Thương tỉnh Bắc Kạn xây dựng kế hoạch kim ngạch xuất khẩu 95 triệu USD.", ("export_value", 95000000)),
        ("Năm 2027, tỉnh Bắc Kạn hướng tới thu hút 40 triệu USD vốn FDI.", ("fdi_registered_capital", 40000000)),
        ("Theo nghị quyết, năm 2027 kim ngạch xuất khẩu của tỉnh Bắc Kạn phải đạt 100 triệu USD.", ("export_value", 100000000)),
        ("Kịch bản tăng trưởng năm 2027 của tỉnh Bắc Kạn đặt mức xuất khẩu 110 triệu USD.", ("export_value", 110000000)),
    ):
        assert _pairs(sentence, "target") == {pair}, sentence
        assert not _facts(sentence, "observation"), sentence
    # a result after the assignment is no goal
    text = "Năm 2027, tỉnh Bắc Kạn được giao kế hoạch xuất khẩu 90 triệu USD. Kết quả, xuất khẩu đạt 95 triệu USD."
    assert _pairs(text, "observation") == {("export_value", 95000000)}


def test_a_horizon_opening_its_sentence_sets_the_goal_s_year():
    text = "Tin tỉnh Hà Giang\nNgày đăng: 12/10/2024\nĐịnh hướng đến năm 2030, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD."
    (target,) = _facts(text, "target")
    assert target["value"] == 900000000 and target["period"] == {"start": "2030-01-01", "end": "2030-12-31"}
    # inside a plan's name it stays no period: the sentence's own year is the goal's
    text = "Tin tỉnh Hà Giang\nTheo Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050, năm 2027 tỉnh phấn đấu xuất khẩu 700 triệu USD."
    (target,) = _facts(text, "target")
    assert target["period"] == {"start": "2027-01-01", "end": "2027-12-31"}


def test_a_figure_marked_as_the_plan_s():
    assert _pairs("Năm 2027, kim ngạch xuất khẩu của tỉnh Lai Châu đạt 120 triệu USD (kế hoạch).", "target") == {
        ("export_value", 120000000)
    }
    assert not _facts("Năm 2027, kim ngạch xuất khẩu của tỉnh Lai Châu đạt 120 triệu USD (ước tính).", "target")


def test_the_amount_after_a_goal_s_rise_is_the_same_trade_s():
    text = "Mục tiêu giai đoạn 2026 - 2030 của tỉnh Lai Châu: xuất khẩu tăng bình quân 9%/năm; đến năm 2030 đạt 300 triệu USD."
    assert _pairs(text, "target") == {("export_growth", 9), ("export_value", 300000000)}


def test_years_not_yet_run_in_a_dated_text_are_a_goal():
    text = "Tin tỉnh Lai Châu\nNgày đăng: 12/01/2027\nGiai đoạn 2027-2031, tỉnh Lai Châu thu hút 3-5 dự án FDI mỗi năm."
    (target,) = _facts(text, "target")
    assert (target["indicator"], target["per"]) == ("fdi_new_projects", "year")
    # a span ended by the text's date is a result
    text = "Tin tỉnh Lai Châu\nNgày đăng: 12/01/2027\nGiai đoạn 2022-2026, tỉnh Lai Châu thu hút 14 dự án FDI."
    assert _facts(text, "observation") and not _facts(text, "target")


def test_a_quota_line_and_an_estimate_of_a_past_year():
    assert _pairs("Chỉ tiêu giao năm 2027 của tỉnh Lai Châu: xuất khẩu lao động 900 người.", "target") == {("workers_abroad", 900)}
    text = "Tin tỉnh Lai Châu\nNgày đăng: 12/01/2027\nDự kiến cả năm 2026, kim ngạch xuất khẩu ước đạt 140 triệu USD."
    assert _pairs(text, "observation") == {("export_value", 140000000)} and not _facts(text, "target")


def test_a_goal_naming_the_growth_before_the_trade():
    assert _pairs("Mục tiêu tăng trưởng xuất khẩu năm 2027 của tỉnh Lai Châu là 11%.", "target") == {("export_growth", 11)}
    assert _pairs("Năm 2027, tỉnh Lai Châu đặt mục tiêu tăng trưởng nhập khẩu 6%.", "target") == {("import_growth", 6)}
    assert not extract_text("Năm 2026, tăng trưởng xuất khẩu của tỉnh Lai Châu đạt 11%.")["facts"]


def test_a_goal_for_a_second_year_written_after_the_first():
    text = "Năm 2026, tỉnh Yên Bái đặt mục tiêu kim ngạch xuất khẩu đạt 400 triệu USD và năm 2027 đạt 450 triệu USD."
    targets = {(f["indicator"], f["value"], f["period"]["start"][:4]) for f in _facts(text, "target")}
    assert targets == {("export_value", 400_000_000, "2026"), ("export_value", 450_000_000, "2027")}
    results = "Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 300 triệu USD và năm 2024 đạt 350 triệu USD."
    assert {(f["value"], f["period"]["start"][:4]) for f in _facts(results, "observation")} == {
        (300_000_000, "2023"), (350_000_000, "2024")}


def test_a_clause_turning_to_the_result_after_a_goal_reports_a_result():
    text = "Năm 2023, tỉnh đặt mục tiêu thu hút 800 triệu USD vốn FDI nhưng thực tế đã thu hút 950 triệu USD."
    assert {(f["kind"], f["value"]) for f in _facts(text, "target") + _facts(text, "observation")} == {
        ("target", 800_000_000), ("observation", 950_000_000)}


def test_a_plan_named_by_its_subject_then_its_year_and_a_colon_sets_goals():
    text = "Kế hoạch xúc tiến đầu tư năm 2027: tổ chức 4 hội nghị xúc tiến đầu tư ở nước ngoài."
    assert _pairs(text, "target") == {("investment_promotion_abroad", 4)}


def test_what_was_done_after_a_plan_word_is_a_result():
    text = "Theo kế hoạch, năm 2027 tỉnh đã tiếp nhận 14 dự án ODA với tổng vốn 90 triệu USD."
    assert _facts(text, "target") == []
    text = "Năm 2027, tỉnh đặt kế hoạch vận động 6 dự án ODA mới; kết quả thực hiện được 9 dự án."
    assert {(f["kind"], f["value"]) for f in _facts(text, "target") + _facts(text, "observation")} == {
        ("target", 6), ("observation", 9)}
