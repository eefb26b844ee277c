"""Figures that read like goals but are not the province's: the year under way estimated ("dự kiến cả năm"),
what the rest of a year must bring, an investor's planned increase, the Politburo's, a district's or a
project's goal, the two nations' trade named "giữa Việt Nam và …"; sentences made up for these tests."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text):
    return [(f["kind"], f["indicator"], f.get("value", f.get("value_min"))) for f in extract_text(text)["facts"] if "indicator" in f]


def _targets(text):
    return [(i, v) for k, i, v in _facts(text) if k == "target"]


def test_the_whole_year_expected_after_months_of_results_is_no_goal():
    text = "Tám tháng năm 2029, tỉnh Sóc Trăng xuất khẩu 700 triệu USD. Dự kiến cả năm 2029, kim ngạch xuất khẩu đạt 1,1 tỷ USD."
    assert ("observation", "export_value", 1100000000) in _facts(text)
    assert _targets(text) == []


def test_the_year_expected_without_its_number_is_no_goal():
    text = "Quý III/2029, tỉnh Trà Vinh cấp mới 6 dự án FDI. Dự kiến đến hết năm, vốn FDI đăng ký của tỉnh đạt 250 triệu USD."
    assert _targets(text) == []


def test_a_coming_year_s_expected_level_stays_a_goal():
    text = "Năm 2029, tỉnh Trà Vinh thu hút 200 triệu USD vốn FDI. Năm 2030, tỉnh dự kiến thu hút 320 triệu USD vốn FDI."
    assert _targets(text) == [("fdi_registered_capital", 320000000)]


def test_what_the_last_months_must_bring_is_neither_result_nor_goal():
    text = ("Mười tháng năm 2029, xuất khẩu của tỉnh Vĩnh Long đạt 900 triệu USD. Để về đích kế hoạch, "
            "hai tháng còn lại kim ngạch xuất khẩu cần đạt 260 triệu USD.")
    assert all(v != 260000000 for _, _, v in _facts(text))


def test_the_last_quarter_s_own_result_is_kept():
    text = "Quý cuối năm 2029, xuất khẩu của tỉnh Vĩnh Long đạt 310 triệu USD."
    assert ("observation", "export_value", 310000000) in _facts(text)


def test_an_investor_s_planned_increase_is_no_figure_of_the_province():
    text = ("Năm 2029, tỉnh Bắc Ninh thu hút 4 tỷ USD vốn FDI. Hãng Amkor dự kiến tăng vốn thêm "
            "700 triệu USD cho nhà máy tại tỉnh.")
    assert all(v != 700000000 for _, _, v in _facts(text))


def test_the_politburo_s_goal_is_the_nation_s():
    text = ("Năm 2029, tỉnh Hải Dương thu hút 800 triệu USD vốn FDI. Bộ Chính trị đặt mục tiêu thu hút "
            "60 tỷ USD vốn FDI mỗi năm đến năm 2035.")
    assert _targets(text) == []


def test_a_district_s_own_goal_is_not_the_province_s():
    text = ("Năm 2029, tỉnh Hà Tĩnh đưa 12.000 lao động đi làm việc ở nước ngoài. Huyện Cẩm Xuyên phấn đấu "
            "năm 2030 đưa 1.200 lao động đi làm việc ở nước ngoài.")
    assert _targets(text) == []


def test_the_province_s_goal_shared_among_its_districts_stays():
    text = "Năm 2030, tỉnh Hà Tĩnh phấn đấu đưa 13.000 lao động đi làm việc ở nước ngoài, phân bổ cho các huyện."
    assert _targets(text) == [("workers_abroad", 13000)]


def test_a_project_s_goal_is_not_the_province_s():
    text = ("Năm 2029, tỉnh Yên Bái đưa 2.000 lao động đi làm việc ở nước ngoài. Dự án hỗ trợ việc làm của KOICA "
            "đặt mục tiêu đưa 400 lao động sang Hàn Quốc vào năm 2030.")
    assert _targets(text) == []


def test_the_two_nations_trade_named_between_them_is_not_the_province_s_goal():
    text = ("Năm 2030, tỉnh Cao Bằng và khu tự trị Quảng Tây phấn đấu đưa kim ngạch thương mại song phương "
            "giữa Việt Nam và Trung Quốc đạt 250 tỷ USD.")
    assert _targets(text) == []


def test_a_text_naming_only_the_nation_s_government_sets_no_province_goal():
    text = ("Chính phủ vừa ban hành nghị quyết về nhiệm vụ năm 2030.\n\n"
            "Năm 2030, phấn đấu tổng kim ngạch xuất khẩu hàng hóa tăng 9%, thu hút 45 tỷ USD vốn FDI.")
    assert _targets(text) == []


def test_a_province_s_text_quoting_the_government_keeps_its_own_goal():
    text = ("Thực hiện nghị quyết của Chính phủ, năm 2030 tỉnh Bình Phước phấn đấu thu hút 600 triệu USD vốn FDI.")
    assert _targets(text) == [("fdi_registered_capital", 600000000)]


def test_what_an_event_is_expected_to_bring_is_no_goal():
    text = ("Ngày 12/4/2029, tỉnh Phú Yên tổ chức hội nghị xúc tiến đầu tư tại Hàn Quốc; dự kiến trao chứng nhận "
            "đầu tư cho 9 dự án FDI với tổng vốn 600 triệu USD.")
    assert _facts(text) == []


def test_the_province_s_goal_announced_at_a_conference_stays():
    text = "Tại hội nghị tổng kết, tỉnh Phú Yên dự kiến năm 2030 thu hút 400 triệu USD vốn FDI."
    assert _targets(text) == [("fdi_registered_capital", 400000000)]


def test_a_plan_s_account_of_the_year_before_is_no_goal():
    text = ("KẾ HOẠCH\nXúc tiến đầu tư tỉnh Quảng Ninh năm 2031\n\n"
            "Năm 2030, tỉnh cấp mới 38 dự án FDI với tổng vốn 900 triệu USD.\n\n"
            "Năm 2031, tỉnh phấn đấu thu hút 1,2 tỷ USD vốn FDI.")
    assert _targets(text) == [("fdi_registered_capital", 1200000000)]


def test_a_plan_s_account_of_the_present_is_no_goal():
    text = ("KẾ HOẠCH\nHợp tác quốc tế tỉnh Sơn La năm 2031\n\n"
            "Hiện nay tỉnh có 14 dự án FDI còn hiệu lực với tổng vốn 120 triệu USD.\n\n"
            "Trong năm, thu hút thêm 3 dự án FDI.")
    assert _targets(text) == [("fdi_new_projects", 3)]


def test_how_long_a_memorandum_runs_is_no_time_a_figure_is_set_for():
    text = ("Ngày 9/8/2029, tỉnh Quảng Bình và tỉnh Khammouane ký biên bản ghi nhớ có hiệu lực đến năm 2034; "
            "kim ngạch thương mại hai tỉnh năm 2028 đạt 90 triệu USD.")
    assert _targets(text) == []


def test_a_criterion_projects_must_meet_is_neither_result_nor_goal():
    text = "Năm 2029, tỉnh Hải Dương ưu tiên thu hút dự án FDI có vốn tối thiểu 30 triệu USD; cả năm tỉnh thu hút 1,1 tỷ USD vốn FDI."
    assert [v for _, _, v in _facts(text)] == [1100000000]
