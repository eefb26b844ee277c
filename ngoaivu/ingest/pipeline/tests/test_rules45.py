"""Rules found in session 45 (05/12/2026) in the retired long splits (dev304-dev315) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures, partners


def test_a_review_of_last_year_printed_early_in_the_next_holds_its_stocks_on_its_date():
    text = ("Năm 2024, tỉnh Hà Nam cấp mới 12 dự án FDI. Trong 6 tháng đầu năm, kim ngạch xuất khẩu đạt 3,1 tỷ USD. "
            "Lũy kế đến nay, toàn tỉnh có 350 dự án FDI còn hiệu lực.")
    found = figures(text, date(2025, 2, 20))
    assert ("fdi_active_projects", 350, None, ("2025-02-20",)) in found
    assert ("fdi_new_projects", 12, None, ("2024-01-01", "2024-12-31")) in found


def test_the_date_of_the_nation_s_figures_is_not_the_province_s_now():
    text = ("Tỉnh Hà Nam cho biết, hiện toàn tỉnh có 350 dự án FDI còn hiệu lực. Trên phạm vi cả nước, lũy kế đến ngày "
            "20/5/2025, cả nước có 42.000 dự án còn hiệu lực.")
    assert ("fdi_active_projects", 350, None, ("2025-06-10",)) in figures(text, date(2025, 6, 10))


def test_a_year_s_end_reached_after_the_source_holds_the_projects_attracted_by_then():
    text = ("Theo số liệu của Sở Kế hoạch và Đầu tư, đến cuối năm 2018 tỉnh Hà Nam thu hút 88 dự án đầu tư trực tiếp "
            "nước ngoài với tổng vốn đăng ký 710 triệu USD.")
    assert figures(text) == [("fdi_active_projects", 88, None, ("2018-12-31",)),
                             ("fdi_total_capital", 7.1e8, None, ("2018-12-31",))]


def test_a_year_reached_after_a_clause_is_that_year_s_flow():
    text = "Năm 2017 tỉnh Hà Nam thu hút 10 dự án FDI, đến năm 2018 thu hút 15 dự án FDI."
    assert figures(text)[0] == ("fdi_new_projects", 10, None, ("2017-01-01", "2017-12-31"))


def test_a_short_heading_repeating_the_figures_under_it_is_no_fact_of_its_own():
    text = ("Báo cáo của UBND tỉnh Hà Nam về hợp tác quốc tế giai đoạn 2016 - 2020.\n\n"
            "1. Đầu tư: 88 dự án FDI, vốn đăng ký 710 triệu USD\n\n"
            "Theo Sở Kế hoạch và Đầu tư, đến cuối năm 2018 tỉnh thu hút 88 dự án đầu tư trực tiếp nước ngoài với tổng "
            "vốn đăng ký 710 triệu USD.")
    assert figures(text) == [("fdi_active_projects", 88, None, ("2018-12-31",)),
                             ("fdi_total_capital", 7.1e8, None, ("2018-12-31",))]


def test_a_heading_naming_its_year_keeps_its_figure():
    text = ("Tình hình kinh tế đối ngoại của tỉnh Hà Nam.\n\n"
            "Năm 2018 xuất khẩu đạt 2 tỷ USD\n\n"
            "Theo Sở Công Thương, trong 6 tháng đầu năm 2019, kim ngạch xuất khẩu đạt 2 tỷ USD.")
    found = figures(text)
    assert ("export_value", 2e9, None, ("2018-01-01", "2018-12-31")) in found
    assert ("export_value", 2e9, None, ("2019-01-01", "2019-06-30")) in found


def test_the_province_itself_before_a_merger_that_kept_its_name_is_its_own():
    text = "Tính đến ngày 15/3/2020, tỉnh Quảng Ngãi (cũ) có 61 dự án FDI với tổng vốn đầu tư 1,7 tỷ USD."
    assert figures(text, date(2026, 1, 10)) == [("fdi_active_projects", 61, None, ("2020-03-15",)),
                                                ("fdi_total_capital", 1.7e9, None, ("2020-03-15",))]


def test_a_former_province_in_the_merger_s_year_is_a_part():
    text = ("Quý I/2025, tỉnh Lâm Đồng đạt kim ngạch xuất khẩu 600 triệu USD. Riêng tỉnh Lâm Đồng (cũ), xuất khẩu quý I "
            "đạt 290 triệu USD.")
    assert [f[:2] for f in figures(text, date(2026, 1, 10))] == [("export_value", 6e8)]


def test_a_base_with_a_bound_in_its_bracket_is_the_earlier_year_s():
    text = ("Năm 2023 tỉnh Hà Nam có 9.100 người đi làm việc ở nước ngoài theo hợp đồng, tăng gấp đôi so với năm 2022 "
            "(trên 4.500 lao động).")
    assert ("workers_abroad", 4500, None, ("2022-01-01", "2022-12-31")) in figures(text)


def test_a_level_with_a_bound_of_an_earlier_year_is_that_year_s():
    text = "Năm 2024, tỉnh Hà Nam thu hút 1,2 tỷ USD vốn FDI, cao hơn mức hơn 900 triệu USD của năm 2023."
    found = facts(text)
    assert [(f["indicator"], f["value"], f["qualifier"], f["period"]["start"]) for f in found] == [
        ("fdi_registered_capital", 1.2e9, None, "2024-01-01"),
        ("fdi_registered_capital", 9e8, "at_least", "2023-01-01")]


def test_donors_listed_with_an_acronym_and_a_country_in_brackets_are_partners():
    text = ("Sở Ngoại vụ tỉnh Hà Nam đã thăm 8 tổ chức PCPNN đã hợp tác triển khai nhiều dự án tại tỉnh. Trong số này có các "
            "nhà tài trợ lâu năm như Amis du Mékong (ADM - Pháp), Hope for Children (HFC - Anh) và Sunrise (Hoa Kỳ).")
    assert partners(text) == [("Amis du Mékong", "FR"), ("Hope for Children", "GB"),
                              ("Sunrise", "US")]


def test_investors_visits_are_no_delegation_exchanges():
    text = ("Năm 2024, tỉnh Hà Nam đã tiếp và làm việc với 210 đoàn nhà đầu tư, 95 đoàn doanh nghiệp đến tìm hiểu cơ hội "
            "đầu tư; đón 25 đoàn quốc tế.")
    assert figures(text) == [("delegation_exchanges", 25, None, ("2024-01-01", "2024-12-31"))]


def test_visits_of_aid_organisations_counted_are_the_organisations():
    text = "Giai đoạn 2019 - 2021, tỉnh Hà Nam đã thu hút 90 lượt tổ chức PCPNN đến hợp tác."
    assert figures(text) == [("ngo_organizations", 90, None, ("2019-01-01", "2021-12-31"))]


def test_the_plan_s_level_in_brackets_after_a_result_is_a_target():
    text = "Tổng kim ngạch xuất khẩu của tỉnh Hà Nam năm 2022 đạt 1.210 triệu USD (KH 1.150 triệu USD), tăng 12% so cùng kỳ."
    assert figures(text) == [("export_value", 1.21e9, None, ("2022-01-01", "2022-12-31"))]
    assert figures(text, kind="target") == [("export_value", 1.15e9, None, ("2022-01-01", "2022-12-31"))]


def test_an_investor_country_s_place_among_countries_is_no_fdi_rank():
    text = ("Hiện trên địa bàn tỉnh Hà Nam có 12 dự án FDI của Singapore với tổng vốn đầu tư 210 triệu USD, xếp thứ 5/20 "
            "quốc gia, vùng lãnh thổ có vốn đầu tư vào tỉnh.")
    assert [f[0] for f in figures(text)] == ["fdi_active_projects", "fdi_total_capital"]


def test_leaders_visiting_the_country_are_the_nation_s_guests():
    text = ("Năm 2024, lãnh đạo Đảng và Nhà nước đã tiến hành 40 hoạt động đối ngoại, đồng thời đón 20 đoàn lãnh đạo các "
            "nước sang thăm Việt Nam. Tỉnh Hà Nam đón 12 đoàn quốc tế.")
    assert figures(text) == [("delegation_exchanges", 12, None, ("2024-01-01", "2024-12-31"))]


def test_a_country_singled_out_after_the_stock_holds_its_part_then():
    text = ("Tính đến ngày 20/3/2020, tỉnh Hà Nam có 61 dự án FDI với tổng vốn đầu tư 1,7 tỷ USD; riêng các nhà đầu tư Hàn "
            "Quốc có vốn đầu tư 420 triệu USD.")
    assert ("fdi_total_capital", 4.2e8, "Hàn Quốc", ("2020-03-20",)) in figures(text)


def test_projects_called_for_at_a_conference_are_no_foreign_projects():
    text = ("Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) của thành phố Cần Thơ có nhiều điểm nhấn. Năm 2018, thành phố tổ "
            "chức Hội nghị xúc tiến đầu tư FDI. Trong số 60 dự án thành phố mời gọi tại Hội nghị, đã có 41 dự án có nhà đầu "
            "tư quan tâm và 20 dự án có thể triển khai ngay.")
    assert figures(text) == []


def test_a_goods_road_named_by_its_two_ends_is_a_pair_of_crossings():
    text = "Tỉnh Lạng Sơn vận hành đường chuyên dụng Nà Pàn (Việt Nam) - Lũng Vài (Trung Quốc) tại khu vực mốc 1100."
    assert [(f["vn"], f["foreign"]) for f in facts(text, "border_gate")] == [("Nà Pàn", "Lũng Vài")]


def test_new_projects_named_by_their_form_before_the_count_are_no_part_of_new_and_adjusted_capital():
    text = ("Từ tháng 1 đến hết tháng 9/2024, tổng vốn FDI cấp mới và điều chỉnh tăng thêm trên địa bàn tỉnh Hà Nam đạt "
            "hơn 1,2 tỷ USD. Trong đó, các nhà đầu tư nước ngoài đăng ký mới 85 dự án; vốn đăng ký cấp mới đạt 560 triệu USD.")
    assert figures(text, date(2024, 10, 5)) == [
        ("fdi_new_capital", 5.6e8, None, ("2024-01-01", "2024-09-30")),
        ("fdi_new_projects", 85, None, ("2024-01-01", "2024-09-30")),
        ("fdi_registered_capital", 1.2e9, None, ("2024-01-01", "2024-09-30"))]


def test_the_year_a_sentence_opens_on_dates_the_province_before_the_merger():
    text = "Năm 2024, GRDP tăng 7% so với cùng kỳ; kim ngạch xuất khẩu của tỉnh Cà Mau (cũ) đạt 1,1 tỷ USD."
    assert figures(text, date(2026, 2, 10)) == [("export_value", 1.1e9, None, ("2024-01-01", "2024-12-31"))]


def test_years_to_the_middle_of_a_later_one_run_to_its_sixth_month():
    text = "Từ năm 2021 đến giữa năm 2025, tỉnh Hà Nam thu hút thêm 40 dự án FDI."
    assert figures(text, date(2025, 9, 1)) == [("fdi_new_projects", 40, None, ("2021-01-01", "2025-06-30"))]


def test_a_count_named_before_its_fall_is_that_count():
    text = "Năm 2018, số tổ chức PCPNN và nhà tài trợ tại tỉnh Hà Nam giảm còn 14."
    assert figures(text) == [("ngo_organizations", 14, None, ("2018-01-01", "2018-12-31"))]


def test_a_yearly_average_of_the_amount_just_told_is_that_measure():
    text = ("Tính chung 3 năm 2017-2019, các tổ chức PCPNN giải ngân tại tỉnh Hà Nam hơn 3,3 triệu USD, bình quân khoảng "
            "1,1 triệu USD mỗi năm.")
    assert [(f["indicator"], f["value"], f["per"]) for f in facts(text)] == [
        ("ngo_disbursed", 3.3e6, "period"), ("ngo_disbursed", 1.1e6, "year")]


def test_a_crossing_over_a_bridge_is_named_by_its_ends_and_a_gate_called_cau_keeps_its_name():
    text = ("Tỉnh Cao Bằng đưa vào hoạt động lối thông quan cầu Bình Mang II - Long Bang. Cặp cửa khẩu quốc tế Cầu Treo - "
            "Nậm Phao hoạt động ổn định.")
    assert [(f["vn"], f["foreign"]) for f in facts(text, "border_gate")] == [("Bình Mang II", "Long Bang"),
                                                                            ("Cầu Treo", "Nậm Phao")]


def test_the_two_countries_shortened_are_no_pair_of_gates():
    text = "Trao đổi qua các cửa khẩu đường bộ của tỉnh Lạng Sơn chiếm 40% kim ngạch qua các cửa khẩu đường bộ Việt – Trung."
    assert facts(text, "border_gate") == []


def test_a_body_that_only_visited_is_no_partner_but_one_that_works_with_the_province_is():
    visited = ("Phó Chủ tịch UBND tỉnh Long An đã tiếp đoàn Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) do Trưởng đại diện "
               "dẫn đầu, sang tìm hiểu môi trường đầu tư.")
    assert partners(visited) == []
    worked = "Tỉnh Long An phối hợp với Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức hội nghị xúc tiến đầu tư."
    assert partners(worked) == [("JETRO", "JP")]
    met = ("Đoàn công tác của tỉnh Nam Định đã làm việc với Hiệp hội Doanh nghiệp vừa và nhỏ Đức (BVMW) ngày 24/10; phía "
           "BVMW đề nghị mở văn phòng tại tỉnh.")
    assert partners(met) == []
    for_a_purpose = "Tỉnh Phú Yên làm việc với Cités Unies France (CUF) để kết nối tỉnh với một địa phương của Pháp."
    assert partners(for_a_purpose) == [("Cités Unies France", "FR")]


def test_a_body_that_names_a_title_is_no_partner():
    text = "Đoàn của Bộ Ngoại giao làm việc với tỉnh Hà Giang về di sản văn hóa UNESCO và các quỹ quốc tế."
    assert ("UNESCO", None) not in partners(text)


def test_zones_singled_out_with_a_place_word_and_named_again_are_a_part():
    text = ("Năm 2023, tỉnh Hải Dương thu hút 1,2 tỷ USD vốn FDI. Riêng tại các khu công nghiệp, vốn FDI đạt 900 triệu USD "
            "từ 40 dự án cấp mới; lũy kế, các khu này có 300 dự án FDI.")
    assert figures(text) == [("fdi_registered_capital", 1.2e9, None, ("2023-01-01", "2023-12-31"))]


def test_exports_with_foreign_currency_receipts_are_the_export_figure_unless_the_goods_part_follows():
    alone = "Năm 2024, giá trị xuất khẩu hàng hóa và doanh thu ngoại tệ của thành phố Hải Phòng đạt 4,2 tỷ USD."
    assert figures(alone) == [("export_value", 4.2e9, None, ("2024-01-01", "2024-12-31"))]
    split = ("Năm 2024, kim ngạch xuất khẩu hàng hóa và doanh thu ngoại tệ của thành phố Hải Phòng đạt 4,2 tỷ USD, tăng 9% "
             "so với năm 2023; trong đó xuất khẩu hàng hóa đạt 3,5 tỷ USD.")
    assert figures(split) == [("export_value", 3.5e9, None, ("2024-01-01", "2024-12-31"))]


def test_what_a_source_says_is_held_now_is_held_on_the_day_its_figures_reach():
    text = ("Kết quả năm 2023\n\nTheo báo cáo của Sở Kế hoạch và Đầu tư tỉnh Hà Nam (số liệu đến ngày 12/5/2023), từ đầu năm "
            "tỉnh thu hút mới 20 dự án đầu tư trong nước. Ở khu vực FDI, cả tỉnh hiện có 70 dự án FDI.")
    assert ("fdi_active_projects", 70, None, ("2023-05-12",)) in figures(text, date(2024, 1, 15))


def test_a_heading_comparing_with_a_year_compares_nothing_under_it():
    text = ("2. So với năm 2023\n\nNăm 2023, thu hút FDI của tỉnh Hải Dương đạt 1.136 triệu USD, gấp 3,1 lần so với năm "
            "2022; trong đó cấp mới 74 dự án với tổng vốn đăng ký 990 triệu USD.")
    assert ("fdi_new_projects", 74, None, ("2023-01-01", "2023-12-31")) in figures(text, date(2024, 10, 10))


def test_a_firm_s_name_ending_on_the_country_does_not_make_the_nation_the_subject():
    text = ("Quý I/2024, tỉnh Hà Nam thu hút thêm 5 dự án FDI, nổi bật là dự án của Công ty TNHH Sunrise Solar Việt Nam có "
            "vốn 300 triệu USD. Cùng với 2 dự án điều chỉnh tăng vốn, Hà Nam xếp thứ 6 cả nước về thu hút FDI trong quý I/2024.")
    found = figures(text, date(2024, 5, 20))
    assert ("fdi_adjusted_projects", 2, None, ("2024-01-01", "2024-03-31")) in found


def test_a_running_total_from_the_year_s_start_to_a_day_does_not_date_the_text_s_now():
    text = ("Tính từ đầu năm đến ngày 25/12/2023, tỉnh Long An đã cấp giấy chứng nhận đăng ký đầu tư cho 100 dự án FDI. "
            "Hiện toàn tỉnh có 1.200 dự án FDI còn hiệu lực.")
    assert ("fdi_active_projects", 1200, None, ("2024-01-09",)) in figures(text, date(2024, 1, 9))


def test_more_dollars_attracted_after_a_paragraph_on_fdi_are_its_capital():
    text = ("Từ đầu năm đến ngày 20/8/2023, thành phố Hải Phòng thu hút 2,1 tỷ USD vốn FDI. Riêng tháng 8/2023, Hải Phòng "
            "thu hút thêm 85 triệu USD.")
    assert ("fdi_registered_capital", 8.5e7, None, ("2023-08-01", "2023-08-31")) in figures(text, date(2024, 1, 20))


def test_the_months_a_running_total_is_raised_to_are_the_year_s_first():
    text = ("Tháng 7/2023, kim ngạch xuất khẩu của tỉnh Hà Nam ước đạt 150 triệu USD, đưa tổng 7 tháng lên hơn 900 triệu USD, "
            "tăng 13% so với cùng kỳ.")
    assert ("export_value", 9e8, None, ("2023-01-01", "2023-07-31")) in figures(text, date(2023, 8, 5))


def test_the_level_a_goal_s_rate_comes_to_is_a_target_and_a_result_s_difference_is_no_figure():
    goal = "Năm 2024, tỉnh Hà Nam phấn đấu kim ngạch xuất khẩu tăng trưởng 8%, tương đương 4,3 tỷ USD."
    assert figures(goal, kind="target") == [("export_growth", 8, None, ("2024-01-01", "2024-12-31")),
                                            ("export_value", 4.3e9, None, ("2024-01-01", "2024-12-31"))]
    result = "Năm 2024, kim ngạch xuất khẩu của tỉnh Hà Nam tăng 12%, tương đương 120 triệu USD so với năm 2023."
    assert figures(result) == []


def test_the_issuer_of_the_province_s_approved_plan_owns_no_goal_of_it():
    text = ("Quy hoạch tỉnh Hà Tĩnh được phê duyệt tại Quyết định số 1363/QĐ-TTg ngày 8/11/2022 của Thủ tướng Chính phủ: "
            "phấn đấu giá trị xuất khẩu đến năm 2030 đạt khoảng 4,0 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2025, 10, 1), kind="target")] == [("export_value", 4e9)]


def test_the_finish_line_a_goal_set_is_a_target_and_the_months_of_the_province_are_the_year_s_first():
    text = "Kim ngạch xuất khẩu 9 tháng của tỉnh Hà Nam đạt 1,4 tỷ USD, đang về gần đích 1,8 tỷ USD đặt ra cho năm 2021."
    assert figures(text, date(2021, 10, 1)) == [("export_value", 1.4e9, None, ("2021-01-01", "2021-09-30"))]
    assert figures(text, date(2021, 10, 1), kind="target") == [("export_value", 1.8e9, None, ("2021-01-01", "2021-12-31"))]


def test_the_trade_of_a_country_s_fdi_projects_is_theirs():
    text = "Năm 2021, kim ngạch xuất khẩu của các dự án FDI Hàn Quốc tại tỉnh Hà Nam đạt 800 triệu USD."
    assert figures(text) == []


def test_projects_whose_investment_was_approved_are_no_aid_after_a_paragraph_on_aid():
    text = ("Viện trợ PCPNN năm 2020 của tỉnh Hà Nam đạt 2 triệu USD. Tính đến ngày 15/9/2020, 30 dự án được điều chỉnh, "
            "nâng vốn thêm 2.100 tỷ đồng; 12 dự án được quyết định chủ trương đầu tư với 9.500 tỷ đồng.")
    assert figures(text) == [("ngo_committed", 2e6, None, ("2020-01-01", "2020-12-31"))]


def test_a_project_s_size_is_no_figure_of_the_province():
    assert figures("Dòng vốn FDI năm 2019 của tỉnh Hà Nam giữ được quy mô lớn, có dự án trên 500 triệu USD.") == []
