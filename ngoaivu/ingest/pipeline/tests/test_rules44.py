"""Rules found in session 44 (05/12/2026) in the retired long splits (dev272-dev280) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures, partners

SUMMER_2025 = date(2025, 7, 20)


def _found(text: str, published: date = SUMMER_2025, kind: str = "observation") -> list[tuple]:
    return figures(text, published, kind)


def test_a_country_leading_with_a_share_of_foreign_investment_holds_those_projects():
    text = ("Tỉnh Bình Định báo cáo. Đến cuối năm 2024, Singapore dẫn đầu với 64 dự án, tổng vốn 2,5 tỷ USD, chiếm 18% số "
            "dự án và 31% tổng vốn đầu tư nước ngoài của tỉnh.")
    assert _found(text) == [("fdi_active_projects", 64, "Singapore", ("2024-12-31",)),
                            ("fdi_total_capital", 2.5e9, "Singapore", ("2024-12-31",))]


def test_the_largest_investor_s_projects_are_held_at_a_date():
    text = ("Tỉnh Bình Định báo cáo. Tính đến giữa tháng 3/2025, Thái Lan là nhà đầu tư lớn thứ ba của tỉnh với 37 dự án, "
            "tổng vốn đăng ký 1,1 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 37, "Thái Lan", ("2025-03-15",)),
                            ("fdi_total_capital", 1.1e9, "Thái Lan", ("2025-03-15",))]


def test_projects_on_the_province_s_ground_in_a_year_are_held_at_its_end():
    text = ("Tỉnh Bình Định báo cáo. Theo số liệu năm 2024, trên địa bàn tỉnh có 03 dự án FDI của nhà đầu tư Ấn Độ, vốn "
            "đăng ký 4,6 triệu USD.")
    assert _found(text) == [("fdi_active_projects", 3, "Ấn Độ", ("2024-12-31",)),
                            ("fdi_total_capital", 4.6e6, "Ấn Độ", ("2024-12-31",))]


def test_new_projects_of_the_year_stay_a_flow_beside_what_is_held():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, tỉnh thu hút 9 dự án FDI mới; trên địa bàn tỉnh có 71 dự án FDI với tổng "
            "vốn 1,9 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 71, None, ("2024-12-31",)),
                            ("fdi_new_projects", 9, None, ("2024-01-01", "2024-12-31")),
                            ("fdi_total_capital", 1.9e9, None, ("2024-12-31",))]


def test_a_territory_with_its_country_in_brackets_is_one_investor():
    text = ("Tỉnh Bình Định báo cáo. Tính đến tháng 6/2025, Đài Loan (Trung Quốc) là nhà đầu tư lớn nhất với 52 dự án, "
            "tổng vốn 1,3 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 52, "Đài Loan", ("2025-06-30",)),
                            ("fdi_total_capital", 1.3e9, "Đài Loan", ("2025-06-30",))]


def test_a_province_listed_after_a_city_it_does_not_hold_is_the_next_partner():
    text = ("Tỉnh Lạng Sơn báo cáo. Tỉnh có quan hệ hợp tác với các địa phương của Trung Quốc, trong đó có thành phố Nam "
            "Ninh, tỉnh Vân Nam, thành phố Thành Đô, tỉnh Hà Nam và thành phố Thiên Tân.")
    assert partners(text, SUMMER_2025) == [("Hà Nam", "CN"), ("Nam Ninh", "CN"), ("Thiên Tân", "CN"), ("Thành Đô", "CN"),
                                           ("Vân Nam", "CN")]


def test_a_province_after_a_city_it_holds_is_only_where_the_city_lies():
    text = "Tỉnh Lạng Sơn báo cáo. Tỉnh ký thỏa thuận kết nghĩa với thành phố Thành Đô, tỉnh Tứ Xuyên (Trung Quốc)."
    assert partners(text, SUMMER_2025) == [("Thành Đô", "CN")]


def test_grants_of_a_foreign_government_s_mission_are_no_ngo_aid():
    text = ("Tỉnh Bình Định báo cáo.\n\n3. Viện trợ phi chính phủ nước ngoài\n\nNăm 2024, các tổ chức phi chính phủ nước "
            "ngoài viện trợ cho tỉnh 2,4 triệu USD. Từ năm 2005 đến nay, Đại sứ quán Úc đã tài trợ không hoàn lại tại "
            "tỉnh 9 dự án, tổng trị giá 415.000 USD.")
    assert [f[:2] for f in _found(text)] == [("ngo_committed", 2.4e6)]


def test_workers_sent_by_a_date_with_no_start_are_all_sent_by_then():
    text = ("Tỉnh Bình Định báo cáo. Lũy kế từ khi nối lại sau dịch đến ngày 30/6/2025, toàn tỉnh đã đưa hơn 4.100 lao "
            "động ra nước ngoài làm việc. Tính đến tháng 5/2025, tỉnh đã có trên 600 lao động sang Hàn Quốc làm việc thời vụ.")
    assert _found(text) == [("workers_abroad", 600, "Hàn Quốc", ("2025-05-31",)),
                            ("workers_abroad", 4100, None, ("2025-06-30",))]


def test_workers_sent_from_a_year_to_a_date_are_that_span_s():
    text = "Tỉnh Bình Định báo cáo. Tính từ năm 2020 đến cuối tháng 6/2025, tỉnh đã đưa trên 5.200 người đi làm việc ở nước ngoài."
    assert _found(text) == [("workers_abroad", 5200, None, ("2020-01-01", "2025-06-30"))]


def test_workers_at_work_abroad_now_are_a_standing():
    text = "Tỉnh Bình Định báo cáo. Năm 2024, có 430 lao động của tỉnh đang làm việc tại Đức."
    assert _found(text) == [("workers_abroad", 430, "Đức", ("2024-12-31",))]


def test_each_amount_takes_the_year_after_it_and_the_periods_go_in_turn_to_the_next_measure():
    text = ("Tỉnh Bình Định báo cáo. Tại hội nghị xúc tiến tháng 5/2025, Singapore được ghi nhận là nhà đầu tư FDI lớn nhất "
            "của tỉnh với 33 dự án, tổng vốn đăng ký 1,4 tỷ USD; kim ngạch xuất khẩu của tỉnh sang Singapore đạt trên 98 "
            "triệu USD năm 2024 và gần 57 triệu USD trong 4 tháng đầu năm 2025, nhập khẩu từ thị trường này lần lượt đạt "
            "120,5 triệu USD và 44 triệu USD.")
    trade = [f for f in _found(text) if not f[0].startswith("fdi_")]
    assert [(f[0], f[1], f[3]) for f in trade] == [
        ("export_value", 5.7e7, ("2025-01-01", "2025-04-30")), ("export_value", 9.8e7, ("2024-01-01", "2024-12-31")),
        ("import_value", 4.4e7, ("2025-01-01", "2025-04-30")), ("import_value", 1.205e8, ("2024-01-01", "2024-12-31"))]


def test_restructuring_a_programme_is_no_breakdown():
    text = ("Tỉnh Bình Định báo cáo. Số liệu tính đến tháng 9/2024, sau 8 năm tái cơ cấu chương trình, cho thấy tỉnh có "
            "9.310 lao động xuất cảnh theo hợp đồng.")
    assert _found(text) == [("workers_abroad", 9310, None, ("2024-09-30",))]


def test_a_region_named_with_a_time_phrase_before_its_verb_is_the_region_s_figure():
    text = ("Tỉnh Gia Lai báo cáo. Năm 2024, kim ngạch xuất khẩu toàn tỉnh đạt 1.150 triệu USD, tăng 9% so với năm 2023. "
            "Cả vùng Tây Nguyên năm qua xuất khẩu trên 9,4 tỷ USD, tăng 31% so với năm 2023.")
    assert [f[:2] for f in _found(text)] == [("export_value", 1.15e9)]


def test_trade_of_one_investor_country_s_firms_is_not_the_province_s():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, các doanh nghiệp Hàn Quốc đạt doanh thu gần 1,3 tỷ USD, xuất khẩu 870 triệu "
            "USD, nhập khẩu 410 triệu USD. Năm 2024, các doanh nghiệp của tỉnh xuất khẩu 2,2 tỷ USD.")
    assert [f[:2] for f in _found(text)] == [("export_value", 2.2e9)]


def test_the_eu_funding_the_province_s_projects_is_a_partner_but_not_as_a_market():
    text = ("Tỉnh Bình Định báo cáo. Dự án điện gió công suất 200 MW do EU và Cơ quan Phát triển Pháp (AFD) tài trợ. Tỉnh "
            "đẩy mạnh xuất khẩu sang thị trường EU và tận dụng các hiệp định thương mại.")
    assert partners(text, SUMMER_2025) == [("AFD", "FR"), ("EU", None)]


def test_an_amount_with_a_scale_word_is_exact_to_the_cent():
    text = "Tỉnh Bình Định báo cáo. Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 8,2 tỷ USD."
    assert _found(text) == [("export_value", 8_200_000_000, None, ("2024-01-01", "2024-12-31"))]
    assert str(_found(text)[0][1]) == "8200000000"  # (the JSON value, not 8199999999.999999)


def test_letters_an_administration_issues_are_no_agreements():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, tỉnh đã tổ chức 4 hội nghị, hội thảo quốc tế và cấp 38 văn bản cho phép tổ "
            "chức hội nghị, hội thảo quốc tế; tỉnh đã ký 6 văn bản hợp tác với các địa phương nước ngoài.")
    assert [f[:2] for f in _found(text)] == [("agreements_signed", 6), ("intl_conferences", 4)]


def test_what_a_leader_told_on_a_day_the_province_has_signed_and_attracted_is_held_by_then():
    text = ("Tỉnh Bình Định báo cáo. Ngày 14/9/2024, tại buổi gặp mặt các cơ quan đại diện nước ngoài, Chủ tịch UBND tỉnh "
            "cho biết tỉnh đã ký kết 22 thỏa thuận hợp tác quốc tế; tỉnh thu hút được 118 dự án FDI với tổng vốn đăng ký "
            "2,35 tỉ USD của các nhà đầu tư đến từ 19 quốc gia, vùng lãnh thổ.")
    assert _found(text) == [("agreements_signed", 22, None, ("2024-09-14",)), ("fdi_active_projects", 118, None, ("2024-09-14",)),
                            ("fdi_total_capital", 2.35e9, None, ("2024-09-14",))]


def test_agreements_signed_on_a_day_are_that_day_s():
    text = "Tỉnh Bình Định báo cáo. Ngày 14/9/2024, tỉnh đã ký 3 thỏa thuận hợp tác với các địa phương nước ngoài."
    assert _found(text) == [("agreements_signed", 3, None, ("2024-09-14", "2024-09-14"))]


def test_a_road_named_by_a_gate_and_a_town_is_no_pair_of_gates():
    text = ("Tỉnh Lạng Sơn báo cáo. Tỉnh khởi công tuyến cao tốc Cửa khẩu Tân Thanh - Đồng Mỏ. Cặp cửa khẩu Tân Thanh - Pò "
            "Chài (Trung Quốc) tiếp tục thông quan hàng hóa.")
    assert [(f["vn"], f["foreign"]) for f in facts(text, "border_gate", SUMMER_2025)] == [("Tân Thanh", "Pò Chài")]


def test_memoranda_with_an_investment_amount_are_no_international_agreements():
    text = ("Tỉnh Bình Định báo cáo. Tại hội nghị xúc tiến đầu tư, tỉnh trao 11 giấy chứng nhận đăng ký đầu tư và ký 7 bản "
            "ghi nhớ với tổng mức dự kiến 12.400 tỷ đồng. Năm 2024, tỉnh đã ký 4 thỏa thuận hợp tác với các địa phương nước "
            "ngoài.")
    assert [f[:2] for f in _found(text)] == [("agreements_signed", 4)]


def test_projects_carried_out_over_a_running_term_are_its_projects_not_a_goal():
    text = ("Tỉnh Bình Định báo cáo. Giai đoạn 2021 - 2025, tỉnh triển khai thực hiện 07 dự án sử dụng vốn ODA và vốn vay "
            "ưu đãi. Kế hoạch giai đoạn 2026 - 2030, tỉnh phấn đấu triển khai thực hiện 10 dự án ODA.")
    assert _found(text, date(2024, 6, 20)) == [("oda_projects", 7, None, ("2021-01-01", "2025-12-31"))]
    assert len(_found(text, date(2024, 6, 20), kind="target")) == 1


def test_a_development_bank_s_loan_is_oda():
    text = ("Tỉnh Bình Định báo cáo. Hiện nay, tỉnh đang vận động 02 dự án đề xuất sử dụng vốn vay Ngân hàng Thế giới (WB).")
    assert _found(text, date(2024, 6, 20)) == [("oda_mobilizing_projects", 2, None, ("2024-06-20",))]


def test_the_same_trade_told_again_to_a_later_date_after_còn():
    text = ("Tỉnh Bình Định báo cáo. Kim ngạch xuất khẩu của tỉnh sang Campuchia năm 2023 đạt trên 14 triệu USD, còn tính "
            "đến tháng 9/2024 đạt hơn 11,2 triệu USD.")
    assert [(f[0], f[1], f[3]) for f in _found(text)] == [("export_value", 1.12e7, ("2024-01-01", "2024-09-30")),
                                                           ("export_value", 1.4e7, ("2023-01-01", "2023-12-31"))]


def test_the_associations_the_members_belong_to_are_counted():
    text = ("Tỉnh Bình Định báo cáo. Đại hội có 120 đại biểu, thay mặt cho gần 4.500 hội viên của 9 hội hữu nghị song "
            "phương cấp tỉnh.")
    assert [f[:2] for f in _found(text)] == [("friendship_associations", 9)]


def test_workers_sent_in_a_named_year_up_to_a_date_are_the_year_s_so_far():
    text = "Tỉnh Bình Định báo cáo. Năm 2025, tính đến ngày 15/10, toàn tỉnh đã đưa 1.240 lao động đi làm việc ở nước ngoài."
    assert _found(text, date(2025, 11, 1)) == [("workers_abroad", 1240, None, ("2025-01-01", "2025-10-15"))]


def test_a_place_s_name_with_a_lower_case_particle_does_not_end_the_list():
    text = ("Tỉnh Bình Định báo cáo. Tỉnh đã thiết lập quan hệ hợp tác với các vùng Nord-Pas de Calais, Bretagne, "
            "Île-de-France của Pháp. Thành phố Huế do JICA tài trợ dự án cấp nước.")
    assert partners(text, SUMMER_2025) == [("Bretagne", "FR"), ("JICA", "JP"), ("Nord-Pas de Calais", "FR"),
                                           ("Île-de-France", "FR")]


def test_an_organisation_s_office_in_vietnam_named_with_its_acronym_is_no_national_figure():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, 4 tổ chức PCPNN gồm Good Neighbors Quốc tế tại Việt Nam (GNI), Tầm nhìn "
            "thế giới tại Việt Nam (WVI), Freundeskreis fur International Tuberkulosehilfe (FIT) và Sáng kiến thương mại bền "
            "vững (IDH) đã triển khai dự án tại tỉnh.")
    assert [f[:2] for f in _found(text)] == [("ngo_organizations", 4)]
    assert ("FIT", "DE") in partners(text, SUMMER_2025) and ("IDH", "NL") in partners(text, SUMMER_2025)


def test_the_whole_province_s_projects_in_a_month_s_figures_and_a_country_s_part_are_held():
    text = ("Tỉnh Bình Định báo cáo. Về FDI, số liệu tháng 4/2024 cho thấy toàn tỉnh có trên 140 dự án với tổng vốn trên 3 "
            "tỷ USD, trong đó Nhật Bản có 21 dự án, vốn đăng ký hơn 410 triệu USD.")
    assert _found(text) == [("fdi_active_projects", 21, "Nhật Bản", ("2024-04-30",)), ("fdi_active_projects", 140, None, ("2024-04-30",)),
                            ("fdi_total_capital", 4.1e8, "Nhật Bản", ("2024-04-30",)), ("fdi_total_capital", 3e9, None, ("2024-04-30",))]



def test_memoranda_with_committed_capital_or_signed_with_investors_are_no_international_agreements():
    text = ("Tỉnh Bình Định báo cáo. Ngày 20/3/2025, tỉnh dự kiến trao 64 biên bản ghi nhớ với tổng vốn cam kết hơn 2 tỷ "
            "USD, trong đó 9 biên bản ký với nhà đầu tư nước ngoài.")
    assert not _found(text) and not _found(text, kind="target")


def test_a_resolution_s_numbered_article_on_results_holds_results_and_the_next_its_goals():
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nBình Định, ngày 05 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nVề kế hoạch phát "
            "triển kinh tế - xã hội năm 2026\n\nĐiều 1. Đánh giá kết quả thực hiện kế hoạch năm 2025\n\n1. Thu hút đầu tư. "
            "Riêng 6 tháng đầu năm, tỉnh thu hút hơn 210 triệu USD vốn FDI, tăng 40% so với cùng kỳ năm 2024.\n\nĐiều 2. "
            "Mục tiêu và các chỉ tiêu chủ yếu năm 2026\n\n1. Kim ngạch xuất khẩu đạt 4,2 tỷ USD.\n")
    published = date(2025, 12, 5)
    assert [f[:2] for f in _found(text, published)] == [("fdi_registered_capital", 2.1e8)]
    assert [f[:2] for f in _found(text, published, kind="target")] == [("export_value", 4.2e9)]


def test_in_the_year_after_a_plan_s_year_named_in_its_paragraph_is_that_year():
    text = ("Tỉnh Bình Định báo cáo. Đến cuối tháng 5/2022, nhà đầu tư Nhật Bản có 41 dự án với tổng vốn 1,1 tỷ USD.\n\n"
            "3. Kế hoạch năm 2025\nKế hoạch thu hút đầu tư năm 2025 được giao tại Nghị quyết của HĐND tỉnh. Trong năm, "
            "tỉnh dự kiến thu hút khoảng 25 dự án FDI mới.")
    assert _found(text, date(2025, 4, 15), kind="target") == [("fdi_new_projects", 25, None, ("2025-01-01", "2025-12-31"))]


def test_the_same_months_named_again_without_their_year_take_it():
    text = ("Tỉnh Bình Định báo cáo. Kim ngạch xuất khẩu 6 tháng đầu năm 2025 ước đạt 640 triệu USD, tăng 21% so với cùng "
            "kỳ; nhập khẩu 6 tháng ước đạt 410 triệu USD, tăng 9%.")
    assert [(f[0], f[3]) for f in _found(text, date(2026, 2, 20))] == [("export_value", ("2025-01-01", "2025-06-30")),
                                                                       ("import_value", ("2025-01-01", "2025-06-30"))]


def test_the_domestic_sector_s_exports_are_a_part_and_capitals_are_partner_localities():
    text = ("Tỉnh Bình Định báo cáo. Năm 2025, kim ngạch xuất khẩu đạt 6,1 tỷ USD. Trong tổng kim ngạch xuất khẩu, khu vực "
            "kinh tế trong nước đạt 2,2 tỷ USD. Đến nay, tỉnh có quan hệ hữu nghị, hợp tác với 24 thủ đô, thành phố trên "
            "thế giới.")
    assert [f[:2] for f in _found(text, date(2025, 12, 20))] == [("export_value", 6.1e9), ("partner_localities", 24)]


def test_projects_licensed_after_a_paragraph_on_aid_are_no_aid():
    text = ("Tỉnh Bình Định báo cáo. Năm 2025, giá trị giải ngân viện trợ phi chính phủ nước ngoài đạt hơn 1,2 triệu USD. "
            "Năm 2025, tỉnh cấp mới 37 dự án; tổng vốn đăng ký cấp mới và điều chỉnh đạt 9.800 tỷ đồng.")
    assert [f[:2] for f in _found(text, date(2026, 1, 20))] == [("ngo_disbursed", 1.2e6)]


def test_a_plan_s_level_set_for_the_year_beside_the_result_is_a_target():
    text = "Tỉnh Bình Định báo cáo. Năm 2025, tỉnh thu hút 2,3 tỉ USD vốn FDI, vượt xa kế hoạch 1,9 tỉ USD đề ra cho cả năm."
    assert [f[:2] for f in _found(text, date(2025, 12, 20))] == [("fdi_registered_capital", 2.3e9)]
    assert [f[:2] for f in _found(text, date(2025, 12, 20), kind="target")] == [("fdi_registered_capital", 1.9e9)]


def test_promotion_programmes_split_at_home_and_abroad_are_each_counted_not_their_whole():
    text = ("Tỉnh Bình Định báo cáo. Năm 2025, tỉnh thực hiện 17 chương trình xúc tiến đầu tư trọng điểm, gồm 12 chương "
            "trình trong nước và 5 chương trình tại nước ngoài.")
    assert [f[:2] for f in _found(text, date(2025, 12, 20))] == [("investment_promotion_abroad", 5),
                                                                 ("investment_promotion_domestic", 12)]


def test_projects_of_new_investment_are_the_new_ones():
    text = ("Tỉnh Bình Định báo cáo. Đến ngày 20/11/2025, tỉnh đã cấp mới và điều chỉnh tăng vốn cho 96 dự án FDI với tổng "
            "vốn gần 800 triệu USD; trong đó 41 dự án đầu tư mới với tổng vốn hơn 350 triệu USD và 55 dự án tăng vốn.")
    assert [f[:2] for f in _found(text, date(2025, 12, 20))] == [
        ("fdi_adjusted_projects", 55), ("fdi_new_capital", 3.5e8), ("fdi_new_projects", 41), ("fdi_registered_capital", 8e8)]


def test_the_nation_s_aid_received_and_a_figure_rounded_again_are_not_the_province_s():
    text = ("Tỉnh Bình Định báo cáo. Năm 2023, tỉnh tiếp nhận 3,2 triệu USD viện trợ. Theo số liệu công bố tại hội nghị, cả "
            "nước năm 2023 nhận được hơn 228,7 triệu USD viện trợ giải ngân từ các tổ chức PCPNN.\n\nNăm 2024, kim ngạch qua "
            "các cửa khẩu đạt 384,6 triệu USD. Kết quả này được báo cáo tại hội nghị sáng 29/7/2025, với con số làm tròn "
            "gần 385 triệu USD.")
    assert [f[:2] for f in _found(text, date(2025, 8, 20))] == [("ngo_committed", 3.2e6), ("trade_value", 3.846e8)]


def test_workers_sent_up_to_a_date_of_the_text_s_own_year_are_the_year_s_so_far():
    text = "Tỉnh Bình Định báo cáo. Tính đến ngày 15/10/2025, toàn tỉnh đã đưa 1.240 lao động đi làm việc ở nước ngoài."
    assert _found(text, date(2025, 11, 1)) == [("workers_abroad", 1240, None, ("2025-01-01", "2025-10-15"))]
    assert _found(text, date(2026, 11, 1)) == [("workers_abroad", 1240, None, ("2025-10-15",))]


def test_workers_sent_and_their_yearly_average_after_the_paragraph_counted_them():
    text = ("Tỉnh Bình Định báo cáo. Tính đến tháng 8/2024, tỉnh có 9.310 lao động xuất cảnh theo hợp đồng. Riêng giai "
            "đoạn 2021 - 2023, tỉnh đưa được 3.300 người, bình quân khoảng 1.100 lao động mỗi năm.")
    assert [f[:2] for f in _found(text, date(2025, 4, 12))] == [("workers_abroad", 1100), ("workers_abroad", 3300),
                                                                 ("workers_abroad", 9310)]


def test_what_a_development_lender_funds_is_oda():
    text = ("Tỉnh Bình Định báo cáo. Giai đoạn 2011 - 2020, tỉnh triển khai 9 chương trình, dự án do WB tài trợ với tổng "
            "vốn hơn 1.200 tỷ đồng. Năm 2024, các tổ chức phi chính phủ nước ngoài viện trợ cho tỉnh 2,1 triệu USD.")
    assert [f[:2] for f in _found(text, date(2024, 6, 20))] == [("ngo_committed", 2.1e6), ("oda_projects", 9)]
