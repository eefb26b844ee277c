"""Rules found in session 43 (05/12/2026) in the retired long splits (dev263-dev270) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures

SUMMER_2025 = date(2025, 7, 20)


def _found(text: str, published: date = SUMMER_2025, kind: str = "observation") -> list[tuple]:
    return figures(text, published, kind)


def test_exports_and_imports_in_turn_are_each_trade_with_its_own_change():
    text = ("Tỉnh Bình Định báo cáo. Sáu tháng đầu năm 2025, kim ngạch xuất khẩu và nhập khẩu của tỉnh ước đạt lần lượt "
            "1.500 triệu USD và 900 triệu USD, tăng 12,5% và 8,1% so với cùng kỳ năm 2024.")
    found = {(f["indicator"], f["value"], f.get("change_pct")) for f in facts(text, published=SUMMER_2025)}
    assert found == {("export_value", 1.5e9, 12.5), ("import_value", 9e8, 8.1)}


def test_imports_named_first_come_first():
    text = "Tỉnh Bình Định báo cáo. Năm 2024, kim ngạch nhập khẩu, xuất khẩu lần lượt đạt 2,1 tỷ USD và 1,4 tỷ USD."
    assert _found(text) == [("export_value", 1.4e9, None, ("2024-01-01", "2024-12-31")),
                            ("import_value", 2.1e9, None, ("2024-01-01", "2024-12-31"))]


def test_trade_both_ways_without_in_turn_stays_one_figure():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, kim ngạch xuất khẩu và nhập khẩu đạt 2,1 tỷ USD, tăng 10% và vượt 5% "
            "kế hoạch.")
    found = facts(text, published=SUMMER_2025)
    assert [(f["indicator"], f["value"], f.get("change_pct")) for f in found] == [("trade_value", 2.1e9, 10.0)]


def test_agreements_signed_by_a_date_are_all_signed_by_then():
    text = ("Tỉnh Bình Định báo cáo. Tính đến tháng 5/2025, tỉnh đã ký 18 thỏa thuận cấp tỉnh với các địa phương nước "
            "ngoài. Trong năm 2024, tính đến tháng 10, tỉnh đã ký 4 thỏa thuận.")
    assert _found(text) == [("agreements_signed", 4, None, ("2024-01-01", "2024-10-31")),
                            ("agreements_signed", 18, None, ("2025-05-31",))]


def test_oda_reached_beside_ngo_aid_in_its_own_clause():
    text = ("Tỉnh Bình Định báo cáo. Trong 5 năm 2021 - 2025, vốn ODA đạt hơn 9.600 tỷ đồng, viện trợ phi chính phủ nước "
            "ngoài đạt 870 tỷ đồng; riêng viện trợ không thuộc nguồn ODA đạt khoảng 12 triệu USD.")
    found = _found(text)
    assert ("oda_disbursed", 9.6e12, None, ("2021-01-01", "2025-12-31")) in found
    assert ("ngo_committed", 8.7e11, None, ("2021-01-01", "2025-12-31")) in found
    assert all(f[0] != "oda_disbursed" or f[1] != 1.2e7 for f in found)


def test_crossings_named_after_a_count_and_the_pairs_they_belong_to():
    text = ("Tỉnh Hà Giang báo cáo. Tỉnh có 5 lối thông quan, trong đó Khâu Mè - Tà Lùng và Nà Pò - Bắc Sơn thuộc cặp "
            "cửa khẩu Phố Lũng - Đông Hưng; Cốc Vài - Pha Lệ thuộc cặp Mốc Sơn - Kim Tiền.")
    gates = sorted((f["vn"], f["foreign"]) for f in facts(text, "border_gate", SUMMER_2025))
    assert gates == [("Cốc Vài", "Pha Lệ"), ("Khâu Mè", "Tà Lùng"), ("Mốc Sơn", "Kim Tiền"), ("Nà Pò", "Bắc Sơn"),
                     ("Phố Lũng", "Đông Hưng")]


def test_places_listed_after_cooperating_with_beside_known_ones_of_the_named_country():
    text = ("Tỉnh Bình Định báo cáo. Với Nhật Bản, tỉnh hợp tác cùng Kasama, Okayama, Tsuyama về giáo dục. "
            "Tỉnh cũng hợp tác cùng Mekorama, Okayama về du lịch.")
    assert sorted((f["name"], f["country"]) for f in facts(text, "partner", SUMMER_2025)) == [
        ("Kasama", "JP"), ("Okayama", "JP"), ("Tsuyama", "JP")]


def test_bodies_signed_with_listed_bare_with_their_countries():
    text = ("Tỉnh Bình Định báo cáo. Ngày 5/3/2025, Liên hiệp các tổ chức hữu nghị tỉnh ký biên bản ghi nhớ với Bright "
            "Futures Fund (Hoa Kỳ), Smile Kids (Hoa Kỳ) và Tập đoàn Hanil (Hàn Quốc). Tỉnh ký thỏa thuận hợp tác với "
            "Gifu (Nhật Bản).")
    found = sorted((f["name"], f["partner_type"], f["country"]) for f in facts(text, "partner", SUMMER_2025))
    assert found == [("Bright Futures Fund", "organization", "US"), ("Gifu", "locality", "JP"),
                     ("Smile Kids", "organization", "US")]


def test_the_province_s_own_firms_investing_abroad_are_no_foreign_investment():
    text = ("Tỉnh Bình Định báo cáo. Hiện doanh nghiệp của tỉnh có 7 dự án đầu tư tại Lào, tổng vốn đăng ký lũy kế trên "
            "150 triệu USD. Các doanh nghiệp của tỉnh cũng đầu tư ra nước ngoài 3 dự án. Hiện doanh nghiệp Hàn Quốc có "
            "25 dự án đầu tư tại tỉnh.")
    assert _found(text) == [("fdi_active_projects", 25, "Hàn Quốc", ("2025-07-20",))]


def test_the_nation_s_figure_with_an_adverb_and_one_named_project_singled_out():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, khi 5 tháng đầu năm cả nước chỉ thu hút gần 9,5 tỷ USD vốn FDI đăng ký, "
            "tỉnh vẫn thu hút 8 dự án FDI với tổng vốn 260 triệu USD. Riêng dự án Blue Ocean có tổng vốn đầu tư 120 "
            "triệu USD.")
    assert _found(text) == [("fdi_new_capital", 2.6e8, None, ("2024-01-01", "2024-05-31")),
                            ("fdi_new_projects", 8, None, ("2024-01-01", "2024-05-31"))]


def test_a_school_named_beside_a_foreign_place_takes_its_country():
    text = ("Tỉnh Bình Định báo cáo. Tỉnh đề nghị tỉnh Gifu và Trường Đại học Takamori Gakuen tiếp tục hỗ trợ dự án đào "
            "tạo nghề. Tỉnh Bình Định và Trường Đại học Đông Á phối hợp đào tạo.")
    assert sorted((f["name"], f["country"]) for f in facts(text, "partner", SUMMER_2025)) == [
        ("Gifu", "JP"), ("Trường Đại học Takamori Gakuen", "JP")]


def test_an_international_federation_of_children_s_villages_is_catalogued():
    text = "Tỉnh Bình Định báo cáo. Làng trẻ em SOS Quy Nhơn do Tổ chức SOS quốc tế tài trợ, kinh phí hơn 30 tỷ đồng."
    assert [(f["name"], f["country"]) for f in facts(text, "partner", SUMMER_2025)] == [
        ("SOS Children's Villages International", None)]


def test_a_new_apparatus_that_started_operating_leaves_the_projects_counted():
    text = ("Tỉnh Bình Định báo cáo. Sau khi bộ máy mới đi vào hoạt động, 7 tháng đầu năm 2025 tỉnh đã thu hút 40 dự án "
            "FDI mới. Trong năm 2024, 12 dự án FDI đã đi vào hoạt động.")
    assert _found(text) == [("fdi_new_projects", 40, None, ("2025-01-01", "2025-07-31"))]


def test_the_figure_referred_to_again_with_adverbs_or_a_milestone_keeps_its_measure():
    text = ("Tỉnh Bình Định báo cáo. Năm 2020, kim ngạch xuất khẩu của tỉnh đạt 600 triệu USD. Đến năm 2024, con số ấy "
            "đã lên 1 tỷ USD. Năm 2015, tỉnh có 120 dự án FDI còn hiệu lực; đến cuối tháng 9/2019 con số đã là 224 "
            "dự án. Các đối tác còn hỗ trợ 25 dự án, tổng giá trị trên 1,4 triệu USD.")
    found = _found(text)
    assert ("export_value", 1e9, None, ("2024-01-01", "2024-12-31")) in found
    assert ("fdi_active_projects", 224, None, ("2019-09-30",)) in found
    assert all(f[1] != 1.4e6 for f in found)


def test_leading_the_nation_joined_by_and_after_the_amount_and_its_measure():
    text = "Tỉnh Bình Định báo cáo. Quý I/2025, tỉnh thu hút hơn 900 triệu USD vốn FDI và dẫn đầu cả nước."
    assert _found(text) == [("fdi_rank", 1, None, ("2025-03-31",)),
                            ("fdi_registered_capital", 9e8, None, ("2025-01-01", "2025-03-31"))]


def test_foreign_capital_is_no_lower_bound():
    text = "Tỉnh Bình Định báo cáo. Trong tháng 4/2025, tỉnh cấp phép 1 dự án có vốn đầu tư nước ngoài 3 triệu USD."
    assert [f.get("qualifier") for f in facts(text, published=SUMMER_2025)] == [None, None]


def test_the_foreign_part_of_projects_licensed_since_a_year_is_the_span_s_flow():
    text = ("Tỉnh Bình Định báo cáo. Từ năm 2010 đến nay, tỉnh đã cấp phép cho 210 dự án với tổng vốn đăng ký 40.000 tỷ "
            "đồng; trong số đó có 25 dự án có vốn đầu tư nước ngoài với tổng vốn 700 triệu USD.")
    assert _found(text) == [("fdi_new_capital", 7e8, None, ("2010-01-01", "2025-07-20")),
                            ("fdi_new_projects", 25, None, ("2010-01-01", "2025-07-20"))]


def test_bodies_named_bare_with_their_country_before_the_funding_verb():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, các dự án do ABC và KDF (Hoa Kỳ) tài trợ đã hoàn thành. Trường học do "
            "tỉnh Gifu (Nhật Bản) hỗ trợ đã khánh thành. Dự án do Tỉnh Đoàn vận động đã hoàn thành.")
    assert sorted((f["name"], f["partner_type"], f["country"]) for f in facts(text, "partner", SUMMER_2025)) == [
        ("ABC", "organization", "US"), ("Gifu", "locality", "JP"), ("KDF", "organization", "US")]


def test_a_level_reached_long_ago_after_a_goal_s_clause_is_a_result():
    text = ("Tỉnh Kon Tum báo cáo. Năm 2024, kim ngạch xuất khẩu của tỉnh đạt 300 triệu USD. Nhìn lại: năm 2014, tỉnh đặt "
            "chỉ tiêu kim ngạch xuất khẩu đạt 86 triệu USD; đến năm 2016, kim ngạch xuất khẩu của tỉnh đạt 113 triệu USD.")
    assert _found(text, kind="target") == [("export_value", 8.6e7, None, ("2014-01-01", "2014-12-31"))]
    assert ("export_value", 1.13e8, None, ("2016-01-01", "2016-12-31")) in _found(text)


def test_a_yearly_growth_goal_up_to_a_horizon_runs_from_the_text_s_year():
    text = ("Tỉnh Bình Định báo cáo. Tỉnh phấn đấu đến năm 2030 đạt kim ngạch xuất khẩu 2,4 tỷ USD, tốc độ tăng trưởng "
            "xuất khẩu bình quân tối thiểu 12%/năm.")
    assert _found(text, kind="target") == [("export_growth", 12, None, ("2025-01-01", "2030-12-31")),
                                           ("export_value", 2.4e9, None, ("2030-01-01", "2030-12-31"))]


def test_a_goal_s_growth_range_and_a_rise_said_as_higher_than_last_year():
    text = ("Tỉnh Bình Định báo cáo. Năm 2026, kim ngạch xuất khẩu phấn đấu đạt trong khoảng 3,1 - 3,3 tỷ USD, tăng 8,0-8,5% "
            "so với năm 2025. Năm 2026, tỉnh đặt chỉ tiêu kim ngạch nhập khẩu 2 tỷ USD, cao hơn 6,5% so với năm trước.")
    found = sorted((f["indicator"], f.get("value", f.get("value_min")), f.get("value_max"))
                   for f in facts(text, "target", SUMMER_2025))
    assert found == [("export_growth", 8.0, 8.5), ("export_value", 3.1e9, 3.3e9), ("import_growth", 6.5, None),
                     ("import_value", 2e9, None)]


def test_more_foreign_aid_bodies_are_catalogued():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, dự án do các tổ chức Apheda và FFI tài trợ đã hoàn thành; Liên minh cứu trợ "
            "Đức ADH hỗ trợ tỉnh khắc phục bão lũ.")
    assert sorted((f["name"], f["country"]) for f in facts(text, "partner", SUMMER_2025)) == [
        ("ADH", "DE"), ("APHEDA", "AU"), ("FFI", None)]


def test_the_span_a_record_is_set_in_is_not_the_figure_s_period():
    text = ("Tỉnh Bình Định báo cáo. Năm 2023, thu hút FDI của tỉnh đạt 800 triệu USD, gấp 3 lần so với năm 2022 và là "
            "mức cao nhất trong 10 năm trở lại đây; trong đó cấp mới 40 dự án. Trong nhóm địa phương xuất khẩu lớn nhất năm "
            "ngoái, tỉnh đạt 2 tỷ USD.")
    found = _found(text)
    assert ("fdi_new_projects", 40, None, ("2023-01-01", "2023-12-31")) in found
    assert ("export_value", 2e9, None, ("2024-01-01", "2024-12-31")) in found


def test_the_existing_projects_raised_to_a_total_in_a_past_year_are_that_year_s_standing():
    text = ("Tỉnh Bình Định báo cáo. Số liệu của năm 2008: tính từ đầu năm đến thời điểm báo cáo, tỉnh thu hút được 30 dự "
            "án đầu tư nước ngoài, nâng tổng số dự án hiện có lên 120 dự án với tổng vốn đầu tư gần 1,2 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 120, None, ("2008-12-31",)),
                            ("fdi_new_projects", 30, None, ("2008-01-01", "2008-12-31")),
                            ("fdi_total_capital", 1.2e9, None, ("2008-12-31",))]


def test_a_percent_range_with_both_signs_is_one_range():
    text = ("Tỉnh Bình Định báo cáo. Mục tiêu giai đoạn 2026 - 2030, kim ngạch xuất khẩu phải tăng bình quân khoảng "
            "14% - 15% mỗi năm.")
    assert [(f["indicator"], f.get("value_min"), f.get("value_max")) for f in facts(text, "target", SUMMER_2025)] == [
        ("export_growth", 14, 15)]


def test_ranks_on_foreign_investment_at_a_place_or_ranked_out_of_all():
    text = ("Tỉnh Bình Định báo cáo. Năm 2010, tỉnh chỉ xếp ở vị trí thứ 32 về thu hút FDI. Năm 2012, tỉnh leo lên vị trí "
            "thứ 2 về thu hút FDI. Năm 2018, tỉnh xếp hạng 11/63 về thu hút FDI.")
    assert _found(text) == [("fdi_rank", 2, None, ("2012-12-31",)), ("fdi_rank", 11, None, ("2018-12-31",)),
                            ("fdi_rank", 32, None, ("2010-12-31",))]


def test_agreements_signed_and_the_total_in_force_they_raised():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, tỉnh đã ký kết 5 thỏa thuận quốc tế, nâng tổng số thỏa thuận còn hiệu lực "
            "lên 42. Năm 2024, tỉnh thực hiện 19 thỏa thuận còn hiệu lực đã ký từ những năm trước.")
    assert _found(text) == [("agreements_signed", 5, None, ("2024-01-01", "2024-12-31")),
                            ("agreements_signed", 42, None, ("2024-12-31",))]


def test_a_notable_project_named_after_the_amount_leaves_the_amount_the_province_s():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, tỉnh thu hút hơn 300 triệu USD vốn FDI, nổi bật là Nhà máy Điện tử ABC của "
            "Công ty XYZ (Hàn Quốc) vốn 120 triệu USD.")
    assert _found(text) == [("fdi_registered_capital", 3e8, None, ("2024-01-01", "2024-12-31"))]


def test_oda_received_is_disbursed_and_the_year_after_an_aside_on_the_next_one():
    text = ("Báo cáo kinh tế đối ngoại năm 2015 của tỉnh Quảng Nam. Năm 2015, tỉnh thu hút 12 dự án FDI. Đầu năm 2016, "
            "20 doanh nghiệp Nhật Bản đã đến khảo sát.\n\nTrong năm, tỉnh tiếp nhận 180 triệu USD vốn ODA. Năm 2015, tỉnh "
            "tiếp nhận thêm dự án cấp nước do ADB tài trợ, tổng vốn 50 triệu USD.")
    found = _found(text, published=None)
    assert ("oda_disbursed", 1.8e8, None, ("2015-01-01", "2015-12-31")) in found
    assert all(f[1] != 5e7 for f in found)


def test_organisations_that_attended_a_conference_are_not_those_at_work():
    text = ("Tỉnh Bình Định báo cáo. Năm 2024, tỉnh đã tổ chức 3 hội nghị vận động viện trợ phi chính phủ nước ngoài, thu "
            "hút 45 tổ chức tham dự. Hiện có 38 tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn tỉnh.")
    assert _found(text) == [("ngo_organizations", 38, None, ("2025-07-20",)),
                            ("ngo_promotion_conferences", 3, None, ("2024-01-01", "2024-12-31"))]
