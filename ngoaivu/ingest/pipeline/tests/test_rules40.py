"""Rules found in session 40 (05/12/2026) in the retired long splits (dev185-dev194) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts
from ngoaivu.ingest.pipeline.tests.rule_sentences import figures

WINTER_2025 = date(2025, 12, 10)


def _found(text: str, published: date = WINTER_2025, kind: str = "observation") -> list[tuple]:
    return figures(text, published, kind)


def test_new_and_approved_adjustments_together_are_registered_capital():
    text = ("Tỉnh Bắc Giang báo cáo. Mười tháng đầu năm, tỉnh cấp mới và chấp thuận điều chỉnh vốn cho 180 dự án, gồm "
            "110 dự án trong nước với hơn 2,1 tỷ USD và 70 dự án FDI với tổng vốn đăng ký gần 900 triệu USD.")
    assert _found(text) == [("fdi_registered_capital", 9e8, None, ("2025-01-01", "2025-10-31"))]


def test_a_country_s_projects_in_the_whole_nation_are_not_the_province_s():
    text = ("Tỉnh Bắc Giang báo cáo. Các nhà đầu tư Singapore hiện có 40 dự án FDI trên địa bàn tỉnh. Để so sánh, tính đến hết tháng "
            "9/2025, Singapore có 4.100 dự án còn hiệu lực trên cả nước, tổng vốn hơn 80 tỷ USD.")
    assert [f[1] for f in _found(text)] == [40]


def test_a_rank_in_the_whole_nation_stays_the_province_s():
    text = "Tỉnh Bắc Giang báo cáo. Năm 2024, tỉnh thu hút 1,2 tỷ USD vốn FDI, đứng thứ 7 trên cả nước."
    assert ("fdi_rank", 7, None, ("2024-12-31",)) in _found(text)


def test_before_the_merger_is_the_old_province_s_stock_on_its_eve():
    text = ("Tỉnh Bắc Giang báo cáo. Với Đài Loan, trước hợp nhất, trong tổng số 500 dự án FDI của tỉnh, Đài Loan đứng "
            "thứ ba với 60 dự án, tổng vốn gần 1,1 tỷ USD.")
    assert _found(text) == [
        ("fdi_active_projects", 60, "Đài Loan", ("2025-06-30",)),
        ("fdi_active_projects", 500, None, ("2025-06-30",)),
        ("fdi_total_capital", 1.1e9, "Đài Loan", ("2025-06-30",)),
    ]


def test_the_old_province_named_before_the_merger_keeps_its_own_year():
    text = ("Sở Công Thương báo cáo. Năm 2024, kim ngạch xuất khẩu của tỉnh Bắc Giang (trước hợp nhất) đạt 3.200 triệu "
            "USD, tăng 6% so với năm 2023.")
    assert _found(text) == [("export_value", 3.2e9, None, ("2024-01-01", "2024-12-31"))]


def test_all_the_province_s_projects_are_held_and_a_country_s_part_of_them_too():
    text = ("Tỉnh Bắc Giang báo cáo. Trong tổng số 500 dự án FDI của tỉnh, Nhật Bản đứng đầu với 120 dự án, tổng vốn "
            "gần 3 tỷ USD.")
    assert _found(text) == [
        ("fdi_active_projects", 120, "Nhật Bản", ("2025-12-10",)),
        ("fdi_active_projects", 500, None, ("2025-12-10",)),
        ("fdi_total_capital", 3e9, "Nhật Bản", ("2025-12-10",)),
    ]


BULLETIN = "SỞ NGOẠI VỤ TỈNH GIA LAI\nBẢN TIN ĐỐI NGOẠI\nSố 9/2022 - Phát hành ngày 10/9/2022\n\n"


def test_a_section_heading_in_capitals_repeats_the_figure_under_it():
    text = (BULLETIN + "Bản tin điểm lại kết quả kinh tế đối ngoại sau 10 năm.\n\n"
            "1. MƯỜI NĂM THU HÚT FDI: 40 DỰ ÁN CẤP MỚI\n\n"
            "Trong giai đoạn 2012 - 2021, toàn tỉnh có thêm 40 dự án FDI được cấp mới.")
    assert _found(text, published=date(2022, 9, 10)) == [("fdi_new_projects", 40, None, ("2012-01-01", "2021-12-31"))]


def test_projects_wholly_foreign_owned_are_counted_after_the_domestic_part():
    text = ("Tỉnh Gia Lai báo cáo. Riêng 5 năm 2016 - 2020, toàn tỉnh cấp giấy chứng nhận đầu tư cho 150 dự án. Trong số "
            "này, 140 dự án dùng vốn trong nước, đăng ký 9.000 tỷ đồng; phần còn lại là 10 dự án 100% vốn nước ngoài, "
            "đăng ký 45,5 triệu USD.")
    assert _found(text, published=date(2022, 9, 10)) == [
        ("fdi_new_capital", 45.5e6, None, ("2016-01-01", "2020-12-31")),
        ("fdi_new_projects", 10, None, ("2016-01-01", "2020-12-31"))]


def test_a_request_with_its_deadline_does_not_move_the_text_s_now():
    text = (BULLETIN + "Lũy kế đến nay, trên địa bàn tỉnh có 60 dự án FDI còn hiệu lực. Năm 2021, tỉnh thu hút 5 dự án FDI.\n\n"
            "Đề nghị các sở, ngành gửi danh mục dự án về Sở Ngoại vụ trước ngày 20/9/2022 để phục vụ các buổi làm việc "
            "với đối tác trong quý IV.")
    assert ("fdi_active_projects", 60, None, ("2022-09-10",)) in _found(text, published=date(2022, 9, 10))


def test_the_total_cost_of_oda_projects_is_not_disbursement():
    text = ("Tỉnh Gia Lai báo cáo. Trong 10 năm 2012 - 2021, 30 dự án dùng vốn ODA đã được triển khai trên địa bàn, tổng "
            "mức đầu tư khoảng 2.000 tỷ đồng.")
    assert _found(text, published=date(2022, 9, 10)) == [("oda_projects", 30, None, ("2012-01-01", "2021-12-31"))]


def test_investment_in_general_after_foreign_investment_is_not_fdi():
    text = ("Tỉnh Gia Lai báo cáo. Tính đến cuối tháng 2/2024, toàn tỉnh có 9 dự án đầu tư trực tiếp nước ngoài với tổng "
            "vốn đăng ký 120 triệu USD. Dòng vốn đầu tư nói chung sôi động hơn: năm 2023, tỉnh thu hút thêm 30 dự án với "
            "vốn đăng ký 12.000 tỷ đồng; đồng thời điều chỉnh tăng vốn cho 5 dự án.")
    assert [f[0] for f in _found(text, published=date(2024, 12, 23))] == ["fdi_active_projects", "fdi_total_capital"]


def test_the_rest_of_the_projects_of_domestic_investors_are_not_fdi():
    text = ("Tỉnh Gia Lai báo cáo. Tháng 5/2023, tính đến thời điểm đó, trên địa bàn có 20 dự án FDI với tổng vốn đăng ký "
            "500 triệu USD, chiếm 20% tổng vốn; 380 dự án còn lại của nhà đầu tư trong nước với 50.000 tỷ đồng.")
    assert [f[:2] for f in _found(text, published=date(2024, 5, 20))] == [
        ("fdi_active_projects", 20), ("fdi_total_capital", 5e8)]


def test_a_crop_s_national_rank_is_no_fdi_rank():
    text = ("Tỉnh Gia Lai báo cáo. Năm 2023, tỉnh thu hút 3 dự án FDI. Toàn tỉnh có khoảng 100.000 ha cà phê, sản lượng "
            "hằng năm trên 300.000 tấn, đứng thứ tư cả nước.")
    assert "fdi_rank" not in [f[0] for f in _found(text, published=date(2024, 5, 20))]


def test_what_the_province_plans_to_license_is_a_target():
    text = ("Tỉnh Gia Lai báo cáo. Năm 2024, tỉnh lên kế hoạch cấp mới 6 dự án FDI với tổng vốn khoảng 50 triệu USD, trong "
            "đó có dự án Khu nghỉ dưỡng ven hồ (30 triệu USD) và Trường Quốc tế Sao Mai (12 triệu USD).")
    targets = _facts(text, kind="target", published=date(2024, 3, 1))
    assert sorted((f["indicator"], f["value"]) for f in targets) == [("fdi_new_capital", 5e7), ("fdi_new_projects", 6)]
    assert not _facts(text, kind="observation", published=date(2024, 3, 1))


def test_a_milestone_reached_and_measured_is_the_level():
    text = ("Tỉnh Gia Lai báo cáo. Năm 2023, kim ngạch xuất khẩu lần đầu tiên chạm mốc 2 tỷ USD, đạt 100% kế hoạch, tăng "
            "12,5% so với năm 2022.")
    found = _facts(text, published=date(2024, 3, 1))
    assert [(f["indicator"], f["value"], f.get("plan_pct"), f.get("change_pct")) for f in found] == [
        ("export_value", 2e9, 100.0, 12.5)]


def test_a_milestone_passed_is_still_no_level():
    text = "Tỉnh Gia Lai báo cáo. Năm 2023, kim ngạch xuất khẩu vượt mốc 2 tỷ USD, tăng 12,5% so với năm 2022."
    assert not _facts(text, published=date(2024, 3, 1))


def test_what_the_whole_province_held_in_the_month_a_sentence_opens_on_is_a_stock():
    text = ("Tỉnh Gia Lai báo cáo. Tháng 10/2014, theo Sở Kế hoạch và Đầu tư, toàn tỉnh có 30 dự án có vốn đầu tư nước "
            "ngoài với tổng vốn đăng ký 1,2 tỷ USD. Tháng 11/2014, toàn tỉnh có 2 dự án FDI được cấp phép với tổng vốn "
            "5 triệu USD.")
    assert _found(text, published=date(2015, 6, 30)) == [
        ("fdi_active_projects", 30, None, ("2014-10-31",)),
        ("fdi_new_capital", 5e6, None, ("2014-11-01", "2014-11-30")),
        ("fdi_new_projects", 2, None, ("2014-11-01", "2014-11-30")),
        ("fdi_total_capital", 1.2e9, None, ("2014-10-31",)),
    ]


def test_pairs_counted_after_the_gates_word_each_facing_a_province():
    text = ("Tỉnh Quảng Bình báo cáo. Trên tuyến biên giới Việt Nam - Lào có nhiều cặp cửa khẩu quốc tế; riêng tỉnh có hai "
            "cặp là Cha Lo - Na Phao với tỉnh Khăm Muộn và Cà Roòng - Nòng Ma với tỉnh Khăm Muộn.")
    gates = _facts(text, kind="border_gate", published=date(2025, 6, 30))
    assert sorted((g["vn"], g["foreign"], g["country"]) for g in gates) == [
        ("Cha Lo", "Na Phao", "LA"), ("Cà Roòng", "Nòng Ma", "LA")]


def test_places_joined_by_dashes_as_many_as_counted_are_each_a_partner():
    text = ("Tỉnh Quảng Bình báo cáo. Ngày 10/3/2023, ba tỉnh Quảng Bình - Khăm Muộn - Bolikhamxay đã ký văn bản thỏa "
            "thuận hợp tác giai đoạn 2023 - 2025.")
    partners = _facts(text, kind="partner", published=date(2025, 6, 30))
    assert sorted((p["name"], p["country"]) for p in partners) == [("Bolikhamxay", "LA"), ("Khăm Muộn", "LA")]


def test_programmes_signed_with_the_organisations_are_new_commitments():
    text = ("Tỉnh Quảng Bình báo cáo. Tỉnh trân trọng nguồn lực của các tổ chức phi chính phủ nước ngoài. Riêng hai năm "
            "2022 - 2023, tỉnh đã ký kết với các tổ chức này 60 chương trình, dự án với tổng giá trị cam kết trên 20 triệu "
            "USD.")
    assert ("ngo_new_commitments", 60) in [f[:2] for f in _found(text, published=date(2024, 6, 30))]


def test_donor_agencies_and_red_cross_societies_of_a_country_are_known_partners():
    text = ("Tỉnh Quảng Bình báo cáo. Dự án phục hồi sau lũ do Cơ quan Viện trợ Ai-len và Hội Chữ thập đỏ Pháp tài trợ, "
            "khởi động từ năm 2021.")
    partners = _facts(text, kind="partner", published=date(2024, 6, 30))
    assert sorted((p["name"], p["country"]) for p in partners) == [("French Red Cross", "FR"), ("Irish Aid", "IE")]


def test_a_district_of_the_text_s_own_province_is_no_foreign_place_of_the_same_name():
    text = ("Tỉnh Cao Bằng báo cáo. Ở cấp huyện, huyện Bảo Lạc đã xác lập quan hệ hữu nghị với huyện Nà Po (Trung Quốc), "
            "huyện Trùng Khánh với thành phố Tịnh Tây (Trung Quốc).")
    partners = _facts(text, kind="partner", published=date(2022, 12, 30))
    assert sorted(p["name"] for p in partners) == ["Nà Po", "Tịnh Tây"]


def test_trade_through_all_the_gates_of_a_whole_border_is_the_nation_s():
    text = ("Tỉnh Lạng Sơn báo cáo. Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 3.000 triệu USD, tăng 11% so "
            "với năm 2021. Theo Tổng cục Hải quan, 4 tháng đầu năm 2022, giá trị hàng hóa xuất nhập khẩu qua các cửa khẩu "
            "biên giới đất liền Việt Nam - Trung Quốc ước chỉ đạt 4,15 tỷ USD, giảm 64,5% so với cùng kỳ năm 2021; trong "
            "đó xuất khẩu sang Trung Quốc ước đạt 509 triệu USD, giảm 87,3%.")
    assert [f[:2] for f in _found(text, published=date(2022, 12, 30))] == [("trade_value", 3e9)]


def test_the_capital_of_the_project_just_told_of_is_one_project_s():
    text = ("Tỉnh Trà Vinh báo cáo. Tháng 9/2015, tỉnh cấp phép dự án Nhiệt điện Long Phú 3. Theo Cục Đầu tư nước ngoài, "
            "vốn đăng ký của dự án là 2,3 tỷ USD; còn theo Sở Kế hoạch và Đầu tư Trà Vinh, tổng vốn dự án là 2,1 tỷ USD.")
    assert not _facts(text, published=date(2019, 10, 1))


def test_the_exports_of_firms_in_the_zones_just_named_are_the_zones_part():
    text = ("Tỉnh Trà Vinh báo cáo. Khu kinh tế ven biển có 40 dự án. Từ đầu năm 2019 đến nay, doanh nghiệp trong các "
            "khu này xuất khẩu được 120 triệu USD, tăng 7% so với cùng kỳ năm trước.")
    assert "export_value" not in [f[0] for f in _found(text, published=date(2019, 10, 1))]


def test_a_city_abbreviated_tp_is_a_locality_noun_not_a_headline_in_capitals():
    text = "Tỉnh Phú Yên báo cáo. Ngày 14/2/2023, tỉnh ký thỏa thuận hợp tác với TP Saint-Nazaire (Pháp)."
    partners = _facts(text, kind="partner", published=date(2025, 6, 30))
    assert [(p["name"], p["country"]) for p in partners] == [("Saint-Nazaire", "FR")]


def test_investor_countries_ranked_after_the_paragraph_s_stock_hold_their_part_of_it():
    text = ("Tỉnh Long An báo cáo. Theo số liệu công bố giữa năm 2015: đến cuối tháng 7/2015, toàn tỉnh có 90 dự án FDI đang "
            "hoạt động với tổng vốn đăng ký 1.800 triệu USD. Khi đó, các dự án đến từ 15 quốc gia và vùng lãnh thổ; dẫn đầu "
            "là Nhật Bản với 25 dự án (500 triệu USD), tiếp theo là Singapore với 8 dự án (300 triệu USD).")
    found = _found(text, published=date(2022, 6, 30))
    assert ("fdi_active_projects", 25, "Nhật Bản", ("2015-07-31",)) in found
    assert ("fdi_total_capital", 5e8, "Nhật Bản", ("2015-07-31",)) in found
    assert ("fdi_total_capital", 3e8, "Singapore", ("2015-07-31",)) in found


def test_investor_countries_ranked_in_a_period_of_their_own_keep_what_it_brought():
    text = ("Tỉnh Long An báo cáo. Đến cuối tháng 7/2015, toàn tỉnh có 90 dự án FDI đang hoạt động. Trong 7 tháng năm 2015, "
            "dẫn đầu là Nhật Bản với 5 dự án mới (50 triệu USD).")
    assert ("fdi_new_projects", 5, "Nhật Bản", ("2015-01-01", "2015-07-31")) in _found(text, published=date(2022, 6, 30))


def test_the_middle_of_a_month_is_its_fifteenth():
    text = "Tỉnh Hòa Bình báo cáo. Tính đến giữa tháng 6/2021, trên địa bàn có 40 dự án FDI còn hiệu lực."
    assert _found(text, published=date(2025, 12, 1)) == [("fdi_active_projects", 40, None, ("2021-06-15",))]


def test_a_total_named_at_length_before_its_split_by_origin_holds_both_kinds():
    text = ("Tỉnh Hòa Bình báo cáo. Năm 2019, tỉnh thu hút 12 dự án FDI.\n\nTính đến cuối tháng 6/2021, trên địa bàn có 600 "
            "dự án sử dụng vốn ngoài ngân sách còn hiệu lực, gồm 35 dự án FDI với tổng vốn hơn 500 triệu USD và 565 dự án "
            "trong nước với gần 90 nghìn tỷ đồng.")
    assert 600 not in [f[1] for f in _found(text, published=date(2025, 12, 1))]


def test_the_foreign_part_of_new_investment_projects_is_new():
    text = ("Tỉnh Đồng Tháp báo cáo. Tính đến hết tháng 8/2025 toàn tỉnh đã thu hút 40 dự án đầu tư mới, trong đó có 9 "
            "dự án FDI.")
    assert _found(text, published=date(2025, 12, 1)) == [("fdi_new_projects", 9, None, ("2025-01-01", "2025-08-31"))]


def test_the_value_of_goods_crossing_the_province_is_its_trade():
    text = ("Tỉnh Lạng Sơn báo cáo. Riêng tháng 8/2025, kim ngạch qua địa bàn tỉnh đạt hơn 8 tỷ USD, tăng gần 18% so với "
            "tháng 7/2025; lũy kế 8 tháng đạt gần 55 tỷ USD. Tháng 8/2025, kim ngạch qua cửa khẩu này đạt 40 triệu USD.")
    assert [f[:2] for f in _found(text, published=date(2025, 12, 1))] == [("trade_value", 8e9), ("trade_value", 5.5e10)]


def test_all_licensed_by_a_month_of_an_earlier_year_is_a_stock():
    text = ("Thành phố Cần Thơ báo cáo. Năm 2018, thành phố thu hút 12 dự án FDI. Đến cuối tháng 4/2009, thành phố đã cấp "
            "phép cho 40 dự án FDI với tổng vốn 700 triệu USD.")
    found = _found(text, published=date(2019, 6, 1))
    assert ("fdi_active_projects", 40, None, ("2009-04-30",)) in found
    assert ("fdi_total_capital", 7e8, None, ("2009-04-30",)) in found


def test_licensed_by_a_month_of_the_text_s_own_year_stays_its_flow():
    text = "Tỉnh Nam Định báo cáo. Đến hết tháng 9/2011, tỉnh đã cấp phép cho 6 dự án FDI với tổng vốn đăng ký 12 triệu USD."
    assert ("fdi_new_projects", 6, None, ("2011-01-01", "2011-09-30")) in _found(text, published=date(2011, 11, 1))
