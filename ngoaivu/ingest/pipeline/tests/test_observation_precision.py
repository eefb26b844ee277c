"""Numbers that are no level of an indicator, found measuring precision on unjudged pages:
each rule on made-up sentences, with the figure beside it that must stay."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _values(text):
    return {(f["indicator"], f.get("value")) for f in extract_text(text)["facts"] if f["kind"] == "observation"}


def test_amount_a_figure_moved_by_is_no_level():
    found = _values("Năm 2026, tỉnh tiếp nhận 14 dự án viện trợ phi chính phủ nước ngoài với tổng vốn cam kết 3,1 triệu USD. "
                    "So với năm 2025 tăng 2 dự án và tăng hơn 400.000 USD.")
    assert ("ngo_committed", 3.1e6) in found
    assert ("ngo_committed", 4e5) not in found and not any(v == 2 for _, v in found)


def test_amount_added_by_comparison_after_it_is_no_level():
    found = _values("Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD, tăng 120 triệu USD so với năm 2025.")
    assert found == {("export_value", 9e8)}


def test_capital_added_to_projects_is_still_read():
    found = _values("6 tháng đầu năm 2026, tỉnh điều chỉnh vốn cho 12 dự án FDI, vốn đăng ký tăng thêm 75 triệu USD.")
    assert ("fdi_added_capital", 7.5e7) in found


def test_a_bar_places_pass_is_no_figure_of_the_province():
    text = ("Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 3,2 tỷ USD. Theo Bộ Công Thương, có 11 địa phương có kim ngạch "
            "xuất khẩu đạt từ 5 tỷ USD trở lên.")
    assert _values(text) == {("export_value", 3.2e9)}


def test_a_bar_in_a_headline_over_places_counted():
    found = _values("12 tỉnh, thành phố đạt kim ngạch xuất khẩu năm 2026 trên 8 tỷ USD\n\n"
                    "Năm 2026, kim ngạch xuất khẩu của tỉnh Long An đạt 13,4 tỷ USD.")
    assert ("export_value", 8e9) not in found and ("export_value", 13.4e9) in found


def test_a_milestone_passed_is_no_figure():
    found = _values("Năm 2026, số lao động của tỉnh đi làm việc tại Hàn Quốc vượt mốc 2.000 người, cả năm đưa được 5.300 lao động "
                    "đi làm việc ở nước ngoài.")
    assert ("workers_abroad", 2000) not in found


def test_one_project_s_average_capital_is_no_figure():
    found = _values("Năm 2026, tỉnh cấp mới 9 dự án FDI với tổng vốn đăng ký 540 triệu USD; vốn đầu tư trung bình "
                    "đạt 60 triệu USD một dự án.")
    assert ("fdi_new_capital", 5.4e8) in found and not any(v == 6e7 for _, v in found)


def test_projects_that_stop_are_no_new_projects():
    found = _values("9 tháng năm 2026, tỉnh cấp mới 15 dự án FDI; có 3 dự án FDI xin tạm ngừng hoạt động.")
    assert ("fdi_new_projects", 15) in found and ("fdi_new_projects", 3) not in found


def test_domestic_projects_by_their_acronym_and_the_foreign_ones_after():
    found = _values("Năm 2026, tỉnh cấp mới 10 dự án FDI vốn đăng ký 300 triệu USD, gấp 2 lần; điều chỉnh 6 dự án DDI vốn "
                    "đăng ký tăng thêm 120 tỷ đồng, 14 dự án FDI vốn đăng ký bổ sung 88 triệu USD.")
    assert ("fdi_adjusted_projects", 14) in found and ("fdi_added_capital", 8.8e7) in found
    assert not any(v == 6 for _, v in found) and ("fdi_new_projects", 10) in found


def test_projects_counted_with_the_capital_they_added_are_adjusted_ones():
    found = _values("Năm 2026, tỉnh cấp mới 10 dự án FDI vốn đăng ký 300 triệu USD; 14 dự án FDI vốn đăng ký bổ sung "
                    "88 triệu USD.")
    assert ("fdi_adjusted_projects", 14) in found and ("fdi_new_projects", 14) not in found


def test_a_dateline_above_the_headline_leaves_the_headline_a_repeat():
    found = _values("12/10/2026\nThu hút hơn 4 triệu USD viện trợ phi chính phủ\n\n"
                    "Từ đầu năm 2026 đến nay, tỉnh tiếp nhận 20 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị "
                    "cam kết 4,35 triệu USD.")
    assert ("ngo_committed", 4.35e6) in found and ("ngo_committed", 4e6) not in found


def test_a_headline_bound_over_the_nation_s_figure_is_the_nation_s():
    found = _values("Hơn 52.000 lao động đi làm việc ở nước ngoài trong 5 tháng\n\n"
                    "Trong 5 tháng đầu năm 2026, cả nước đã đưa 52.310 lao động đi làm việc ở nước ngoài. Tỉnh Nghệ An "
                    "đưa được 4.120 lao động.")
    assert ("workers_abroad", 52000) not in found and ("workers_abroad", 52310) not in found


def test_a_figure_fronted_by_with_belongs_to_the_province_named_after_it():
    found = _values("Năm 2026, Đồng Nai thu hút 1,3 tỷ USD vốn FDI.\n6 tháng đầu năm 2026, với tổng vốn đầu tư đăng ký "
                    "hơn 1,06 tỷ USD, chiếm gần 9,6% tổng vốn cả nước, tỉnh Bắc Ninh vươn lên đứng thứ ba.")
    assert ("fdi_registered_capital", 1.3e9) in found and ("fdi_registered_capital", 1.06e9) not in found


def test_a_figure_fronted_by_with_stays_the_province_s_when_it_is_named_after():
    found = _values("Thu hút FDI của Đồng Nai\n\n6 tháng đầu năm 2026, với tổng vốn đăng ký 820 triệu USD, chiếm 6% cả "
                    "nước, Đồng Nai đứng thứ năm về thu hút FDI.")
    assert ("fdi_registered_capital", 8.2e8) in found


def test_a_locality_pointing_back_to_another_province_named_before():
    found = _values("Năm 2026, Nghệ An thu hút 1,5 tỷ USD vốn FDI. Đứng sau là Thanh Hóa với 900 triệu USD. Cụ thể, "
                    "trong năm 2026, địa phương có 14 dự án cấp mới, tổng vốn đăng ký cấp mới đạt 310 triệu USD.")
    assert ("fdi_registered_capital", 1.5e9) in found
    assert ("fdi_new_projects", 14) not in found and ("fdi_new_capital", 3.1e8) not in found


def test_a_locality_pointing_back_to_the_province_itself_stays_its_own():
    found = _values("Năm 2026, Nghệ An thu hút 1,5 tỷ USD vốn FDI, đứng thứ 9 cả nước. Cụ thể, trong năm 2026, địa phương "
                    "có 14 dự án cấp mới, tổng vốn đăng ký cấp mới đạt 310 triệu USD.")
    assert ("fdi_new_projects", 14) in found and ("fdi_new_capital", 3.1e8) in found


def test_the_same_projects_named_again_as_a_possessor_are_not_counted_twice():
    text = ("Đến nay, trên địa bàn tỉnh có 17 tổ chức phi chính phủ nước ngoài đang triển khai 26 chương trình, dự án. "
            "Tổng vốn cam kết viện trợ năm 2026 của 26 chương trình, dự án là 1.240.000 USD.")
    facts = [f for f in extract_text(text)["facts"] if f["kind"] == "observation" and f.get("value") == 26]
    assert len(facts) == 1 and "period" in facts[0] and "as_of" in facts[0]["period"]
    assert ("ngo_organizations", 17) in _values(text)


def test_aid_in_dong_with_its_dollar_equivalent_in_brackets_is_kept_in_dollars():
    found = _values("Từ đầu năm 2026 đến nay, tỉnh tiếp nhận 9 khoản viện trợ phi chính phủ nước ngoài với tổng vốn cam kết "
                    "khoảng 25,4 tỷ đồng (tương đương 1.004.469 USD).")
    assert ("ngo_committed", 1004469) in found and ("ngo_committed", 25.4e9) not in found


def test_an_amount_in_dong_with_an_approximate_dollar_figure_keeps_the_dong():
    found = _values("Năm 2026, tỉnh tiếp nhận viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 30 tỷ đồng "
                    "(khoảng 1,2 triệu USD).")
    assert ("ngo_committed", 30e9) in found


def test_a_sentence_opening_on_in_which_gives_a_part_of_the_total_before():
    found = _values("6 tháng đầu năm 2026, kim ngạch xuất khẩu của tỉnh đạt 2,9 tỷ USD. Trong đó, kim ngạch xuất khẩu "
                    "(trừ dầu thô) đạt 2,1 tỷ USD. Kim ngạch nhập khẩu đạt 1,4 tỷ USD.")
    assert ("export_value", 2.9e9) in found and ("export_value", 2.1e9) not in found and ("import_value", 1.4e9) in found


def test_a_sentence_opening_on_in_which_keeps_another_indicator():
    found = _values("Quý I/2026, tỉnh thu hút 640 triệu USD vốn FDI. Trong đó, 7 dự án FDI cấp mới với tổng vốn đăng ký "
                    "510 triệu USD.")
    assert ("fdi_new_projects", 7) in found and ("fdi_new_capital", 5.1e8) in found
