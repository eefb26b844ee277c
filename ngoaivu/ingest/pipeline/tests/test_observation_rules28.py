"""Observations on wordings found in session 28 (04/12/2026) in the studied long texts and in reports written here to
look for them: a project's own years and a standing's present that frame no later section, a list's items by country,
figures that are not the province's, a count of partner localities with some of them named. Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _facts, _read

_REPORT = ("BÁO CÁO\nKết quả công tác đối ngoại năm 2022 của tỉnh Phú Thọ\n\nII. KẾT QUẢ THỰC HIỆN\n"
           "1. Viện trợ phi chính phủ nước ngoài\nNăm 2022, tỉnh vận động được 28 dự án viện trợ với tổng giá trị cam kết "
           "4,5 triệu USD. Hiện có 35 tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn. Dự án của một tổ chức "
           "tại huyện miền núi có tổng vốn 1,2 triệu USD cho giai đoạn 2022-2026.\n2. Hoạt động đối ngoại\n"
           "Tỉnh đã đón 32 đoàn khách quốc tế và tổ chức 9 đoàn ra; ký kết 3 thỏa thuận hợp tác quốc tế.")


def test_a_section_s_counts_take_the_report_s_year_not_a_project_s_years_or_the_present_of_a_standing():
    found = _read(_REPORT)
    for count in (("delegation_exchanges", 32), ("delegation_exchanges", 9), ("agreements_signed", 3)):
        assert (*count, ("2022-01-01", "2022-12-31")) in found


def test_each_item_of_a_list_by_country_is_that_country_s():
    text = ("Thu hút FDI của tỉnh Phú Thọ năm 2022\n\nNăm 2022, tỉnh cấp mới 25 dự án FDI. Hàn Quốc dẫn đầu với 9 dự án; "
            "tiếp theo là Trung Quốc 7 dự án, Nhật Bản 4 dự án, Hồng Kông (Trung Quốc) 2 dự án.")
    counterparts = {f["value"]: f["counterpart"] for f in _facts(text, "observation")}
    assert counterparts[25] is None
    assert (counterparts[9], counterparts[7], counterparts[4]) == ("Hàn Quốc", "Trung Quốc", "Nhật Bản")
    assert "Hồng Kông" in counterparts[2]


def test_months_of_the_year_take_the_year_the_paragraph_has_just_moved_to():
    text = ("Phỏng vấn về đầu tư tỉnh Phú Thọ\n\nHỏi: Kết quả năm 2022 và quý I năm nay?\n\nĐáp: Năm 2022, xuất khẩu cả năm "
            "đạt 2.000 triệu USD. Sang quý I/2023, tỉnh thu hút thêm nhiều dự án. Kim ngạch xuất khẩu ba tháng đầu năm đạt "
            "500 triệu USD, tăng 8% so với cùng kỳ.")
    assert ("export_value", 500e6, ("2023-01-01", "2023-03-31")) in _read(text)


def test_a_sentence_naming_this_year_keeps_it():
    text = ("Xuất khẩu tỉnh Phú Thọ\nPhú Thọ, ngày 12/10/2023\n\nTám tháng năm 2022, xuất khẩu của tỉnh đạt 400 triệu USD. "
            "Năm nay, ước tính 8 tháng, xuất khẩu của tỉnh đạt 480 triệu USD, tăng 20% so với cùng kỳ.")
    assert ("export_value", 480e6, ("2023-01-01", "2023-08-31")) in _read(text)


_BULLETIN = "Bản tin đầu tư tỉnh Phú Thọ\n\n"


def test_projects_whose_investment_certificate_was_withdrawn_are_no_figure():
    text = _BULLETIN + ("Trong 6 tháng đầu năm 2023, tỉnh thu hút 20 dự án FDI với tổng vốn đăng ký 80 triệu USD. Cũng trong 6 "
                        "tháng, tỉnh đã thu hồi giấy chứng nhận đầu tư của 9 dự án FDI với tổng vốn đăng ký 11 triệu USD.")
    assert _read(text) == [("fdi_new_capital", 80e6, ("2023-01-01", "2023-06-30")),
                           ("fdi_new_projects", 20, ("2023-01-01", "2023-06-30"))]


def test_one_project_s_average_with_a_judgement_between_is_no_figure():
    text = _BULLETIN + ("Trong 6 tháng đầu năm 2023, tỉnh thu hút 20 dự án FDI với tổng vốn đăng ký 80 triệu USD; quy mô bình "
                        "quân mỗi dự án còn nhỏ, khoảng 4 triệu USD.")
    assert len(_read(text)) == 2


def test_an_amount_followed_by_what_it_includes_stays_the_province_s():
    text = _BULLETIN + ("Trong năm 2023, tỉnh cấp giấy chứng nhận đầu tư cho 10 dự án FDI với tổng vốn đăng ký 150 triệu USD, "
                        "trong đó có nhà máy của một công ty may tại khu công nghiệp.")
    assert ("fdi_new_capital", 150e6, ("2023-01-01", "2023-12-31")) in _read(text)


def test_a_span_to_the_start_of_a_later_year_keeps_its_first_year():
    text = _BULLETIN + "Năm 2025, tỉnh tiếp tục thu hút đầu tư. Tính từ năm 2021 đến đầu năm 2024, tổng vốn FDI thu hút vào tỉnh đạt 4,1 tỷ USD."
    assert _read(text) == [("fdi_registered_capital", 4.1e9, ("2021-01-01", "2024-01-31"))]


def test_a_plan_s_priority_programmes_are_no_aid_counted():
    text = ("Báo cáo kinh tế đối ngoại tỉnh Phú Thọ năm 2023\n\nNăm 2023, tỉnh tiếp nhận 12 chương trình, dự án ODA.\n\n"
            "Năm 2024, tỉnh tập trung vào 5 chương trình trọng tâm: cải cách hành chính và giảm nghèo.")
    assert _read(text) == [("oda_projects", 12, ("2023-01-01", "2023-12-31"))]


_SPEECH = ("Phát biểu tổng kết công tác đối ngoại năm 2021 của tỉnh Hà Tĩnh\nHà Tĩnh, ngày 28/12/2021\n\n"
           "Về kinh tế đối ngoại, năm 2021 tỉnh thu hút 8 dự án FDI với tổng vốn 45 triệu USD. Đến nay trên địa bàn có 85 dự "
           "án FDI còn hiệu lực, tổng vốn đăng ký 12,5 tỷ USD, trong đó dự án Thép Hưng Nghiệp chiếm hơn 11 tỷ USD. Kim "
           "ngạch xuất khẩu đạt 1.365 triệu USD.")


def test_one_named_project_s_share_of_the_stock_is_no_figure():
    assert not any(value == 11e9 for _, value, _ in _read(_SPEECH))


def test_a_flow_after_a_standing_s_present_takes_the_paragraph_s_year():
    found = _read(_SPEECH)
    assert ("export_value", 1365e6, ("2021-01-01", "2021-12-31")) in found
    assert ("fdi_active_projects", 85, ("as_of", "2021-12-28")) in found


def test_the_province_s_people_living_abroad_are_no_workers_sent():
    text = ("Báo cáo công tác người Việt Nam ở nước ngoài của tỉnh Nghệ An\nNghệ An, ngày 15/6/2024\n\nHiện có khoảng "
            "250.000 người Nghệ An đang sinh sống, làm việc ở nước ngoài. 6 tháng đầu năm 2024 có 8.500 lao động đi làm "
            "việc ở nước ngoài theo hợp đồng.")
    assert _read(text) == [("workers_abroad", 8500, ("2024-01-01", "2024-06-30"))]


def test_places_named_after_a_count_of_partner_localities_are_among_them():
    text = ("Lào Cai mở rộng hợp tác\n\nLào Cai, ngày 18/9/2023 – Tỉnh đã thiết lập quan hệ với 7 địa phương nước ngoài, "
            "trong đó có tỉnh Vân Nam, tỉnh Quảng Tây (Trung Quốc).")
    found = _facts(text, "observation")
    assert [(f["indicator"], f["value"], f["counterpart"]) for f in found] == [("partner_localities", 7, None)]


def test_a_partner_s_own_relations_stay_its_own():
    text = ("Lào Cai mở rộng hợp tác\n\nLào Cai, ngày 18/9/2023 – Tỉnh Vân Nam (Trung Quốc) đã thiết lập quan hệ với 30 "
            "địa phương nước ngoài.")
    assert _facts(text, "observation") == []


def test_aid_named_by_its_source_after_the_items_is_that_source_s():
    text = ("Hòa Bình hội đàm\n\nHòa Bình, ngày 11/11/2022 - Tỉnh đang triển khai 16 chương trình, dự án và khoản viện trợ "
            "phi dự án sử dụng vốn ODA.")
    assert _read(text) == [("oda_projects", 16, ("as_of", "2022-11-11"))]


def test_investment_projects_after_a_paragraph_on_aid_are_no_aid():
    text = ("Kinh tế đối ngoại tỉnh Nghệ An\n\nNăm 2017, tỉnh tiếp nhận 20 dự án viện trợ phi chính phủ nước ngoài.\n\n"
            "Trong năm 2017, tỉnh thu hút 152 dự án đăng ký đầu tư trên tất cả các lĩnh vực với tổng vốn gần 14.000 tỷ đồng.")
    assert [code for code, _, _ in _read(text)] == ["ngo_new_commitments"]


def test_money_of_several_sources_together_is_no_one_s():
    text = ("Kinh tế đối ngoại tỉnh Nghệ An\n\nTổng các nguồn vốn FDI, ODA và viện trợ phi chính phủ mà tỉnh thu hút được "
            "năm 2010 đã vượt 1 tỷ USD.")
    assert _read(text) == []


def test_a_continent_s_share_of_the_trade_is_a_part():
    text = ("Xuất nhập khẩu tỉnh Ninh Bình\n\nNăm 2020, nhập khẩu của tỉnh đạt 1.500 triệu USD. Châu Á tiếp tục là khu vực "
            "nhập khẩu lớn nhất của tỉnh với 795,3 triệu USD.")
    assert _read(text) == [("import_value", 1500e6, ("2020-01-01", "2020-12-31"))]


def test_a_goal_from_now_to_a_year_spans_the_years_between():
    text = ("Kế hoạch xuất khẩu tỉnh Long An\n\nLong An, ngày 10/5/2023\n\nMục tiêu: tốc độ tăng trưởng kim ngạch xuất khẩu "
            "hàng hóa bình quân đạt 10 - 10,5%/năm từ nay đến năm 2030.")
    [goal] = _facts(text, "target")
    assert (goal["value_min"], goal["value_max"], goal["period"]) == (10, 10.5, {"start": "2023-01-01", "end": "2030-12-31"})


def test_investment_projects_counted_in_dong_after_a_paragraph_on_fdi_are_all_investors():
    text = ("Phỏng vấn về công nghiệp tỉnh Hậu Giang\nHậu Giang, ngày 18/3/2024\n\nNăm 2023, tỉnh thu hút 3 dự án FDI với "
            "tổng vốn 40 triệu USD.\n\nTính đến cuối tháng 5/2023, toàn tỉnh có 348 dự án đầu tư với tổng mức đầu tư "
            "170.438 tỷ đồng.")
    assert [value for _, value, _ in _read(text)] == [40e6, 3]


def test_investment_projects_named_new_or_in_force_after_a_paragraph_on_fdi_stay_foreign():
    text = ("Thu hút FDI tỉnh Bình Dương\n\nNăm 2015, tỉnh thu hút được 1,2 tỷ USD vốn FDI. Trong năm, tỉnh cấp phép cho 119 "
            "dự án đầu tư mới.")
    assert ("fdi_new_projects", 119, ("2015-01-01", "2015-12-31")) in _read(text)


_REVIEW = ("BÁO CÁO\nTổng kết thực hiện Chương trình hội nhập quốc tế giai đoạn 2016 - 2020 của tỉnh Thanh Hóa\n\n"
           "Thanh Hóa, ngày 20 tháng 11 năm 2020\n\n1. Đầu tư\nGiai đoạn 2016 - 2020, tỉnh cấp mới 58 dự án FDI, gấp 2,1 lần "
           "giai đoạn 2011 - 2015. Năm 2019 tỉnh cấp mới 13 dự án FDI.\n2. Xuất khẩu\nKim ngạch xuất khẩu tăng bình quân "
           "18,5%/năm.\n3. Viện trợ\nCả giai đoạn, tỉnh tiếp nhận 286 khoản viện trợ phi chính phủ nước ngoài.")


def test_a_yearly_rate_with_no_years_of_its_own_takes_the_title_s_span():
    assert ("export_growth", 18.5, ("2016-01-01", "2020-12-31")) in _read(_REVIEW)


def test_the_whole_span_is_the_last_span_of_several_years_not_the_compared_one():
    assert ("ngo_new_commitments", 286, ("2016-01-01", "2020-12-31")) in _read(_REVIEW)


_LOOK_BACK = "Thu hút FDI thành phố Đà Nẵng\n\nĐà Nẵng, ngày 10/7/2019 – Năm 2019, thành phố thu hút 50 dự án FDI mới. "


def test_all_licensed_up_to_a_date_is_the_stock_then():
    text = _LOOK_BACK + "Nhìn lại, đến tháng 12/2013, thành phố đã cấp phép cho tổng cộng 279 dự án FDI với tổng vốn 3,33 tỷ USD."
    found = _read(text)
    assert ("fdi_active_projects", 279, ("as_of", "2013-12-31")) in found
    assert ("fdi_total_capital", 3.33e9, ("as_of", "2013-12-31")) in found


def test_capital_after_adjustments_is_a_total_not_added_capital():
    text = _LOOK_BACK + ("Đến hết quý I/2019, lũy kế trên địa bàn có 984 dự án FDI được cấp phép với tổng vốn đầu tư sau "
                         "điều chỉnh hơn 15 tỷ USD.")
    found = _read(text)
    assert ("fdi_active_projects", 984, ("as_of", "2019-03-31")) in found
    assert ("fdi_total_capital", 15e9, ("as_of", "2019-03-31")) in found


def test_a_total_without_foreign_words_before_its_foreign_part_is_all_investors():
    text = _LOOK_BACK + "Năm 2012, toàn tỉnh đã thu hút 283 dự án, trong đó 24 dự án FDI với tổng vốn đăng ký 6.133,7 triệu USD."
    found = _read(text)
    assert ("fdi_new_projects", 24, ("2012-01-01", "2012-12-31")) in found
    assert not any(value == 283 for _, value, _ in found)


def test_a_product_after_the_fdi_sector_in_a_trade_sentence_is_no_fdi_capital():
    text = ("Kế hoạch xuất khẩu tỉnh Tiền Giang\n\nNăm 2019: sáu tháng đầu năm, tỉnh xuất khẩu 1,5 tỷ USD, tăng 11,3% so "
            "với cùng kỳ; khu vực có vốn đầu tư nước ngoài chiếm 75%; ống đồng đạt 282,5 triệu USD, may mặc 210,8 triệu USD.")
    assert [code for code, _, _ in _read(text)] == ["export_value"]


def test_a_level_still_to_be_reached_is_a_goal():
    text = ("Xuất khẩu tỉnh Kiên Giang\n\nKiên Giang, ngày 5/10/2013\n\nNăm 2013, xuất khẩu 6 tháng đạt 544 triệu USD. Sở "
            "Công Thương tính toán tỉnh phải xuất khẩu trên 700 triệu USD trong 6 tháng cuối năm.")
    assert ("export_value", 700e6, ("2013-07-01", "2013-12-31")) in _read(text, "target")


def test_since_a_year_runs_to_now():
    text = ("Viện trợ phi chính phủ tỉnh Vĩnh Phúc\nVĩnh Phúc, ngày 22/8/2018\n\nKể từ năm 2009, mỗi năm tỉnh thu hút khoảng "
            "22 tổ chức phi chính phủ nước ngoài.")
    [fact] = _facts(text, "observation")
    assert fact["period"]["start"] == "2009-01-01" and fact["period"]["end"].startswith("2018")


def test_a_total_s_parts_by_field_after_cu_the_are_parts():
    text = ("ODA tỉnh Bình Định\nBình Định, ngày 10/3/2014\n\nThời gian qua, các nhà tài trợ đã dành cho tỉnh 281 triệu USD "
            "vốn ODA cho 21 dự án. Cụ thể, lĩnh vực y tế và giáo dục có 2 dự án, hạ tầng giao thông 3 dự án.")
    assert [value for _, value, _ in _read(text)] == [21]


def test_aid_given_to_the_country_is_the_nation_s():
    text = ("Đối ngoại nhân dân tỉnh Thanh Hóa\n\nNăm 2021, tỉnh tiếp nhận 50 dự án viện trợ phi chính phủ nước ngoài. "
            "Trong hơn hai thập kỷ qua các tổ chức phi chính phủ nước ngoài đã viện trợ cho Việt Nam trên 4,35 tỷ USD.")
    assert [value for _, value, _ in _read(text)] == [50]


_CA_MAU = "Thu hút đầu tư tỉnh Cà Mau\n\n"


def test_a_moment_named_by_its_day_holds_a_stock():
    text = _CA_MAU + "Tại thời điểm ngày 11/5/2021, toàn tỉnh có 10 dự án FDI với vốn đăng ký 156,84 triệu USD."
    assert ("fdi_active_projects", 10, ("as_of", "2021-05-11")) in _read(text)


def test_the_number_of_projects_up_to_a_year_is_the_stock_then():
    text = _CA_MAU + "Năm 2014 tỉnh cấp mới 1 dự án FDI. Đến năm 2012, số dự án FDI là 7 dự án với tổng vốn đăng ký 31 triệu USD."
    assert ("fdi_active_projects", 7, ("as_of", "2012-12-31")) in _read(text)


def test_new_and_raised_together_by_certificate_are_registered_capital():
    text = _CA_MAU + ("Trong 5 năm 2011 – 2015, tỉnh đã cấp giấy chứng nhận đầu tư mới và điều chỉnh tăng vốn cho 48 dự án FDI "
                      "với tổng vốn đăng ký trên 451 triệu USD.")
    assert _read(text) == [("fdi_registered_capital", 451e6, ("2011-01-01", "2015-12-31"))]


def test_a_year_and_the_next_year_s_first_months_are_one_span():
    text = _CA_MAU + "Trong năm 2015 và 6 tháng đầu năm 2016, tỉnh cấp mới giấy chứng nhận đầu tư cho 19 dự án FDI."
    assert _read(text) == [("fdi_new_projects", 19, ("2015-01-01", "2016-06-30"))]


def test_projects_licensed_after_a_paragraph_on_aid_are_no_aid():
    text = ("Thu hút đầu tư tỉnh Hà Giang\nHà Giang, ngày 10/3/2014\n\nNăm 2013, tỉnh tiếp nhận 29 dự án viện trợ phi chính "
            "phủ nước ngoài.\n\nTừ năm 2010 đến nay, tỉnh đã cấp giấy chứng nhận đầu tư cho 54 dự án với tổng vốn đăng ký "
            "4.107 tỷ đồng.")
    assert [code for code, _, _ in _read(text)] == ["ngo_new_commitments"]


def test_aid_projects_approved_then_carried_out_are_new():
    text = ("Viện trợ PCPNN tỉnh Thừa Thiên Huế\n\nMười tháng đầu năm 2015, tỉnh đã phê duyệt, triển khai 51 dự án viện trợ "
            "phi chính phủ nước ngoài.")
    assert _read(text) == [("ngo_new_commitments", 51, ("2015-01-01", "2015-10-31"))]
