"""Rules found in session 52 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures


def test_the_province_s_own_item_in_a_list_of_places_with_their_figures_is_its_own():
    text = ("HẢI DƯƠNG - Quý I/2024, các địa phương nhập khẩu nhiều nhất cả nước là Hà Nội (9,4 tỷ USD), Đồng Nai "
            "(4,1 tỷ USD), Hải Dương (3,2 tỷ USD) và Long An (2,9 tỷ USD).")
    assert [f[:2] for f in figures(text, date(2024, 4, 20))] == [("import_value", 3200000000)]
    text = ("HẢI DƯƠNG - Về xuất khẩu quý I/2024, đứng đầu là Hà Nội với 9,8 tỷ USD, tiếp theo là Hải Dương với hơn "
            "3,6 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2024, 4, 20))] == [("export_value", 3600000000)]


def test_a_province_s_name_inside_a_firm_s_or_after_of_is_no_list_item():
    text = ("Năm 2023, kim ngạch xuất khẩu của tỉnh Hải Dương đạt 11 tỷ USD. Trong 5 tỉnh xuất khẩu lớn nhất vùng có "
            "nhiều nhà máy lớn như nhà máy linh kiện xuất khẩu của Công ty TNHH Ford Hải Dương với 1,2 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2024, 1, 20))] == [("export_value", 11000000000)]
    text = ("Năm 2023, kim ngạch xuất khẩu của tỉnh Hải Dương đạt 11 tỷ USD. Trong 5 tỉnh xuất khẩu lớn nhất vùng, "
            "riêng mặt hàng điện tử, kim ngạch xuất khẩu của Hải Dương đạt 4,2 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2024, 1, 20))] == [("export_value", 11000000000)]


def test_projects_adjusted_after_new_projects_of_every_origin_with_their_foreign_part_are_of_every_origin():
    text = ("Năm 2024, tỉnh Phú Yên cấp mới 52 dự án, trong đó có 9 dự án FDI với vốn đăng ký 41,5 triệu USD; điều chỉnh "
            "vốn cho 27 dự án.")
    assert "fdi_adjusted_projects" not in [f[0] for f in figures(text, date(2025, 1, 20))]
    text = ("Năm 2024, tỉnh Phú Yên có 61 dự án mới với tổng vốn 12.000 tỷ đồng, gồm 55 dự án trong nước và 6 dự án FDI; "
            "đồng thời điều chỉnh 40 dự án.")
    assert "fdi_adjusted_projects" not in [f[0] for f in figures(text, date(2025, 1, 20))]
    # new foreign projects broken down by country, or a foreign clause of its own, keep the adjusted ones foreign
    text = ("Năm 2024, tỉnh Phú Yên cấp mới 12 dự án FDI, trong đó có 5 dự án của Nhật Bản; điều chỉnh vốn cho 7 dự án.")
    assert ("fdi_adjusted_projects", 7) in [f[:2] for f in figures(text, date(2025, 1, 20))]
    text = ("Năm 2024, tỉnh Phú Yên cấp mới 52 dự án, trong đó có 9 dự án FDI; điều chỉnh vốn cho 8 dự án FDI.")
    assert ("fdi_adjusted_projects", 8) in [f[:2] for f in figures(text, date(2025, 1, 20))]


def test_a_figure_whose_last_month_was_named_loosely_is_the_one_dated_to_the_day():
    text = ("Sáu tháng đầu năm 2024, tỉnh Hà Nam cấp mới cho 18 dự án FDI.\n\nTheo Sở Kế hoạch và Đầu tư, từ đầu năm đến "
            "ngày 20/6/2024, toàn tỉnh có 18 dự án có vốn đầu tư nước ngoài đăng ký mới.")
    assert [f[:2] + (f[3],) for f in figures(text, date(2024, 6, 28))] == [
        ("fdi_new_projects", 18, ("2024-01-01", "2024-06-20"))]
    # another month's figure of the same value is another fact
    text = ("Năm tháng đầu năm 2024, tỉnh Hà Nam cấp mới cho 18 dự án FDI.\n\nTheo Sở Kế hoạch và Đầu tư, từ đầu năm đến "
            "ngày 20/6/2024, toàn tỉnh có 18 dự án có vốn đầu tư nước ngoài đăng ký mới.")
    assert len(figures(text, date(2024, 6, 28))) == 2


def test_the_last_or_first_quarter_of_a_year_in_words():
    text = "Quý cuối năm 2024, tỉnh Đắk Lắk thu hút 5 dự án FDI. Trong quý đầu năm 2025, tỉnh thu hút thêm 3 dự án FDI."
    assert sorted(f[3] for f in figures(text, date(2025, 4, 20))) == [("2024-10-01", "2024-12-31"),
                                                                     ("2025-01-01", "2025-03-31")]


def test_some_of_the_year_s_months_named_within_its_total_are_the_same_trade_over_them():
    text = ("Kim ngạch xuất khẩu của tỉnh Gia Lai năm 2024 ước đạt 1,2 tỷ USD, trong đó 6 tháng cuối năm đạt 640 triệu "
            "USD.")
    assert sorted(f[:2] + (f[3],) for f in figures(text, date(2024, 12, 28))) == [
        ("export_value", 640000000, ("2024-07-01", "2024-12-31")), ("export_value", 1200000000, ("2024-01-01", "2024-12-31"))]
    # a product's share, no months of its own, stays a part
    text = "Kim ngạch xuất khẩu của tỉnh Gia Lai năm 2024 ước đạt 1,2 tỷ USD, trong đó cà phê đạt 640 triệu USD."
    assert [f[:2] for f in figures(text, date(2024, 12, 28))] == [("export_value", 1200000000)]


def test_a_board_named_as_the_source_of_the_province_s_own_figure_makes_no_part():
    text = ("Theo số liệu do Ban Quản lý các khu công nghiệp tỉnh cung cấp, trong tháng 3/2024 Bắc Giang cấp mới cho "
            "2 dự án FDI, vốn đăng ký 12,5 triệu USD.")
    assert sorted(f[:2] for f in figures(text, date(2024, 4, 5))) == [("fdi_new_capital", 12500000), ("fdi_new_projects", 2)]
    # the board's own figures, the province not their subject, stay the parks'
    text = ("Tháng 3/2024, tỉnh Bắc Giang thu hút 5 dự án FDI. Theo số liệu do Ban Quản lý các khu công nghiệp tỉnh cung "
            "cấp, trong tháng các khu công nghiệp cấp mới cho 2 dự án FDI.")
    assert [f[:2] for f in figures(text, date(2024, 4, 5))] == [("fdi_new_projects", 5)]


def test_shares_bought_counted_in_turns_then_their_value_are_no_investment_figure():
    for bought in ("góp vốn, mua cổ phần", "góp vốn, mua phần cổ phần"):
        text = (f"Tháng 9/2022, Hà Nội cấp mới 20 dự án FDI với 8 triệu USD; nhà đầu tư nước ngoài {bought} 15 lượt, "
                "đạt 19 triệu USD.")
        assert sorted(f[:2] for f in figures(text, date(2022, 10, 5))) == [("fdi_new_capital", 8000000),
                                                                          ("fdi_new_projects", 20)]


def test_relations_the_province_has_with_a_country_s_places_count_them_whatever_the_verb_before():
    text = "Đến nay, tỉnh Hải Dương có quan hệ hợp tác với 8 địa phương của Trung Quốc."
    assert [f[:2] for f in figures(text, date(2023, 4, 21))] == [("partner_localities", 8)]
    # relations held once are not those held now
    text = "Trước đây tỉnh Hải Dương chỉ có quan hệ hữu nghị và hợp tác với 01 tỉnh của nước bạn Lào."
    assert figures(text, date(2023, 4, 21)) == []


def test_the_next_markets_of_a_trade_just_given_are_the_same_trade_with_them():
    text = ("Năm 2019, kim ngạch xuất nhập khẩu của tỉnh Tiền Giang với Trung Quốc đạt khoảng 584 triệu USD, với Nhật Bản "
            "khoảng 244 triệu USD và với Hàn Quốc khoảng 180 triệu USD.")
    found = sorted(f[:3] for f in figures(text, date(2020, 10, 15)))
    assert found[:2] == [("trade_value", 180000000, "Hàn Quốc"), ("trade_value", 244000000, "Nhật Bản")]
    assert [f[:2] for f in found[2:]] == [("trade_value", 584000000)]
    # a place of the province's own is no market
    text = ("Năm 2019, kim ngạch xuất khẩu của tỉnh Tiền Giang sang Trung Quốc đạt 584 triệu USD, từ huyện Chợ Gạo "
            "40 triệu USD.")
    assert [f[:2] for f in figures(text, date(2020, 10, 15))] == [("export_value", 584000000)]


def test_pairs_of_partner_provinces_count_the_partner_localities():
    text = "Đến hết năm 2025, tỉnh Quảng Trị có 12 cặp quan hệ hợp tác cấp tỉnh, thành phố."
    assert [f[:2] for f in figures(text, date(2026, 1, 10))] == [("partner_localities", 12)]
    # a pair of border gates is no partner
    text = "Đến hết năm 2025, tỉnh Quảng Trị có 3 cặp cửa khẩu với Lào."
    assert "partner_localities" not in [f[0] for f in figures(text, date(2026, 1, 10))]


def test_the_nation_named_before_a_figure_the_province_is_named_after_is_no_owner():
    text = ("Tỉnh Cao Bằng duy trì quan hệ với 15 cơ quan đại diện nước ngoài tại Việt Nam, và hiện có 22 tổ chức phi chính "
            "phủ nước ngoài có hoạt động tài trợ cho tỉnh.")
    assert [f[:2] for f in figures(text, date(2024, 7, 1))] == [("ngo_organizations", 22)]
    # the nation's own figure stays the nation's, another province named after stays another's
    text = "Năm 2023, cả nước có 500 tổ chức phi chính phủ nước ngoài có hoạt động tài trợ cho tỉnh Lào Cai và các tỉnh khác."
    assert figures(text, date(2024, 7, 1)) == []


def test_the_next_in_a_ranking_of_investors_by_their_capital_is_the_same_measure():
    text = ("Tính đến cuối năm 2023, tỉnh Bình Định có 90 dự án FDI còn hiệu lực. Singapore dẫn đầu với tổng vốn đăng ký "
            "310 triệu USD; thứ hai là Nhật Bản với 220 triệu USD; tiếp theo là Hàn Quốc với 95 triệu USD.")
    found = {f[2]: f[:2] for f in figures(text, date(2024, 3, 1)) if f[2]}
    assert found == {"Singapore": ("fdi_total_capital", 310000000), "Nhật Bản": ("fdi_total_capital", 220000000),
                     "Hàn Quốc": ("fdi_total_capital", 95000000)}


def test_turns_of_adjustment_raising_an_amount_count_the_projects_that_raised_capital():
    for raised in ("3 lượt điều chỉnh tăng 50 triệu USD", "3 lượt điều chỉnh vốn, tăng thêm 50 triệu USD"):
        text = f"Năm 2023, tỉnh Quảng Bình cấp mới 5 dự án FDI với 100 triệu USD, {raised}."
        assert ("fdi_adjusted_projects", 3) in [f[:2] for f in figures(text, date(2024, 1, 15))]


def test_workers_sent_abroad_named_past_the_head_s_words_and_people_who_left_after_them():
    text = ("Năm 2017, khoảng 1.700 lao động của tỉnh Đồng Tháp ký hợp đồng đi làm việc ở nước ngoài. Năm 2018 có 2.007 "
            "người xuất cảnh.")
    assert [f[:2] for f in figures(text, date(2024, 1, 15))] == [("workers_abroad", 1700), ("workers_abroad", 2007)]


def test_goods_through_all_the_gates_or_through_the_gate_unnamed_are_the_province_s_trade():
    text = "Năm 2020, hàng hóa qua các cửa khẩu của tỉnh Quảng Ninh xấp xỉ 2,79 tỷ USD."
    assert [f[:2] for f in figures(text, date(2021, 1, 15))] == [("trade_value", 2790000000)]
    text = "Chín tháng năm 2018, kim ngạch qua cửa khẩu của tỉnh Tây Ninh ước đạt 950 triệu USD."
    assert [f[:2] for f in figures(text, date(2018, 10, 10))] == [("trade_value", 950000000)]
    # one named gate's figure is a part; exports through the gates are exports; tax paid on goods is no trade
    text = "Chín tháng năm 2018, kim ngạch qua cửa khẩu Mộc Bài của tỉnh Tây Ninh ước đạt 950 triệu USD."
    assert figures(text, date(2018, 10, 10)) == []
    text = "Năm 2020, kim ngạch xuất khẩu hàng hóa qua các cửa khẩu của tỉnh Quảng Ninh đạt 1,2 tỷ USD."
    assert [f[:2] for f in figures(text, date(2021, 1, 15))] == [("export_value", 1200000000)]
    text = "Năm 2023, hàng hóa qua các cửa khẩu của tỉnh Quảng Ninh đã đóng thuế hơn 280 tỷ đồng."
    assert figures(text, date(2024, 1, 15)) == []


def test_a_trade_kept_at_a_level_is_that_year_s_trade():
    text = ("Kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Gia Lai năm 2022 đạt 140 triệu USD; năm 2023 giữ ở mức "
            "140 triệu USD.")
    assert sorted(f[3] for f in figures(text, date(2024, 1, 15))) == [("2022-01-01", "2022-12-31"),
                                                                      ("2023-01-01", "2023-12-31")]


def test_the_investor_countries_counted_hold_the_province_s_stock_and_its_part_in_force_replaces_it():
    text = "Theo thống kê, đã có 40 quốc gia và vùng lãnh thổ đầu tư vào tỉnh Bình Dương với 4.100 dự án FDI."
    assert [f[:2] + (f[3],) for f in figures(text, date(2024, 7, 10))] == [("fdi_active_projects", 4100, ("2024-07-10",))]
    text = ("Theo thống kê, đã có 40 quốc gia và vùng lãnh thổ đầu tư vào tỉnh Bình Dương với 4.100 dự án FDI, tổng vốn "
            "đăng ký 40 tỷ USD; trong đó số dự án còn hiệu lực là 3.600 dự án với tổng vốn đầu tư hơn 37 tỷ USD.")
    assert sorted(f[:2] for f in figures(text, date(2024, 7, 10))) == [("fdi_active_projects", 3600),
                                                                      ("fdi_total_capital", 37000000000)]


def test_a_rank_risen_to_or_a_lead_on_fdi_capital_is_the_province_s_fdi_rank():
    text = "Tính đến cuối tháng 11/2024, Bình Dương vươn lên thứ hai cả nước về thu hút vốn FDI."
    assert [f[:2] for f in figures(text, date(2024, 12, 10))] == [("fdi_rank", 2)]
    text = "Tính đến tháng 11/2020, Bạc Liêu vẫn giữ vị trí dẫn đầu cả nước về vốn đầu tư FDI."
    assert [f[:2] for f in figures(text, date(2020, 12, 10))] == [("fdi_rank", 1)]
    # risen by steps is no rank; a lead on another measure is none on FDI
    text = "Năm 2024, chỉ số PCI của tỉnh Bình Dương vươn lên 5 bậc so với năm 2023."
    assert figures(text, date(2024, 12, 10)) == []
    text = "Tính đến tháng 11/2020, Bạc Liêu vẫn giữ vị trí dẫn đầu cả nước về vốn ODA."
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2020, 12, 10))]


def test_a_place_right_after_the_fdi_amount_just_told_is_the_province_s_fdi_rank():
    text = "Năm 2019, thành phố Cần Thơ có 7 dự án FDI mới, tổng vốn hơn 68 triệu USD, xếp thứ 38."
    assert ("fdi_rank", 38) in [f[:2] for f in figures(text, date(2020, 7, 20))]
    # after a trade, it ranks no foreign investment
    text = "Năm 2019, kim ngạch xuất khẩu của thành phố Cần Thơ đạt 680 triệu USD, xếp thứ 38."
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2020, 7, 20))]


def test_of_two_places_by_projects_and_by_capital_the_one_by_capital_is_the_fdi_rank():
    text = "Năm 2018, so với cả nước, tỉnh Hà Nam xếp hạng 11/63 về số dự án và 7/63 về số vốn thu hút."
    assert [f[:2] for f in figures(text, date(2019, 2, 1))] == [("fdi_rank", 7)]


def test_a_chinese_town_twinned_with_a_vietnamese_one_is_a_partner_locality():
    text = ("Tỉnh Cao Bằng. Ngày 7/12/2023, nhân dịp 10 năm kết nghĩa, thị trấn Tà Lùng và trấn Thủy Khẩu (Trung Quốc) ký "
            "thỏa thuận hợp tác hữu nghị.")
    assert [(f["name"], f["country"]) for f in facts(text, "partner", date(2024, 1, 5))] == [("Thủy Khẩu", "CN")]
    # a city whose name opens on the word is that city, not a town of its second word
    text = "Tỉnh Bắc Giang ký thỏa thuận hợp tác với thành phố Trấn Giang, tỉnh Giang Tô (Trung Quốc)."
    assert [f["name"] for f in facts(text, "partner", date(2024, 1, 5))] == ["Trấn Giang"]


def test_projects_in_force_with_their_capital_in_dong_only_are_of_every_origin():
    text = ("Năm 2025, tỉnh Hà Tĩnh thu hút 3 dự án FDI. Tính đến hết tháng 6/2025, Hà Tĩnh có hơn 1.550 dự án còn hiệu lực "
            "với tổng vốn đăng ký khoảng 550.000 tỷ đồng; khối đầu tư nước ngoài có 73 dự án FDI với tổng vốn 16,1 tỷ USD.")
    found = [f[:2] for f in figures(text, date(2025, 7, 10))]
    assert ("fdi_active_projects", 1550) not in found and ("fdi_active_projects", 73) in found
    # in force and in dollars, they are the foreign projects
    text = ("Năm 2025, tỉnh Hà Tĩnh thu hút 3 dự án FDI. Tính đến hết tháng 6/2025, Hà Tĩnh có 120 dự án còn hiệu lực với "
            "tổng vốn đăng ký khoảng 15 tỷ USD.")
    assert ("fdi_active_projects", 120) in [f[:2] for f in figures(text, date(2025, 7, 10))]
