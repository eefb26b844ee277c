"""Observations on wordings found in session 25 (04/12/2026): investor countries listed one per clause, what a period
licensed held at a date. Each rule on made-up sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _facts


def _with_counterpart(text):
    return sorted((f["indicator"], f["value"], f["counterpart"]) for f in _facts(text) if f["counterpart"])


def test_each_investor_country_of_a_list_keeps_its_own_figures():
    text = ("Thu hút đầu tư của tỉnh Yên Bái\n\nYên Bái, ngày 5/6/2022 - Hiện trên địa bàn tỉnh có 80 dự án FDI. "
            "Nhật Bản dẫn đầu với tổng vốn đầu tư 900 triệu USD và 30 dự án; Singapore đứng thứ hai với 500 triệu USD "
            "và 12 dự án; Thái Lan đứng thứ ba với tổng vốn đăng ký 200 triệu USD và 9 dự án.")
    assert _with_counterpart(text) == [
        ("fdi_active_projects", 9, "Thái Lan"), ("fdi_active_projects", 12, "Singapore"),
        ("fdi_active_projects", 30, "Nhật Bản"), ("fdi_total_capital", 200e6, "Thái Lan"),
        ("fdi_total_capital", 500e6, "Singapore"), ("fdi_total_capital", 900e6, "Nhật Bản"),
    ]


def test_projects_licensed_so_far_held_at_a_date_are_the_projects_in_force():
    text = ("Thu hút đầu tư của tỉnh Yên Bái\n\nYên Bái, ngày 5/6/2022 - Trong 5 tháng năm 2022, tỉnh thu hút 50 triệu "
            "USD vốn FDI. Lũy kế đến nay, Nhật Bản dẫn đầu với tổng vốn đầu tư 900 triệu USD và 30 dự án cấp mới.")
    counts = [(f["indicator"], f["period"]) for f in _facts(text) if f["unit"] == "count"]
    assert counts == [("fdi_active_projects", {"as_of": "2022-06-05"})]


def test_organisations_registered_in_the_province_are_a_standing_at_the_span_s_end():
    text = ("Viện trợ phi chính phủ nước ngoài tại Yên Bái\n\nTrong 3 năm (2019 - 2021), đã có 30 tổ chức phi chính phủ "
            "nước ngoài đến Yên Bái thực hiện 60 dự án; 18 tổ chức đăng ký hoạt động tại tỉnh.")
    organisations = sorted((f["value"], tuple(f["period"].items())) for f in _facts(text)
                           if f["indicator"] == "ngo_organizations")
    assert organisations == [(18, (("as_of", "2021-12-31"),)), (30, (("start", "2019-01-01"), ("end", "2021-12-31")))]


def test_capital_taken_out_by_adjustments_is_no_added_capital():
    text = ("Thu hút FDI của thành phố Yên Bái\n\nYên Bái, ngày 5/8/2023 - Bảy tháng năm 2023, thành phố cấp mới 44 dự án "
            "với vốn đăng ký 24,1 triệu USD; 16 dự án điều chỉnh giảm vốn với tổng vốn giảm 4,8 triệu USD; 10 dự án "
            "điều chỉnh tăng vốn với tổng vốn tăng thêm 30 triệu USD.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text)) == [
        ("fdi_added_capital", 30e6), ("fdi_adjusted_projects", 10), ("fdi_new_capital", 24.1e6), ("fdi_new_projects", 44)]


def test_organisations_attending_a_meeting_are_not_those_at_work_in_the_province():
    text = ("Hội nghị viện trợ PCPNN tỉnh Yên Bái\n\nYên Bái, ngày 5/8/2023 - Tham dự có đại diện các bộ, ngành Trung ương "
            "và 140 tổ chức phi chính phủ nước ngoài. Hiện có 45 tổ chức phi chính phủ nước ngoài hoạt động tại tỉnh.")
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("ngo_organizations", 45)]


_REPORT = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
Số: 215/BC-UBND
Yên Bái, ngày 10 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác đối ngoại năm 2024 và phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
Trong năm, tỉnh đã tổ chức 18 đoàn ra với 95 lượt người. Thu hút được 5 dự án FDI mới với tổng vốn đăng ký 78 triệu USD.

{heading}
1. Phấn đấu kim ngạch xuất khẩu đạt 580 triệu USD.
2. Thu hút từ 6 đến 8 dự án FDI mới, vốn đăng ký 100 triệu USD.
3. Tổ chức 20 đoàn ra.
"""


def test_the_lines_under_a_report_s_heading_on_the_coming_year_are_its_goals():
    facts = extract_text(_REPORT.format(heading="II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"))["facts"]
    goals = sorted((f["indicator"], f.get("value", f.get("value_min")), f["period"]["start"]) for f in facts if f["kind"] == "target")
    assert goals == [("delegation_exchanges", 20, "2025-01-01"), ("export_value", 580e6, "2025-01-01"),
                     ("fdi_new_capital", 100e6, "2025-01-01"), ("fdi_new_projects", 6, "2025-01-01")]
    results = sorted((f["indicator"], f["value"]) for f in facts if f["kind"] == "observation")
    assert results == [("delegation_exchanges", 18), ("fdi_new_capital", 78e6), ("fdi_new_projects", 5)]


def test_a_task_heading_of_the_year_already_reported_on_sets_no_goals():
    facts = extract_text(_REPORT.format(heading="II. NHIỆM VỤ TRỌNG TÂM NĂM 2024"))["facts"]
    assert [f["indicator"] for f in facts if f["kind"] == "target"] == ["export_value"]  # only the one "phấn đấu"


def _changes(text):
    return [(f["indicator"], f["change_pct"], f["period"]["start"][:4]) for f in _facts(text)]


def test_a_change_on_the_same_period_follows_one_on_the_month_before():
    text = ("Xuất khẩu Yên Bái tháng 4\n\nYên Bái, ngày 5/5/2024 - Giá trị xuất khẩu tháng 4 ước đạt 109 triệu USD, tăng "
            "15,8% so với tháng 3/2024 và tăng 60,1% so với cùng kỳ năm 2023.")
    assert _changes(text) == [("export_value", 60.1, "2024")]


def test_a_change_after_the_amount_restated_in_another_currency_is_the_amount_s():
    text = ("Viện trợ PCPNN Yên Bái\n\nYên Bái, ngày 5/7/2021 - Sáu tháng đầu năm 2021, tổng giá trị cam kết viện trợ PCPNN "
            "đạt 6.462.203 USD (tương đương 148,6 tỷ đồng), tăng 1,5 lần so với cùng kỳ.")
    assert _changes(text) == [("ngo_committed", 50.0, "2021")]


def test_a_ratio_to_the_year_before_and_a_multiple_of_it_are_changes():
    text = ("Kinh tế đối ngoại Yên Bái\n\nThứ Hai, 15/01/2024 08:30\n\nKim ngạch xuất khẩu năm 2023 đạt 480 triệu USD, "
            "bằng 95% so với năm 2022. Nhập khẩu năm 2023 đạt 200 triệu USD, bằng 95% so với năm 2021. Vốn FDI thực hiện "
            "năm 2023 đạt 120 triệu USD, gấp 2,5 lần năm trước.")
    assert _changes(text) == [("export_value", -5.0, "2023"), ("import_value", None, "2023"),
                              ("fdi_implemented_capital", 150.0, "2023")]


def test_what_a_term_has_brought_so_far_and_what_the_director_will_do():
    text = ("Đối ngoại Yên Bái\n\nThứ Hai, 15/01/2024 08:30\n\nTrong nhiệm kỳ 2020-2025, tỉnh đã thiết lập quan hệ hữu nghị "
            "với 3 địa phương nước ngoài.\n\nPV: Nhiệm vụ năm 2024 là gì?\n\nBà Lan: Chúng tôi sẽ vận động viện trợ PCPNN "
            "đạt 5 triệu USD.")
    facts = extract_text(text)["facts"]
    assert [(f["kind"], f["indicator"], f["period"]) for f in facts if f["kind"] in ("observation", "target")] == [
        ("observation", "partner_localities", {"start": "2020-01-01", "end": "2024-01-15"}),
        ("target", "ngo_committed", {"start": "2024-01-01", "end": "2024-12-31"}),
    ]


def test_a_bulletin_s_month_and_the_nation_s_figure_beside_the_province_s():
    text = ("BẢN TIN ĐỐI NGOẠI THÁNG 8/2023\n\nKim ngạch xuất khẩu tháng 8 ước đạt 62 triệu USD. Tính chung 8 tháng, xuất "
            "khẩu đạt 410 triệu USD, tăng 11,2% so với cùng kỳ. Cả nước 8 tháng xuất khẩu đạt 230 tỷ USD, giảm 10%.")
    assert [(f["value"], f["period"]) for f in _facts(text)] == [
        (62e6, {"start": "2023-08-01", "end": "2023-08-31"}), (410e6, {"start": "2023-01-01", "end": "2023-08-31"})]


def test_a_yearly_rate_beside_a_level_at_a_year_runs_over_the_heading_s_span():
    text = ("KẾ HOẠCH\nPhát triển thương mại biên giới tỉnh Yên Bái\n\nII. MỤC TIÊU\n\n2. Giai đoạn 2021 - 2025\n\n"
            "- Kim ngạch xuất khẩu qua biên giới tăng bình quân 9 - 10%/năm, phấn đấu đạt 650 triệu USD vào năm 2025;")
    goals = [(f["indicator"], f["period"]) for f in extract_text(text)["facts"] if f["kind"] == "target"]
    assert ("export_growth", {"start": "2021-01-01", "end": "2025-12-31"}) in goals


def test_the_level_a_trade_rate_leads_to_and_the_next_rate_under_the_same_heading():
    text = ("KẾ HOẠCH\nPhát triển thương mại biên giới tỉnh Yên Bái\n\nII. MỤC TIÊU\n\n2. Giai đoạn 2026 - 2030\n\n"
            "- Xuất khẩu qua biên giới tăng trưởng bình quân 11 - 12%/năm, đạt giá trị trên 900 triệu USD vào năm 2030;\n"
            "- Nhập khẩu qua biên giới tăng bình quân 13 - 15%/năm, đạt kim ngạch 120 triệu USD vào năm 2030.")
    goals = sorted((f["indicator"], f["period"]["start"][:4], f["period"]["end"][:4])
                   for f in extract_text(text)["facts"] if f["kind"] == "target")
    assert goals == [("export_growth", "2026", "2030"), ("export_value", "2030", "2030"),
                     ("import_growth", "2026", "2030"), ("import_value", "2030", "2030")]


def test_a_month_singled_out_with_a_bare_turnover_is_the_trade_just_given():
    text = ("Xuất khẩu Yên Bái\n\nNgày 5/5/2023 - Tính chung 4 tháng đầu năm 2023, tỉnh xuất khẩu được hơn 690 triệu USD "
            "hàng hóa. Riêng tháng 4, kim ngạch đạt hơn 200 triệu USD, tăng 11,8% so với tháng 3.")
    assert [(f["indicator"], f["value"], f["period"]["start"]) for f in _facts(text)] == [
        ("export_value", 690e6, "2023-01-01"), ("export_value", 200e6, "2023-04-01")]


def test_an_expected_figure_that_reaches_a_share_of_the_plan_is_an_estimated_result():
    text = ("Kinh tế đối ngoại Yên Bái\n\nNgày 18/4/2018 - Tính chung quý I/2018, kim ngạch hàng hóa xuất khẩu dự kiến "
            "137 triệu USD, đạt 26,35% kế hoạch năm, tăng 81,41% so với quý I năm 2017.")
    (fact,) = extract_text(text)["facts"]
    assert (fact["kind"], fact["qualifier"], fact["plan_pct"], fact["change_pct"]) == ("observation", "estimate", 26.35, 81.41)


def test_organisations_registered_within_one_year_are_the_year_s():
    text = ("Viện trợ PCPNN tại Yên Bái\n\nNgày 5/1/2025 - Năm 2024, trên địa bàn tỉnh có 29 tổ chức phi chính phủ nước "
            "ngoài đăng ký hoạt động.")
    assert [f["period"] for f in _facts(text)] == [{"start": "2024-01-01", "end": "2024-12-31"}]


def test_investment_restated_in_dollars_in_brackets_is_kept_in_dollars():
    text = ("Thu hút FDI tỉnh Yên Bái\n\nNgày 5/1/2025 - Trong năm 2024, tỉnh thu hút 4 dự án có vốn đầu tư trực tiếp nước "
            "ngoài với tổng vốn đăng ký 2.812,58 tỷ đồng (tương đương 113,17 triệu USD).")
    assert [(f["indicator"], f["value"], f["unit"]) for f in _facts(text)] == [
        ("fdi_new_projects", 4, "count"), ("fdi_new_capital", 113.17e6, "USD")]


def test_a_trade_s_yearly_average_rise_written_with_hang_nam_before_the_rate():
    text = ("Xuất khẩu tỉnh Yên Bái\n\nNgày 5/1/2021 - Tổng kim ngạch xuất khẩu giai đoạn 2011 - 2020 đạt 7.234 triệu USD, "
            "tăng bình quân hằng năm 9,5%.")
    assert [(f["indicator"], f["value"], f["per"]) for f in _facts(text)] == [
        ("export_value", 7234e6, "period"), ("export_growth", 9.5, "year")]


def test_the_middle_of_a_year_is_its_sixth_month():
    text = ("Đối ngoại tỉnh Yên Bái\n\nNgày 5/1/2024 - Tính đến giữa năm 2020, tỉnh có quan hệ hợp tác hữu nghị với 04 địa "
            "phương nước ngoài.")
    assert [(f["indicator"], f["period"]) for f in _facts(text)] == [("partner_localities", {"as_of": "2020-06-30"})]


def test_projects_above_a_size_and_revenue_from_trade_are_no_figures_of_the_province():
    text = ("Kinh tế đối ngoại tỉnh Yên Bái\n\nNgày 18/7/2023 - Sáu tháng đầu năm 2023, tỉnh cấp mới 30 dự án FDI. Có 3 dự án "
            "quy mô trên 10 triệu USD. Thu ngân sách từ lĩnh vực xuất, nhập khẩu đạt 1.250 tỷ đồng, bằng 76% dự toán.")
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("fdi_new_projects", 30)]


def test_a_quarter_still_ahead_in_the_tasks_does_not_make_the_text_a_reprint():
    text = ("Đối ngoại tỉnh Yên Bái 9 tháng\n\nThứ Năm, 10/10/2024 - 15:20\n\nChín tháng năm 2024, tỉnh tiếp nhận mới 12 "
            "khoản viện trợ phi chính phủ nước ngoài.\n\nHiện tỉnh có quan hệ hợp tác với 7 địa phương nước ngoài.\n\n"
            "Trong quý IV, Sở Ngoại vụ sẽ tham mưu tổ chức Hội nghị xúc tiến đầu tư.")
    assert [(f["indicator"], f["period"]) for f in _facts(text)] == [
        ("ngo_new_commitments", {"start": "2024-01-01", "end": "2024-09-30"}),
        ("partner_localities", {"as_of": "2024-10-10"})]


def test_the_lines_of_a_summary_table_plan_then_result():
    text = ("BÁO CÁO\nKết quả công tác đối ngoại 6 tháng đầu năm 2024 của tỉnh Yên Bái\n\nNgày 15/6/2024\n\n"
            "Hiện tỉnh đang triển khai 9 chương trình, dự án ODA; giải ngân 6 tháng đạt 185 tỷ đồng.\n\n"
            "- Kim ngạch xuất nhập khẩu qua các cửa khẩu: kế hoạch năm 600 triệu USD; thực hiện 6 tháng 280 triệu USD; "
            "đạt 46,7%.")
    facts = [(f["kind"], f["indicator"], f["value"], f["period"].get("end")) for f in extract_text(text)["facts"]
             if f.get("indicator") == "trade_value"]
    assert facts == [("observation", "trade_value", 280e6, "2024-06-30"), ("target", "trade_value", 600e6, "2024-12-31")]


def test_trade_between_the_two_provinces_names_the_one_foreign_partner():
    text = ("Yên Bái và tỉnh Luông Pha Bang (Lào) ký kết thỏa thuận hợp tác\n\n22/03/2024\n\nGiai đoạn 2019 - 2023, tổng kim "
            "ngạch xuất nhập khẩu giữa hai tỉnh đạt trên 120 triệu USD.")
    assert [(f["indicator"], f["counterpart"]) for f in _facts(text)] == [("trade_value", "Luông Pha Bang")]


def test_the_change_on_the_same_month_of_the_year_before_after_one_on_the_month_before():
    head = "Xuất nhập khẩu Yên Bái\n\nNgày 5/5/2024 - Giá trị nhập khẩu tháng 4 ước đạt 53,97 triệu USD, giảm 4,24% so với tháng 3/2024 nhưng tăng 120,51% so với "
    for base in ("tháng 4/2023.", "tháng cùng kỳ năm 2023."):
        assert [f["change_pct"] for f in _facts(head + base)] == [120.51]


def test_a_span_from_month_to_month_and_the_same_time_named_again():
    text = ("Đối ngoại tỉnh Yên Bái\n\nNgày 5/10/2024 - Trong hai năm, từ tháng 9/2022 đến tháng 9/2024, có 40 tổ chức phi "
            "chính phủ nước ngoài đến tỉnh triển khai dự án mới; 23 tổ chức đã đăng ký và hiện đang hoạt động tại tỉnh."
            "\n\nCũng trong thời gian trên, tỉnh đã đón 582 đoàn với 3.895 lượt khách quốc tế.")
    assert sorted((f["value"], tuple(f["period"].values())) for f in _facts(text)) == [
        (23, ("2024-09-30",)), (40, ("2022-09-01", "2024-09-30")), (582, ("2022-09-01", "2024-09-30"))]


def test_investment_certificates_granted_for_foreign_projects_count_the_projects():
    text = ("Thu hút đầu tư tỉnh Yên Bái\n\nNgày 5/7/2024 - Sáu tháng đầu năm 2024, các cơ quan chức năng đã cấp mới 7 giấy "
            "chứng nhận đăng ký đầu tư cho dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 124,24 triệu USD.")
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("fdi_new_projects", 7), ("fdi_new_capital", 124.24e6)]


def test_aid_items_won_in_a_period_are_new_commitments_even_after_them():
    text = ("Viện trợ PCPNN tỉnh Yên Bái\n\nNgày 5/9/2023 - Chỉ trong 8 tháng đầu năm 2023, đã có thêm 20 dự án, viện trợ "
            "phi dự án mới được vận động thành công.")
    assert [(f["indicator"], f["value"]) for f in _facts(text)] == [("ngo_new_commitments", 20)]


def test_the_standing_at_the_close_of_the_text_s_own_year_is_a_result():
    text = ("Thu hút FDI năm 2023 của tỉnh Yên Bái\n\nYên Bái, 28/12/2023\n\nLũy kế đến hết năm 2023, trên địa bàn tỉnh có 78 "
            "dự án FDI còn hiệu lực với tổng vốn đăng ký 1,25 tỷ USD.")
    assert [(f["kind"], f["period"]) for f in extract_text(text)["facts"]] == [
        ("observation", {"as_of": "2023-12-31"}), ("observation", {"as_of": "2023-12-31"})]


def test_organisations_that_funded_the_year_s_aid_are_the_year_s():
    text = ("Viện trợ PCPNN tỉnh Yên Bái\n\nYên Bái, ngày 20/12/2024\n\nNăm 2024, tỉnh tiếp nhận 28 khoản viện trợ với tổng trị "
            "giá 2,4 triệu USD; 15 tổ chức phi chính phủ nước ngoài đã tài trợ cho các địa phương trong tỉnh.")
    assert [f["period"] for f in _facts(text) if f["indicator"] == "ngo_organizations"] == [
        {"start": "2024-01-01", "end": "2024-12-31"}]


def test_months_without_a_year_in_a_sentence_opened_on_a_year_are_that_year_s():
    text = ("Đối ngoại tỉnh Yên Bái\n\nNgày 28/3/2024 - Năm 2023, thị trường thế giới gặp nhiều khó khăn: trong 9 tháng đầu "
            "năm, kim ngạch xuất khẩu của tỉnh đạt 700 triệu USD. Sáu tháng đầu năm nay, xuất khẩu dự kiến tăng 5%.")
    assert [f["period"] for f in _facts(text) if f["indicator"] == "export_value"] == [{"start": "2023-01-01", "end": "2023-09-30"}]


def test_adjustments_beside_the_new_projects_are_adjusted_projects_and_added_capital():
    text = ("Thu hút FDI tỉnh Yên Bái tháng 1\n\nNgày 5/2/2025 - Tháng 1/2025, tỉnh cấp mới 5 dự án FDI với vốn 80 triệu USD. "
            "Bên cạnh các dự án cấp mới, trong tháng có ba lượt điều chỉnh tăng vốn, với tổng giá trị vốn bổ sung là 20,98 "
            "triệu USD.")
    assert sorted((f["indicator"], f["value"]) for f in _facts(text)) == [
        ("fdi_added_capital", 20.98e6), ("fdi_adjusted_projects", 3), ("fdi_new_capital", 80e6), ("fdi_new_projects", 5)]
