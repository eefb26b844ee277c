"""Rules found in session 36 (05/12/2026) in the retired long splits (dev92-dev96). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts
from ngoaivu.ingest.pipeline.tests.rule_sentences import observations as _observations


def test_a_count_whose_own_words_say_new_is_new_before_an_adjustment_named_after_it():
    text = ("Năm 2021, tỉnh cấp giấy chứng nhận đầu tư cho 14 dự án FDI mới và chấp thuận điều chỉnh tăng vốn "
            "cho 6 dự án.")
    found = _observations(text)
    assert ("fdi_new_projects", 14, "2021-01-01") in found
    assert ("fdi_adjusted_projects", 6, "2021-01-01") in found


def test_a_certificate_named_after_cap_moi_keeps_the_count_new():
    text = ("Trong 9 tháng đầu năm 2019, thành phố cấp mới giấy chứng nhận cho 41 dự án FDI và điều chỉnh tăng "
            "vốn cho 17 dự án.")
    found = _observations(text)
    assert ("fdi_new_projects", 41, "2019-01-01") in found
    assert ("fdi_adjusted_projects", 17, "2019-01-01") in found


def test_projects_counted_by_their_investors_countries_are_a_stock():
    text = "Vào tháng 5/2018, tỉnh có hơn 900 dự án FDI của 27 quốc gia và vùng lãnh thổ với tổng vốn trên 11 tỷ USD."
    found = _observations(text)
    assert ("fdi_active_projects", 900, "2018-05-31") in found
    assert ("fdi_total_capital", 1.1e10, "2018-05-31") in found
    assert not [o for o in found if o[0] in ("fdi_new_projects", "fdi_new_capital")]


def test_a_new_count_with_its_investors_countries_stays_new():
    assert _observations("Năm 2022, tỉnh có 25 dự án FDI mới của 9 quốc gia.") == [("fdi_new_projects", 25, "2022-01-01")]


def test_a_country_s_part_of_a_stock_is_a_stock():
    text = ("Đến tháng 3/2020, tỉnh có 640 dự án FDI đến từ 20 quốc gia với tổng vốn khoảng 9 tỷ USD; trong đó "
            "Hàn Quốc đứng đầu với 310 dự án.")
    found = _observations(text)
    assert ("fdi_active_projects", 310, "2020-03-31") in found


def test_zones_the_whole_province_includes_make_no_part():
    text = ("Tính đến cuối năm 2022, trên địa bàn tỉnh (bao gồm Khu kinh tế Nam Sơn và các khu công nghiệp) có 95 dự "
            "án có vốn đầu tư nước ngoài với tổng vốn đăng ký 2,7 tỷ USD.")
    found = _observations(text)
    assert ("fdi_active_projects", 95, "2022-12-31") in found
    assert ("fdi_total_capital", 2.7e9, "2022-12-31") in found


def test_a_zone_named_as_the_figure_s_place_is_still_a_part():
    text = "Tính đến cuối năm 2022, trong Khu kinh tế Nam Sơn có 40 dự án có vốn đầu tư nước ngoài."
    assert _observations(text) == []


def test_words_after_a_locality_noun_in_a_capitals_headline_are_no_partner():
    text = ("2. ĐOÀN CÔNG TÁC TỈNH DỰ LỄ, THĂM CÁC TỈNH BẠN LÀO\n\nĐoàn công tác tỉnh đã thăm tỉnh Xiêng Khoảng "
            "và ký biên bản hợp tác năm 2024.")
    names = [f["name"] for f in _facts(text, "partner")]
    assert names == ["Xiêng Khoảng"]


def test_projects_only_offered_to_investors_and_their_capital_are_no_observation():
    text = ("Năm 2016, tỉnh thu hút 30 dự án FDI. Từ nay đến năm 2020, tỉnh ưu tiên kêu gọi đầu tư vào 18 dự án với "
            "tổng vốn hơn 3 tỷ USD.")
    assert _observations(text, published=date(2017, 1, 8)) == [("fdi_new_projects", 30, "2016-01-01")]


def test_a_headline_under_a_rubric_and_a_dateline_repeats_the_body():
    text = ("THỜI SỰ - KINH TẾ\nThứ Ba, 09/01/2018\n\nNAM SƠN: 540 DỰ ÁN FDI, XẾP THỨ 15 CẢ NƯỚC\n\n"
            "Lũy kế đến tháng 11/2017, tỉnh Nam Sơn có 540 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký "
            "hơn 3,2 tỷ USD, đứng thứ 15/63 tỉnh, thành phố về thu hút FDI.")
    found = _observations(text, published=None)
    assert ("fdi_active_projects", 540, "2017-11-30") in found
    assert not [o for o in found if o[0] == "fdi_new_projects"]
    assert len([o for o in found if o[0] == "fdi_rank"]) == 1


def test_months_after_an_earlier_year_named_in_their_sentence_are_no_sign_of_a_later_reprint():
    text = ("Thứ Ba, 11/03/2025\n\nNăm 2024, kinh tế tỉnh gặp nhiều khó khăn. Quý I/2024, tăng trưởng đạt 5,1%; đến 9 "
            "tháng, mức tăng còn 6,2%.\n\nTỉnh đặt mục tiêu năm nay đưa kim ngạch xuất khẩu lên 900 triệu USD.")
    targets = [(f["indicator"], f["value"], f["period"]["start"]) for f in _facts(text, "target", published=date(2025, 3, 11))]
    assert targets == [("export_value", 9e8, "2025-01-01")]


def test_the_trade_a_sentence_opens_on_carries_past_a_rate_to_the_next_clause():
    text = ("Thương mại của tỉnh giai đoạn 2011 - 2015 tăng bình quân 18%/năm; năm 2016 đạt gần 1,4 tỷ USD, tăng 20% so "
            "với năm 2015.")
    assert _observations(text, published=date(2019, 5, 2)) == [("trade_value", 1.4e9, "2016-01-01")]


def test_the_trade_balance_of_the_province_is_no_trade_value():
    assert _observations("Quý I/2019, cán cân thương mại của tỉnh thặng dư 520 triệu USD.") == []


def test_a_year_foreseen_in_a_look_back_is_that_year_s_estimate():
    text = "Khi đó, kim ngạch xuất khẩu năm 2015 đạt 900 triệu USD, tăng 12% so với năm 2014, và năm 2016 dự kiến đạt 1 tỷ USD."
    facts = _facts(text, published=date(2019, 5, 2))
    assert [(f["value"], f["period"]["start"], f["qualifier"]) for f in facts] == [
        (9e8, "2015-01-01", None), (1e9, "2016-01-01", "estimate")]
    assert _facts(text, "target", published=date(2019, 5, 2)) == []


def test_an_investor_country_s_standing_is_a_stock():
    text = ("Về kinh tế, Hàn Quốc hiện là nhà đầu tư lớn thứ ba trong số 40 quốc gia có dự án tại tỉnh, với 210 dự án "
            "và 3,4 tỷ USD.")
    found = _observations(text)
    assert ("fdi_active_projects", 210, "2026-06-30") in found
    assert ("fdi_total_capital", 3.4e9, "2026-06-30") in found
    assert ("fdi_active_projects", 31, "2026-06-30") in _observations(
        "Ông cho biết Singapore đã trở thành nhà đầu tư nước ngoài lớn nhất của tỉnh với 31 dự án.")


def test_an_investor_country_leading_a_named_span_keeps_the_span():
    found = _observations("Trong năm 2019, Nhật Bản là nhà đầu tư lớn nhất với 14 dự án.")
    assert [o[0] for o in found] == ["fdi_new_projects"]


def test_what_was_disbursed_against_the_registered_total_is_held_at_a_date():
    text = "Tính đến tháng 9/2018, các dự án FDI đã giải ngân 310 triệu USD, bằng 61,2% tổng vốn đăng ký."
    assert _observations(text) == [("fdi_implemented_capital", 3.1e8, "2018-09-30")]


def test_aid_disbursed_lũy_kế_is_held_at_the_text_s_date():
    text = ("Quảng Sơn, ngày 10/11/2021. Các dự án do các tổ chức phi chính phủ nước ngoài tài trợ có tổng vốn giải ngân "
            "lũy kế đạt 12,4 tỷ đồng.")
    facts = _facts(text, published=date(2021, 11, 10))
    assert [(f["indicator"], "as_of" in f["period"]) for f in facts] == [("ngo_disbursed", True)]


def test_capital_of_new_and_raised_projects_together_is_registered():
    text = ("Tính đến hết tháng 8/2020, tổng vốn FDI thu hút vào tỉnh (gồm vốn cấp mới, vốn điều chỉnh và vốn góp, mua "
            "cổ phần) đạt khoảng 1,2 tỷ USD.")
    assert [o[0] for o in _observations(text)] == ["fdi_registered_capital"]
    counts = "Năm 2006, tỉnh thu hút 39 dự án FDI cấp mới và 2 dự án FDI tăng vốn."
    assert sorted(o[0] for o in _observations(counts)) == ["fdi_adjusted_projects", "fdi_new_projects"]


def test_năm_trước_followed_by_a_noun_is_no_last_year():
    text = "Để so sánh, năm 2019 - năm trước dịch - kim ngạch xuất khẩu của tỉnh đạt 640 triệu USD."
    assert _observations(text) == [("export_value", 6.4e8, "2019-01-01")]


def test_a_year_after_the_figure_inside_a_span_and_a_yearly_rate_over_the_span():
    text = ("Giai đoạn 2016 - 2020, kim ngạch xuất khẩu tăng từ 410 triệu USD năm 2016 lên 980 triệu USD năm 2020; "
            "riêng nhập khẩu tăng bình quân 18,2%/năm.")
    found = _observations(text)
    assert ("export_value", 4.1e8, "2016-01-01") in found
    assert ("import_growth", 18.2, "2016-01-01") in found


def test_a_body_described_in_lower_case_before_its_foreign_name_and_country():
    text = ("Năm 2022, tỉnh tiếp nhận viện trợ của Quỹ hỗ trợ Karl Jensen (Đan Mạch) và tổ chức từ thiện Little Hearts "
            "Foundation (Vương quốc Anh).")
    found = sorted((f["name"], f["country"]) for f in _facts(text, "partner"))
    assert found == [("Little Hearts Foundation", "GB"), ("Quỹ hỗ trợ Karl Jensen", "DK")]


def test_a_council_or_a_place_after_the_noun_is_no_described_body():
    text = "Tỉnh đón đoàn Hội đồng tỉnh Nagano (Nhật Bản) và ký biên bản hợp tác với tỉnh Nagano."
    assert [f["partner_type"] for f in _facts(text, "partner")] == ["locality"]


def test_a_friendship_society_s_vietnamese_side_is_no_country_of_it():
    text = "Tỉnh nhận hỗ trợ của Hội Normandie - Việt Nam (Pháp) để xây trường học."
    assert [(f["country"]) for f in _facts(text, "partner")] == ["FR"]


def test_a_goal_s_growth_beside_its_level_is_a_target_of_its_own():
    text = "Năm 2022, tỉnh đặt mục tiêu kim ngạch xuất khẩu 2,6 tỷ USD, tăng 8,5% so với kết quả thực hiện năm 2021."
    targets = sorted((f["indicator"], f["value"], f["change_pct"]) for f in _facts(text, "target"))
    assert targets == [("export_growth", 8.5, None), ("export_value", 2.6e9, None)]


def test_the_result_s_change_after_a_bracketed_goal_is_no_goal_s_growth():
    text = ("Năm 2023, kim ngạch xuất khẩu của tỉnh ước đạt 1,9 tỷ USD, vượt 11% kế hoạch năm (chỉ tiêu 1,7 tỷ USD) và "
            "tăng 6,2% so với năm 2022.")
    assert [f["indicator"] for f in _facts(text, "target")] == ["export_value"]


def test_a_result_keeps_its_change():
    facts = _facts("Năm 2021, kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 9,8% so với năm 2020.")
    assert [(f["indicator"], f["change_pct"]) for f in facts] == [("export_value", 9.8)]


def test_an_undated_text_telling_a_year_s_first_months_speaks_in_that_year():
    text = ("Năm 2019, tỉnh chuẩn bị cho hội nghị xúc tiến đầu tư năm 2020. Năm 2020, tỉnh thu hút 3 dự án FDI. "
            "Trong 5 tháng đầu năm 2021, tỉnh thu hút 13 dự án trong nước. Hiện nay, trên địa bàn tỉnh có 37 dự án FDI "
            "với tổng vốn đầu tư trên 3,4 tỷ USD.")
    stock = [f for f in _facts(text, published=None) if f["indicator"] == "fdi_active_projects"]
    assert [f["period"]["as_of"][:4] for f in stock] == ["2021"]


def test_exports_of_services_are_no_goods_exports_and_goods_with_services_stay_the_export_figure():
    text = "Năm 2021, xuất khẩu hàng hóa đạt 198,6 triệu USD; xuất khẩu dịch vụ ước đạt 11,8 triệu USD."
    assert _observations(text) == [("export_value", 1.986e8, "2021-01-01")]
    # (a seed's gold codes goods and services together as the export figure)
    both = "Giai đoạn 2016 - 2020, tổng giá trị xuất khẩu hàng hóa và dịch vụ đạt 3.450 triệu USD."
    assert [o[0] for o in _observations(both)] == ["export_value"]


def test_share_purchases_small_project_sizes_and_the_private_sector_are_no_fdi_figures():
    assert _observations("Riêng tháng 9/2023, nhà đầu tư nước ngoài đã góp vốn, mua phần vốn góp thêm 75 triệu USD vào "
                         "các doanh nghiệp FDI của thành phố.") == []
    assert _observations("Năm 2012 đánh dấu bước chuyển từ những dự án FDI công nghiệp nhỏ, vốn dưới 20 triệu USD, sang "
                         "các dự án lớn.") == []
    found = _observations("Năm 2018, vốn đầu tư phát triển tăng 21,3%, trong đó khu vực kinh tế tư nhân đạt 1.149 triệu USD, "
                          "vốn FDI đạt 500 triệu USD.")
    assert [o[1] for o in found] == [5e8]


def test_thị_of_đô_thị_is_no_foreign_city():
    text = ("Tỉnh hợp tác với Khu liên hợp công nghiệp - dịch vụ - đô thị Becamex Tân Phú và ký thỏa thuận hợp tác với "
            "thị Đông Hưng (Quảng Tây).")
    assert [f["name"] for f in _facts(text, "partner")] == ["Đông Hưng"]


def test_capital_raised_to_a_level_is_the_total_held_not_a_months_sum():
    text = ("Năm 2015, thành phố cấp phép cho 35 dự án FDI với tổng vốn 1,2 tỷ USD, góp phần đưa quy mô vốn đầu tư nước "
            "ngoài của thành phố lên mức 9,4 tỷ USD.")
    assert ("fdi_total_capital", 9.4e9, "2015-12-31") in _observations(text)
    months = ("Riêng tháng 10/2022, vốn FDI đăng ký vào tỉnh tăng thêm 300 triệu USD, đưa tổng vốn FDI đăng ký vào tỉnh "
              "trong 10 tháng đầu năm 2022 lên 1,5 tỷ USD.")
    assert [o[0] for o in _observations(months) if o[1] == 1.5e9] == ["fdi_registered_capital"]


def test_projects_counted_by_their_stage_and_their_capital_are_no_figures_of_their_own():
    text = ("Tính đến tháng 6/2021, toàn tỉnh có 25 dự án FDI còn hiệu lực với tổng vốn đăng ký 1.200 triệu USD; trong đó "
            "18 dự án đang hoạt động và 7 dự án đang xây dựng với vốn đăng ký gần 900 triệu USD.")
    found = _observations(text)
    assert ("fdi_active_projects", 25, "2021-06-30") in found
    assert not [o for o in found if o[1] in (7, 9e8)]
