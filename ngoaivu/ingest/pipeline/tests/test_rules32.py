"""Rules found in session 32 (05/12/2026) in the retired long splits (dev73-dev77). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read


def test_a_rubric_and_the_page_s_date_above_the_title_leave_the_title_its_province():
    text = ("KINH TẾ - ĐẦU TƯ\n\nThứ Hai, 12/06/2023\n\nĐà Nẵng năm 2022: thu hút 40 dự án FDI\n\n"
            "Năm 2022, thành phố cấp mới 40 dự án đầu tư nước ngoài. Kim ngạch xuất khẩu cả năm đứng thứ 20 cả nước, sau "
            "TP. Hồ Chí Minh (40 tỷ USD), Bình Dương (30 tỷ USD), Đồng Nai (25 tỷ USD) và Bắc Ninh (20 tỷ USD). Cả nước xuất "
            "khẩu 370 tỷ USD.")
    result = extract_text(text)
    assert result["province"] == "Đà Nẵng"
    assert ("fdi_new_projects", 40, ("2022-01-01", "2022-12-31")) in _read(text)


def test_a_speech_s_place_and_day_in_brackets_date_it():
    for line, day in (("(Hội trường UBND tỉnh, sáng ngày 12/01/2021)", "2021-01-12"),
                      ("(Lai Châu, ngày 9 tháng 3 năm 2019)", "2019-03-09")):
        text = f"PHÁT BIỂU CỦA CHỦ TỊCH UBND TỈNH LAI CHÂU\n{line}\n\nKính thưa các đồng chí, năm qua tỉnh đón 20 đoàn khách quốc tế."
        assert str(extract_text(text)["published"]) == day
    for line in ("(Từ ngày 8 đến 10/12/2015)", "(Phục vụ Hội nghị tổng kết ngày 17/01/2025)"):
        text = f"BÁO CÁO TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI\n{line}\n\nNăm qua tỉnh đón 20 đoàn khách quốc tế."
        assert extract_text(text)["published"] is None


def test_a_bulletin_s_issue_line_dates_it():
    text = ("SỞ NGOẠI VỤ TỈNH LONG AN\nBẢN TIN KINH TẾ ĐỐI NGOẠI\nSố 04/2022 - phát hành ngày 10/05/2022\n\n"
            "Bốn tháng năm 2022, tỉnh thu hút 12 dự án FDI.")
    assert str(extract_text(text)["published"]) == "2022-05-10"


def test_the_capital_called_thu_do_and_a_city_called_thanh_pho_are_followed_not_rounded_up():
    text = ("Kinh tế đối ngoại Thủ đô 2021: giữ vị trí dẫn đầu cả nước\n\nCập nhật: 20/12/2021 08:00\n\n"
            "Theo Sở Kế hoạch và Đầu tư Hà Nội, từ đầu năm đến nay tổng vốn FDI vào thành phố đạt 2,5 tỷ USD. Cả nước thu hút "
            "25 tỷ USD; sau thành phố là Bình Dương (2 tỷ USD), Long An (1,8 tỷ USD) và Hải Phòng (1,5 tỷ USD).")
    assert extract_text(text)["province"] == "Hà Nội"


def test_a_bulletin_s_issue_number_before_its_dateline_leaves_the_dateline_its_date():
    text = ("SỞ CÔNG THƯƠNG TỈNH NGHỆ AN\nBẢN TIN THƯƠNG MẠI\nSố 3/2019 – Vinh, ngày 15/4/2019\n\n"
            "QUÝ I: XUẤT KHẨU ĐẠT 200 TRIỆU USD\n\nQuý I/2019, kim ngạch xuất khẩu của tỉnh đạt 200 triệu USD.")
    result = extract_text(text)
    assert str(result["published"]) == "2019-04-15"
    assert result["province"] == "Nghệ An"


def test_a_list_s_items_take_the_period_of_the_line_introducing_them():
    text = ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH LONG AN\nBẢN TIN ĐẦU TƯ\nSố 5/2018 – Long An, ngày 10/6/2018\n\n"
            "NĂM THÁNG ĐẦU NĂM: VỐN FDI TĂNG MẠNH\n\nTừ đầu năm đến hết tháng 5/2018, tỉnh thu hút 300 triệu USD vốn FDI.\n"
            "Riêng tháng 5/2018, tỉnh thu hút 120 triệu USD vốn FDI, gồm:\n"
            "- 9 dự án được cấp mới với tổng vốn đăng ký 70 triệu USD;\n"
            "- 6 dự án điều chỉnh tăng vốn với số vốn bổ sung 50 triệu USD.")
    found = _read(text)
    may = ("2018-05-01", "2018-05-31")
    assert ("fdi_new_projects", 9, may) in found and ("fdi_adjusted_projects", 6, may) in found


def test_orders_into_a_later_quarter_do_not_make_a_dated_bulletin_a_reprint():
    text = ("SỞ CÔNG THƯƠNG TỈNH LONG AN\nBẢN TIN THƯƠNG MẠI\nSố 7/2018 – Long An, ngày 10/8/2018\n\n"
            "Bảy tháng đầu năm, kim ngạch xuất khẩu của tỉnh đạt 3 tỷ USD. Nhiều doanh nghiệp đã ký hợp đồng đến hết quý III.")
    assert _read(text) == [("export_value", 3e9, ("2018-01-01", "2018-07-31"))]


_FDI_REVIEW = "Thu hút đầu tư nước ngoài của tỉnh Tây Ninh\n\nĐến cuối năm 2016, toàn tỉnh có 130 dự án FDI với tổng vốn 1,1 tỷ USD. "


def test_a_form_s_share_of_the_province_s_foreign_investment_is_a_part():
    text = _FDI_REVIEW + ("Toàn tỉnh có 100 dự án theo hình thức 100% vốn nước ngoài với tổng vốn 800 triệu USD, chiếm 77% tổng số "
                          "dự án và 73% tổng vốn đầu tư nước ngoài của tỉnh.")
    assert _read(text) == [("fdi_active_projects", 130, ("as_of", "2016-12-31")),
                           ("fdi_total_capital", 1.1e9, ("as_of", "2016-12-31"))]


def test_the_province_s_share_of_the_nation_s_foreign_investment_is_still_its_own():
    text = ("Thu hút FDI của tỉnh Tây Ninh\n\nNăm 2016, tỉnh thu hút 500 triệu USD vốn FDI, chiếm 2% tổng vốn đầu tư nước "
            "ngoài của cả nước.")
    assert _read(text) == [("fdi_registered_capital", 5e8, ("2016-01-01", "2016-12-31"))]


def test_a_sector_ranked_second_is_no_rank_of_the_province_and_its_figures_are_a_part():
    text = _FDI_REVIEW + "Xếp thứ hai là lĩnh vực nông, lâm nghiệp với 12 dự án, tổng vốn đăng ký 30 triệu USD."
    assert _read(text) == [("fdi_active_projects", 130, ("as_of", "2016-12-31")),
                           ("fdi_total_capital", 1.1e9, ("as_of", "2016-12-31"))]


def test_the_stock_beside_a_place_among_the_nation_s_provinces_is_the_province_s():
    text = ("Thu hút FDI tỉnh Bình Dương\n\nTính lũy kế đến ngày 20/10/2016, tỉnh đứng thứ 3/63 tỉnh, thành phố trên toàn quốc "
            "về thu hút vốn đầu tư trực tiếp nước ngoài, với 2.800 dự án còn hiệu lực, tổng vốn đầu tư đăng ký 25 tỷ USD.")
    found = _read(text)
    assert ("fdi_active_projects", 2800, ("as_of", "2016-10-20")) in found
    assert ("fdi_total_capital", 25e9, ("as_of", "2016-10-20")) in found


def test_the_parks_board_as_the_source_of_the_whole_province_s_stock_names_no_part():
    lead = "Thu hút FDI tỉnh Long An\n\nLong An, ngày 5/1/2018 - Theo Ban Quản lý các khu công nghiệp tỉnh, "
    assert _read(lead + "đến nay toàn tỉnh đã thu hút 900 dự án FDI với tổng vốn đầu tư 6 tỷ USD.") == [
        ("fdi_active_projects", 900, ("as_of", "2018-01-05")), ("fdi_total_capital", 6e9, ("as_of", "2018-01-05"))]
    assert _read(lead + "đến nay các khu công nghiệp đã thu hút 600 dự án FDI.") == []


def test_a_contribution_to_the_budget_is_no_capital():
    text = ("Kế hoạch thu hút FDI tỉnh Kiên Giang\n\nGiai đoạn 2021 - 2025: thu hút 30 dự án FDI; tạo việc làm cho 5.000 lao "
            "động; đóng góp ngân sách 500 triệu USD.")
    assert not any("capital" in code for code, _, _ in _read(text) + _read(text, "target"))


def test_a_year_compared_with_gap_gan_frames_none_of_the_parts_after():
    text = ("Thu hút FDI thành phố Đà Nẵng\n\nKết thúc năm 2021, thành phố thu hút hơn 900 triệu USD vốn FDI, gấp gần 2,5 lần "
            "năm 2020. Trong đó, 20 dự án cấp mới với tổng vốn 300 triệu USD.")
    found = _read(text)
    assert ("fdi_new_projects", 20, ("2021-01-01", "2021-12-31")) in found
    assert not any(period[0].startswith("2020") for _, _, period in found)


def test_what_the_whole_province_has_is_a_stock_unless_its_sentence_names_a_span():
    head = "Thu hút FDI tỉnh Bình Dương\n\nBình Dương, ngày 5/2/2018 - "
    assert _read(head + "Tháng 1/2018, tỉnh đón 500 triệu USD vốn FDI. Khi đó, toàn tỉnh có hơn 3.000 dự án FDI.") == [
        ("fdi_active_projects", 3000, ("as_of", "2018-01-31")), ("fdi_registered_capital", 5e8, ("2018-01-01", "2018-01-31"))]
    assert ("fdi_new_projects", 46, ("2017-01-01", "2017-12-31")) in _read(head + "Năm 2017 toàn tỉnh có 46 dự án FDI.")


def test_capital_named_by_the_projects_it_went_to_after_it():
    text = ("Thu hút FDI tỉnh Thái Bình\n\nNăm 2021, tỉnh thu hút hơn 600 triệu USD vốn FDI; trong đó 400 triệu USD đầu tư vào "
            "20 dự án cấp mới, 200 triệu USD được bổ sung cho 15 dự án đang hoạt động.")
    year = ("2021-01-01", "2021-12-31")
    assert _read(text) == sorted([("fdi_registered_capital", 6e8, year), ("fdi_new_capital", 4e8, year), ("fdi_new_projects", 20, year),
                                  ("fdi_added_capital", 2e8, year), ("fdi_adjusted_projects", 15, year)])


def test_an_office_s_forecast_for_the_year_being_reported_is_an_estimate():
    text = ("Xuất nhập khẩu tỉnh Hòa Bình\n\n9 tháng năm 2021, kim ngạch xuất khẩu của tỉnh đạt 700 triệu USD. Theo dự kiến của "
            "Sở Công Thương, tổng kim ngạch xuất nhập khẩu cả năm 2021 đạt khoảng 1,8 tỷ USD.")
    assert ("trade_value", 1.8e9, ("2021-01-01", "2021-12-31")) in _read(text)
    assert _read(text, "target") == []


def test_indicators_that_reached_their_highest_rise_are_results_and_a_goal_s_indicator_is_still_a_goal():
    head = "Kinh tế - xã hội tỉnh Nam Định\n\n"
    assert _read(head + "Năm 2022, nhiều chỉ tiêu đạt mức tăng cao nhất từ đầu nhiệm kỳ, như kim ngạch xuất khẩu trên 3 tỷ USD.") \
        == [("export_value", 3e9, ("2022-01-01", "2022-12-31"))]
    assert _read(head + "Năm 2023, chỉ tiêu xuất khẩu đạt 3,5 tỷ USD.", "target") == [("export_value", 3.5e9, ("2023-01-01", "2023-12-31"))]
