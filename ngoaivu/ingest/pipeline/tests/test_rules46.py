"""Rules found in session 46 (06/12/2026) in the studied splits' misses, read by cause. Each rule on made-up sentences
(none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures, partners

LAST_YEAR = ("2025-01-01", "2025-12-31")


def test_the_trade_named_right_after_each_amount_is_that_amount_s():
    text = "Năm 2025, tỉnh Hà Nam ghi nhận 35 triệu USD xuất khẩu và 45 triệu USD nhập khẩu."
    assert figures(text) == [("export_value", 3.5e7, None, LAST_YEAR), ("import_value", 4.5e7, None, LAST_YEAR)]


def test_money_earned_from_exports_is_the_export_figure_but_revenue_collected_on_trade_is_not():
    assert figures("Năm 2025, tỉnh Hà Nam thu về 120 triệu USD từ xuất khẩu.") == [("export_value", 1.2e8, None, LAST_YEAR)]
    assert figures("Năm 2025, tỉnh Hà Nam thu 900 tỷ đồng từ hoạt động xuất nhập khẩu.") == []


def test_the_nation_opened_as_the_field_with_o_pham_vi_is_not_the_province():
    text = ("Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 410 triệu USD. Ở phạm vi cả nước, theo Tổng cục Thống kê, "
            "kim ngạch xuất khẩu năm 2025 đạt 400 tỷ USD.")
    assert figures(text) == [("export_value", 4.1e8, None, LAST_YEAR)]


def test_a_product_line_s_exports_and_imports_are_parts_of_the_total():
    text = ("Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 410 triệu USD. Giá trị thép xuất khẩu đạt 150 triệu USD. "
            "Nhập khẩu đạt 300 triệu USD, chủ yếu là nguyên liệu phục vụ sản xuất: hóa chất 120 triệu USD. Năm 2025, kim "
            "ngạch xuất khẩu tàu đạt 60 triệu USD.")
    assert figures(text) == [("export_value", 4.1e8, None, LAST_YEAR), ("import_value", 3e8, None, LAST_YEAR)]


def test_the_private_sector_s_exports_are_a_part():
    text = ("Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 410 triệu USD. Khối doanh nghiệp tư nhân của tỉnh thu về "
            "150 triệu USD từ xuất khẩu.")
    assert figures(text) == [("export_value", 4.1e8, None, LAST_YEAR)]


def test_a_named_district_as_the_subject_holds_its_own_figures():
    text = ("Năm 2025, hàng hóa xuất khẩu qua các cửa khẩu của tỉnh Quảng Ninh đạt 1,1 tỷ USD. Huyện Tiên Yên ghi nhận "
            "3 triệu USD xuất khẩu và 5 triệu USD nhập khẩu; huyện Đầm Hà 12 triệu USD xuất khẩu và 60 triệu USD nhập khẩu.")
    assert figures(text) == [("export_value", 1.1e9, None, LAST_YEAR)]


def test_districts_named_as_where_projects_are_do_not_make_the_figure_a_district_s():
    text = ("Năm 2025, tỉnh Hà Nam thu hút 12 dự án FDI ở các xã Thanh Sơn, huyện Kim Bảng và Liêm Cần, huyện Thanh Liêm "
            "với tổng vốn đăng ký 70 triệu USD.")
    assert figures(text, date(2026, 2, 1)) == [("fdi_new_capital", 7e7, None, LAST_YEAR),
                                               ("fdi_new_projects", 12, None, LAST_YEAR)]


def test_promotion_events_with_countries_or_in_a_continent_are_held_abroad():
    assert figures("Năm 2025, tỉnh Hà Nam tổ chức 3 hội nghị xúc tiến đầu tư trực tuyến với các nước châu Âu, Nhật Bản.") \
        == [("investment_promotion_abroad", 3, None, LAST_YEAR)]
    assert figures("Năm 2025, tỉnh Hà Nam cử 4 đoàn xúc tiến đầu tư tại châu Âu.") \
        == [("investment_promotion_abroad", 4, None, LAST_YEAR)]


def test_promotion_events_held_on_trips_to_foreign_countries_are_held_abroad():
    text = ("Năm 2025, trong các chuyến công tác tại Nhật Bản và Hàn Quốc, đoàn của tỉnh Hà Nam đã tổ chức thành công "
            "6 hội nghị xúc tiến đầu tư với sự tham gia của gần 500 doanh nghiệp.")
    assert figures(text) == [("investment_promotion_abroad", 6, None, LAST_YEAR)]


def test_the_capital_of_the_new_projects_is_new_capital_even_before_dat():
    text = "Sáu tháng đầu năm 2025, tổng vốn đăng ký của các dự án FDI mới tại tỉnh Hà Nam đạt 328 triệu USD."
    text2 = "Sáu tháng đầu năm 2025, vốn FDI vào tỉnh Hà Nam tăng mạnh: tổng vốn đăng ký của các dự án mới đạt 328 triệu USD."
    assert figures(text2, date(2025, 7, 10)) == [("fdi_new_capital", 3.28e8, None, ("2025-01-01", "2025-06-30"))]
    assert figures(text, date(2025, 7, 10))[0][0] == "fdi_new_capital"


def test_a_period_without_new_foreign_projects_holds_zero_new_projects():
    assert figures("Năm 2025, tỉnh Hà Nam không có dự án FDI cấp mới.") == [("fdi_new_projects", 0, None, LAST_YEAR)]
    assert figures("Năm 2025, tỉnh Hà Nam chưa thu hút được dự án đầu tư nước ngoài mới nào.") \
        == [("fdi_new_projects", 0, None, LAST_YEAR)]


def test_no_zero_is_read_from_a_condition_a_kind_of_project_or_projects_that_are_not_new():
    assert figures("Năm 2025, nếu không có dự án FDI mới, tỉnh Hà Nam khó đạt mục tiêu.") == []
    assert figures("Năm 2025, tỉnh Hà Nam vẫn chưa có dự án FDI quy mô lớn.") == []
    assert figures("Năm 2025, huyện Kim Bảng vẫn chưa có dự án FDI nào.") == []


def test_the_figure_s_words_after_its_amount_restated_in_brackets_name_its_topic():
    text = "Năm 2027, tỉnh Hà Nam phấn đấu tiếp nhận khoảng 500 tỷ đồng (tương đương 20 triệu USD) vốn ODA."
    assert figures(text, kind="target") == [("oda_disbursed", 5e11, None, ("2027-01-01", "2027-12-31"))]


def test_one_team_s_yearly_goal_is_no_goal_of_the_province():
    text = ("Năm 2027, tỉnh Hà Nam thành lập 50 tổ hỗ trợ, mỗi tổ phấn đấu hằng năm đưa khoảng 30 lao động đi làm việc ở "
            "nước ngoài.")
    assert figures(text, kind="target") == []


def test_a_product_line_s_sector_owns_its_goal():
    text = "Ngành tôm của tỉnh Hà Nam đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu tôm tăng 5,3%/năm."
    assert figures(text, kind="target") == []
    assert figures("Tỉnh Hà Nam đặt mục tiêu đến năm 2030 kim ngạch xuất khẩu tăng 8%/năm.", kind="target") \
        == [("export_growth", 8, None, ("2026-01-01", "2030-12-31"))]


def test_a_business_body_named_for_its_country_is_a_partner_when_the_province_signs_a_cooperation_with_it():
    text = "Năm 2025, tỉnh Hà Nam ký kết hợp tác với Phòng Thương mại Hàn Quốc tại Việt Nam."
    assert partners(text) == [("Phòng Thương mại Hàn Quốc tại Việt Nam", "KR")]


def test_a_multiple_of_the_plan_is_its_share():
    text = "Năm 2025, xuất khẩu của tỉnh Hà Nam đạt 8,1 tỷ USD, gấp 7,1 lần mục tiêu năm."
    assert facts(text)[0]["plan_pct"] == 710
    assert facts("Năm 2025, tỉnh Hà Nam có 2.007 người đi lao động ở nước ngoài, gấp đôi chỉ tiêu năm.")[0]["plan_pct"] == 200
    assert facts("Năm 2025, xuất khẩu của tỉnh Hà Nam đạt 8,1 tỷ USD, gấp đôi cùng kỳ.")[0]["change_pct"] == 100


def test_goods_sent_abroad_are_exports():
    assert figures("Bảy tháng đầu năm 2025, hàng hóa của tỉnh Hà Nam xuất ra nước ngoài đạt 740 triệu USD.", date(2025, 8, 5)) \
        == [("export_value", 7.4e8, None, ("2025-01-01", "2025-07-31"))]
    assert figures("Năm 2025, hàng hóa của tỉnh Hà Nam xuất sang Hoa Kỳ đạt 300 triệu USD.")[0][:3] \
        == ("export_value", 3e8, "Hoa Kỳ")


def test_foreign_ngos_counted_as_partners_are_organisations_and_only_a_rank_is_placed_among_partners():
    assert figures("Hiện nay tỉnh Hà Nam hợp tác với 36 đối tác phi chính phủ nước ngoài.") \
        == [("ngo_organizations", 36, None, ("2026-06-30",))]


def test_the_value_of_the_oda_projects_received_is_the_oda_received():
    text = "Từ năm 2011 đến năm 2020, tỉnh Hà Nam tiếp nhận vốn ODA cho 8 dự án với giá trị khoảng 21,7 triệu USD."
    assert figures(text) == [("oda_disbursed", 2.17e7, None, ("2011-01-01", "2020-12-31")),
                             ("oda_projects", 8, None, ("2011-01-01", "2020-12-31"))]


def test_the_province_receiving_the_most_foreign_investment_ranks_first():
    text = "Năm 2025, tỉnh Hà Nam là địa phương nhận nhiều vốn FDI nhất với 6,6 tỷ USD."
    assert ("fdi_rank", 1, None, ("2025-12-31",)) in figures(text, date(2026, 2, 1))
    assert figures("Năm 2025, tỉnh Hà Nam là địa phương có nhiều doanh nghiệp nhất vùng.", date(2026, 2, 1)) == []


def test_a_product_line_named_as_the_means_of_a_purpose_leaves_the_whole_trade_the_goal_s():
    text = ("Tỉnh Hà Nam đặt mục tiêu ưu tiên đầu tư chế biến thủy sản để kim ngạch xuất khẩu đạt 1 tỷ USD vào năm "
            "2030.")
    assert figures(text, kind="target") == [("export_value", 1e9, None, ("2030-01-01", "2030-12-31"))]


def test_capital_disbursed_named_after_its_amount_is_implemented_capital():
    text = ("Giai đoạn 2026-2030, tỉnh Hà Nam phấn đấu thu hút 20 dự án FDI với 500 triệu USD vốn đăng ký và 200 triệu USD "
            "vốn được giải ngân.")
    assert ("fdi_implemented_capital", 2e8, None, ("2026-01-01", "2030-12-31")) in figures(text, date(2025, 12, 10), "target")


def test_a_body_named_for_its_country_may_close_on_its_short_name_and_is_no_partner_when_an_association_signs():
    text = "Năm 2025, tỉnh Hà Nam ký biên bản ghi nhớ với Liên đoàn các Phòng Thương mại và Công nghiệp Ấn Độ (FICCI)."
    assert partners(text) == [("Liên đoàn các Phòng Thương mại và Công nghiệp Ấn Độ", "IN")]
    text = "Tháng 3/2025, Hội Doanh nhân trẻ tỉnh Hà Nam đã ký biên bản ghi nhớ hợp tác với Phòng Thương mại Ấn Độ (ICC)."
    assert partners(text) == []
