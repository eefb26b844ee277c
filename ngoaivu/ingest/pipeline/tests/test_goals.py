"""Targets in other forms than the seeds': cues, goal headings and plan documents (made-up texts)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _by_kind(text):
    facts = extract_text(text)["facts"]
    return ({(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in facts if f["kind"] == "target"},
            {(f["indicator"], f.get("value")) for f in facts if f["kind"] == "observation"})


def test_expected_range_is_a_target():
    targets, observations = _by_kind("Năm 2026, tỉnh Bắc Giang dự kiến thu hút khoảng 420-480 triệu USD vốn FDI.")
    assert targets == {("fdi_registered_capital", (420e6, 480e6))} and not observations


def test_phan_dau_dat():
    targets, _ = _by_kind("Năm 2026, tỉnh Nam Định phấn đấu đạt kim ngạch xuất khẩu 3,2 tỷ USD.")
    assert targets == {("export_value", 3.2e9)}


def test_the_year_s_quota_line():
    targets, observations = _by_kind("Chỉ tiêu năm 2026: thu hút 12 dự án FDI mới.")
    assert targets == {("fdi_new_projects", 12)} and not observations


def test_from_now_to_the_end_of_the_year_at_least():
    facts = extract_text("Từ nay đến hết năm 2026, tỉnh Yên Bái có thêm tối thiểu 4 địa phương nước ngoài "
                         "thiết lập quan hệ hợp tác.")["facts"]
    (target,) = [f for f in facts if f["kind"] == "target"]
    assert target["indicator"] == "partner_localities" and target["value"] == 4 and target["qualifier"] == "at_least"


def test_goal_over_a_later_span():
    facts = extract_text("Tỉnh Ninh Bình đặt mục tiêu thu hút 2 tỷ USD vốn FDI trong giai đoạn 2026-2030.")["facts"]
    (target,) = [f for f in facts if f["kind"] == "target"]
    assert target["period"] == {"start": "2026-01-01", "end": "2030-12-31"}


def test_lines_under_a_goal_heading_without_a_colon():
    text = ("Kết quả năm 2025\nNăm 2025, tỉnh ký 4 thỏa thuận hợp tác quốc tế.\n"
            "2. Mục tiêu cụ thể năm 2026\nKý kết 6 thỏa thuận hợp tác quốc tế.\n- Tổ chức 2 hội nghị quốc tế.")
    targets, observations = _by_kind(text)
    assert targets == {("agreements_signed", 6), ("intl_conferences", 2)}
    assert observations == {("agreements_signed", 4)}


def test_a_plan_s_figures_are_targets_except_what_was_done():
    text = ("UBND TỈNH PHÚ YÊN\nKẾ HOẠCH\nCông tác đối ngoại năm 2026\n"
            "I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025\nNăm 2025, tỉnh tổ chức 3 hội nghị quốc tế.\n"
            "II. NHIỆM VỤ NĂM 2026\n- Kim ngạch xuất khẩu đạt 700 triệu USD.\n"
            "- Tổ chức 2 đoàn xúc tiến đầu tư ở nước ngoài.\nNăm 2025 tỉnh đã đón 9 đoàn vào.")
    targets, observations = _by_kind(text)
    assert targets == {("export_value", 700e6), ("investment_promotion_abroad", 2)}
    assert observations == {("intl_conferences", 3), ("delegation_exchanges", 9)}


def test_results_against_the_goal_are_observations():
    _, observations = _by_kind("Năm 2025, kim ngạch xuất khẩu đạt 1,1 tỷ USD, vượt 10% so với dự kiến.")
    assert observations == {("export_value", 1.1e9)}


def test_a_news_title_with_a_goal_word_does_not_make_the_article_a_plan():
    text = "Phấn đấu trở thành điểm đến đầu tư\nNăm 2025, tỉnh thu hút 35 dự án FDI mới."
    targets, observations = _by_kind(text)
    assert not targets and observations == {("fdi_new_projects", 35)}


def test_a_list_under_a_line_naming_a_group_of_quotas():
    text = "Các chỉ tiêu đối ngoại năm 2026:\n- Ký kết 4 thỏa thuận hợp tác quốc tế.\n- Tổ chức 2 hội nghị quốc tế."
    targets, observations = _by_kind(text)
    assert targets == {("agreements_signed", 4), ("intl_conferences", 2)} and not observations


def test_delegations_abroad_for_investment_promotion():
    targets, _ = _by_kind("KẾ HOẠCH\nCông tác đối ngoại năm 2026\n1. Tổ chức 4 đoàn ra nước ngoài xúc tiến đầu tư, thương mại.")
    assert targets == {("investment_promotion_abroad", 4)}


# --- the dev5 round (03/12/2026): each rule on made-up sentences ---------------------------


def test_the_goal_named_right_before_the_figure_is_a_target_beside_the_result():
    targets, observations = _by_kind("Năm 2026, kim ngạch xuất khẩu của tỉnh ước đạt 2,4 tỷ USD, "
                                     "vượt xa chỉ tiêu 1,9 tỷ USD của Nghị quyết.")
    assert targets == {("export_value", 1.9e9)}
    assert observations == {("export_value", 2.4e9)}


def test_the_goal_words_after_the_figure_make_it_a_target():
    targets, observations = _by_kind("Sáu tháng năm 2026, xuất khẩu của tỉnh đạt 610 triệu USD, tăng 9,5% so với "
                                     "cùng kỳ, cao hơn tốc độ tăng xuất khẩu 7,2% mà tỉnh đặt kế hoạch cho năm 2026.")
    assert targets == {("export_growth", 7.2)}
    assert ("export_value", 610e6) in observations


def test_a_figure_the_council_assigned_is_a_target():
    targets, _ = _by_kind("Năm 2026, tỉnh thu hút 35 dự án FDI mới, vượt con số 30 dự án do HĐND tỉnh giao.")
    assert ("fdi_new_projects", 30) in targets


def test_goals_announced_at_a_sentence_s_opening_run_on_in_its_paragraph():
    text = ("Mục tiêu cụ thể của kế hoạch là đưa kim ngạch xuất khẩu lên 5 tỷ USD vào năm 2030. "
            "Xuất khẩu tăng bình quân 12%/năm trong giai đoạn 2026 - 2030; riêng giai đoạn 2026 - 2028 "
            "tăng bình quân 14%/năm.")
    facts = [f for f in extract_text(text)["facts"] if f["indicator"] == "export_growth"]
    assert {(f["kind"], f["value"], f["period"]["start"][:4], f["period"]["end"][:4]) for f in facts} == {
        ("target", 12, "2026", "2030"), ("target", 14, "2026", "2028")}


def test_a_run_of_goals_ends_at_a_sentence_of_results():
    text = ("Mục tiêu của tỉnh là xuất khẩu tăng bình quân 10%/năm giai đoạn 2026 - 2030. "
            "Năm 2025, kim ngạch xuất khẩu đã đạt 1,2 tỷ USD.")
    targets, observations = _by_kind(text)
    assert targets == {("export_growth", 10)} and observations == {("export_value", 1.2e9)}


def test_a_goal_in_passing_does_not_run_on():
    # "phấn đấu" speaks of its own sentence: the next one reports a result
    text = "Năm 2026, tỉnh phấn đấu thu hút 20 dự án FDI. Quý I/2026, tỉnh cấp mới 6 dự án FDI."
    targets, observations = _by_kind(text)
    assert targets == {("fdi_new_projects", 20)} and observations == {("fdi_new_projects", 6)}


def test_a_headline_restating_the_body_s_goal_without_its_cue_is_no_result():
    text = ("Mỗi năm đưa ít nhất 500 lao động đi làm việc ở nước ngoài\n\n"
            "Giai đoạn 2026 - 2030, UBND tỉnh đặt mục tiêu đưa tối thiểu 2.500 lao động đi làm việc ở nước ngoài, "
            "bình quân mỗi năm ít nhất 500 lao động.")
    facts = extract_text(text)["facts"]
    assert not [f for f in facts if f["kind"] == "observation"]
    assert {(f["value"], f["per"]) for f in facts if f["kind"] == "target"} == {(2500, "period"), (500, "year")}


def test_the_earlier_level_a_goal_is_compared_with_is_that_year_s_result():
    facts = extract_text("Năm 2026, tỉnh dự kiến thu hút khoảng 180-220 triệu USD vốn FDI, "
                         "cao hơn mức 150 triệu USD của năm 2025.")["facts"]
    assert {(f["kind"], f.get("value", f.get("value_min")), f["period"]["start"][:4]) for f in facts} == {
        ("target", 180e6, "2026"), ("observation", 150e6, "2025")}


def test_a_clause_opening_with_its_own_time_is_out_of_the_cue_s_reach():
    targets, observations = _by_kind("Kế hoạch đề ra cho năm 2026 là xuất khẩu đạt 900 triệu USD; "
                                     "năm 2025, xuất khẩu đạt 820 triệu USD.")
    assert targets == {("export_value", 900e6)} and observations == {("export_value", 820e6)}


def test_a_programme_titled_in_capitals_is_a_plan():
    text = ("CHƯƠNG TRÌNH\nHOẠT ĐỘNG ĐỐI NGOẠI TỈNH NĂM 2026\n\n1. Tổ chức 2 hội nghị xúc tiến đầu tư ở nước ngoài.\n"
            "2. Ký kết 3 thỏa thuận quốc tế.")
    targets, observations = _by_kind(text)
    assert targets == {("investment_promotion_abroad", 2), ("agreements_signed", 3)} and not observations


def test_a_plan_named_on_its_title_line_keeps_what_was_done_a_result():
    text = ("KẾ HOẠCH THU HÚT ĐẦU TƯ NƯỚC NGOÀI NĂM 2026\n\nThu hút 12 dự án FDI mới.\n"
            "Năm 2025, tỉnh đã cấp mới 9 dự án FDI.")
    targets, observations = _by_kind(text)
    assert targets == {("fdi_new_projects", 12)} and observations == {("fdi_new_projects", 9)}


def test_a_resolution_on_the_year_s_plan_with_an_article_of_targets():
    text = ("NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\n\nĐiều 1. Các chỉ tiêu chủ yếu\n"
            "- Kim ngạch xuất khẩu 1,1 tỷ USD.\n- Đưa 2.000 lao động đi làm việc ở nước ngoài.")
    targets, observations = _by_kind(text)
    assert targets == {("export_value", 1.1e9), ("workers_abroad", 2000)} and not observations


def test_a_capitalised_report_title_is_no_plan():
    text = "BÁO CÁO KẾT QUẢ NĂM 2026\n\nNăm 2026, tỉnh thu hút 12 dự án FDI mới."
    targets, observations = _by_kind(text)
    assert not targets and observations == {("fdi_new_projects", 12)}


def test_hopes_and_aims_announce_goals():
    for sentence in ("Năm 2026, tỉnh kỳ vọng thu hút 450 triệu USD vốn FDI.",
                     "Tỉnh nhắm tới kim ngạch xuất khẩu 4 tỷ USD vào năm 2028."):
        targets, observations = _by_kind(sentence)
        assert len(targets) == 1 and not observations, sentence


def test_what_the_province_will_do_is_its_goal_but_another_s_future_is_nothing():
    targets, _ = _by_kind("Trong năm 2026, tỉnh sẽ thu hút 450 triệu USD vốn FDI.")
    assert targets == {("fdi_registered_capital", 450e6)}
    facts = extract_text("Năm 2026, tổ chức này sẽ thực hiện 4 dự án viện trợ tại tỉnh.")["facts"]
    assert not [f for f in facts if f["kind"] in ("target", "observation")]


def test_a_floor_is_set_not_counted():
    facts = extract_text("Giai đoạn 2026 - 2030, tỉnh thu hút không dưới 1,5 tỷ USD vốn FDI.")["facts"]
    (target,) = [f for f in facts if f["kind"] == "target"]
    assert target["value"] == 1.5e9 and target["qualifier"] == "at_least"
    targets, observations = _by_kind("Năm 2025, tỉnh đã đưa ít nhất 900 lao động đi làm việc ở nước ngoài.")
    assert not targets and observations == {("workers_abroad", 900)}


def test_a_goal_s_share_for_one_country_is_no_goal_of_its_own():
    targets, _ = _by_kind("Năm 2026, tỉnh phấn đấu đưa 1.500 người đi làm việc ở nước ngoài, "
                          "trong đó 900 người sang Hàn Quốc.")
    assert targets == {("workers_abroad", 1500)}


def test_a_run_of_goals_stops_at_a_sentence_with_its_own_time_or_result():
    for text in ("Mục tiêu năm 2026 là thu hút 300 triệu USD vốn FDI. Kết quả, năm 2026 tỉnh thu hút 350 triệu USD vốn FDI.",
                 "Chỉ tiêu năm 2026 giao thu hút 500 triệu USD vốn FDI. Năm 2026, tỉnh thu hút 620 triệu USD vốn FDI."):
        targets, observations = _by_kind(text)
        assert len(targets) == 1 and len(observations) == 1, text


def test_the_goal_a_resolution_set_out():
    targets, observations = _by_kind("Chỉ tiêu Nghị quyết đề ra là xuất khẩu 1 tỷ USD vào năm 2026. "
                                     "Năm 2025, xuất khẩu đạt 900 triệu USD, tăng 12%.")
    assert targets == {("export_value", 1e9)} and observations == {("export_value", 900e6)}


def test_a_headline_saying_the_targets_were_exceeded_heads_no_goals():
    text = ("Các chỉ tiêu ngành đều vượt kế hoạch\n\n"
            "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt hơn 2,1 tỷ USD, tăng 9% so với cùng kỳ.")
    targets, observations = _by_kind(text)
    assert not targets and observations == {("export_value", 2.1e9)}


def test_the_growth_the_plan_set_beside_the_result():
    targets, observations = _by_kind(
        "Năm 2026, kim ngạch xuất khẩu đạt 2,1 tỷ USD, tăng 9% so với cùng kỳ, cao hơn mức tăng 4,5% của kế hoạch năm. "
        "Kim ngạch nhập khẩu đạt 1,4 tỷ USD, tăng 6% so với cùng kỳ, kế hoạch năm đặt mức tăng 3,5%.")
    assert targets == {("export_growth", 4.5), ("import_growth", 3.5)}
    assert observations == {("export_value", 2.1e9), ("import_value", 1.4e9)}


def test_with_a_growth_of_is_still_the_figure_s_change():
    facts = extract_text("Năm 2026, xuất khẩu đạt 2,1 tỷ USD, với mức tăng 9% so với cùng kỳ.")["facts"]
    (fact,) = [f for f in facts if f["kind"] == "observation"]
    assert fact["change_pct"] == 9


def test_the_year_a_plan_is_for_sets_no_period_for_results_after_it():
    text = ("Sáng 26/9/2026, Sở Công Thương sơ kết 9 tháng năm 2026 và bàn nhiệm vụ trọng tâm năm 2027.\n\n"
            "Chín tháng qua, ngành đạt nhiều kết quả. Kim ngạch xuất khẩu đạt 410 triệu USD, bằng 80% kế hoạch năm.")
    facts = [f for f in extract_text(text)["facts"] if f["kind"] == "observation"]
    assert [(f["value"], f["period"]) for f in facts] == [(410e6, {"start": "2026-01-01", "end": "2026-09-30"})]


def test_a_year_s_result_told_among_goals_is_no_goal():
    text = ("BÁO CÁO\nMục tiêu xuất khẩu năm 2017 của tỉnh Hà Nam\n\nII. MỤC TIÊU NĂM 2017\nChỉ tiêu xuất khẩu năm 2017 được "
            "xây dựng trên nền kết quả năm 2016: kim ngạch xuất khẩu năm 2016 của tỉnh đạt 1,25 tỷ USD. Năm 2017, kim ngạch "
            "xuất khẩu phấn đấu đạt 1,5 tỷ USD. Nhìn lại 20 năm tái lập tỉnh, xuất khẩu năm 1997 mới đạt 3,7 triệu USD.")
    facts = extract_text(text)["facts"]
    kinds = {(f["kind"], f["value"]) for f in facts}
    assert kinds == {("observation", 1250000000), ("observation", 3700000), ("target", 1500000000)}


def test_a_goal_line_after_a_sentence_ending_on_a_comparison_is_a_goal():
    # session 29: the result words of the sentence before ("so với cùng kỳ.") do not reach across its full stop
    text = ("Phú Thọ đặt mục tiêu xuất khẩu năm 2025\nThứ Sáu, 21/03/2025 - 15:40\n\nHai tháng đầu năm, kim ngạch xuất khẩu "
            "của tỉnh đạt hơn 300 triệu USD, tăng 40,3% so với cùng kỳ.\n\nChỉ tiêu năm 2025: xuất khẩu 1.850 triệu USD\n\n"
            "Tỉnh tiếp tục hỗ trợ doanh nghiệp tìm thị trường.")
    kinds = {f["value"]: f["kind"] for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")}
    assert kinds == {300e6: "observation", 1.85e9: "target"}
