"""Figures of mixed totals, stocks, restatements and compared periods: each rule on made-up sentences
(written for the dev3 round; no place or figure of a development text)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _observations(text):
    return [f for f in extract_text(text)["facts"] if f["kind"] == "observation"]


def _by_indicator(text):
    found: dict[str, list] = {}
    for f in _observations(text):
        found.setdefault(f["indicator"], []).append(f)
    return found


def test_a_total_split_into_domestic_and_foreign_projects_is_neither():
    found = _by_indicator(
        "Tính đến tháng 6/2026, trên địa bàn tỉnh có 640 dự án, gồm 512 dự án trong nước và 128 dự án nước ngoài, "
        "với tổng vốn đăng ký 31,2 nghìn tỷ đồng và 1,45 tỷ USD.")
    assert [f["value"] for f in found["fdi_active_projects"]] == [128]
    assert found["fdi_active_projects"][0]["period"] == {"as_of": "2026-06-30"}
    # the đồng are the domestic projects' capital, the dollars the foreign ones'
    assert [(f["value"], f["unit"]) for f in found["fdi_total_capital"]] == [(1.45e9, "USD")]
    assert "fdi_new_projects" not in found


def test_projects_named_domestic_after_the_count_are_not_foreign():
    found = _by_indicator("Nửa đầu năm 2026, tỉnh thu hút 40 dự án mới, trong đó 31 dự án là của nhà đầu tư trong nước "
                          "và 9 dự án có vốn đầu tư nước ngoài với tổng vốn đăng ký gần 52 triệu USD.")
    assert [f["value"] for f in found["fdi_new_projects"]] == [9]
    assert found["fdi_new_capital"][0]["value"] == 52e6


def test_projects_going_into_operation_are_no_indicator():
    found = _by_indicator("Năm 2026, thêm 7 dự án FDI đã hoàn thành xây dựng và đi vào sản xuất, "
                          "nâng tổng số dự án FDI đang hoạt động lên 301.")
    assert found == {}


def test_parts_of_an_industrial_parks_figure_are_parts_too():
    found = _by_indicator("Trên địa bàn tỉnh có 212 dự án FDI còn hiệu lực. Năm 2026, các khu công nghiệp thu hút "
                          "27 dự án đầu tư mới, gồm 19 dự án FDI với số vốn đăng ký 301,5 triệu USD và 8 dự án trong nước.")
    assert [f["value"] for f in found.get("fdi_active_projects", [])] == [212]
    assert "fdi_new_projects" not in found and "fdi_new_capital" not in found


def test_an_amount_restated_in_dollars_is_kept_in_dollars():
    found = _by_indicator("Năm 2026, giá trị viện trợ PCPNN mà tỉnh ký kết là 24.500 triệu đồng, tương đương 1,02 triệu USD.")
    assert [(f["value"], f["unit"]) for f in found["ngo_committed"]] == [(1.02e6, "USD")]


def test_a_date_after_den_thoi_diem_is_a_stock_date():
    found = _by_indicator("Đến thời điểm 31/12/2026, trên địa bàn tỉnh có 17 tổ chức phi chính phủ nước ngoài đang hoạt động.")
    assert found["ngo_organizations"][0]["period"] == {"as_of": "2026-12-31"}


def test_trade_summed_up_to_a_month_runs_from_january():
    found = _by_indicator("Kim ngạch nhập khẩu lũy kế đến hết tháng 9 năm 2026 ước đạt 812 triệu USD, tăng 7% so với cùng kỳ.")
    assert found["import_value"][0]["period"] == {"start": "2026-01-01", "end": "2026-09-30"}


def test_a_breakdown_after_of_n_organisations_is_a_part_of_the_projects():
    found = _by_indicator("Đến ngày 31/12/2026, tỉnh có 23 chương trình, dự án phi chính phủ nước ngoài của 14 tổ chức đang "
                          "triển khai, trong đó 9 dự án được chuyển tiếp từ các năm trước.")
    assert [f["value"] for f in found.get("ngo_projects", [])] == [23]


def test_earlier_years_in_general_are_no_period():
    found = _by_indicator("Trong năm 2026, tỉnh vận động được 5 dự án PCPNN mới; các năm trước mỗi năm chỉ vài dự án.")
    assert all(f["period"]["start"].startswith("2026") for f in found["ngo_new_commitments"])


def test_a_period_compared_with_later_is_not_the_period_of_the_figures_before():
    text = ("Từ đầu năm đến hết tháng 6/2026, tỉnh thu hút 60 dự án mới, nhiều hơn 3 dự án so với cùng kỳ năm 2025.\n\n"
            "Trong số này, 11 dự án có vốn đầu tư nước ngoài với tổng vốn đăng ký 45 triệu USD. Mức vốn này thấp hơn "
            "so với 6 tháng đầu năm 2025, khi tỉnh cấp phép 15 dự án nước ngoài.")
    found = _by_indicator(text)
    new = {f["value"]: f["period"] for f in found["fdi_new_projects"]}
    assert new[11] == {"start": "2026-01-01", "end": "2026-06-30"}
    assert found["fdi_new_capital"][0]["period"] == {"start": "2026-01-01", "end": "2026-06-30"}


def _targets(text):
    return [f for f in extract_text(text)["facts"] if f["kind"] == "target"]


def test_each_goal_takes_the_period_written_right_after_it():
    found = _targets("Tỉnh phấn đấu thu hút vốn FDI đăng ký khoảng 2 đến 3 tỷ USD trong giai đoạn 2026-2030 "
                     "và khoảng 4 tỷ USD trong giai đoạn 2031-2035.")
    periods = {f.get("value", f.get("value_max")): f["period"]["start"][:4] for f in found}
    assert periods == {3e9: "2026", 4e9: "2031"}


def test_a_rank_after_an_fdi_sentence_is_the_fdi_rank():
    text = ("9 tháng đầu năm 2026, tỉnh cấp mới 9 dự án FDI với tổng vốn 310 triệu USD. "
            "So với tháng 8, tỉnh đã vươn lên 3 bậc và hiện xếp thứ 14/63 tỉnh, thành phố.")
    assert [f["value"] for f in _by_indicator(text)["fdi_rank"]] == [14]


def test_a_rank_of_another_measure_is_not_the_fdi_rank():
    text = ("9 tháng đầu năm 2026, tỉnh cấp mới 9 dự án FDI với tổng vốn 310 triệu USD. "
            "Tăng trưởng GRDP của tỉnh đạt 8,1%, xếp thứ 14/63 tỉnh, thành phố.")
    assert "fdi_rank" not in _by_indicator(text)


def test_a_headline_repeating_a_stock_without_its_stock_words_is_one_fact():
    text = ("Tỉnh có 245 dự án FDI từ 11 quốc gia\n\n"
            "Đến cuối tháng 12/2026, trên địa bàn tỉnh có 245 dự án đầu tư trực tiếp nước ngoài còn hiệu lực.")
    found = _by_indicator(text)
    assert [f["value"] for f in found["fdi_active_projects"]] == [245] and "fdi_new_projects" not in found


def test_an_investor_country_s_share_of_a_stock_just_stated_is_a_stock():
    text = ("Đến cuối tháng 12/2026, trên địa bàn tỉnh có 245 dự án FDI còn hiệu lực. Nhà đầu tư Singapore có 41 dự án "
            "với tổng vốn đăng ký khoảng 900 triệu USD.")
    found = _by_indicator(text)
    assert {f["value"]: f["counterpart"] for f in found["fdi_active_projects"]} == {245: None, 41: "Singapore"}
    assert found["fdi_total_capital"][0]["value"] == 9e8 and "fdi_new_projects" not in found


def test_a_new_share_by_country_stays_a_flow():
    text = ("Đến cuối tháng 12/2026, trên địa bàn tỉnh có 245 dự án FDI còn hiệu lực. Trong năm, nhà đầu tư Singapore "
            "có 6 dự án mới với tổng vốn 90 triệu USD.")
    assert [f["value"] for f in _by_indicator(text)["fdi_new_projects"]] == [6]


def test_a_district_s_figure_is_not_the_province_s():
    text = ("Năm 2026, tỉnh đưa 1.150 người đi làm việc ở nước ngoài. Riêng năm 2025, huyện Sơn Khê đã đưa 95 người "
            "đi làm việc ở nước ngoài, trong đó 20 người sang Nhật Bản.")
    assert [f["value"] for f in _by_indicator(text)["workers_abroad"]] == [1150]


def test_months_counted_in_a_word_before_thang_nam():
    found = _by_indicator("Chín tháng năm 2026, kim ngạch xuất khẩu đạt 900 triệu USD. "
                          "Ba tháng cuối năm 2026, kim ngạch nhập khẩu đạt 300 triệu USD.")
    assert found["export_value"][0]["period"] == {"start": "2026-01-01", "end": "2026-09-30"}
    assert found["import_value"][0]["period"] == {"start": "2026-10-01", "end": "2026-12-31"}


def test_the_goal_of_the_province_is_a_target():
    found = _targets("Mục tiêu của tỉnh là thu hút 3 tỷ USD vốn FDI trong giai đoạn 2026-2030.")
    assert [(f["indicator"], f["period"]["end"]) for f in found] == [("fdi_registered_capital", "2030-12-31")]


def test_all_forms_of_registration_together_are_the_registered_capital():
    found = _by_indicator("Năm 2026, tổng vốn FDI đăng ký cấp mới, điều chỉnh và góp vốn mua cổ phần đạt 730 triệu USD.")
    assert [f["value"] for f in found["fdi_registered_capital"]] == [7.3e8]


def test_capital_registered_into_the_nation_is_not_the_province_s_and_its_part_is():
    found = _by_indicator("(Báo Quảng Bình) – Năm 2026, vốn đầu tư nước ngoài đăng ký vào Việt Nam đạt 38 tỷ USD, tăng 5%; "
                          "trong đó, Quảng Bình thu hút 410 triệu USD.")
    assert [f["value"] for f in found["fdi_registered_capital"]] == [4.1e8]


def test_trade_up_to_a_month_not_yet_ended_is_still_a_result():
    found = _by_indicator("(Báo Quảng Bình) Ngày 22/10/2026 – Kim ngạch nhập khẩu lũy kế đến hết tháng 10 ước đạt "
                          "402 triệu USD, tăng 3% so với cùng kỳ.")
    assert found["import_value"][0]["period"] == {"start": "2026-01-01", "end": "2026-10-31"}


def test_a_multiple_in_words_is_a_change():
    found = _by_indicator("Năm 2026, kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng gấp đôi so với năm 2025. "
                          "Vốn FDI đăng ký đạt 300 triệu USD, gấp rưỡi cùng kỳ.")
    assert found["export_value"][0]["change_pct"] == 100
    assert found["fdi_registered_capital"][0]["change_pct"] == 50


def test_a_multiple_of_an_earlier_year_is_no_change():
    assert _by_indicator("Năm 2026, tỉnh thu hút 300 triệu USD vốn FDI, gấp ba lần năm 2020."
                         )["fdi_registered_capital"][0]["change_pct"] is None


def test_commitments_in_force_are_a_standing():
    found = _by_indicator("Tổng giá trị các văn bản cam kết viện trợ PCPNN còn hiệu lực, tính đến 31/12/2026, là 8,4 triệu USD.")
    assert found["ngo_committed"][0]["period"] == {"as_of": "2026-12-31"}


def test_a_headline_repeating_the_body_s_restated_amount_is_one_fact():
    text = ("Vận động viện trợ phi chính phủ nước ngoài đạt hơn 410 tỷ đồng\n\n"
            "Giai đoạn 2021-2025, tỉnh vận động được viện trợ PCPNN với tổng giá trị cam kết 16,2 triệu USD, "
            "tương đương hơn 410 tỷ đồng.")
    assert [(f["value"], f["unit"]) for f in _by_indicator(text)["ngo_committed"]] == [(16.2e6, "USD")]


def test_a_country_leading_a_stock_s_breakdown_is_its_counterpart_and_kept():
    found = _by_indicator("Lũy kế đến hết tháng 10/2026, trên địa bàn tỉnh có 412 dự án FDI còn hiệu lực với tổng vốn "
                          "đăng ký 9,6 tỷ USD; trong đó Singapore dẫn đầu với 150 dự án, vốn 4,1 tỷ USD.")
    assert {f["value"]: f["counterpart"] for f in found["fdi_active_projects"]} == {412: None, 150: "Singapore"}
    assert {f["value"]: f["counterpart"] for f in found["fdi_total_capital"]} == {9.6e9: None, 4.1e9: "Singapore"}


def test_organisations_counted_over_years_of_aid_are_a_span():
    found = _by_indicator("Từ năm 2001 đến 2020, các dự án viện trợ phi chính phủ nước ngoài được triển khai tại tỉnh "
                          "qua 240 dự án của 41 tổ chức đến từ 12 quốc gia.")
    assert found["ngo_organizations"][0]["value"] == 41
    assert found["ngo_organizations"][0]["period"] == {"start": "2001-01-01", "end": "2020-12-31"}


def test_a_share_of_the_organisations_is_no_count_of_its_own():
    found = _by_indicator("Năm 2026, có khoảng 60 tổ chức phi chính phủ nước ngoài hoạt động tại tỉnh. "
                          "Trong số này, 25 tổ chức có văn phòng đại diện tại Hà Nội.")
    assert [f["value"] for f in found["ngo_organizations"]] == [60]


def test_a_yearly_level_written_after_the_noun_is_per_year():
    found = _targets("Tỉnh phấn đấu đến năm 2030 có 1.500 lao động đi làm việc ở nước ngoài mỗi năm.")
    assert [(f["indicator"], f["per"]) for f in found] == [("workers_abroad", "year")]


def test_a_total_raised_since_january_is_the_year_s_tally_of_what_was_counted():
    found = _by_indicator("Tháng 7/2026, tỉnh vận động được 02 dự án PCPNN với giá trị viện trợ 50.000 USD, nâng tổng số "
                          "dự án PCPNN từ đầu năm đến nay lên 14 dự án, tổng giá trị cam kết đạt 3,2 triệu USD.")
    assert sorted(f["value"] for f in found["ngo_new_commitments"]) == [2, 14]
    assert "ngo_projects" not in found


def test_domestic_capital_before_an_fdi_clause_stays_domestic():
    found = _by_indicator("Năm 2026, vốn đầu tư trong nước đạt 25.000 tỷ đồng, vốn FDI đạt 350 triệu USD.")
    assert [(f["value"], f["unit"]) for f in found["fdi_registered_capital"]] == [(3.5e8, "USD")]


def test_the_next_investor_country_of_the_sentence_and_its_capital():
    found = _by_indicator("Năm 2026, các nhà đầu tư Singapore rót vốn vào 12 dự án với tổng vốn 210 triệu USD; "
                          "Thái Lan có 8 dự án, 95 triệu USD.")
    assert {f["value"]: f["counterpart"] for f in found["fdi_new_projects"]} == {12: "Singapore", 8: "Thái Lan"}
    assert {f["value"]: f["counterpart"] for f in found["fdi_new_capital"]} == {2.1e8: "Singapore", 9.5e7: "Thái Lan"}


def test_a_base_stated_inside_the_bracket_is_the_earlier_period_s():
    found = _by_indicator("Tính từ đầu năm đến ngày 20/6/2026, tỉnh thu hút 820 triệu USD vốn FDI, tăng 35% so với cùng kỳ "
                          "năm 2025 (cùng kỳ năm 2025 đạt 607 triệu USD).")
    periods = {f["value"]: f["period"]["start"][:4] for f in found["fdi_registered_capital"]}
    assert periods == {8.2e8: "2026", 6.07e8: "2025"}


def test_an_earlier_period_after_trong_khi_repeats_the_measure():
    found = _by_indicator("6 tháng đầu năm 2026, xuất khẩu đạt 560 triệu USD, trong khi 6 tháng đầu năm 2025 chỉ đạt 420 triệu USD.")
    assert {f["value"]: f["period"]["start"][:4] for f in found["export_value"]} == {5.6e8: "2026", 4.2e8: "2025"}


def test_a_change_written_before_the_level_it_reached():
    found = _by_indicator("So với cùng kỳ năm 2025, vốn FDI 6 tháng năm 2026 của tỉnh tăng 12%, đạt 230 triệu USD.")
    assert found["fdi_registered_capital"][0]["change_pct"] == 12


def test_the_second_standing_of_one_rank_verb():
    found = _by_indicator("Năm 2026, với kết quả này, tỉnh đứng thứ 3 vùng Đồng bằng sông Cửu Long và thứ 18 cả nước về thu hút FDI.")
    assert [f["value"] for f in found["fdi_rank"]] == [18]


def test_a_figure_with_no_period_anywhere_is_not_recorded():
    assert _observations("Đến nay tỉnh đã hợp tác với 12 địa phương nước ngoài.") == []
    assert [f["value"] for f in _observations("Năm 2026, tỉnh hợp tác với 12 địa phương nước ngoài.")] == [12]


def test_a_share_of_organisations_later_in_the_sentence_is_no_count():
    found = _by_indicator("Năm 2026, trên địa bàn tỉnh có 31 tổ chức phi chính phủ nước ngoài đang hoạt động. Trong số đó, "
                          "27 tổ chức đã đăng ký địa bàn; 4 tổ chức chưa đăng ký nhưng có hoạt động.")
    assert [f["value"] for f in found["ngo_organizations"]] == [31]


def test_projects_of_a_country_named_after_them_are_foreign_investment():
    found = _by_indicator("Năm 2026, tỉnh đã thiết lập quan hệ với nhiều địa phương; hiện tỉnh có 18 dự án đầu tư "
                          "của Singapore với tổng vốn 100 triệu USD.")
    assert [(f["value"], f["counterpart"]) for f in found["fdi_active_projects"]] == [(18, "Singapore")]


def test_a_foreign_partner_s_own_relations_are_not_the_province_s():
    text = ("Năm 2026, tỉnh ký thỏa thuận hợp tác với thành phố Minamiura (Nhật Bản). Thị trưởng cho biết từ năm 2017 "
            "đến nay Minamiura đã thiết lập quan hệ với 8 địa phương của Việt Nam.")
    assert "partner_localities" not in _by_indicator(text)


def test_the_projects_own_span_is_not_the_period_of_their_value():
    found = _by_indicator("Trong 6 tháng đầu năm 2026, tỉnh tiếp nhận mới các chương trình, dự án viện trợ phi chính phủ "
                          "giai đoạn 2026 - 2029 với tổng giá trị trên 41,5 tỷ đồng.")
    assert found["ngo_committed"][0]["period"] == {"start": "2026-01-01", "end": "2026-06-30"}


def test_a_headline_on_aid_gives_its_topic_to_the_whole_text():
    text = ("Tỉnh tiếp nhận mới các dự án viện trợ phi chính phủ trên 40 tỷ đồng\n\n"
            "Hiện trên địa bàn tỉnh có 20 tổ chức đang hoạt động. Liên hiệp các tổ chức hữu nghị đã phối hợp với các sở, "
            "ngành vận động xây cầu, làm đường, lắp đặt đường ống nước sạch cho người dân ở các huyện vùng sâu, vùng xa "
            "và hỗ trợ học bổng cho học sinh nghèo vượt khó trong nhiều năm liền, được nhân dân đánh giá cao.\n\n"
            "Trong 6 tháng đầu năm 2026, tỉnh tiếp nhận mới các chương trình, dự án với tổng giá trị 41,5 tỷ đồng.")
    assert [f["value"] for f in _by_indicator(text)["ngo_committed"]] == [41.5e9]


def test_an_estimate_leading_the_sentence_qualifies_its_figures():
    found = _by_indicator("(Báo Quảng Bình) Ngày 15/11/2026 – Ước cả năm 2026, kim ngạch xuất khẩu đạt 2,5 tỷ USD, vượt 4% kế hoạch.")
    assert found["export_value"][0]["qualifier"] == "estimate" and found["export_value"][0]["plan_pct"] == 104


def test_more_goal_cues():
    assert [f["indicator"] for f in _targets("Tỉnh đặt kế hoạch năm 2027 xuất khẩu đạt 2,8 tỷ USD.")] == ["export_value"]
    assert [f["indicator"] for f in _targets("Theo kế hoạch, năm 2027 tỉnh sẽ đưa 1.500 lao động đi làm việc ở nước ngoài.")] \
        == ["workers_abroad"]
    assert [f["indicator"] for f in _targets("Năm 2027, tỉnh định hướng thu hút khoảng 400 triệu USD vốn FDI.")] \
        == ["fdi_registered_capital"]


def test_aid_of_projects_carried_out_is_disbursed():
    found = _by_indicator("Từ năm 2001 đến 2020, các dự án viện trợ phi chính phủ nước ngoài đã được triển khai tại tỉnh "
                          "với tổng giá trị ước đạt 14,2 triệu USD.")
    assert [f["value"] for f in found["ngo_disbursed"]] == [14.2e6] and "ngo_committed" not in found


def test_the_capital_of_a_share_by_origin_is_kept_with_it():
    found = _by_indicator("Tính đến tháng 6/2026, tỉnh có 65 dự án FDI với tổng vốn đăng ký 778 triệu USD; trong đó "
                          "các nhà đầu tư châu Âu có 12 dự án, vốn đăng ký 96 triệu USD.")
    assert sorted(f["value"] for f in found["fdi_active_projects"]) == [12, 65]
    assert sorted(f["value"] for f in found["fdi_total_capital"]) == [9.6e7, 7.78e8]
