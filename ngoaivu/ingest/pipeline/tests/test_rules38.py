"""Rules found in session 38 (05/12/2026) in the retired long splits (dev122-dev132) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts
from ngoaivu.ingest.pipeline.tests.rule_sentences import observations as _observations

WINTER_2019 = date(2019, 12, 20)


def test_the_foreign_share_of_aid_projects_is_not_foreign_investment():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng báo cáo.\n"
            "Giai đoạn 2000 - 2018, toàn tỉnh có 40 dự án sử dụng vốn ODA với tổng vốn đầu tư 300 triệu USD, gồm vốn "
            "nước ngoài 200 triệu USD và vốn đối ứng 100 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("oda_projects", 40, "2000-01-01") in found
    assert not [o for o in found if o[0].startswith("fdi_")]


def test_the_foreign_share_of_aid_disbursed_is_a_part_of_it():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng báo cáo.\n"
            "Năm 2018, toàn tỉnh có 40 dự án sử dụng vốn ODA. Năm 2018, các dự án đã giải ngân 90 triệu USD, trong đó "
            "vốn nước ngoài 60 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("oda_disbursed", 9e7, "2018-01-01") in found
    assert not [o for o in found if o[0].startswith("fdi_") or o[1] == 6e7]


def test_foreign_capital_is_still_foreign_investment_without_aid_before_it():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng báo cáo.\n"
            "Năm 2018, tỉnh thu hút 12 dự án có vốn nước ngoài với tổng vốn đăng ký 90 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_new_capital", 9e7, "2018-01-01") in found or ("fdi_registered_capital", 9e7, "2018-01-01") in found


def test_aid_projects_under_way_after_those_completed_are_counted():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng báo cáo.\n"
            "Giai đoạn 2000 - 2018, toàn tỉnh có 40 dự án sử dụng vốn ODA. Tính đến ngày 31/12/2018, 31 dự án đã hoàn "
            "thành, 9 dự án đang triển khai.")
    found = _observations(text, published=WINTER_2019)
    assert ("oda_projects", 9, "2018-12-31") in found
    assert not [o for o in found if o[1] == 31 or o[0].startswith("fdi_")]


def test_the_projects_an_investor_country_held_on_the_day_of_a_visit_are_a_stock():
    text = ("Sở Ngoại vụ tỉnh Hà Nam báo cáo.\n"
            "Khi đón đoàn đại biểu thành phố Changwon ngày 12/9/2018, tỉnh có 25 dự án của nhà đầu tư Hàn Quốc với số "
            "vốn hơn 200 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_active_projects", 25, "2018-09-12") in found
    assert ("fdi_total_capital", 2e8, "2018-09-12") in found


def test_the_capital_past_a_count_s_share_keeps_the_count_s_investor_country():
    text = ("Sở Ngoại vụ tỉnh Hà Nam báo cáo.\n"
            "Tính đến cuối năm 2018, trên địa bàn có 25 dự án FDI của Hàn Quốc, chiếm 20% tổng số dự án FDI của tỉnh, "
            "với tổng vốn đăng ký trên 200 triệu USD.")
    capital = [f for f in _facts(text, published=WINTER_2019) if f["indicator"] == "fdi_total_capital"]
    assert [f["counterpart"] for f in capital] == ["Hàn Quốc"]


def test_an_earlier_year_owning_a_figure_is_its_period():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bình Dương báo cáo.\n"
            "Trong 9 tháng năm 2019, tỉnh thu hút 300 triệu USD vốn FDI, bỏ xa con số hơn 120 triệu USD của cả năm 2018.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_registered_capital", 3e8, "2019-01-01") in found
    assert ("fdi_registered_capital", 1.2e8, "2018-01-01") in found


def test_projects_with_capital_in_dong_and_dollars_are_all_investors_not_fdi():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Lào Cai báo cáo.\n"
            "Tính hết năm 2019, toàn tỉnh có 30 doanh nghiệp có vốn đầu tư nước ngoài (FDI).\n"
            "Trong năm, toàn tỉnh có 35 dự án được cấp quyết định chấp thuận chủ trương đầu tư, tổng vốn đăng ký 4.000 tỷ "
            "đồng và 15 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert not [o for o in found if o[1] in (35, 4e12)]


def test_a_report_s_item_on_one_country_gives_its_paragraphs_partners_that_country():
    text = ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nBÁO CÁO\nCông tác đối ngoại năm 2019\n\n"
            "a) Với Nhật Bản: Ngày 02/3/2019, đoàn công tác của tỉnh làm việc tại tỉnh Gunma.\n\n"
            "Ngày 21/11/2019, UBND tỉnh làm việc với đoàn thành phố Kurayoshi; năm 2018, tỉnh và thành phố Kurayoshi đã ký "
            "Thỏa thuận thiết lập quan hệ hợp tác hữu nghị.\n\n"
            "b) Với Lào: năm 2019, tỉnh tiếp tục hợp tác với tỉnh Phongsaly.")
    partners = {f["name"]: f["country"] for f in _facts(text, "partner", published=WINTER_2019)}
    assert partners.get("Kurayoshi") == "JP"


def test_numbers_listed_after_a_plural_citation_are_documents_sharing_the_date_after_them():
    text = ("UBND tỉnh Nam Định báo cáo.\n"
            "Tỉnh ban hành các Quyết định số 771/QĐ-UBND và 772/QĐ-UBND, thực hiện các Nghị quyết số 11/NQ-CP và "
            "12/NQ-CP cùng ngày 8/1/2019 của Chính phủ.")
    documents = {(f["number"], f["date"]) for f in _facts(text, "legal_document", published=WINTER_2019)}
    assert {("771/QĐ-UBND", None), ("772/QĐ-UBND", None), ("11/NQ-CP", "2019-01-08"), ("12/NQ-CP", "2019-01-08")} <= documents


def test_the_same_number_in_two_years_is_two_resolutions():
    text = ("UBND tỉnh Yên Bái báo cáo.\n"
            "Thực hiện Nghị quyết số 01/NQ-CP ngày 06/01/2018 của Chính phủ, tỉnh tập trung tháo gỡ khó khăn.\n"
            "Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2019 của Chính phủ, tỉnh ban hành kế hoạch.")
    documents = sorted(f["date"] for f in _facts(text, "legal_document", published=WINTER_2019))
    assert documents == ["2018-01-06", "2019-01-05"]


def test_aid_counted_after_ngoai_ra_is_no_part_of_the_fdi_before():
    text = ("UBND tỉnh Ninh Thuận báo cáo.\n"
            "Tính đến ngày 29/3/2019, trên địa bàn tỉnh có 30 dự án đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 900 "
            "triệu USD, trong đó có 3 dự án của nhà đầu tư Hàn Quốc; ngoài ra, tỉnh đã tiếp nhận 20 dự án viện trợ không "
            "hoàn lại từ phía Hàn Quốc với tổng trị giá 1,5 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert not [o for o in found if o[0].startswith("fdi_") and o[1] in (20, 1.5e6)]
    assert [o for o in found if o[0].startswith("ngo_") and o[1] == 1.5e6]


def test_first_among_the_provinces_holding_foreign_projects_is_a_rank_and_its_capital_the_province_s():
    text = ("UBND tỉnh Bạc Liêu báo cáo.\n"
            "Trong 8 tháng đầu năm 2019, tỉnh đứng đầu trong số 55 tỉnh, thành phố có dự án đầu tư nước ngoài, với tổng "
            "vốn đăng ký 3 tỷ USD, chiếm 20% tổng vốn đăng ký của cả nước; xếp thứ hai là Hà Nội với 2,5 tỷ USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_rank", 1, "2019-08-31") in found
    assert ("fdi_registered_capital", 3e9, "2019-01-01") in found
    assert not [o for o in found if o[1] in (55, 2.5e9)]


def test_one_product_s_exports_are_no_goal_of_the_province_s_exports():
    text = ("UBND tỉnh Bạc Liêu báo cáo.\n"
            "Tỉnh phấn đấu đến năm 2020 kim ngạch xuất khẩu tôm đạt 1,3 tỷ USD; xuất khẩu cá tra đạt 200 triệu USD.")
    assert _facts(text, "target", published=WINTER_2019) == []


def test_a_series_next_year_is_the_indicator_the_series_measured():
    text = ("Sở Công Thương tỉnh Đắk Nông báo cáo.\n"
            "Năm 2005, xuất khẩu cả tỉnh mới được 40 triệu USD. Đến năm 2008, con số này là 150 triệu USD; năm 2010 "
            "vượt qua mức 200 triệu USD, và năm 2018 đã lên tới 900 triệu USD.")
    assert ("export_value", 9e8, "2018-01-01") in _observations(text, published=WINTER_2019)


def test_a_year_after_a_rate_is_no_series_of_the_paragraph_s_other_measure():
    text = ("Sở Công Thương tỉnh Quảng Trị báo cáo.\n"
            "Năm 2018, tỉnh thu hút 3 dự án FDI với tổng vốn 20 triệu USD.\n"
            "Thương mại giữa hai nước giai đoạn 2015 - 2018 tăng bình quân khoảng 13% mỗi năm, năm 2018 đạt hơn 1 tỷ USD.")
    assert not [o for o in _observations(text, published=WINTER_2019) if o[1] == 1e9 and o[0].startswith("fdi_")]


def test_a_figure_said_again_in_a_closing_sentence_without_a_period_is_that_figure():
    text = ("Sở Công Thương tỉnh Đắk Nông báo cáo.\n"
            "Năm 2018, kim ngạch xuất khẩu cả năm ước đạt 1.158 triệu USD, bằng 116% kế hoạch năm.\n"
            "Hội chợ thương mại quốc tế sẽ diễn ra từ ngày 13 đến 19/12/2018.\n"
            "Với kim ngạch xuất khẩu 1,158 tỷ USD, Đắk Nông bước sang tuổi 15 với nhiều kỳ vọng mới.")
    found = [f for f in _facts(text, published=WINTER_2019) + _facts(text, "target", published=WINTER_2019)
             if f["indicator"] == "export_value"]
    assert [(f["kind"], f["period"]["start"]) for f in found] == [("observation", "2018-01-01")]


def test_an_event_s_days_frame_no_figure_of_a_later_paragraph():
    text = ("Sở Công Thương tỉnh Đắk Nông báo cáo.\n"
            "Năm 2018, tỉnh tổ chức nhiều hoạt động xúc tiến thương mại.\n"
            "Hội chợ thương mại quốc tế sẽ diễn ra từ ngày 13 đến 19/12/2018.\n"
            "Kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD.")
    assert ("export_value", 9e8, "2018-01-01") in _observations(text, published=WINTER_2019)


def test_a_headline_s_capitals_and_the_body_name_one_pair_of_gates():
    text = ("ĐẮK NÔNG ĐỀ NGHỊ NÂNG CẤP CỬA KHẨU ĐẮK PEUR - NAM LYR\n\n"
            "(BĐN) - Lãnh đạo hai tỉnh Đắk Nông và Mondulkiri (Campuchia) đề nghị nâng cấp cặp cửa khẩu Đắk Peur - Nam "
            "Lyr lên cửa khẩu quốc tế.")
    gates = [(f["vn"], f["foreign"]) for f in _facts(text, "border_gate", published=WINTER_2019)]
    assert gates == [("Đắk Peur", "Nam Lyr")]


def test_the_emulation_cluster_s_provinces_together_are_not_the_province():
    text = ("Sở Ngoại vụ tỉnh Phú Yên báo cáo.\n"
            "Năm 2018, tỉnh đón 25 đoàn khách nước ngoài. Tháng 12/2018, Sở tổng kết thi đua Cụm số 4: trong năm, 10 đơn "
            "vị trong cụm đã tham mưu cho phép 600 đoàn với 4.000 lượt khách nước ngoài đến làm việc và cử 1.500 đoàn.")
    found = _observations(text, published=WINTER_2019)
    assert not [o for o in found if o[1] in (600, 1500, 4000)]
    assert [o for o in found if o[1] == 25]


def test_a_body_s_name_may_close_on_a_number():
    text = ("UBND tỉnh Cà Mau báo cáo.\n"
            "Dự án xây dựng 4 cầu giao thông nông thôn do tổ chức phi chính phủ The Hope Bridge 2000 (Hàn Quốc) tài trợ, "
            "tổng kinh phí hơn 1 tỷ đồng.")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner", published=WINTER_2019)}
    assert ("The Hope Bridge 2000", "KR") in partners


def test_a_body_s_country_may_come_before_its_name():
    text = ("UBND tỉnh Phú Yên báo cáo.\n"
            "Năm 2018, trường được sửa chữa với sự tài trợ của tổ chức phi chính phủ Hàn Quốc Kopion, nhà tài trợ xây dựng "
            "trường học tại huyện Tây Hòa.")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner", published=WINTER_2019)}
    assert ("Kopion", "KR") in partners


def test_a_body_that_only_attended_a_conference_is_no_partner():
    text = ("UBND tỉnh Nam Định báo cáo.\n"
            "Hội nghị xúc tiến đầu tư ở Sydney ngày 29/5/2019 có đại diện Bộ Ngoại giao và Thương mại Australia (DFAT) cùng "
            "gần 100 doanh nghiệp; nhân dịp này, UBND tỉnh ký biên bản ghi nhớ hợp tác với bang New South Wales.")
    names = {f["name"] for f in _facts(text, "partner", published=WINTER_2019)}
    assert "DFAT" not in names


def test_an_investor_country_s_share_of_the_stock_holds_its_figures_in_the_stock():
    text = ("Sở Tài chính tỉnh Bắc Ninh báo cáo.\n"
            "Tính đến ngày 26/8/2019, toàn tỉnh có 900 dự án FDI còn hiệu lực với tổng vốn đăng ký 16.000 triệu USD. Từ đầu "
            "năm đến ngày 26/8/2019, tỉnh cấp mới 97 dự án với tổng vốn đăng ký 1.600 triệu USD. Nhật Bản dẫn đầu với 189 dự "
            "án, vốn 6.000 triệu USD (chiếm 37,5%); tiếp theo là Hàn Quốc với 204 dự án, 2.000 triệu USD (12,5%).")
    found = _facts(text, published=WINTER_2019)
    japan = {(f["indicator"], f["value"], f["period"].get("as_of")) for f in found if f.get("counterpart") == "Nhật Bản"}
    assert japan == {("fdi_active_projects", 189, "2019-08-26"), ("fdi_total_capital", 6e9, "2019-08-26")}


def test_a_rate_over_a_span_after_the_trade_s_amount_is_that_trade_s_growth():
    text = ("UBND tỉnh Bắc Ninh báo cáo.\n"
            "Ước cả năm 2019, tổng kim ngạch xuất khẩu của tỉnh đạt 11.000 triệu USD, gấp 1,9 lần năm 2015; giai đoạn "
            "2016 - 2019 tăng bình quân 14,2%/năm.")
    found = _observations(text, published=WINTER_2019)
    assert ("export_growth", 14.2, "2016-01-01") in found


def test_projects_of_both_kinds_said_after_the_list_are_no_fdi_count():
    text = ("UBND tỉnh Bắc Ninh báo cáo.\n"
            "Lũy kế 9 tháng năm 2019, tỉnh cấp mới 250 dự án và điều chỉnh 200 lượt dự án (cả trong nước và nước ngoài), "
            "tổng vốn cấp mới và tăng thêm khoảng 5 tỷ USD, trong đó vốn FDI đạt 1,5 tỷ USD.")
    found = _observations(text, published=WINTER_2019)
    assert not [o for o in found if o[1] in (250, 200)]


def test_a_body_attending_a_conference_is_no_partner():
    text = ("UBND tỉnh Bắc Ninh báo cáo.\n"
            "Ngày 23/10/2019, tại Thượng Hải (Trung Quốc), tỉnh phối hợp tổ chức hội nghị xúc tiến đầu tư, với sự tham dự "
            "của Quỹ đầu tư SUNRISE (Trung Quốc) và gần 100 doanh nghiệp; hai bên ký biên bản ghi nhớ hợp tác.")
    assert "SUNRISE" not in " ".join(f["name"] for f in _facts(text, "partner", published=WINTER_2019))


def test_projects_attracted_by_then_or_held_when_a_year_s_figures_were_given_are_a_stock():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hậu Giang báo cáo.\n"
            "Tháng 10/2015, Giám đốc Sở cho biết trước khi chia tách chưa có dự án FDI nào; đến thời điểm ấy tỉnh đã thu hút "
            "27 dự án FDI với tổng vốn 700 triệu USD.\n"
            "Theo số liệu Sở Kế hoạch và Đầu tư đưa ra năm 2018, tỉnh có 29 dự án FDI với tổng vốn cam kết 800 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_active_projects", 27, "2015-10-31") in found
    assert ("fdi_total_capital", 7e8, "2015-10-31") in found
    assert [o for o in found if o[:2] == ("fdi_active_projects", 29) and o[2].startswith("2018")]


def test_a_body_described_in_vietnamese_closing_on_its_country_is_known_by_its_acronym():
    text = ("UBND tỉnh Hậu Giang báo cáo.\n"
            "Tỉnh hợp tác với Tổ chức xúc tiến nông nghiệp hữu cơ Hàn Quốc (KOPA). Năm 2018, KOPA thực hiện dự án thí điểm.\n"
            "Tỉnh phối hợp với Trung tâm Văn hóa Việt - Hàn (VKCX) tổ chức lễ hội.")
    partners = {f["name"]: f["country"] for f in _facts(text, "partner", published=WINTER_2019)}
    assert partners.get("KOPA") == "KR" and "VKCX" not in partners


def test_the_figures_in_a_share_s_bracket_are_that_part_s():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Lâm Đồng báo cáo.\n"
            "Đến cuối năm 2018 trên địa bàn tỉnh có 100 dự án FDI còn hiệu lực với tổng vốn đầu tư 480 triệu USD; lĩnh vực "
            "nông nghiệp chiếm khoảng 60% (60 dự án, vốn đăng ký ban đầu 220 triệu USD); công nghiệp khoảng 20% (20 dự án, "
            "100 triệu USD).")
    found = _facts(text, published=WINTER_2019) + _facts(text, "target", published=WINTER_2019)
    assert sorted(f["value"] for f in found) == [100, 4.8e8]


def test_capital_added_named_after_its_projects_is_no_change_of_a_level():
    text = ("UBND TP Hồ Chí Minh báo cáo.\n"
            "Đến hết tháng 7/2019, thành phố đã thu hút gần 6 tỷ USD vốn FDI, tăng 40% so với cùng kỳ năm 2018, gồm 1.000 "
            "dự án cấp mới với tổng vốn đăng ký gần 1,3 tỷ USD, 300 lượt dự án điều chỉnh với số vốn tăng thêm 2,3 tỷ USD.")
    assert ("fdi_added_capital", 2.3e9, "2019-01-01") in _observations(text, published=WINTER_2019)


def test_a_korean_chairman_s_name_after_a_city_council_is_no_city():
    text = ("UBND TP Hồ Chí Minh báo cáo.\n"
            "Tại thành phố Daejeon, đoàn hội đàm với Chủ tịch Hội đồng thành phố Park Won-Sik; hai bên ký văn bản tăng "
            "cường quan hệ hữu nghị, hợp tác.")
    assert "Park Won-Sik" not in {f["name"] for f in _facts(text, "partner", published=WINTER_2019)}


def test_a_span_whose_two_ends_a_clause_parts_is_one_span():
    text = ("UBND tỉnh Tuyên Quang báo cáo.\n"
            "Kể từ năm 2017, khi các hoạt động quốc tế được đẩy mạnh, đến hết năm 2018 lãnh đạo tỉnh đã thực hiện gần 10 "
            "chuyến công tác nước ngoài.")
    found = _facts(text, published=WINTER_2019)
    assert [(f["indicator"], f["value"], f["period"]) for f in found] == [
        ("delegation_exchanges", 10, {"start": "2017-01-01", "end": "2018-12-31"})]


def test_at_the_time_of_a_groundbreaking_is_the_day_told_before():
    text = ("UBND tỉnh Tuyên Quang báo cáo.\n"
            "Ngày 6/3/2019, UBND tỉnh và Công ty cổ phần Erex (Nhật Bản) khởi công nhà máy tại Khu công nghiệp Long Bình An. "
            "Tại thời điểm khởi công, trên địa bàn tỉnh có 20 dự án còn hiệu lực của 17 nhà đầu tư nước ngoài, tổng vốn đầu "
            "tư trên 340 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_active_projects", 20, "2019-03-06") in found and ("fdi_total_capital", 3.4e8, "2019-03-06") in found


def test_a_law_cited_by_its_title_then_its_number():
    text = ("UBND tỉnh Tuyên Quang báo cáo.\n"
            "Các sở, ngành ký thêm hơn 40 văn bản hợp tác quốc tế, thực hiện theo Luật Thỏa thuận quốc tế số 70/2020/QH14 "
            "ngày 13/11/2020.")
    documents = {(f["doc_type"], f["number"], f["date"]) for f in _facts(text, "legal_document", published=WINTER_2019)}
    assert ("Luật", "70/2020/QH14", "2020-11-13") in documents


def test_a_result_that_reaches_a_share_of_the_plan_past_its_change_is_no_goal():
    text = ("UBND tỉnh Hòa Bình báo cáo.\n"
            "Lũy kế 2 tháng năm 2019, kim ngạch xuất khẩu đạt 220 triệu USD, tăng 15% so với cùng kỳ năm 2018, bằng 15% chỉ "
            "tiêu năm; kim ngạch nhập khẩu đạt 180 triệu USD, tăng 15,3%, bằng 16,4% chỉ tiêu.")
    assert _facts(text, "target", published=WINTER_2019) == []
    assert ("import_value", 1.8e8, "2019-01-01") in _observations(text, published=WINTER_2019)


def test_a_foreign_government_s_grant_is_oda_not_ngo_aid():
    text = ("UBND tỉnh Bến Tre báo cáo.\n"
            "Năm 2010, Chính phủ Đan Mạch cam kết viện trợ không hoàn lại cho tỉnh 10 triệu USD để ứng phó biến đổi khí hậu.")
    assert not [o for o in _observations(text, published=WINTER_2019) if o[0].startswith("ngo_")]


def test_projects_only_had_over_a_span_of_years_are_the_span_s_new_ones():
    text = ("UBND tỉnh Bến Tre báo cáo.\n"
            "Nhìn lại, trong giai đoạn 1990 - 2000 tỉnh chỉ có 2 dự án FDI, tổng vốn đầu tư khoảng 3 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_new_projects", 2, "1990-01-01") in found and ("fdi_new_capital", 3e6, "1990-01-01") in found


def test_the_state_a_partner_city_is_the_capital_of_is_no_partner():
    text = ("UBND tỉnh Thái Bình báo cáo.\n"
            "Tại Đức, ngày 25/3/2019, đoàn làm việc với Thị trưởng thành phố Hannover, thủ phủ bang Niedersachsen. Tỉnh "
            "chính thức thiết lập quan hệ hợp tác trên nhiều lĩnh vực với thành phố Hannover.")
    names = {f["name"] for f in _facts(text, "partner", published=WINTER_2019)}
    assert "Hannover" in names and "Niedersachsen" not in names


def test_a_goal_s_capital_naming_no_new_projects_is_registered_capital():
    text = ("UBND tỉnh Nghệ An báo cáo.\n"
            "Năm 2019, tỉnh phấn đấu thu hút 8 dự án đầu tư trực tiếp nước ngoài với tổng vốn đầu tư 100 triệu USD.\n"
            "Năm 2020, tỉnh phấn đấu thu hút 10 dự án FDI cấp mới với tổng vốn 80 triệu USD.")
    targets = {(f["indicator"], f["value"]) for f in _facts(text, "target", published=WINTER_2019)}
    assert ("fdi_registered_capital", 1e8) in targets and ("fdi_new_capital", 8e7) in targets


def test_tu_opening_a_range_of_capital_is_no_size_criterion():
    text = ("UBND tỉnh Kiên Giang ban hành kế hoạch thu hút đầu tư.\n"
            "a) Giai đoạn 2016 - 2020: thu hút từ 30 đến 40 dự án FDI với tổng vốn đăng ký từ 60 đến 100 triệu USD.")
    targets = {(f["indicator"], f.get("value_min"), f.get("value_max")) for f in _facts(text, "target", published=date(2016, 3, 1))}
    assert ("fdi_registered_capital", 6e7, 1e8) in targets


def test_each_of_two_goals_has_the_span_written_after_it():
    text = ("UBND tỉnh Trà Vinh ban hành kế hoạch.\n"
            "- Tỉnh phấn đấu thu hút khoảng 1,1 tỷ USD vốn đầu tư trực tiếp nước ngoài trong giai đoạn 2016-2020 và 1,7 tỷ "
            "USD trong giai đoạn 2021-2025.")
    targets = {(f["value"], f["period"]["start"]) for f in _facts(text, "target", published=date(2016, 3, 1))}
    assert targets == {(1.1e9, "2016-01-01"), (1.7e9, "2021-01-01")}


def test_a_running_total_expected_to_a_day_is_an_estimate_not_a_goal():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Thái Bình báo cáo 9 tháng năm 2019.\n"
            "Dự kiến đến ngày 30/9/2019, toàn tỉnh có 92 dự án đầu tư được chấp thuận với tổng số vốn đăng ký mới và tăng "
            "thêm 11.000 tỷ đồng; trong đó vốn đầu tư trực tiếp nước ngoài đạt 585 triệu USD.")
    assert _facts(text, "target", published=date(2019, 9, 25)) == []


def test_two_citations_joined_share_the_date_after_the_second():
    text = ("UBND tỉnh Bình Dương báo cáo.\n"
            "Thực hiện Nghị quyết số 11/NQ-CP và Nghị quyết số 12/NQ-CP ngày 07/01/2019 của Chính phủ, tỉnh ban hành kế hoạch.")
    documents = {(f["number"], f["date"], f["issuer"]) for f in _facts(text, "legal_document", published=WINTER_2019)}
    assert documents == {("11/NQ-CP", "2019-01-07", "Chính phủ"), ("12/NQ-CP", "2019-01-07", "Chính phủ")}


def test_a_vietnamese_commune_named_like_a_country_is_no_foreign_place():
    text = ("UBND tỉnh Lai Châu báo cáo.\n"
            "Dự án do Tổ chức Plan International tài trợ, thời gian 3 năm, triển khai tại 5 xã Dào San, Bản Lang, Nậm Xe, "
            "Khổng Lào, Hoang Thèn (huyện Phong Thổ).")
    assert not [f for f in _facts(text, "partner", published=WINTER_2019) if f["partner_type"] == "locality"]


def test_a_japanese_prefecture_named_phu_is_a_locality():
    text = ("UBND tỉnh Thừa Thiên Huế báo cáo.\n"
            "Chiều 20/11/2019, UBND tỉnh và Chính quyền Phủ Osaka (Nhật Bản) ký kết bản ghi nhớ về thiết lập quan hệ hữu "
            "nghị, hợp tác, với sự chứng kiến của Chính phủ Nhật Bản.")
    partners = {(f["name"], f["country"], f["partner_type"]) for f in _facts(text, "partner", published=WINTER_2019)}
    assert ("Osaka", "JP", "locality") in partners


def test_hien_right_before_a_figure_is_now():
    text = ("UBND tỉnh Trà Vinh báo cáo.\n"
            "Trong năm 2018, tỉnh thu hút 2 dự án FDI.\n"
            "Hiện gần 1.200 lao động của tỉnh đang làm việc ở nước ngoài.")
    assert ("workers_abroad", 1200, "2019-12-20") in _observations(text, published=WINTER_2019)


def test_projects_the_province_has_from_the_year_start_to_a_moment_are_a_flow():
    text = ("UBND tỉnh Trà Vinh báo cáo.\n"
            "Trong năm 2019, tính từ đầu năm đến thời điểm tổng hợp, tỉnh thu hút 20 dự án trong nước với tổng vốn hơn "
            "5.800 tỷ đồng; cùng với đó có 2 dự án nước ngoài với tổng vốn đăng ký trên 100 triệu USD.")
    found = _observations(text, published=WINTER_2019)
    assert ("fdi_new_projects", 2, "2019-01-01") in found


def test_a_change_marked_as_the_count_s_is_not_the_capital_s():
    text = ("UBND tỉnh Bình Phước báo cáo.\n"
            "Năm 2019, khu vực FDI có 45 dự án cấp mới, tổng vốn 830 triệu USD, tăng 32,4% về số dự án và gấp 5,3 lần về "
            "số vốn so với năm 2018.")
    capital = [f for f in _facts(text, published=WINTER_2019) if f["indicator"] == "fdi_new_capital"]
    assert [f["change_pct"] for f in capital] == [430.0]


def test_digit_led_period_patterns_find_what_a_full_scan_finds():
    from ngoaivu.ingest.pipeline.period_patterns import _LITERAL_AFTER_DIGITS, matches
    texts = ["123 tháng đầu năm 2019", "6  tháng qua, 12/3 và 1 /2, 2020/15/8, 45/6/7", "tháng 6 tháng", "9 tháng9 tháng",
             "1 2 tháng", "trong 11 tháng, từ 1/1 đến 30/11/2019"]
    assert len(_LITERAL_AFTER_DIGITS) >= 4
    for pattern in _LITERAL_AFTER_DIGITS:
        for text in texts:
            assert [(m.span(), m.groups()) for m in matches(pattern, text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_two_changes_sharing_the_base_after_them_are_no_figures():
    text = ("UBND tỉnh Tiền Giang báo cáo.\n"
            "Riêng khu vực FDI, trong 5 năm 2014 - 2018 tỉnh thu hút 48 dự án với tổng vốn đăng ký 1.041 triệu USD, tăng 6 dự "
            "án và gấp đôi về vốn so với 5 năm trước đó.")
    assert not [o for o in _observations(text, published=WINTER_2019) if o[1] == 6]
