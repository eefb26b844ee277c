"""Observations on wordings found in session 27 (04/12/2026) in the studied long texts: totals of all investors before
their foreign part, the next item of a stock's list, a base compared with in an earlier clause, an event day's year, a
bracketed restatement in dollars. Each rule on made-up sentences (none names a development text's place, figure or
sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_HEAD = "Đầu tư vào tỉnh Phú Thọ\nPhú Thọ, ngày 20/01/2021\n\n"


def test_a_total_of_all_investors_before_its_foreign_part_with_capital_is_left_out():
    text = _HEAD + ("Năm 2020, tỉnh thu hút được 100 dự án, trong đó có 12 dự án FDI với tổng vốn đăng ký khoảng 150 triệu "
                    "USD và 88 dự án đầu tư trong nước (DDI) với tổng vốn đăng ký 5.000,4 tỷ đồng. Như vậy, tính đến hết năm "
                    "2020, trên địa bàn tỉnh có 500 dự án, trong đó 60 dự án FDI với tổng vốn đăng ký 1.200,5 triệu USD và "
                    "440 dự án DDI với tổng vốn đăng ký 20.000 tỷ đồng.")
    assert _read(text) == [("fdi_active_projects", 60, ("as_of", "2020-12-31")),
                           ("fdi_new_capital", 150e6, ("2020-01-01", "2020-12-31")),
                           ("fdi_new_projects", 12, ("2020-01-01", "2020-12-31")),
                           ("fdi_total_capital", 1200.5e6, ("as_of", "2020-12-31"))]


def test_the_next_item_of_a_list_held_at_a_date_is_a_stock():
    text = _HEAD + ("Như vậy, tính đến hết tháng 12/2020, trên địa bàn tỉnh có 210 dự án đầu tư trong nước với tổng vốn "
                    "9.000 tỷ đồng và 14 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 40 triệu USD.")
    assert _read(text) == [("fdi_active_projects", 14, ("as_of", "2020-12-31")),
                           ("fdi_total_capital", 40e6, ("as_of", "2020-12-31"))]


def test_a_list_counted_since_a_start_stays_a_flow():
    text = _HEAD + ("Từ đầu năm đến hết tháng 12/2020, tỉnh có 30 dự án đầu tư trong nước và 5 dự án FDI được cấp phép.")
    assert ("fdi_new_projects", 5, ("2020-01-01", "2020-12-31")) in _read(text)


def test_a_base_compared_with_in_an_earlier_clause_frames_no_later_figure():
    text = ("Kế hoạch năm 2021 của tỉnh Phú Thọ\nPhú Thọ, ngày 20/01/2021\n\nCác chỉ tiêu chủ yếu năm 2021 gồm: kim ngạch "
            "xuất khẩu phấn đấu đạt 1.300 triệu USD, tăng 10% so với thực hiện năm 2020; nhập khẩu phấn đấu đạt 680 triệu "
            "USD.")
    found = _read(text, "target")
    assert ("import_value", 680e6, ("2021-01-01", "2021-12-31")) in found
    assert ("export_value", 1300e6, ("2021-01-01", "2021-12-31")) in found


def test_an_event_day_of_another_year_frames_the_flows_told_after_it():
    text = ("Đối ngoại tỉnh Phú Thọ\nPhú Thọ, ngày 15/01/2024\n\nNgày 26 - 27/3/2023, tỉnh tổ chức chương trình giao lưu "
            "hữu nghị. Tại chương trình, các tổ chức phi chính phủ nước ngoài đã ký cam kết hỗ trợ dự án mới cho tỉnh với "
            "tổng giá trị hơn 2 triệu USD.")
    assert ("ngo_committed", 2e6, ("2023-01-01", "2023-12-31")) in _read(text)


def test_an_event_day_of_the_text_s_own_year_changes_nothing():
    text = ("Đối ngoại tỉnh Phú Thọ\nPhú Thọ, ngày 15/12/2023\n\nNgày 26/3/2023, tỉnh tổ chức chương trình giao lưu hữu "
            "nghị. Trong năm, các tổ chức phi chính phủ nước ngoài đã ký cam kết với tỉnh hơn 2 triệu USD.")
    assert ("ngo_committed", 2e6, ("2023-01-01", "2023-12-31")) in _read(text)


def test_an_amount_in_dong_restated_in_dollars_in_brackets_is_kept_in_dollars():
    for bracket in ("(9,3 triệu USD)", "(gần 9,3 triệu USD)", "(tương đương 9,3 triệu USD)"):
        text = _HEAD + f"Năm 2020, có 3 dự án FDI đăng ký tăng vốn với tổng vốn tăng thêm hơn 212 tỷ đồng {bracket}."
        found = _read(text)
        assert ("fdi_added_capital", 9.3e6, ("2020-01-01", "2020-12-31")) in found, bracket
        assert not any(value == 212e9 for _, value, _ in found), bracket


def test_foreign_capital_new_and_added_is_the_registered_capital():
    text = _HEAD + ("Năm 2020, tỉnh cấp mới 7 dự án FDI; 3 dự án tăng vốn thêm 9 triệu USD, nâng tổng vốn đầu tư nước ngoài "
                    "cấp mới và tăng thêm lên gần 320 triệu USD.")
    assert ("fdi_registered_capital", 320e6, ("2020-01-01", "2020-12-31")) in _read(text)


def test_the_parts_of_another_scope_s_mixed_total_are_that_scope_s():
    text = _HEAD + ("Năm 2020, tỉnh cấp mới 30 dự án FDI. Các khu công nghiệp thu hút 50 dự án, trong đó 10 dự án FDI với tổng "
                    "vốn đăng ký 100 triệu USD và 40 dự án đầu tư trong nước với tổng vốn 3.000 tỷ đồng.")
    assert _read(text) == [("fdi_new_projects", 30, ("2020-01-01", "2020-12-31"))]


def test_a_part_opening_a_sentence_mid_paragraph_is_not_a_part_of_the_paragraph_before():
    text = _HEAD + ("Năm 2019, tỉnh điều chỉnh tăng vốn cho 20 dự án FDI với vốn tăng thêm 90 triệu USD.\n\n"
                    "Quý I/2020, tỉnh thu hút 700 triệu USD vốn đầu tư quy đổi. Trong đó, tỉnh cấp mới 6 dự án FDI với vốn đăng "
                    "ký 500 triệu USD; điều chỉnh tăng vốn cho 1 dự án trong nước (thêm 16 tỷ đồng) và 10 dự án FDI với vốn "
                    "đăng ký tăng thêm 60 triệu USD.")
    found = _read(text)
    assert ("fdi_adjusted_projects", 10, ("2020-01-01", "2020-03-31")) in found
    assert ("fdi_added_capital", 60e6, ("2020-01-01", "2020-03-31")) in found


def test_a_paragraph_turning_to_domestic_investment_ends_the_foreign_topic():
    text = _HEAD + ("Trong tháng 1/2020, tỉnh cấp mới 3 dự án FDI với tổng vốn 88 triệu USD.\n\n"
                    "Đối với đầu tư trong nước, trong tháng có 4 dự án được cấp mới và điều chỉnh tăng vốn. Trong đó, 3 dự án "
                    "cấp mới có vốn đăng ký 10.599 tỷ đồng; 1 dự án điều chỉnh tăng thêm 608 tỷ đồng.")
    assert _read(text) == [("fdi_new_capital", 88e6, ("2020-01-01", "2020-01-31")),
                           ("fdi_new_projects", 3, ("2020-01-01", "2020-01-31"))]


def test_the_capital_of_new_projects_just_counted_is_new_capital_after_a_sum_of_all_forms():
    text = _HEAD + ("Đến hết tháng 11/2020, tổng vốn FDI (gồm cấp mới, điều chỉnh tăng vốn và góp vốn, mua cổ phần) đạt 3,08 tỷ "
                    "USD; số dự án cấp mới là 1.090, tăng 35,1%, với vốn đăng ký 573,5 triệu USD, tăng 20,1%.")
    assert ("fdi_new_capital", 573.5e6, ("2020-01-01", "2020-11-30")) in _read(text)


def test_the_projects_left_after_the_domestic_ones_are_counted_by_the_difference():
    text = _HEAD + ("Năm 2020, tỉnh cấp mới 30 dự án đầu tư. Trong 30 dự án nói trên, 28 dự án là của nhà đầu tư trong nước "
                    "với tổng vốn đăng ký hơn 12.500 tỷ đồng; các dự án còn lại có vốn đầu tư nước ngoài, vốn đăng ký 9,5 "
                    "triệu USD.")
    assert _read(text) == [("fdi_new_capital", 9.5e6, ("2020-01-01", "2020-12-31")),
                           ("fdi_new_projects", 2, ("2020-01-01", "2020-12-31"))]


def test_a_foreign_share_opening_a_sentence_after_all_investors_total_is_the_province_s():
    text = _HEAD + ("Năm 2019, tỉnh cấp mới 12 dự án FDI.\n\nTrong 6 tháng đầu năm 2020, toàn tỉnh thu hút 18 dự án đầu tư mới "
                    "với tổng vốn hơn 7.000 tỷ đồng.\n\nTrong số đó, tỉnh đã cấp giấy chứng nhận đầu tư cho 7 dự án FDI mới.")
    assert ("fdi_new_projects", 7, ("2020-01-01", "2020-06-30")) in _read(text)


def test_one_line_of_products_is_a_part_of_the_trade_in_results_and_goals():
    text = ("Xuất khẩu tỉnh Bến Tre\nBến Tre, ngày 20/10/2024\n\nNăm 2025, tỉnh phấn đấu kim ngạch xuất khẩu đạt 1.850 triệu "
            "USD. Riêng xuất khẩu các sản phẩm từ dừa được kỳ vọng đạt 560 triệu USD. Năm 2024, riêng các sản phẩm từ dừa "
            "đạt khoảng 500 triệu USD. Trừ nhóm điện thoại thông minh có giá trị xuất khẩu ước đạt 2,95 tỷ USD, các nhóm "
            "hàng khác đều tăng.")
    assert _read(text, "target") == [("export_value", 1850e6, ("2025-01-01", "2025-12-31"))]
    assert _read(text) == []


def test_a_yearly_rate_takes_the_span_written_after_it_over_a_strategy_s_year():
    text = ("Xuất khẩu tỉnh Bến Tre\nBến Tre, ngày 20/10/2024\n\nChiến lược xuất nhập khẩu hàng hóa đến năm 2030 do UBND tỉnh "
            "ban hành đặt mục tiêu tốc độ tăng kim ngạch xuất khẩu đạt 14%/năm trong giai đoạn 2021-2030.")
    assert _read(text, "target") == [("export_growth", 14, ("2021-01-01", "2030-12-31"))]


def test_projects_proposed_in_a_list_are_no_count():
    text = _HEAD + ("Năm 2020, tỉnh cấp mới 5 dự án FDI. Trên cơ sở đó, tỉnh công bố danh mục 117 dự án kêu gọi đầu tư nước "
                    "ngoài; Liên hiệp đã lập danh mục 98 dự án vận động viện trợ phi chính phủ nước ngoài.")
    assert _read(text) == [("fdi_new_projects", 5, ("2020-01-01", "2020-12-31"))]


def test_a_moment_named_thoi_diem_holds_a_stock_then():
    text = ("Tin Lào Cai\n\nLào Cai, ngày 15/01/2024\n\nTại Lào Cai, thời điểm tháng 3/2023 có 34 tổ chức phi chính phủ nước "
            "ngoài đang hỗ trợ các đối tác địa phương.")
    assert _read(text) == [("ngo_organizations", 34, ("as_of", "2023-03-31"))]


def test_the_aid_items_listed_after_gom_are_the_total_s_split():
    text = ("Viện trợ tỉnh Phú Thọ\nPhú Thọ, ngày 20/01/2024\n\nNăm 2023, tỉnh tiếp nhận 25 khoản viện trợ, gồm 16 chương trình, "
            "dự án và 9 khoản phi dự án của 14 tổ chức phi chính phủ nước ngoài, tổng giá trị cam kết gần 24,5 tỷ đồng.\n\n"
            "Trong 6 tháng đầu năm 2024, tỉnh triển khai 31 chương trình, dự án viện trợ phi chính phủ nước ngoài; trong đó "
            "tiếp nhận mới 16 chương trình, dự án.")
    found = _read(text)
    assert not any(code == "ngo_projects" and period[0] == "2023-01-01" for code, _, period in found)
    assert ("ngo_new_commitments", 16, ("2024-01-01", "2024-06-30")) in found


def test_aid_items_given_to_the_province_or_new_after_the_list_are_new_commitments():
    text = ("Viện trợ tỉnh Phú Thọ\nPhú Thọ, ngày 20/06/2023\n\nTừ năm 2018 đến tháng 5/2023, các tổ chức phi chính phủ nước "
            "ngoài đã tài trợ cho Phú Thọ 99 dự án và khoản viện trợ phi dự án. Giai đoạn 2014 - 2019, bình quân mỗi năm có "
            "38 dự án và khoản viện trợ phi dự án mới. Giai đoạn 2021 - 2022, nguồn viện trợ này đến từ 81 chương trình, "
            "dự án của 20 tổ chức phi chính phủ nước ngoài.")
    found = {(code, value) for code, value, _ in _read(text)}
    assert {("ngo_new_commitments", 99), ("ngo_new_commitments", 38), ("ngo_new_commitments", 81)} <= found
    assert not any(code == "ngo_projects" for code, _ in found)


def test_so_many_of_all_the_units_is_a_count():
    text = ("Viện trợ tỉnh Phú Thọ\nPhú Thọ, ngày 20/06/2023\n\nHiện có 25/40 tổ chức phi chính phủ nước ngoài đã đăng ký "
            "đang hoạt động tại tỉnh.")
    assert _read(text) == [("ngo_organizations", 25, ("as_of", "2023-06-20"))]


def test_a_province_s_name_inside_a_person_s_name_is_no_other_province():
    text = ("Hội nghị viện trợ tỉnh Phú Thọ\nPhú Thọ, ngày 20/04/2023\n\nBáo cáo tại hội nghị, Giám đốc Sở Ngoại vụ Nguyễn "
            "Thái Bình cho biết trong năm 2022, tỉnh đã tiếp nhận và triển khai 25 dự án, khoản viện trợ phi dự án với tổng "
            "giá trị giải ngân 2,5 triệu USD.")
    assert _read(text) == [("ngo_disbursed", 2.5e6, ("2022-01-01", "2022-12-31")),
                           ("ngo_projects", 25, ("2022-01-01", "2022-12-31"))]


def test_the_budget_s_revenue_from_trade_is_no_trade_value():
    text = ("Kinh tế cửa khẩu tỉnh Quảng Ninh\nQuảng Ninh, ngày 10/06/2025\n\nNăm tháng đầu năm 2025, hoạt động xuất nhập "
            "khẩu qua biên giới phục hồi giúp thu ngân sách nhà nước qua địa bàn đạt hơn 1.035 tỷ đồng, tăng gần 20% so "
            "với cùng kỳ.")
    assert _read(text) == []


def test_a_trade_s_level_in_a_plan_of_several_years_is_the_last_year_s():
    text = ("KẾ HOẠCH phát triển kinh tế - xã hội 5 năm giai đoạn 2016 - 2020 của tỉnh Phú Yên\n\n2. Chỉ tiêu chủ yếu:\n\n"
            "a) Tốc độ tăng tổng sản phẩm trên địa bàn đạt 8,35%.\n\nb) Tổng kim ngạch xuất khẩu đạt 200 triệu USD.\n\n"
            "c) Tổng kim ngạch xuất khẩu 5 năm đạt 800 triệu USD.")
    assert _read(text, "target") == [("export_value", 200e6, ("2020-01-01", "2020-12-31")),
                                     ("export_value", 800e6, ("2016-01-01", "2020-12-31"))]
