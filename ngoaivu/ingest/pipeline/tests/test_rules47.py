"""Rules found in session 47 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import figures, partners

END_OF_JUNE = {"as_of": "2025-06-30"}


def test_a_bracket_listing_the_parts_does_not_make_the_whole_a_part():
    text = ("Đến cuối tháng 6/2025, trên địa bàn tỉnh Hà Nam có 420 dự án đầu tư nước ngoài với tổng vốn 8,3 tỷ USD "
            "(trong các khu công nghiệp 300 dự án, ngoài khu công nghiệp 120 dự án).")
    assert [(f[0], f[1]) for f in figures(text, date(2025, 9, 1))] == [
        ("fdi_active_projects", 420), ("fdi_total_capital", 8.3e9)]


def test_a_running_total_opening_the_sentence_makes_the_capital_after_a_rank_the_stock():
    text = ("Lũy kế đến nay, Hà Nam đứng thứ 9 cả nước về thu hút vốn đầu tư nước ngoài, với tổng vốn đăng ký trên "
            "12 tỷ USD.")
    assert ("fdi_total_capital", 1.2e10, None, ("2025-09-01",)) in figures(text, date(2025, 9, 1))


def test_the_province_ranked_ahead_in_an_aside_owns_no_figure_but_one_named_with_its_own_does():
    text = ("Lũy kế đến nay, Hà Nam đứng thứ 9 cả nước về thu hút vốn đầu tư nước ngoài, sau Hải Phòng, với tổng vốn "
            "đăng ký trên 12 tỷ USD.")
    assert ("fdi_total_capital", 1.2e10, None, ("2025-09-01",)) in figures(text, date(2025, 9, 1))
    text = "Năm 2024, Hà Nam đứng thứ 9 cả nước về thu hút FDI, sau Hải Phòng với 3,5 tỷ USD."
    assert [f[0] for f in figures(text, date(2025, 9, 1))] == ["fdi_rank"]


def test_figures_bracketed_after_a_comparison_s_base_are_that_base_s():
    text = ("Hiện nay, tỉnh Hà Nam có 1.020 dự án FDI còn hiệu lực, tổng vốn đăng ký 12,5 tỷ USD, cao hơn thời điểm ngày "
            "20/3/2025 (1.004 dự án, 12,2 tỷ USD).")
    assert figures(text, date(2025, 9, 1)) == [
        ("fdi_active_projects", 1004, None, ("2025-03-20",)), ("fdi_active_projects", 1020, None, ("2025-09-01",)),
        ("fdi_total_capital", 1.22e10, None, ("2025-03-20",)), ("fdi_total_capital", 1.25e10, None, ("2025-09-01",))]
    # figures after the bracket are not the base's
    text = ("Năm 2025, vốn FDI đăng ký của tỉnh Hà Nam đạt 1,3 tỷ USD, bằng 135% so với năm 2024 (963 triệu USD), "
            "trong đó 81 dự án mới với tổng vốn 600 triệu USD.")
    assert ("fdi_new_projects", 81, None, ("2025-01-01", "2025-12-31")) in figures(text, date(2026, 2, 1))


def test_a_data_date_written_after_the_text_s_now_does_not_redate_it():
    text = ("Sáng 20-1, lãnh đạo tỉnh Hà Nam tiếp đoàn Tổng lãnh sự quán Ấn Độ.\n\nPhó Chủ tịch UBND tỉnh cho biết, đến nay "
            "toàn tỉnh có 420 dự án FDI còn hiệu lực với tổng vốn đăng ký hơn 8,3 tỷ USD.\n\nNăm 2025 là năm thu hút đầu tư "
            "nổi bật của tỉnh. Tính đến ngày 30/11/2025, tỉnh thu hút 15 dự án FDI với tổng vốn đăng ký 600 triệu USD.")
    found = figures(text, date(2026, 1, 20))
    assert ("fdi_active_projects", 420, None, ("2026-01-20",)) in found
    assert ("fdi_new_projects", 15, None, ("2025-01-01", "2025-11-30")) in found


def test_organizations_at_work_on_a_day_told_are_a_standing_then():
    text = ("Khi đoàn công tác của PACCOM làm việc với tỉnh Hà Nam ngày 31/10/2023, tỉnh đã có hơn 20 tổ chức phi chính phủ "
            "nước ngoài hoạt động.")
    assert figures(text, date(2025, 9, 1)) == [("ngo_organizations", 20, None, ("2023-10-31",))]


def test_districts_ranked_after_the_province_s_total_hold_their_own_shares():
    text = ("Tính đến hết tháng 6/2025, tỉnh Quảng Ninh có 200 dự án FDI còn hiệu lực. Thị xã Đông Triều dẫn đầu với 70 dự án, "
            "tiếp theo là thành phố Uông Bí với 50 dự án và thành phố Móng Cái với 9 dự án.")
    assert figures(text, date(2025, 7, 10)) == [("fdi_active_projects", 200, None, ("2025-06-30",))]
    # a district named with others ("giữa huyện A với 4 huyện của Lào") is no subject of the figure after them
    text = ("Tại cuộc giao ban giữa huyện Kỳ Sơn với 4 huyện của Lào, các bên cho biết 5 tháng đầu năm 2025, tổng kim ngạch "
            "xuất nhập khẩu qua cửa khẩu quốc tế Nậm Cắn của tỉnh Nghệ An đạt 12 triệu USD.")
    assert [f[:2] for f in figures(text, date(2025, 7, 10))] == [("trade_value", 1.2e7)]


def test_one_donor_s_figures_are_no_province_total_but_those_of_all_donors_are():
    text = ("Năm 2025, tỉnh Hà Nam tiếp nhận 20 dự án viện trợ phi chính phủ nước ngoài. Tổ chức KFHI gắn bó với tỉnh "
            "nhiều năm; trong năm 2025, tổ chức này triển khai 6 dự án tại các huyện Kim Bảng và Lý Nhân.")
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("ngo_new_commitments", 20)]
    text = ("Năm 2025, tỉnh Hà Nam có 14 tổ chức phi chính phủ nước ngoài hoạt động; các tổ chức này triển khai 43 chương "
            "trình, dự án.")
    assert ("ngo_projects", 43) in [f[:2] for f in figures(text, date(2026, 1, 20))]


def test_the_community_living_abroad_counted_after_its_words_is_no_workers_figure():
    assert figures("Số người Hà Nam đang sinh sống, học tập và làm việc ở nước ngoài hiện trên 60 nghìn người.") == []
    text = "Năm 2025, tỉnh Hà Nam có 3.000 người đi làm việc ở nước ngoài theo hợp đồng."
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("workers_abroad", 3000)]


def test_the_province_s_own_goal_clause_after_the_nation_and_a_product_line_is_its_goal():
    text = ("Theo định hướng để đưa Hà Nam trở thành trung tâm công nghiệp điện tử của cả nước, tỉnh phấn đấu xuất khẩu "
            "đạt 3 tỷ USD vào năm 2030.")
    assert figures(text, kind="target") == [("export_value", 3e9, None, ("2030-01-01", "2030-12-31"))]
    # a product line's figure told after a colon stays a part
    text = "Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 410 triệu USD. Hàng may mặc tăng mạnh: trong năm, tỉnh xuất khẩu 9,2 triệu USD."
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("export_value", 4.1e8)]


def test_the_growth_beside_a_goal_s_parts_in_the_next_sentence_is_a_goal_of_its_own():
    text = ("Kế hoạch năm 2026, tỉnh Hà Nam phấn đấu tổng kim ngạch xuất nhập khẩu đạt 12 tỷ USD. Trong đó, kim ngạch xuất "
            "khẩu đạt 7 tỷ USD, tăng 12% so với năm trước; kim ngạch nhập khẩu đạt 5 tỷ USD, tăng 10%.")
    year = ("2026-01-01", "2026-12-31")
    assert figures(text, date(2026, 2, 1), kind="target") == [
        ("export_growth", 12, None, year), ("export_value", 7e9, None, year), ("import_growth", 10, None, year),
        ("import_value", 5e9, None, year), ("trade_value", 1.2e10, None, year)]


def test_projects_capital_is_raised_for_are_adjusted_projects():
    text = ("Năm 2025, tỉnh Hà Nam cấp mới 8 dự án FDI với tổng vốn khoảng 70 triệu USD; cùng với đó là tăng vốn cho 8 dự "
            "án, tổng vốn tăng 10 triệu USD.")
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [
        ("fdi_added_capital", 1e7), ("fdi_adjusted_projects", 8), ("fdi_new_capital", 7e7), ("fdi_new_projects", 8)]


def test_workers_sent_abroad_said_once_later_in_the_sentence_or_after_a_count_of_them():
    text = ("Bước sang năm 2026, Hà Nam đặt chỉ tiêu đưa từ 1.500 lao động trở lên và phấn đấu 100% xã đều có người đi làm "
            "việc ở nước ngoài.")
    assert figures(text, date(2026, 2, 1), kind="target") == [("workers_abroad", 1500, None, ("2026-01-01", "2026-12-31"))]
    text = "Năm 2025, Hà Nam có 1.770 người đi làm việc ở nước ngoài. Bước sang năm 2026, tỉnh đặt chỉ tiêu đưa từ 1.500 lao động trở lên."
    assert figures(text, date(2026, 2, 1), kind="target") == [("workers_abroad", 1500, None, ("2026-01-01", "2026-12-31"))]


def test_the_domestic_rest_is_no_foreign_count_and_a_part_of_those_in_force_is_in_force():
    text = ("Năm 2025, tỉnh Hà Nam cấp phép cho 49 dự án đầu tư. Trong số này có 5 dự án có vốn đầu tư nước ngoài với tổng "
            "vốn đăng ký 143 triệu USD; 44 dự án còn lại là của nhà đầu tư trong nước.")
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("fdi_new_capital", 1.43e8), ("fdi_new_projects", 5)]
    text = ("Tính đến ngày 20/10/2025, trên địa bàn tỉnh Hà Nam có 428 dự án còn hiệu lực. Trong số này có 31 dự án FDI với "
            "tổng vốn đăng ký 470 triệu USD.")
    assert figures(text, date(2025, 10, 25)) == [("fdi_active_projects", 31, None, ("2025-10-20",)),
                                                 ("fdi_total_capital", 4.7e8, None, ("2025-10-20",))]


def test_a_body_described_in_vietnamese_takes_the_country_named_after_its_short_name():
    text = ("Năm 2025, Liên hiệp các tổ chức hữu nghị tỉnh Hà Nam phối hợp với Tổ chức Thắp sáng Hy vọng trẻ em (CHIA) "
            "của Úc triển khai dự án hỗ trợ trẻ em.")
    assert partners(text) == [("CHIA", "AU")]


def test_a_short_name_bracketed_with_its_country_names_the_body_described_before_it():
    text = ("Năm 2025, thành phố Đà Nẵng phối hợp với Tổ chức Cứu trợ thế giới của Hội thánh Assemblies of God Australia "
            "(AOGWR, Australia) triển khai dự án nước sạch.")
    assert partners(text) == [("AOGWR", "AU")]


def test_the_base_bracketed_after_a_comparison_is_the_earlier_year_s_result_beside_a_result_or_a_goal():
    text = ("Năm 2025, kim ngạch xuất khẩu của tỉnh Hà Nam đạt 1.300 triệu USD, tăng 33,1% so với năm 2024 (thực hiện năm "
            "2024: 977 triệu USD).")
    assert ("export_value", 9.77e8, None, ("2024-01-01", "2024-12-31")) in figures(text, date(2026, 1, 20))
    text = ("Kế hoạch năm 2026 của tỉnh Hà Nam đặt mục tiêu kim ngạch xuất khẩu đạt 1,03 tỷ USD, tăng 30,3% so với năm 2025 "
            "(năm 2025 đạt 791,9 triệu USD).")
    assert figures(text, date(2026, 2, 1)) == [("export_value", 7.919e8, None, ("2025-01-01", "2025-12-31"))]


def test_the_next_year_of_a_series_estimated_is_the_same_measure():
    text = "Giá trị hàng hóa xuất khẩu của tỉnh Hà Nam từ 13,2 triệu USD năm 2021 đã lên 16,8 triệu USD năm 2024, năm 2025 ước đạt 20 triệu USD."
    assert ("export_value", 2e7, None, ("2025-01-01", "2025-12-31")) in figures(text, date(2026, 1, 20))


def test_the_whole_trade_named_anew_after_a_colon_is_no_product_line_s_part():
    text = ("Nhật Bản tiếp tục là thị trường lớn, chủ yếu tiêu thụ thủy sản của tỉnh Hà Nam: năm 2025 kim ngạch xuất khẩu "
            "sang Nhật Bản đạt 69,4 triệu USD.")
    assert figures(text, date(2026, 1, 20)) == [("export_value", 6.94e7, "Nhật Bản", ("2025-01-01", "2025-12-31"))]


def test_foreign_capital_adjusted_is_the_capital_added():
    text = "Năm 2025, vốn FDI điều chỉnh của tỉnh Hà Nam đạt 96,4 triệu USD, giảm 39,7%."
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("fdi_added_capital", 9.64e7)]
