"""Rules found in session 35 (05/12/2026) in the retired long splits (dev87-dev91). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts
from ngoaivu.ingest.pipeline.tests.rule_sentences import observations as _observations


def test_an_interview_answer_opening_on_hien_co_makes_the_investor_countries_standings():
    text = ("- Hiện có 21 quốc gia và vùng lãnh thổ đầu tư vào tỉnh. Singapore là nhà đầu tư lớn nhất với 64 dự án và "
            "1,3 tỷ USD; đứng thứ hai là Thái Lan với 22 dự án, 410 triệu USD.")
    found = _observations(text)
    assert ("fdi_total_capital", 1.3e9, "2026-06-30") in found
    assert ("fdi_total_capital", 4.1e8, "2026-06-30") in found
    assert not [o for o in found if o[0] in ("fdi_new_capital", "fdi_rank")]


def test_a_subject_then_hien_co_opens_the_standing_too():
    text = ("Tỉnh Sơn Hà hiện có 12 quốc gia đầu tư. Nhật Bản là nhà đầu tư lớn nhất với 30 dự án và 700 triệu USD.")
    assert ("fdi_total_capital", 7e8, "2026-06-30") in _observations(text)


def test_a_country_placed_second_is_no_rank_of_the_province():
    text = ("Hiện trên địa bàn tỉnh có 150 dự án FDI. Hàn Quốc dẫn đầu với 60 dự án; đứng thứ hai là Nhật Bản với "
            "25 dự án.")
    assert [o for o in _observations(text) if o[0] == "fdi_rank"] == []


def test_a_stock_foreseen_at_the_year_s_end_in_its_second_half_is_an_estimate():
    text = ("Quảng Sơn, ngày 20/10/2025. Dự kiến đến hết năm 2025, trên địa bàn tỉnh có 310 dự án FDI còn hiệu lực "
            "với tổng vốn đầu tư đăng ký 4,2 tỷ USD.")
    facts = _facts(text, published=date(2025, 10, 20))
    assert sorted((f["indicator"], f["period"], f.get("qualifier")) for f in facts) == [
        ("fdi_active_projects", {"as_of": "2025-12-31"}, "estimate"),
        ("fdi_total_capital", {"as_of": "2025-12-31"}, "estimate")]
    assert _facts(text, "target", published=date(2025, 10, 20)) == []


def test_a_stock_foreseen_for_the_year_s_end_early_in_the_year_stays_a_goal():
    text = "Dự kiến đến hết năm 2025, trên địa bàn tỉnh có 310 dự án FDI còn hiệu lực."
    assert [f["indicator"] for f in _facts(text, "target", published=date(2025, 2, 10))] == ["fdi_active_projects"]


def test_projects_attracted_up_to_a_year_s_end_are_the_stock_without_da():
    text = "Tính đến cuối năm 2021, Hòa Sơn thu hút 57 dự án FDI với tổng vốn đăng ký hơn 612 triệu USD."
    assert _observations(text) == [("fdi_active_projects", 57, "2021-12-31"), ("fdi_total_capital", 6.12e8, "2021-12-31")]


def test_the_broad_sectors_shares_are_parts():
    text = ("Tính đến cuối năm 2021, tỉnh thu hút 57 dự án FDI với tổng vốn đăng ký 612 triệu USD; công nghiệp - xây "
            "dựng chiếm đa số với 31 dự án, 402 triệu USD; thương mại - dịch vụ có 18 dự án, 170 triệu USD; nông - lâm - "
            "thủy sản có 8 dự án, 40 triệu USD.")
    assert [o[1] for o in _observations(text)] == [57, 6.12e8]


def test_a_country_that_dang_co_projects_holds_them_and_a_partner_locality_is_not_the_investor():
    text = ("Tại hội nghị ngày 14/5/2022 cùng thành phố Daegu, lãnh đạo tỉnh cho biết Hàn Quốc đang có 9 dự án tại "
            "tỉnh với tổng vốn đầu tư 120 triệu USD.")
    facts = _facts(text)
    assert sorted((f["indicator"], f["period"].get("as_of"), f.get("counterpart")) for f in facts) == [
        ("fdi_active_projects", "2022-05-14", "Hàn Quốc"), ("fdi_total_capital", "2022-05-14", "Hàn Quốc")]


def test_projects_licensed_and_adjusted_together_give_the_registered_capital_and_their_parts_by_form_count():
    text = ("Dòng vốn đầu tư trực tiếp nước ngoài vào tỉnh trong năm 2019 tăng: 120 dự án được cấp phép và điều chỉnh "
            "vốn với tổng vốn đăng ký 700 triệu USD. Trong tổng số 120 dự án nói trên có 95 dự án cấp mới, vốn đăng ký "
            "480 triệu USD. 25 dự án còn lại là các dự án đang hoạt động được nhà đầu tư quyết định nâng vốn, với số vốn "
            "tăng thêm 220 triệu USD.")
    assert _observations(text) == [
        ("fdi_added_capital", 2.2e8, "2019-01-01"), ("fdi_adjusted_projects", 25, "2019-01-01"),
        ("fdi_new_capital", 4.8e8, "2019-01-01"), ("fdi_new_projects", 95, "2019-01-01"),
        ("fdi_registered_capital", 7e8, "2019-01-01")]


def test_a_year_compared_as_gap_doi_does_not_frame_the_next_sentence():
    text = ("Năm 2016, tỉnh cấp phép mới và tăng vốn cho 80 dự án FDI với tổng vốn đăng ký 900 triệu USD, gần gấp đôi "
            "năm 2015. Trong đó, 70 dự án cấp mới có tổng vốn đầu tư 750 triệu USD và 10 dự án đang hoạt động được bổ "
            "sung 150 triệu USD.")
    assert _observations(text) == [
        ("fdi_added_capital", 1.5e8, "2016-01-01"), ("fdi_adjusted_projects", 10, "2016-01-01"),
        ("fdi_new_capital", 7.5e8, "2016-01-01"), ("fdi_new_projects", 70, "2016-01-01"),
        ("fdi_registered_capital", 9e8, "2016-01-01")]


def test_a_long_paragraph_on_fdi_keeps_its_topic_for_a_bare_count():
    text = ("Năm 2017 là năm kỷ lục về vốn FDI. Tính đến ngày 15/9/2017, tỉnh đã cấp giấy chứng nhận đầu tư cho 105 dự án "
            "với tổng vốn đăng ký 830 triệu USD. " + "Các nhà đầu tư mở rộng sản xuất và tuyển thêm lao động. " * 8
            + "Cả năm 2017 có 146 dự án với vốn đầu tư 1,2 tỷ USD.")
    assert ("fdi_new_projects", 146, "2017-01-01") in _observations(text)


def test_the_capital_that_belongs_to_the_new_projects_is_new_capital():
    text = "Chín tháng năm 2016, vốn FDI đạt 900 triệu USD; trong đó gần 700 triệu USD thuộc về 52 dự án cấp mới."
    assert ("fdi_new_capital", 7e8, "2016-01-01") in _observations(text)


def test_a_sentence_opening_on_trong_do_after_a_goal_sets_its_parts():
    text = ("Kế hoạch năm 2027, tỉnh Đồng Nai phấn đấu tổng kim ngạch xuất nhập khẩu đạt 30 tỷ USD. Trong đó, kim ngạch "
            "xuất khẩu từ 15.100 đến 15.400 triệu USD; kim ngạch nhập khẩu từ 14.200 đến 14.600 triệu USD.")
    goals = sorted((f["indicator"], f.get("value_min"), f.get("value_max")) for f in _facts(text, "target"))
    assert ("export_value", 1.51e10, 1.54e10) in goals and ("import_value", 1.42e10, 1.46e10) in goals
    assert _facts(text) == []


def test_the_nation_named_in_a_closed_bracket_does_not_own_the_next_clause():
    text = "Năm 2025, xuất khẩu của tỉnh Đồng Nai tăng 12% (mức tăng của cả nước khoảng 10%); nhập khẩu đạt 1,1 tỷ USD."
    assert ("import_value", 1.1e9, "2025-01-01") in _observations(text)
