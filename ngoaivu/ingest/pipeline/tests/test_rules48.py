"""Rules found in session 48 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures, partners


def test_a_span_of_years_and_the_next_year_s_first_months_are_one_span():
    text = "Giai đoạn 2016 - 2020 và 6 tháng đầu năm 2021, tỉnh Phú Yên đã ký kết 14 thỏa thuận quốc tế."
    assert figures(text, date(2021, 8, 1)) == [("agreements_signed", 14, None, ("2016-01-01", "2021-06-30"))]
    # the span alone stays the span
    text = "Giai đoạn 2016 - 2020, tỉnh Phú Yên đã ký kết 14 thỏa thuận quốc tế."
    assert figures(text, date(2021, 8, 1)) == [("agreements_signed", 14, None, ("2016-01-01", "2020-12-31"))]


def test_the_departments_papers_told_beside_the_province_s_agreements_are_not_its_agreements():
    text = ("Lũy kế, tỉnh Phú Yên đã ký kết 12 thỏa thuận quốc tế cấp tỉnh cùng 40 văn bản hợp tác quốc tế cấp cơ sở, "
            "ngành, địa phương.")
    assert [f[:2] for f in figures(text, date(2025, 9, 1))] == [("agreements_signed", 12)]
    text = ("Năm 2024, tỉnh Phú Yên ký 5 thỏa thuận quốc tế cấp tỉnh, trong khi các sở, ngành ký thêm hơn 30 văn bản hợp "
            "tác quốc tế.")
    assert [f[:2] for f in figures(text, date(2025, 9, 1))] == [("agreements_signed", 5)]
    # both levels in one count, and the departments' agreements told alone, stay
    text = "Năm 2024, tỉnh Phú Yên đã ký kết 15 thỏa thuận hợp tác cấp tỉnh và cấp sở, ngành."
    assert [f[:2] for f in figures(text, date(2025, 9, 1))] == [("agreements_signed", 15)]
    text = "Năm 2024, các sở, ngành tỉnh Phú Yên đã ký 4 thỏa thuận hợp tác với tỉnh Champasak."
    assert [f[:2] for f in figures(text, date(2025, 9, 1))] == [("agreements_signed", 4)]


def test_a_listed_place_s_unit_in_brackets_does_not_end_the_list():
    text = ("Tỉnh Phú Yên duy trì quan hệ hợp tác với ba thành phố của Hoa Kỳ là Sacramento (bang California), Tucson "
            "(bang Arizona) và Boise (bang Idaho).")
    assert partners(text) == [("Boise", "US"), ("Sacramento", "US"), ("Tucson", "US")]
    # a place read with the unit above it keeps that reading
    text = "Tỉnh Sơn La kết nghĩa với huyện Mường Xay (tỉnh U-đôm-xay)."
    assert [name for name, _ in partners(text)] == ["Mường Xay"]


def test_a_body_carrying_out_a_programme_in_the_province_is_a_partner():
    text = "Tổ chức Tầm nhìn Thế giới (World Vision) triển khai chương trình phát triển vùng tại huyện Tuy Phong."
    assert partners(text) == [("World Vision", None)]
    # a programme named without a body doing it names no partner
    assert partners("Tỉnh triển khai chương trình nông thôn mới tại huyện Tuy Phong.") == []


def test_a_foreign_geopark_is_a_partner_by_its_whole_name_and_its_unesco_title_is_none():
    text = ("Năm 2023, Ban quản lý công viên ký biên bản ghi nhớ với Công viên địa chất toàn cầu UNESCO Langkawi "
            "(Malaysia) và Công viên địa chất Khorat (Thái Lan).")
    assert partners(text) == [("Công viên địa chất Khorat", "TH"), ("Công viên địa chất toàn cầu UNESCO Langkawi", "MY")]
    # the province's own geopark is none
    assert partners("Năm 2020, tỉnh đón danh hiệu Công viên địa chất toàn cầu UNESCO Lạng Sơn.") == []


def test_a_pact_signed_speaks_of_a_relation():
    text = "Năm 2022, huyện Lạc Dương ký hiệp ước gắn kết với thành phố Tsukuba (tỉnh Ibaraki, Nhật Bản)."
    assert partners(text) == [("Tsukuba", "JP")]


def test_an_english_word_city_before_a_capital_names_no_place():
    assert partners("Hai bên triển khai dự án thí điểm City Network tại Hàn Quốc.") == []


def test_a_name_after_a_chairman_s_title_is_a_person_not_a_place():
    text = ("Trong chương trình làm việc tại Hàn Quốc, đoàn đại biểu tỉnh đã đến huyện Goesan và hội kiến Chủ tịch huyện "
            "Shin Yong. Đến nay, thành phố Tuyên Quang và huyện Goesan đã ký thỏa thuận hợp tác.")
    assert partners(text) == [("Goesan", "KR")]
    # a mayor's city is the place
    text = "Đoàn làm việc với thị trưởng thành phố Kashiwara (Nhật Bản) về hợp tác lao động."
    assert partners(text) == [("Kashiwara", "JP")]


def test_a_place_naming_a_business_body_s_area_is_no_partner():
    assert partners("Tháng 7/2019, tỉnh làm việc với Hiệp hội doanh nghiệp vùng Kansai (Nhật Bản).") == []
    text = "Đoàn giới thiệu môi trường đầu tư với Phòng Thương mại và Công nghiệp vùng Lyon (Pháp)."
    assert partners(text) == []
    # the body and a place apart
    text = "Hiệp hội doanh nghiệp tỉnh ký thỏa thuận hợp tác với tỉnh Gyeonggi (Hàn Quốc)."
    assert partners(text) == [("Gyeonggi", "KR")]


def test_a_body_asked_for_a_title_is_no_partner_whatever_work_the_sentence_tells():
    text = ("Tỉnh cũng đã phối hợp với tỉnh Cao Bằng lập hồ sơ đề nghị UNESCO công nhận khu danh thắng là di sản "
            "thiên nhiên thế giới.")
    assert partners(text) == []
    text = "Năm 2024, tỉnh ký thỏa thuận với UNESCO về bảo tồn di sản văn hóa."
    assert [name for name, _ in partners(text)] == ["UNESCO"]


def test_organisations_given_an_area_to_work_in_are_paperwork_not_a_count():
    text = ("Năm 2024, tỉnh Quảng Bình đề nghị gia hạn Giấy đăng ký cho 3 tổ chức phi chính phủ nước ngoài và bổ sung địa "
            "bàn hoạt động cho 2 tổ chức phi chính phủ nước ngoài.")
    assert figures(text, date(2025, 1, 15)) == []


def test_an_agency_named_for_its_country_that_signs_is_a_partner():
    text = "Năm 2023, tỉnh ký biên bản ghi nhớ với Cơ quan Năng lượng Đan Mạch về điện gió ngoài khơi."
    assert partners(text) == [("Cơ quan Năng lượng Đan Mạch", "DK")]
    assert partners("Năm 2023, tỉnh ký biên bản ghi nhớ với cơ quan đại diện Hàn Quốc.") == []


def test_a_body_named_for_its_country_keeps_its_other_side_in_its_name():
    text = "Năm 2024, tỉnh ký thỏa thuận hợp tác với Hiệp hội Doanh nghiệp Thái Lan - ASEAN."
    assert partners(text) == [("Hiệp hội Doanh nghiệp Thái Lan - ASEAN", "TH")]


def test_projects_raising_their_capital_in_dollars_are_foreign_investment_with_no_topic_word():
    text = "Năm 2023, tỉnh Nam Định có 14 dự án cấp phép từ những năm trước điều chỉnh vốn, tăng thêm 52,6 triệu USD."
    assert figures(text, date(2024, 2, 1)) == [("fdi_added_capital", 52_600_000, None, ("2023-01-01", "2023-12-31")),
                                              ("fdi_adjusted_projects", 14, None, ("2023-01-01", "2023-12-31"))]
    # in đồng, the province's own investors
    assert figures("Năm 2023, tỉnh Nam Định có 14 dự án điều chỉnh vốn, tăng thêm 520 tỷ đồng.", date(2024, 2, 1)) == []


def test_a_headline_naming_the_trade_loosely_repeats_the_body_s_export_goal():
    text = ("KINH TẾ - ĐỐI NGOẠI\nThứ Năm, 14/07/2016\n\nCÀ MAU: XUẤT NHẬP KHẨU 6 THÁNG TĂNG 12%, QUYẾT GIỮ ĐÍCH 1,2 TỶ USD"
            "\n\nTheo Sở Công Thương, tỉnh Cà Mau phấn đấu hoàn thành chỉ tiêu kim ngạch xuất khẩu năm 2016 là 1,2 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2016, 7, 14), kind="target")] == [("export_value", 1.2e9)]


def test_a_headline_under_a_letterhead_and_the_document_s_subject_repeats_the_body():
    text = ("ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 45/TCBC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Long An, ngày 05 tháng 11 năm 2022\n\nTHÔNG CÁO BÁO CHÍ\nKết quả phiên họp thường kỳ tháng 10 năm 2022\n\n"
            "CẢ NĂM DỰ KIẾN XUẤT KHẨU 6,8 TỶ USD\n\nTheo Sở Công Thương, kim ngạch xuất khẩu hàng hóa của tỉnh cả năm 2022 dự "
            "kiến đạt 6,8 tỷ USD, tăng 10% so với năm 2021.")
    read = [f for kind in ("observation", "target") for f in facts(text, kind, date(2022, 11, 5))]
    assert [f["evidence"].startswith("Theo Sở") for f in read] == [True]  # the headline's figure is the body's


def test_the_year_under_way_named_before_its_estimate_is_an_estimate_not_a_goal():
    text = "Kim ngạch xuất khẩu của tỉnh Đồng Tháp cả năm 2022 dự kiến đạt 2,1 tỷ USD, tăng 10% so với năm 2021."
    assert figures(text, date(2022, 11, 5)) == [("export_value", 2.1e9, None, ("2022-01-01", "2022-12-31"))]
    # early in the year, or for the next year, it stays a goal
    assert figures(text, date(2022, 3, 5), kind="target") == [("export_value", 2.1e9, None, ("2022-01-01", "2022-12-31"))]


def test_the_goods_part_of_a_goods_and_services_total_is_the_trade_counted():
    text = ("Sáu tháng đầu năm 2021, kim ngạch xuất khẩu hàng hóa và dịch vụ của tỉnh Sơn La ước đạt 210,5 triệu USD, tăng "
            "8% so với cùng kỳ. Trong đó, xuất khẩu hàng hóa đạt 195,4 triệu USD; xuất khẩu dịch vụ đạt 15,1 triệu USD.")
    assert [f[:2] for f in figures(text, date(2021, 7, 10))] == [("export_value", 195_400_000)]
    # a goods-and-services total told alone stays the trade
    text = "Sáu tháng đầu năm 2021, kim ngạch xuất khẩu hàng hóa và dịch vụ của tỉnh Sơn La ước đạt 210,5 triệu USD."
    assert [f[:2] for f in figures(text, date(2021, 7, 10))] == [("export_value", 210_500_000)]


def test_aid_projects_told_with_their_spending_are_projects_carried_out_not_a_sort_by_spending():
    text = ("Tính chung 3 năm 2021-2023, tỉnh Quảng Trị tiếp nhận 45 dự án viện trợ phi chính phủ nước ngoài với tổng giá "
            "trị giải ngân hơn 6,2 triệu USD.")
    assert [f[:2] for f in figures(text, date(2024, 3, 1))] == [("ngo_disbursed", 6_200_000), ("ngo_projects", 45)]
    # with what was committed, new commitments
    text = "Năm 2023, tỉnh Quảng Trị tiếp nhận 20 dự án viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 3 triệu USD."
    assert [f[:2] for f in figures(text, date(2024, 3, 1))] == [("ngo_committed", 3_000_000), ("ngo_new_commitments", 20)]


def test_the_place_a_delegation_of_firms_comes_from_is_no_partner():
    text = "Ngày 5/10/2023, tỉnh Bắc Ninh tiếp đoàn doanh nghiệp đến từ thành phố Osaka (Nhật Bản) sang tìm hiểu hợp tác đầu tư."
    assert partners(text) == []
    assert partners("Tỉnh làm việc với đoàn doanh nghiệp tỉnh Aichi (Nhật Bản) về hợp tác đầu tư.") == []
    # leaders and firms of a place together: the place
    text = "Chủ tịch UBND tỉnh tiếp đoàn lãnh đạo, doanh nghiệp tỉnh Aichi (Nhật Bản) và đề nghị hai tỉnh thúc đẩy hợp tác."
    assert partners(text) == [("Aichi", "JP")]
