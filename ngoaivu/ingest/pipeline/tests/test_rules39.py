"""Rules found in session 39 (05/12/2026) in the retired long splits (dev155-dev164) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts

SUMMER_2022 = date(2022, 8, 15)
NOTE = ("(Ghi chú của tòa soạn: từ ngày 01/7/2025, tỉnh Hà Giang hợp nhất với tỉnh Tuyên Quang; bài giữ nguyên tên gọi "
        "khi đăng.)\n")


def test_an_editor_s_note_in_brackets_dates_no_figure_after_it():
    text = ("BÁO TUYÊN QUANG\nKinh tế\nThứ Hai, 15/8/2022 - 08:00\n" + NOTE
            + "TUYÊN QUANG: 15 DỰ ÁN FDI CÒN HIỆU LỰC\n"
            "Theo Sở Kế hoạch và Đầu tư, đến nay tỉnh có 15 dự án FDI còn hiệu lực, nhiều dự án hoạt động hiệu quả.")
    assert not _facts(text, kind="target", published=SUMMER_2022)
    found = _facts(text, published=SUMMER_2022)
    assert [(f["indicator"], f["value"], f["period"]) for f in found] == [
        ("fdi_active_projects", 15, {"as_of": "2022-08-15"})]


def test_a_headline_under_a_dateline_and_a_note_repeats_the_body():
    text = ("BÁO TUYÊN QUANG\nKinh tế\nThứ Hai, 15/8/2022 - 08:00\n" + NOTE
            + "CHỦ TỊCH UBND TỈNH: \"12 DỰ ÁN FDI, HƠN 300 TRIỆU USD LÀ BƯỚC ĐẦU\"\n"
            "Năm 2021, tỉnh thu hút 12 dự án FDI với tổng vốn đăng ký hơn 300 triệu USD, nhiều nhất từ trước đến nay.")
    found = _facts(text, published=SUMMER_2022)
    assert sorted((f["indicator"], f["value"], f["period"]["start"]) for f in found) == [
        ("fdi_new_capital", 3e8, "2021-01-01"), ("fdi_new_projects", 12, "2021-01-01")]


def test_the_nation_a_share_is_of_does_not_own_the_breakdown_after_it():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh báo cáo.\n"
            "Tính chung 8 tháng năm 2021, tỉnh thu hút 1.500 triệu USD vốn FDI, chiếm gần 9,5% tổng vốn đăng ký của cả "
            "nước. Trong đó, cấp mới 120 dự án với số vốn 600 triệu USD; 60 dự án điều chỉnh tăng vốn thêm 300 triệu USD.")
    found = [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)]
    assert ("fdi_new_projects", 120) in found and ("fdi_new_capital", 6e8) in found
    assert ("fdi_adjusted_projects", 60) in found and ("fdi_added_capital", 3e8) in found


def test_the_nation_s_own_total_in_a_bracket_stays_the_nation_s():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh báo cáo.\n"
            "Quý I năm 2021, tỉnh thu hút 900 triệu USD vốn FDI, chiếm gần 9% tổng vốn FDI của cả nước trong cùng thời "
            "gian (10,1 tỷ USD).")
    assert [f["value"] for f in _facts(text, published=SUMMER_2022)] == [9e8]


def test_the_foreign_invested_sector_s_share_of_trade_is_not_capital():
    text = ("Cục Thống kê tỉnh Bắc Ninh báo cáo.\n"
            "Kim ngạch nhập khẩu tháng 10/2021 đạt 1.400 triệu USD, tăng 2% so với cùng kỳ. Trong đó, khối FDI ước đạt "
            "1.050 triệu USD, chiếm 75% kim ngạch nhập khẩu của tỉnh.")
    assert not [f for f in _facts(text, published=SUMMER_2022) if f["indicator"].startswith("fdi_")]


def test_leading_the_country_right_after_an_amount_of_foreign_investment_is_a_rank():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh báo cáo.\n"
            "6 tháng đầu năm 2021, tỉnh thu hút được 1.200 triệu USD vốn FDI, dẫn đầu cả nước. Tính chung 7 tháng năm "
            "2021, tỉnh thu hút 1.300 triệu USD vốn FDI, gấp 2,5 lần cùng kỳ năm 2020, tiếp tục đứng đầu cả nước.")
    ranks = [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022) if f["indicator"] == "fdi_rank"]
    assert ranks == [(1, {"as_of": "2021-06-30"}), (1, {"as_of": "2021-07-31"})]


def test_leading_the_country_after_exports_is_no_investment_rank():
    text = "Sở Công Thương tỉnh Bắc Ninh báo cáo.\nNăm 2021, xuất khẩu của tỉnh đạt 40 tỷ USD, dẫn đầu cả nước."
    assert not [f for f in _facts(text, published=SUMMER_2022) if f["indicator"] == "fdi_rank"]


def test_the_foreign_part_of_all_projects_licensed_by_a_year_s_end_is_a_stock():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bạc Liêu báo cáo.\n"
            "Tính đến hết năm 2021, toàn tỉnh đã thu hút 150 dự án, trong đó 140 dự án trong nước với tổng vốn đăng ký "
            "trên 50.000 tỷ đồng và 10 dự án FDI với tổng vốn đăng ký hơn 2,1 tỷ USD.")
    found = [(f["indicator"], f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)]
    assert found == [("fdi_active_projects", 10, {"as_of": "2021-12-31"}),
                     ("fdi_total_capital", 2.1e9, {"as_of": "2021-12-31"})]


def test_a_record_ever_is_no_period_of_the_figure():
    text = ("Sở Công Thương tỉnh Hà Tĩnh báo cáo.\n"
            "Năm 2021, kim ngạch xuất khẩu của tỉnh xác lập kỷ lục mới từ trước đến nay với gần 1,9 tỷ USD.")
    assert [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)] == [
        (1.9e9, {"start": "2021-01-01", "end": "2021-12-31"})]


def test_a_running_total_since_ever_is_still_held_now():
    text = "Sở Ngoại vụ tỉnh Hà Tĩnh báo cáo.\nLũy kế từ trước đến nay, tỉnh có 45 dự án FDI còn hiệu lực."
    assert [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)] == [(45, {"as_of": "2022-08-15"})]


def test_highland_districts_are_vietnamese_in_either_spelling():
    from ngoaivu.ingest.pipeline.gazetteer import is_vietnamese_locality
    from ngoaivu.ingest.pipeline.geography import district_province

    # (names the official list writes on a line of their own or in double quotes, "Đăk" or "Đắk")
    for name in ("Đắk Glong", "Đăk Glong", "Đắk R'lấp", "Đắk R’Lấp"):
        assert is_vietnamese_locality(name), name
        assert district_province(f"huyện {name}") == district_province("huyện Krông Nô"), name


def test_a_highland_district_beside_a_cambodian_partner_is_no_partner():
    text = ("Sở Ngoại vụ tỉnh Đắk Nông báo cáo quan hệ với tỉnh Mondulkiri (Campuchia).\n"
            "Tổ chức Tầm nhìn Thế giới đang thực hiện Chương trình phát triển vùng huyện Đắk R'lấp; một dự án khác ở "
            "huyện Đắk Glong.")
    assert [f["name"] for f in _facts(text, kind="partner", published=SUMMER_2022) if f["country"] == "KH"] == ["Mondulkiri"]


def test_a_body_s_kind_then_a_foreign_name_with_small_words():
    text = ("Sở Ngoại vụ tỉnh Sóc Trăng báo cáo.\n"
            "Năm 2021, tổ chức phi chính phủ Les Amis de la Terre (Pháp) tài trợ xây dựng 20 căn nhà cho hộ nghèo.")
    assert [(f["name"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)] == [
        ("Les Amis de la Terre", "FR")]
    mekong = text.replace("Les Amis de la Terre", "Les Enfants du Mékong")  # (one small word, not two)
    assert [f["name"] for f in _facts(mekong, kind="partner", published=SUMMER_2022)] == ["Les Enfants du Mékong"]


def test_a_pair_of_places_closed_by_its_country_after_another_country_s_place():
    text = ("Sở Ngoại vụ tỉnh Kon Tum báo cáo.\n"
            "Tỉnh duy trì hợp tác với tỉnh Ubon Ratchathani của Thái Lan, thành phố Gimhae và quận Seo của Hàn Quốc.")
    found = {f["name"]: f["country"] for f in _facts(text, kind="partner", published=SUMMER_2022)}
    assert found.get("Gimhae") == "KR" and found.get("Ubon Ratchathani") == "TH"


def test_the_single_project_a_province_had_in_a_year_is_what_stood_then():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Nam Định báo cáo.\n"
            "Năm 1998, toàn tỉnh mới có duy nhất 1 dự án FDI với vốn đăng ký 3,2 triệu USD.")
    found = [(f["indicator"], f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)]
    assert found == [("fdi_active_projects", 1, {"as_of": "1998-12-31"}), ("fdi_total_capital", 3.2e6, {"as_of": "1998-12-31"})]


def test_the_foreign_part_of_the_investment_made_is_implemented_capital():
    text = ("Cục Thống kê tỉnh Hà Nam báo cáo.\n"
            "Quý I/2022, vốn đầu tư phát triển trên địa bàn ước đạt 9.100,5 tỷ đồng, tăng 8% so với cùng kỳ; trong đó vốn "
            "Nhà nước 900,2 tỷ đồng, vốn ngoài Nhà nước 5.800,3 tỷ đồng, vốn đầu tư trực tiếp nước ngoài đạt 2.400 tỷ đồng.")
    assert [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)] == [
        ("fdi_implemented_capital", 2.4e12)]


def test_a_rank_in_power_capacity_is_no_investment_rank():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bạc Liêu báo cáo.\n"
            "Năm 2021, tỉnh thu hút 5 dự án FDI. Tỉnh đã hoàn thành 6 dự án điện gió với tổng công suất gần 400 MW, đứng "
            "thứ 4 cả nước.")
    assert not [f for f in _facts(text, published=SUMMER_2022) if f["indicator"] == "fdi_rank"]


def test_a_development_fund_known_by_its_country_is_a_partner():
    text = "Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp báo cáo.\nNăm 2021, tỉnh vay vốn Quỹ Phát triển Ô-man để xây dựng cầu."
    assert [(f["name"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)] == [
        ("Quỹ Phát triển Ô-man", "OM")]
    own = "Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp báo cáo.\nNăm 2021, tỉnh vay vốn Quỹ Phát triển Việt Nam để xây dựng cầu."
    assert not _facts(own, kind="partner", published=SUMMER_2022)


def test_only_so_far_is_not_new_projects():
    text = "Sở Kế hoạch và Đầu tư tỉnh Quảng Bình báo cáo.\nGiai đoạn 2001 - 2010, tỉnh mới thu hút được khoảng 150 triệu USD vốn FDI."
    assert [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)] == [("fdi_registered_capital", 1.5e8)]


def _documents(text):
    return [(f["number"], f["date"], f["issuer"]) for f in _facts(text, kind="legal_document", published=SUMMER_2022)]


def test_a_deputy_prime_minister_signs_the_prime_minister_s_decision_on_the_day_written_before():
    text = "Sở Ngoại vụ tỉnh Lạng Sơn báo cáo.\nNgày 12/3/2022, Phó Thủ tướng ký tiếp Quyết định số 305/QĐ-TTg về cửa khẩu."
    assert _documents(text) == [("305/QĐ-TTg", "2022-03-12", "Thủ tướng Chính phủ")]


def test_two_decisions_of_the_same_day():
    text = ("Sở Ngoại vụ tỉnh Điện Biên báo cáo.\n"
            "Tỉnh triển khai Quyết định số 101/QĐ-TTg và Quyết định số 102/QĐ-TTg cùng ngày 05/4/2022 của Thủ tướng Chính phủ.")
    assert _documents(text) == [("101/QĐ-TTg", "2022-04-05", "Thủ tướng Chính phủ"),
                                ("102/QĐ-TTg", "2022-04-05", "Thủ tướng Chính phủ")]


def test_a_note_in_square_brackets_is_an_aside_too():
    text = ("BÁO TUYÊN QUANG\nKinh tế\nThứ Hai, 15/8/2022 - 08:00\n"
            "[Ghi chú: từ ngày 01/7/2025, tỉnh Hà Giang hợp nhất với tỉnh Tuyên Quang.]\n"
            "TUYÊN QUANG: 15 DỰ ÁN FDI CÒN HIỆU LỰC\n"
            "Theo Sở Kế hoạch và Đầu tư, đến nay tỉnh có 15 dự án FDI còn hiệu lực.")
    assert not _facts(text, kind="target", published=SUMMER_2022)


def test_up_to_the_middle_or_the_start_of_a_month_is_the_year_so_far():
    # (the middle of a month is its 15th since session 40, as the gold files have it)
    for words, end in (("đến giữa tháng 7/2022", "2022-07-15"), ("từ đầu năm đến đầu tháng 7/2022", "2022-07-31")):
        text = f"Sở Kế hoạch và Đầu tư tỉnh Tây Ninh báo cáo.\nTheo Sở, {words}, tỉnh cấp mới cho 12 dự án FDI."
        assert [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)] == [
            (12, {"start": "2022-01-01", "end": end})], words


def test_a_total_then_the_capital_of_the_new_and_of_the_raised_projects():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hưng Yên báo cáo.\n"
            "6 tháng đầu năm 2021 tỉnh thu hút hơn 300 triệu USD vốn đầu tư nước ngoài, gồm 200 triệu USD của 15 dự án cấp "
            "mới và 95 triệu USD của 12 dự án điều chỉnh tăng vốn.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_added_capital", 9.5e7), ("fdi_adjusted_projects", 12), ("fdi_new_capital", 2e8), ("fdi_new_projects", 15),
        ("fdi_registered_capital", 3e8)]


def test_a_stock_held_now_on_the_day_the_figures_were_given():
    text = ("Sở Ngoại vụ tỉnh Hưng Yên báo cáo.\n"
            "Năm 2021, tỉnh thu hút 40 dự án FDI. Theo số liệu Cục Thống kê tỉnh công bố ngày 04/01/2022, toàn tỉnh hiện "
            "có 500 dự án FDI với tổng vốn đăng ký gần 6 tỷ USD.")
    stocks = [(f["indicator"], f["period"]) for f in _facts(text, published=SUMMER_2022) if "as_of" in f["period"]]
    assert stocks == [("fdi_active_projects", {"as_of": "2022-01-04"}), ("fdi_total_capital", {"as_of": "2022-01-04"})]


def test_places_whose_representatives_only_attended_are_no_partners():
    text = ("Sở Ngoại vụ tỉnh Kiên Giang báo cáo.\n"
            "Năm 2015, UBND tỉnh ký biên bản hợp tác với tỉnh Trat (Thái Lan); buổi làm việc còn có đại diện các tỉnh "
            "Chanthaburi, Rayong tham dự.")
    assert [f["name"] for f in _facts(text, kind="partner", published=SUMMER_2022)] == ["Trat"]


def test_a_short_known_name_in_a_paragraph_of_its_country_s_partner_places():
    text = ("Sở Ngoại vụ tỉnh Kiên Giang báo cáo.\n"
            "Năm 2019, tỉnh và tỉnh Kep thống nhất tăng cường phối hợp. Dịp Tết 2020, đoàn các tỉnh Takeo, Kampot sang chúc "
            "Tết và đề nghị tiếp tục hợp tác.")
    assert sorted(f["name"] for f in _facts(text, kind="partner", published=SUMMER_2022)) == ["Kampot", "Kep", "Takeo"]


def test_the_parks_board_reporting_the_province_s_figure():
    text = ("Sở Ngoại vụ tỉnh Hưng Yên báo cáo.\n"
            "Theo Ban Quản lý các khu công nghiệp tỉnh, 6 tháng đầu năm 2021 tỉnh thu hút hơn 300 triệu USD vốn đầu tư nước "
            "ngoài, trong đó 200 triệu USD của 15 dự án cấp mới.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_new_capital", 2e8), ("fdi_new_projects", 15), ("fdi_registered_capital", 3e8)]


def test_a_sentence_opening_on_ngay_thang_1_names_the_reported_year_s_month():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hải Dương báo cáo.\n"
            "6 tháng đầu năm 2022, tỉnh thu hút 150 triệu USD vốn FDI. Ngay tháng 1, tỉnh đã cấp phép 4 dự án mới với tổng "
            "vốn 12 triệu USD.")
    found = {(f["indicator"], f["value"]): f["period"] for f in _facts(text, published=SUMMER_2022)}
    assert found[("fdi_new_projects", 4)] == {"start": "2022-01-01", "end": "2022-01-31"}


def test_a_pair_of_gates_after_a_gate_named_alone_in_a_list():
    text = ("Sở Ngoại vụ tỉnh Điện Biên báo cáo.\n"
            "Trên địa bàn có các cửa khẩu đường bộ Tây Trang, Huổi Puốc - Na Son và A Pa Chải, là cửa ngõ phía Tây.")
    assert [(f["vn"], f["foreign"]) for f in _facts(text, kind="border_gate", published=SUMMER_2022)] == [("Huổi Puốc", "Na Son")]


def test_projects_put_forward_for_a_call_are_no_count():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Tiền Giang báo cáo.\n"
            "Năm 2021, tỉnh thu hút 6 dự án FDI. Tỉnh đã công bố 30 dự án ưu tiên mời gọi đầu tư và đề xuất 20 dự án ưu "
            "tiên vận động viện trợ phi chính phủ giai đoạn 2021 - 2025 với tổng kinh phí hơn 30 triệu USD.")
    assert [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)] == [("fdi_new_projects", 6)]
    assert not _facts(text, kind="target", published=SUMMER_2022)


def test_from_a_year_to_a_day_is_one_span():
    text = "Sở Ngoại vụ tỉnh Cà Mau báo cáo.\nTừ năm 2018 đến ngày 30/6/2021, tỉnh đã ký 04 thỏa thuận hợp tác hữu nghị."
    assert [f["period"] for f in _facts(text, published=SUMMER_2022)] == [{"start": "2018-01-01", "end": "2021-06-30"}]


def test_the_term_a_year_opens_describes_the_year():
    text = ("Sở Công Thương tỉnh Bắc Kạn báo cáo.\n"
            "Nhìn lại năm 2021, năm đầu của nhiệm kỳ 2021 - 2025, tổng kim ngạch xuất nhập khẩu đạt 25 triệu USD, bằng 250% "
            "kế hoạch.")
    assert not _facts(text, kind="target", published=SUMMER_2022)
    assert [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)] == [
        (2.5e7, {"start": "2021-01-01", "end": "2021-12-31"})]


def test_a_rank_in_words_among_a_number_of_provinces():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bạc Liêu báo cáo.\n"
            "Năm 2021, tỉnh thu hút 2 tỷ USD vốn FDI. Tính đến hết 8 tháng đầu năm 2021, tỉnh xếp thứ nhất trong 59 tỉnh, "
            "thành phố có dự án đầu tư nước ngoài.")
    ranks = [(f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022) if f["indicator"] == "fdi_rank"]
    assert ranks == [(1, {"as_of": "2021-08-31"})]


def test_a_federation_of_a_foreign_prefecture_is_the_partner_not_the_prefecture():
    text = ("Sở Ngoại vụ tỉnh Cà Mau báo cáo.\n"
            "Năm 2019, tỉnh ký biên bản ghi nhớ hợp tác với Liên đoàn Công thương tỉnh Shizuoka (Nhật Bản).")
    assert [(f["name"], f["partner_type"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)] == [
        ("Liên đoàn Công thương tỉnh Shizuoka", "organization", "JP")]


def test_a_goal_s_own_year_after_its_level_over_the_plan_s_horizon():
    text = ("Sở Công Thương tỉnh Bạc Liêu báo cáo.\n"
            "Quy hoạch phát triển của tỉnh đến năm 2020 từng đặt mục tiêu kim ngạch xuất khẩu trên 300 triệu USD vào năm "
            "2015.")
    assert [(f["value"], f["period"]) for f in _facts(text, kind="target", published=SUMMER_2022)] == [
        (3e8, {"start": "2015-01-01", "end": "2015-12-31"})]


def test_localities_on_the_continents_are_foreign_partners():
    text = "Sở Ngoại vụ thành phố Cần Thơ báo cáo.\nĐến nay, thành phố có quan hệ hữu nghị hợp tác với 40 địa phương trên năm châu lục."
    assert [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)] == [("partner_localities", 40)]


def test_projects_a_partner_supported_after_a_paragraph_on_investment_are_no_investment():
    text = ("Sở Ngoại vụ tỉnh Tuyên Quang báo cáo.\n"
            "Năm 2021, tỉnh thu hút 3 dự án FDI với tổng vốn 50 triệu USD. Các đối tác Hàn Quốc còn hỗ trợ tỉnh 12 dự án y "
            "tế, giáo dục, tổng giá trị trên 1 triệu USD.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_new_capital", 5e7), ("fdi_new_projects", 3)]


def test_a_plan_s_own_budget_is_no_aid():
    text = ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\nKẾ HOẠCH\nVận động viện trợ phi chính phủ nước ngoài năm 2023\n"
            "Tổng kinh phí thực hiện Kế hoạch hơn 5,2 tỷ đồng.")
    assert not _facts(text, kind="target", published=SUMMER_2022) and not _facts(text, published=SUMMER_2022)


def test_a_foreign_partner_s_trade_with_the_country_is_not_the_province_s():
    text = ("Sở Ngoại vụ tỉnh Bình Thuận báo cáo.\n"
            "Tháng 11/2021, Thống đốc tỉnh Kaluga thăm tỉnh. Cũng theo ông, kim ngạch thương mại giữa Kaluga và Việt Nam "
            "trong ba năm đã tăng gấp 10 lần, đạt trên 30 triệu USD.")
    assert not _facts(text, published=SUMMER_2022)


def test_capital_cut_is_no_level():
    text = ("Sở Kế hoạch và Đầu tư thành phố Hải Phòng báo cáo.\n"
            "Năm 2021, thành phố cấp mới 40 dự án FDI với tổng vốn 900 triệu USD, trong khi vốn điều chỉnh lại giảm 30 "
            "triệu USD.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_new_capital", 9e8), ("fdi_new_projects", 40)]


def test_charter_capital_reached_is_no_investment():
    text = ("Sở Kế hoạch và Đầu tư thành phố Hải Phòng báo cáo.\n"
            "Lũy kế đến cuối năm 2021, thành phố có 400 dự án FDI với tổng vốn đầu tư đăng ký gần 10 tỷ USD, vốn điều lệ "
            "đạt 3 tỷ USD.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_active_projects", 400), ("fdi_total_capital", 1e10)]


def test_two_years_together_are_one_span():
    text = ("Sở Ngoại vụ tỉnh Điện Biên báo cáo.\n"
            "Giai đoạn 2011 - 2020, tỉnh tiếp nhận 40 dự án viện trợ phi chính phủ với tổng giá trị cam kết 20 triệu USD, "
            "riêng hai năm 2016 và 2017 đạt gần 6 triệu USD.")
    found = {f["value"]: f["period"] for f in _facts(text, published=SUMMER_2022) if f["indicator"] == "ngo_committed"}
    assert found[6e6] == {"start": "2016-01-01", "end": "2017-12-31"}


def test_dollars_of_the_foreign_projects_and_dong_of_the_domestic_ones():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hà Nam báo cáo.\n"
            "Lũy kế đến hết tháng 6/2022, trên địa bàn có 1.100 dự án còn hiệu lực, gồm 350 dự án FDI và 750 dự án trong "
            "nước, với vốn đăng ký 5.900 triệu USD và 160.000 tỷ đồng.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)) == [
        ("fdi_active_projects", 350), ("fdi_total_capital", 5.9e9)]
    bracketed = text.replace("gồm 350 dự án FDI và 750 dự án trong nước,", "(350 dự án FDI và 750 dự án trong nước)")
    assert ("fdi_total_capital", 5.9e9) not in [(f["indicator"], f["value"]) for f in _facts(bracketed, published=SUMMER_2022)]


def test_the_foreign_invested_sector_singled_out_is_the_province_s_investment():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Kiên Giang báo cáo.\n"
            "Riêng khu vực có vốn nước ngoài, lũy kế đến tháng 12/2021, tỉnh có 25 dự án FDI còn hiệu lực.")
    assert [(f["indicator"], f["value"]) for f in _facts(text, published=SUMMER_2022)] == [("fdi_active_projects", 25)]


def test_a_body_s_vietnamese_name_with_its_country_in_brackets():
    text = ("Sở Ngoại vụ tỉnh Khánh Hòa báo cáo.\n"
            "Năm 2021, UBND huyện và tổ chức phi chính phủ Cánh Buồm Xanh (Pháp) ký ghi nhớ hợp tác.")
    assert [(f["name"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)] == [("Cánh Buồm Xanh", "FR")]


def test_an_australian_state_written_with_australia_for_uc():
    from ngoaivu.ingest.pipeline.gazetteer import places_named

    assert [p.key for p in places_named("Tây Australia")] == [p.key for p in places_named("Tây Úc")] == ["AU-WA"]
    text = "Sở Ngoại vụ tỉnh Nghệ An báo cáo.\nNăm 2021, tỉnh ký ghi nhớ hợp tác với bang Tây Australia (Australia)."
    assert [(f["name"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)] == [("Tây Australia", "AU")]


def test_this_figure_again_after_a_semicolon_in_the_same_sentence():
    text = ("Sở Công Thương tỉnh Quảng Ngãi báo cáo.\n"
            "Kim ngạch xuất khẩu tháng 4/2022 của tỉnh ước đạt 200 triệu USD, tăng 2% so với tháng trước; sang tháng 5, con "
            "số này vượt 300 triệu USD.")
    found = [(f["indicator"], f["value"], f["period"]) for f in _facts(text, published=SUMMER_2022)]
    assert ("export_value", 3e8, {"start": "2022-05-01", "end": "2022-05-31"}) in found


def test_a_dated_aside_after_a_listed_name_does_not_end_the_list():
    text = ("Sở Ngoại vụ tỉnh Thừa Thiên Huế báo cáo.\n"
            "Thành phố đã có quan hệ hợp tác với 3 thành phố của Nhật Bản: Shizuoka (ký bản ghi nhớ năm 2005), Kyoto "
            "(tháng 2/2013) và Nara.")
    assert sorted(f["name"] for f in _facts(text, kind="partner", published=SUMMER_2022)) == ["Kyoto", "Nara", "Shizuoka"]


def test_a_listed_name_the_gazetteer_lacks_takes_its_context_s_country():
    text = ("Sở Ngoại vụ tỉnh Thừa Thiên Huế báo cáo.\n"
            "Thành phố có quan hệ hợp tác với 4 thành phố của Nhật Bản: Kyoto (tháng 2/2013) và ba thành phố cùng ký năm "
            "2019 là Tamba, Imabari, Hida.")
    found = {f["name"]: f["country"] for f in _facts(text, kind="partner", published=SUMMER_2022)}
    assert found.get("Imabari") == "JP" and found.get("Hida") == "JP"


def test_partners_after_with_each_with_its_country_in_brackets():
    text = ("Sở Ngoại vụ thành phố Hồ Chí Minh báo cáo.\n"
            "Năm 2016, thành phố ký biên bản ghi nhớ hợp tác với các đối tác Quảng Đông (Trung Quốc), Fukuoka (Nhật Bản), "
            "Incheon (Hàn Quốc).")
    assert sorted((f["name"], f["country"]) for f in _facts(text, kind="partner", published=SUMMER_2022)) == [
        ("Fukuoka", "JP"), ("Incheon", "KR"), ("Quảng Đông", "CN")]
