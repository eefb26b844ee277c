"""Numeric facts in wordings found on development texts, each rule on made-up sentences
(none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.numbers import find_quantities
from ngoaivu.ingest.pipeline.periods import build_timeline, find_periods


def _facts(text, kind="observation", **kwargs):
    return [f for f in extract_text(text, **kwargs)["facts"] if f["kind"] == kind]


def _values(text, kind="observation", **kwargs):
    return {(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in _facts(text, kind, **kwargs)}


def test_half_a_billion_in_words():
    (quantity,) = find_quantities("đạt nửa tỷ usd")
    assert (quantity.low, quantity.kind, quantity.unit) == (5e8, "money", "USD")
    assert [q.low for q in find_quantities("gần nửa triệu đồng")] == [5e5]
    assert find_quantities("nửa đầu năm") == []


def test_money_sent_home_is_remittances():
    text = "Năm 2026, lao động của tỉnh làm việc ở nước ngoài gửi về quê 120 triệu USD."
    assert _values(text) == {("remittances", 120e6)}


def test_a_region_s_figure_is_not_the_province_s_but_its_share_is():
    text = ("Tây Ninh dẫn đầu vùng về xuất khẩu\n"
            "Chín tháng năm 2026, kim ngạch xuất khẩu của 6 tỉnh, thành vùng Đông Nam Bộ đạt 40 tỷ USD; "
            "riêng Tây Ninh chiếm 7,2 tỷ USD. Trong tháng 9, toàn vùng xuất khẩu 4,6 tỷ USD.")
    assert _values(text) == {("export_value", 7.2e9)}


def test_a_region_as_the_field_of_a_comparison_keeps_the_figure():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 900 triệu USD, cao nhất khu vực."
    assert _values(text) == {("export_value", 900e6)}


def test_days_of_a_month_without_a_year_are_a_span_of_the_reported_year():
    text = ("Tình hình cửa khẩu năm 2026\n"
            "Từ ngày 1 đến hết ngày 10-11, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 85 triệu USD.")
    (fact,) = _facts(text)
    assert fact["indicator"] == "trade_value" and fact["period"] == {"start": "2026-11-01", "end": "2026-11-10"}


def test_a_tie_between_years_goes_to_the_year_named_first():
    text = "trong 4 tháng đầu năm 2026 tỉnh cấp mới 9 dự án; dự kiến năm 2027 khởi công nhà máy"
    assert build_timeline(find_periods(text), None).reporting_year == 2026


def test_now_in_a_text_without_a_date_is_the_year_it_reports_on():
    text = ("Trong 3 tháng đầu năm 2026, tỉnh cấp mới 9 dự án FDI. Hiện tỉnh có hơn 300 dự án FDI còn hiệu lực; "
            "nhà máy thứ hai sẽ khởi công năm 2027.")
    stock = [f for f in _facts(text) if f["indicator"] == "fdi_active_projects"]
    assert stock and stock[0]["period"]["as_of"].startswith("2026")


def test_a_goal_is_not_for_the_year_before():
    text = ("Kế hoạch năm 2026 của tỉnh\n"
            "Tiếp nối kết quả của năm trước, tỉnh phấn đấu đưa kim ngạch xuất khẩu vượt ngưỡng 2 tỷ USD.")
    (target,) = _facts(text, "target")
    assert target["period"] == {"start": "2026-01-01", "end": "2026-12-31"} and target["qualifier"] == "at_least"


def test_dated_text_sets_the_year_of_a_goal_against_the_year_before():
    text = "Nhiệm vụ năm tới\nSo với năm trước, tỉnh phấn đấu thu hút trên 300 triệu USD vốn FDI."
    (target,) = _facts(text, "target", published=date(2026, 1, 10))
    assert target["period"]["start"].startswith("2026")


def test_this_figure_again_takes_the_indicator_of_the_paragraph_s_last_figure():
    text = ("Năm 2026, tỉnh tiếp nhận 31 chương trình, dự án viện trợ phi chính phủ nước ngoài mới. "
            "Năm 2025, con số này là 27 chương trình, dự án, trị giá 40 tỷ đồng.")
    assert _values(text) >= {("ngo_new_commitments", 31), ("ngo_new_commitments", 27), ("ngo_committed", 40e9)}


def test_the_value_of_aid_just_counted_is_its_commitment():
    text = "Năm 2026, tỉnh tiếp nhận 12 dự án viện trợ phi chính phủ nước ngoài mới, tổng giá trị 3,4 triệu USD."
    assert ("ngo_committed", 3.4e6) in _values(text)


def test_the_nation_stays_the_subject_until_the_province_is_named():
    text = ("Đầu tư nước ngoài nửa đầu năm\n"
            "Sáu tháng đầu năm 2026, cả nước thu hút 20 tỷ USD vốn FDI. Vốn thực hiện của các dự án ước đạt 11 tỷ USD. "
            "Riêng tỉnh Bắc Ninh thu hút 1,2 tỷ USD vốn FDI.")
    assert _values(text) == {("fdi_registered_capital", 1.2e9)}


def test_a_foreign_country_s_projects_are_foreign_investment_and_theirs():
    facts = _facts("Năm 2026, Hàn Quốc có 45 dự án đầu tư vào tỉnh với tổng vốn đăng ký 900 triệu USD.")
    assert {(f["indicator"], f["value"], f["counterpart"]) for f in facts} == {
        ("fdi_new_projects", 45, "Hàn Quốc"), ("fdi_new_capital", 900e6, "Hàn Quốc")}


def test_now_further_before_has_is_a_stock():
    # (a year in the text: a figure with no period at all is not recorded)
    fact = _facts("Báo cáo năm 2026. Hiện các nhà đầu tư Singapore đã có 21 dự án FDI trên địa bàn tỉnh.")[0]
    assert fact["indicator"] == "fdi_active_projects" and fact["counterpart"] == "Singapore"


def test_tonnes_are_a_volume_and_a_bare_turnover_keeps_the_sentence_s_trade():
    assert [q.low for q in find_quantities("đạt 2 triệu tấn, trị giá 5 triệu usd")] == [5e6]
    text = "Năm 2026, hàng hóa xuất nhập khẩu qua cửa khẩu của tỉnh đạt 2 triệu tấn, kim ngạch khoảng 1,7 tỷ USD."
    assert _values(text) == {("trade_value", 1.7e9)}


def test_aid_measures_a_paragraph_later_keep_the_aid_topic():
    text = ("Năm 2026, tỉnh triển khai 20 dự án viện trợ phi chính phủ nước ngoài.\n\n"
            "Riêng các khoản ký cam kết trong năm có tổng giá trị 2,5 triệu USD; số vốn đã giải ngân khoảng 1,9 triệu USD.")
    assert {("ngo_committed", 2.5e6), ("ngo_disbursed", 1.9e6)} <= _values(text)


def test_a_headline_bound_repeats_the_body_s_exact_figure():
    text = ("Tỉnh thu hút hơn 2 triệu USD viện trợ phi chính phủ\n"
            "Năm 2026, các tổ chức phi chính phủ nước ngoài cam kết viện trợ cho tỉnh 2,31 triệu USD.")
    assert _values(text) == {("ngo_committed", 2.31e6)}


def test_product_lines_and_the_foreign_sector_are_parts_of_trade():
    text = ("Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 1,5 tỷ USD. Trong cơ cấu hàng xuất khẩu, thủy sản mang về "
            "400 triệu USD; khu vực có vốn đầu tư nước ngoài đạt 900 triệu USD.")
    assert _values(text) == {("export_value", 1.5e9)}


def test_a_part_named_after_the_count_and_its_added_capital():
    text = ("Năm 2026, tỉnh cấp mới 15 dự án FDI: 09 dự án nằm trong khu công nghiệp, khu kinh tế và 6 dự án ở ngoài. "
            "Có 7 dự án điều chỉnh tăng vốn; ngoài khu công nghiệp 3 dự án, tăng 12 triệu USD.")
    assert _values(text) == {("fdi_new_projects", 15), ("fdi_adjusted_projects", 7)}


def test_leading_the_nation_in_foreign_investment_is_rank_one():
    facts = _facts("Năm 2026, tỉnh dẫn đầu cả nước về thu hút FDI với 2 tỷ USD.")
    rank = [f for f in facts if f["indicator"] == "fdi_rank"]
    assert rank and rank[0]["value"] == 1 and rank[0]["period"] == {"as_of": "2026-12-31"}
    assert not [f for f in _facts("Năm 2026, tỉnh dẫn đầu cả nước về xuất khẩu gạo.") if f["indicator"] == "fdi_rank"]


def test_the_stock_is_what_is_in_force_not_all_ever_licensed():
    text = ("Lũy kế đến ngày 30/6/2026, tỉnh đã cấp phép cho 500 dự án FDI, tổng vốn 10 tỷ USD; "
            "trong số này còn 420 dự án hiệu lực với tổng vốn 8 tỷ USD.")
    assert _values(text) == {("fdi_active_projects", 420), ("fdi_total_capital", 8e9)}


def test_a_plan_s_list_after_set_out_is_targets():
    text = ("Kế hoạch năm 2027 của UBND tỉnh đề ra: kim ngạch xuất khẩu đạt 1,4 tỷ USD; ký kết 4 thỏa thuận quốc tế.")
    assert {(f["indicator"], f["value"]) for f in _facts(text, "target")} == {("export_value", 1.4e9), ("agreements_signed", 4)}
    assert _facts(text) == []


def test_a_goal_word_before_the_measure_is_a_cue():
    (target,) = _facts("Năm 2027, tỉnh đặt chỉ tiêu xuất khẩu 800 triệu USD.", "target")
    assert target["indicator"] == "export_value"
    assert _facts("Năm 2026, kim ngạch xuất khẩu đạt 95% mục tiêu, ước 760 triệu USD.", "target") == []


def test_a_measure_named_after_the_amount():
    text = ("Năm 2026, tỉnh thu hút được 1,2 tỷ USD vốn FDI, gồm 1 tỷ USD vốn cấp mới của 40 dự án và "
            "200 triệu USD vốn tăng thêm của 15 lượt dự án điều chỉnh.")
    assert _values(text) == {("fdi_registered_capital", 1.2e9), ("fdi_new_capital", 1e9), ("fdi_new_projects", 40),
                             ("fdi_added_capital", 2e8), ("fdi_adjusted_projects", 15)}


def test_a_difference_against_an_earlier_period_is_not_a_value():
    text = "Cả năm 2026, tỉnh ký kết 12 văn bản hợp tác quốc tế, tăng 3 văn bản so với năm 2025."
    assert _values(text) == {("agreements_signed", 12)}
    assert _values("Năm 2026, tỉnh cấp mới 9 dự án FDI với vốn tăng thêm 30 triệu USD.") == {
        ("fdi_new_projects", 9), ("fdi_added_capital", 3e7)}


def test_this_figure_rising_to():
    text = "Năm 2025, tỉnh thu hút 800 triệu USD vốn FDI. Năm 2026, con số này tăng lên 1,1 tỷ USD."
    assert _values(text) == {("fdi_registered_capital", 8e8), ("fdi_registered_capital", 1.1e9)}


def test_projects_under_way_with_their_capital_is_no_disbursement():
    text = "Tính đến cuối năm 2026, trên địa bàn tỉnh có 25 chương trình, dự án ODA đang thực hiện với tổng vốn 6.000 tỷ đồng."
    assert _values(text) == {("oda_projects", 25)}
    assert _values("Năm 2026, vốn ODA thực hiện đạt 900 tỷ đồng.") == {("oda_disbursed", 9e11)}


def test_border_trade_and_contract_workers():
    assert _values("Năm 2026, thương mại qua cửa khẩu của tỉnh với nước bạn đạt 80 triệu USD.") == {("trade_value", 8e7)}
    assert ("workers_abroad", 2300) in _values("Năm 2026, 2.300 lao động của tỉnh xuất cảnh đi làm việc theo hợp đồng.")


def test_the_level_a_goal_names_in_a_result_sentence_is_a_target():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt hơn 3 tỷ USD, vượt mục tiêu đặt ra cho năm 2030 là 2,8 tỷ USD."
    (target,) = _facts(text, "target")
    assert (target["indicator"], target["value"], target["period"]["start"]) == ("export_value", 2.8e9, "2030-01-01")
    assert _values(text) == {("export_value", 3e9)}


def test_an_amount_restated_in_brackets_in_another_currency_is_one_fact():
    text = "Năm 2026, viện trợ phi chính phủ nước ngoài cam kết cho tỉnh đạt hơn 1.000 tỷ đồng (khoảng 42 triệu USD)."
    assert _values(text) == {("ngo_committed", 1e12)}


def test_revoked_projects_and_their_capital_are_no_indicator():
    text = "Năm 2026, tỉnh cấp mới 9 dự án FDI; có 3 dự án FDI bị thu hồi với tổng vốn 15 triệu USD."
    assert _values(text) == {("fdi_new_projects", 9)}


def test_foreign_direct_investment_disbursed_is_implemented_capital():
    text = "Vốn đầu tư trực tiếp nước ngoài giải ngân năm 2026 đạt 450 triệu USD."
    assert _values(text) == {("fdi_implemented_capital", 4.5e8)}


def test_figures_in_one_bracket_after_another_province_are_its():
    text = ("Nghệ An năm 2026\nNăm 2026, tỉnh Nghệ An có 15 dự án FDI mới, tổng vốn 700 triệu USD; so với tỉnh "
            "Thanh Hóa (25 dự án, 1,2 tỷ USD) vẫn còn khiêm tốn.")
    assert _values(text) == {("fdi_new_projects", 15), ("fdi_new_capital", 7e8)}


def test_a_country_opening_the_sentence_owns_its_investment_figures():
    text = ("Năm 2026, Hàn Quốc đứng thứ hai trong số các quốc gia có dự án đầu tư vào tỉnh, với 95 dự án và "
            "tổng vốn đăng ký 1,3 tỷ USD.")
    facts = {(f["indicator"], f["value"], f["counterpart"]) for f in _facts(text)}
    assert facts == {("fdi_new_projects", 95, "Hàn Quốc"), ("fdi_new_capital", 1.3e9, "Hàn Quốc")}
    stock = _facts("Báo cáo năm 2026. Hiện Hàn Quốc đứng thứ hai trong số các quốc gia có dự án đầu tư vào tỉnh, với 95 dự án.")
    assert [(f["indicator"], f["counterpart"]) for f in stock] == [("fdi_active_projects", "Hàn Quốc")]


def test_the_province_ranked_first_with_an_amount_reports_the_paragraph_s_measure():
    text = ("Tây Ninh dẫn đầu vùng\n"
            "Trong quý III/2026, toàn vùng xuất khẩu 9 tỷ USD. Tây Ninh tiếp tục đứng đầu với 2,1 tỷ USD, "
            "xếp sau là Bình Dương với 1,9 tỷ USD.")
    assert _values(text) == {("export_value", 2.1e9)}


def test_a_plan_s_goals_are_for_its_own_year_not_the_results_year_before():
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nHà Giang, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
            "Vận động viện trợ phi chính phủ nước ngoài\nI. KẾT QUẢ\nNăm 2025, tỉnh tiếp nhận 45 khoản viện trợ.\n"
            "II. MỤC TIÊU CỤ THỂ\n- Vận động được ít nhất 50 khoản viện trợ mới.\n")
    (target,) = _facts(text, "target")
    assert target["value"] == 50 and target["period"]["start"] == "2026-01-01"


def test_a_goal_for_a_stock_keeps_its_capital():
    text = "Tỉnh phấn đấu đến năm 2030, tổng vốn FDI đăng ký lũy kế đạt 20 tỷ USD, với khoảng 800 dự án còn hiệu lực."
    assert _values(text, "target") == {("fdi_total_capital", 2e10), ("fdi_active_projects", 800)}


def test_domestic_investment_and_new_enterprises_are_not_foreign_investment():
    text = ("Năm 2026, tỉnh thu hút 12 dự án FDI với tổng vốn 300 triệu USD. Về đầu tư trong nước, tỉnh cấp mới "
            "45 dự án với tổng vốn 9.000 tỷ đồng; 20 dự án điều chỉnh tăng vốn thêm 1.200 tỷ đồng. Toàn tỉnh có "
            "1.100 doanh nghiệp thành lập mới với tổng vốn đăng ký 15.000 tỷ đồng.")
    assert _values(text) == {("fdi_new_projects", 12), ("fdi_new_capital", 3e8)}


def test_an_inherited_investment_topic_in_dong_is_not_foreign():
    text = ("Năm 2026, tỉnh thu hút 500 triệu USD vốn FDI. Tỉnh đã trao giấy chứng nhận đầu tư cho 8 dự án với "
            "tổng vốn 3.500 tỷ đồng; tổng vốn đầu tư thu hút cả trong và ngoài nước đạt 25.000 tỷ đồng.")
    assert _values(text) == {("fdi_registered_capital", 5e8)}
    assert _values("Năm 2026, vốn FDI giải ngân đạt 2.300 tỷ đồng.") == {("fdi_implemented_capital", 2.3e12)}


def test_the_capital_right_after_a_part_s_projects_is_the_part_s():
    text = "Năm 2026, vốn FDI vào tỉnh đạt 500 triệu USD. Riêng khu kinh tế thu hút 8 dự án FDI với 350 triệu USD."
    assert _values(text) == {("fdi_registered_capital", 5e8)}


def test_the_nation_sending_workers_is_not_the_province():
    text = "Năm 2026, tỉnh có 3.000 lao động đi làm việc ở nước ngoài. Cả nước đưa 150.000 lao động đi làm việc ở nước ngoài."
    assert _values(text) == {("workers_abroad", 3000)}


def test_a_next_sentence_that_is_only_a_period_repeats_the_measure():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD. Dự kiến năm 2027 đạt 2,3 tỷ USD."
    assert _values(text) == {("export_value", 2e9)} and _values(text, "target") == {("export_value", 2.3e9)}


def test_what_someone_will_do_is_neither_a_result_nor_a_goal():
    text = "Năm 2026, tỉnh tiếp nhận 20 dự án viện trợ mới. Theo thỏa thuận, trong 3 năm tới tổ chức sẽ thực hiện 4 chương trình tại tỉnh."
    assert _values(text) == {("ngo_new_commitments", 20)}
    assert _values("Năm 2027, tỉnh phấn đấu sẽ thu hút 300 triệu USD vốn FDI.", "target") == {("fdi_registered_capital", 3e8)}


def test_resolve_and_effort_words_announce_goals():
    for text in ("Năm 2027, tỉnh quyết tâm đạt kim ngạch xuất khẩu 1,3 tỷ USD.",
                 "Tỉnh nỗ lực để năm 2027 thu hút ít nhất 400 triệu USD vốn FDI.",
                 "Năm 2027, tỉnh hướng tới mục tiêu đón 40 đoàn quốc tế.",
                 "Kế hoạch năm 2027 giao Sở Ngoại vụ tổ chức 3 hội nghị xúc tiến đầu tư ở nước ngoài."):
        assert _facts(text, "target") and not _facts(text), text


def test_a_figure_for_a_time_after_a_dated_text_is_a_target():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD. Năm 2027, kim ngạch xuất khẩu đạt 2,4 tỷ USD."
    assert _values(text, published=date(2026, 12, 20)) == {("export_value", 2e9)}
    assert _values(text, "target", published=date(2026, 12, 20)) == {("export_value", 2.4e9)}


def test_projects_in_force_in_a_named_year_are_a_standing_at_its_end():
    (fact,) = [f for f in _facts("Năm 2026, tỉnh có 410 dự án FDI còn hiệu lực.") if f["indicator"] == "fdi_active_projects"]
    assert fact["period"] == {"as_of": "2026-12-31"}


def test_a_clause_led_by_another_market_repeats_the_trade_measure():
    text = "Năm 2026, xuất khẩu sang Nhật Bản đạt 200 triệu USD, tăng 15%; sang Hàn Quốc đạt 150 triệu USD."
    facts = {(f["indicator"], f["value"], f["counterpart"]) for f in _facts(text)}
    assert facts == {("export_value", 2e8, "Nhật Bản"), ("export_value", 1.5e8, "Hàn Quốc")}


def test_a_range_of_months_of_a_year():
    (fact,) = _facts("Trong tháng 1-9/2026, kim ngạch xuất khẩu của tỉnh đạt 700 triệu USD.")
    assert fact["period"] == {"start": "2026-01-01", "end": "2026-09-30"}


def test_from_a_year_until_now():
    (fact,) = _facts("Từ năm 2021 đến nay, tỉnh đã thu hút 3 tỷ USD vốn FDI.", published=date(2026, 5, 4))
    assert fact["period"]["start"] == "2021-01-01" and fact["period"]["end"].startswith("2026")


def test_aid_approved_is_a_new_commitment_and_xnk_is_trade():
    assert ("ngo_new_commitments", 35) in _values("Năm 2026, tỉnh đã phê duyệt 35 khoản viện trợ với tổng trị giá 5 triệu USD.")
    assert _values("Năm 2026, kim ngạch XNK của tỉnh đạt 2 tỷ USD.") == {("trade_value", 2e9)}
