"""Rules found in session 41 (05/12/2026) in the retired long splits (dev215-dev224) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import documents, figures, partners
from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts

AUTUMN_2025 = date(2025, 11, 20)


def _found(text: str, published: date = AUTUMN_2025, kind: str = "observation") -> list[tuple]:
    return figures(text, published, kind)


def test_the_nation_fronted_at_an_item_s_start_owns_its_figures():
    text = ("Tỉnh Quảng Trị báo cáo. Mười tháng năm 2025, xuất khẩu của tỉnh đạt 420 triệu USD.\n"
            "- Cả nước, 10 tháng năm 2025: tổng kim ngạch xuất nhập khẩu hàng hóa khoảng 760 tỷ USD, tăng 17%; xuất khẩu "
            "đạt 390 tỷ USD.\n"
            "- Toàn quốc, 10 tháng năm 2025, thu hút 31 tỷ USD vốn FDI.")
    assert _found(text) == [("export_value", 4.2e8, None, ("2025-01-01", "2025-10-31"))]


def test_a_rank_in_the_nation_before_a_comma_stays_the_province_s():
    text = "Tỉnh Quảng Trị báo cáo. Năm 2024, tỉnh thu hút 300 triệu USD vốn FDI, xếp thứ 20 cả nước, tăng 5 bậc."
    assert ("fdi_rank", 20, None, ("2024-12-31",)) in _found(text)


def test_the_years_named_together_are_one_span():
    text = ("Tỉnh Quảng Trị báo cáo. Vào các năm 2019 và 2022, tỉnh đã tổ chức thành công 02 hội nghị xúc tiến đầu tư. "
            "Ba năm 2021, 2022 và 2023, tỉnh thu hút 14 dự án FDI.")
    assert _found(text) == [("fdi_new_projects", 14, None, ("2021-01-01", "2023-12-31")),
                            ("investment_promotion_domestic", 2, None, ("2019-01-01", "2022-12-31"))]


def test_the_years_named_each_with_its_own_goal_are_not_one_span():
    text = ("Tỉnh Quảng Trị báo cáo. Ba năm 2021, 2022 và 2023, năm nào tỉnh cũng đặt mục tiêu đưa 900 người đi làm việc ở "
            "nước ngoài.")
    targets = _facts(text, kind="target", published=AUTUMN_2025)
    assert targets and all(f["period"] != {"start": "2021-01-01", "end": "2023-12-31"} for f in targets)


def test_at_the_mark_of_a_month_s_end_is_a_stock():
    text = ("Tỉnh Quảng Trị báo cáo. Ở mốc cuối tháng 6/2022, tỉnh có 240 dự án đầu tư, trong đó 41 dự án FDI với tổng "
            "vốn khoảng 1,5 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 41, None, ("2022-06-30",)),
                            ("fdi_total_capital", 1.5e9, None, ("2022-06-30",))]


def test_results_after_the_document_that_set_the_goals_are_carried_out():
    text = ("Tỉnh Quảng Trị báo cáo. Thực hiện Quyết định số 150/QĐ-UBND ngày 12/12/2023 của Ủy ban nhân dân tỉnh giao chỉ "
            "tiêu kế hoạch phát triển kinh tế - xã hội năm 2024: cả năm 2024, tổng kim ngạch xuất nhập khẩu ước đạt 640 "
            "triệu USD, trong đó xuất khẩu đạt 410 triệu USD.")
    assert _found(text) == [("export_value", 4.1e8, None, ("2024-01-01", "2024-12-31")),
                            ("trade_value", 6.4e8, None, ("2024-01-01", "2024-12-31"))]
    assert _facts(text, kind="target", published=AUTUMN_2025) == []


def test_a_document_carried_out_that_names_a_goal_keeps_it():
    text = ("Tỉnh Quảng Trị báo cáo. Thực hiện Nghị quyết của Tỉnh ủy, năm 2026 tỉnh đặt mục tiêu kim ngạch xuất khẩu đạt "
            "500 triệu USD.")
    assert [f["value"] for f in _facts(text, kind="target", published=AUTUMN_2025)] == [5e8]


def test_projects_licensed_with_capital_in_dollars_are_foreign():
    text = ("Tỉnh Quảng Trị báo cáo. Dấu mốc là năm 2019, khi tỉnh cấp phép mới 30 dự án với số vốn đăng ký 210 triệu USD. "
            "Năm 2020, tỉnh cấp mới 25 dự án với tổng vốn đăng ký 3.200 tỷ đồng.")
    assert _found(text) == [("fdi_new_capital", 2.1e8, None, ("2019-01-01", "2019-12-31")),
                            ("fdi_new_projects", 30, None, ("2019-01-01", "2019-12-31"))]


def test_a_society_s_scholarships_and_volunteers_speak_of_a_relation():
    text = ("Tỉnh Quảng Trị báo cáo. Hội Les Enfants de la Mer (Pháp) nhiều năm nay trao học bổng cho học sinh nghèo. Tháng "
            "5/2025, 12 tình nguyện viên của tổ chức Helping Hands Perth (Australia) đã sửa 6 phòng học.")
    assert partners(text, AUTUMN_2025) == [("Helping Hands Perth", "AU"), ("Les Enfants de la Mer", "FR")]


def test_what_the_province_has_in_a_bare_year_is_held_at_its_end():
    text = ("Tỉnh Quảng Trị báo cáo. Năm 2016 tỉnh có 90 dự án FDI, tổng vốn 700 triệu USD. Năm 2018, tỉnh có 12 dự án FDI "
            "được cấp phép mới.")
    assert _found(text) == [("fdi_active_projects", 90, None, ("2016-12-31",)),
                            ("fdi_new_projects", 12, None, ("2018-01-01", "2018-12-31")),
                            ("fdi_total_capital", 7e8, None, ("2016-12-31",))]


def test_all_attracted_as_told_at_an_event_on_a_day_are_held_then():
    text = ("Tỉnh Quảng Trị báo cáo. Tại Hội nghị xúc tiến đầu tư tổ chức ở Seoul chiều 14/10, lãnh đạo tỉnh cho biết tỉnh "
            "đã thu hút hơn 300 dự án FDI với tổng vốn 9,2 tỷ USD. Tại hội nghị ngày 5/3/2025, tỉnh công bố năm 2024 đã "
            "thu hút 25 dự án FDI.")
    assert _found(text) == [("fdi_active_projects", 300, None, ("2025-10-14",)),
                            ("fdi_new_projects", 25, None, ("2024-01-01", "2024-12-31")),
                            ("fdi_total_capital", 9.2e9, None, ("2025-10-14",))]


def test_a_year_expected_to_exceed_its_plan_is_a_result():
    text = ("Tỉnh Quảng Trị báo cáo. Giám đốc Sở Công Thương cho biết kim ngạch xuất khẩu cả năm 2025 dự kiến đạt 1,2 tỷ USD, "
            "tăng hơn 11% so với năm 2024 và vượt 5% kế hoạch năm.")
    assert _found(text) == [("export_value", 1.2e9, None, ("2025-01-01", "2025-12-31"))]
    assert _facts(text, kind="target", published=AUTUMN_2025) == []


def test_bare_turnover_with_its_period_between_is_the_trade_just_named():
    text = ("Tỉnh Quảng Trị báo cáo. Quý I toàn tỉnh xuất khẩu được 300 triệu USD; đến hết quý II, kim ngạch 6 tháng đầu năm "
            "đã nâng lên 650 triệu USD, tăng 12% so với cùng kỳ năm trước.")
    assert _found(text) == [("export_value", 3e8, None, ("2025-01-01", "2025-03-31")),
                            ("export_value", 6.5e8, None, ("2025-01-01", "2025-06-30"))]


def test_foreign_projects_adding_an_amount_are_adjusted():
    text = ("Tỉnh Quảng Trị báo cáo. Chín tháng năm 2025, trên địa bàn có 5 dự án được điều chỉnh tăng vốn với tổng số vốn "
            "tăng thêm 900 tỷ đồng; trong đó 2 dự án trong nước tăng 100 tỷ đồng, còn 3 dự án có vốn đầu tư nước ngoài tăng "
            "thêm 800 tỷ đồng.")
    assert _found(text) == [("fdi_added_capital", 8e11, None, ("2025-01-01", "2025-09-30")),
                            ("fdi_adjusted_projects", 3, None, ("2025-01-01", "2025-09-30"))]


def test_a_country_after_the_breakdown_named_holds_its_projects():
    text = ("Tỉnh Quảng Trị báo cáo. Tính đến ngày 30/9/2025, tỉnh hiện có 210 dự án FDI với tổng vốn đăng ký 4 tỷ USD. "
            "Xét theo đối tác, Hàn Quốc vẫn là nhà đầu tư số một của tỉnh với 80 dự án, vốn đăng ký 1,9 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 80, "Hàn Quốc", ("2025-09-30",)),
                            ("fdi_active_projects", 210, None, ("2025-09-30",)),
                            ("fdi_total_capital", 1.9e9, "Hàn Quốc", ("2025-09-30",)),
                            ("fdi_total_capital", 4e9, None, ("2025-09-30",))]


def test_a_document_issued_by_a_body_on_a_day_written_after_its_number():
    text = "Tỉnh Quảng Trị báo cáo. Theo Nghị quyết 41/NQ-CP do Chính phủ ban hành ngày 20/4/2016, cửa khẩu được nâng cấp."
    assert documents(text, AUTUMN_2025) == [("41/NQ-CP", "2016-04-20", "Chính phủ")]


def test_a_second_document_of_the_same_issuer_joined_after_the_first_s_title_is_issued_with_it():
    text = ("Tỉnh Quảng Trị báo cáo. Ngày 15/12/2025, UBND tỉnh ban hành Quyết định số 2001/QĐ-UBND giao chỉ tiêu giai đoạn "
            "2026 - 2030 và Quyết định số 2002/QĐ-UBND giao chỉ tiêu năm 2026. Ngày 16/12/2025, UBND tỉnh ban hành Kế hoạch "
            "số 31/KH-UBND thực hiện Nghị quyết số 12/NQ-CP và Quyết định số 88/QĐ-TTg.")
    found = documents(text, AUTUMN_2025)
    assert ("2002/QĐ-UBND", "2025-12-15", "Ủy ban nhân dân tỉnh Quảng Trị") in found
    assert ("88/QĐ-TTg", None, None) in found  # cited by the plan, not issued with it


def test_a_crossing_s_two_sides_each_placed_in_its_district_and_joined_by_with():
    text = ("Tỉnh Quảng Trị báo cáo. Năm 2024, hai tỉnh công bố mở lối thông quan Ba Tầng (huyện Hướng Hóa) với Đen Vi-lay "
            "(huyện Xê-pôn). Tỉnh có cửa khẩu La Lay (huyện Đakrông) và cửa khẩu Lao Bảo (huyện Hướng Hóa).")
    gates = [(f["vn"], f["foreign"]) for f in _facts(text, kind="border_gate", published=AUTUMN_2025)]
    assert gates == [("Ba Tầng", "Đen Vi-lay")]


def test_a_numbered_part_of_a_plan_s_results_section_tells_results():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/KH-UBND\n\nQuảng Trị, ngày 20 tháng 5 năm 2025\n\nKẾ HOẠCH\n"
            "Thu hút đầu tư và xuất khẩu năm 2025\n\n"
            "I. KẾT QUẢ NĂM 2024 VÀ QUÝ I/2025\n\n1. Thu hút đầu tư\n\nQuý I/2025, tỉnh cấp mới 5 dự án FDI.\n\n"
            "2. Xuất khẩu\n\nQuý I/2025, giá trị xuất khẩu hàng hóa trên địa bàn đạt 300 triệu USD, tăng 12% so với cùng kỳ.\n\n"
            "II. MỤC TIÊU NĂM 2025\n\n1. Xuất khẩu\n\nGiá trị xuất khẩu đạt 1,3 tỷ USD.\n")
    assert ("export_value", 3e8, None, ("2025-01-01", "2025-03-31")) in _found(text)
    assert [f["value"] for f in _facts(text, kind="target", published=AUTUMN_2025)] == [1.3e9]


def test_a_running_total_with_no_date_is_held_now():
    text = ("Tỉnh Quảng Trị báo cáo. Các Phó Chủ tịch nhiệm kỳ 2021 - 2026 được bổ nhiệm.\n"
            "Lũy kế, tỉnh đã ký kết, triển khai thực hiện 12 thỏa thuận quốc tế cấp tỉnh.")
    assert _found(text) == [("agreements_signed", 12, None, ("2025-11-20",))]
    assert _facts(text, kind="target", published=AUTUMN_2025) == []


def test_a_further_pair_named_by_cap_alone_after_a_gate_pair():
    text = ("Tỉnh Quảng Trị báo cáo. Tỉnh đề nghị nâng cấp cặp cửa khẩu phụ Thanh Lộc - Ta Vang với tỉnh Xa-la-van và cặp "
            "Cù Bai - Lạ Vạng với tỉnh Xa-van-na-khẹt thành cửa khẩu chính.")
    gates = sorted((f["vn"], f["foreign"]) for f in _facts(text, kind="border_gate", published=AUTUMN_2025))
    assert gates == [("Cù Bai", "Lạ Vạng"), ("Thanh Lộc", "Ta Vang")]


def test_a_total_whose_bracket_names_new_and_adjusted_capital_is_registered():
    text = ("Tỉnh Quảng Trị báo cáo. Tính đến ngày 20/10/2025, tổng vốn FDI thu hút vào tỉnh (gồm vốn đăng ký cấp mới, vốn "
            "điều chỉnh và vốn góp, mua cổ phần của nhà đầu tư nước ngoài) đạt 640 triệu USD.")
    assert _found(text) == [("fdi_registered_capital", 6.4e8, None, ("2025-01-01", "2025-10-20"))]


def test_what_was_already_attracted_in_a_month_under_a_goals_heading_is_a_result():
    text = ("Tỉnh Quảng Trị báo cáo.\nIII. MỤC TIÊU NĂM 2026\nTỉnh phấn đấu thu hút vốn đầu tư nước ngoài 500 triệu USD. "
            "Trong tháng 01/2026, tỉnh đã thu hút 40 triệu USD vốn FDI.")
    assert _found(text, published=date(2026, 2, 10)) == [("fdi_registered_capital", 4e7, None, ("2026-01-01", "2026-01-31"))]


def test_what_the_first_months_only_had_is_their_flow():
    text = ("Tỉnh Quảng Trị báo cáo. Năm 2025, tỉnh cấp phép cho 8 dự án FDI, trong khi 9 tháng đầu năm mới có 3 dự án, tổng "
            "vốn đăng ký hơn 20 triệu USD.")
    assert ("fdi_new_projects", 3, None, ("2025-01-01", "2025-09-30")) in _found(text)


def test_a_sentence_opening_on_a_pair_it_then_calls_a_gate_pair():
    text = ("Tỉnh Quảng Trị báo cáo. Tỉnh có 2 cửa khẩu quốc tế.\n"
            "Lao Bảo - Đen-xa-vẳn là một trong những cặp cửa khẩu quốc tế sôi động nhất miền Trung.")
    gates = [(f["vn"], f["foreign"]) for f in _facts(text, kind="border_gate", published=AUTUMN_2025)]
    assert gates == [("Lao Bảo", "Đen-xa-vẳn")]


def test_one_named_project_raising_its_capital_is_no_figure_of_the_province():
    text = ("Tỉnh Quảng Trị báo cáo. Chín tháng năm 2025, tỉnh thu hút 800 triệu USD vốn FDI. Mức tăng chủ yếu đến từ việc "
            "dự án Hanwha Aero Quảng Trị điều chỉnh tăng thêm 500 triệu USD. Tỉnh cũng chấp thuận cho dự án của Kyocera "
            "Document Solutions Inc. (Nhật Bản) tại khu công nghiệp Quán Ngang tăng thêm 40 triệu USD.")
    assert _found(text) == [("fdi_registered_capital", 8e8, None, ("2025-01-01", "2025-09-30"))]


def test_then_after_a_moment_of_a_month_holds_what_stood_at_it():
    text = ("Tỉnh Quảng Trị báo cáo. Tại thời điểm tháng 9/2019, toàn tỉnh hiện có 60 dự án FDI còn hiệu lực. Khi đó Hàn "
            "Quốc là nhà đầu tư lớn nhất với 12 dự án, vốn 900 triệu USD.")
    assert _found(text) == [("fdi_active_projects", 12, "Hàn Quốc", ("2019-09-30",)),
                            ("fdi_active_projects", 60, None, ("2019-09-30",)),
                            ("fdi_total_capital", 9e8, "Hàn Quốc", ("2019-09-30",))]


def test_at_the_same_time_opening_a_sentence_is_the_time_just_named():
    text = ("Tỉnh Quảng Trị báo cáo. Tính đến ngày 30/10/2024, tỉnh đã cấp mới 20 dự án FDI. Cùng thời gian, tỉnh chấp "
            "thuận cho 9 dự án FDI điều chỉnh tăng vốn, số vốn bổ sung gần 300 triệu USD, gấp khoảng 2 lần số vốn tăng thêm "
            "của cả năm 2023.")
    periods = {f[1]: f[3] for f in _found(text)}
    assert all(day.startswith("2024") for value in (9, 3e8) for day in periods[value])


def test_a_source_about_the_investors_structure_names_no_part():
    text = ("Tỉnh Quảng Trị báo cáo. Theo số liệu tổng hợp của Sở Tài chính về cơ cấu nhà đầu tư, đến hết năm 2024, toàn tỉnh "
            "có 900 dự án đầu tư, trong đó 150 dự án FDI với tổng vốn đăng ký 2 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 150, None, ("2024-12-31",)),
                            ("fdi_total_capital", 2e9, None, ("2024-12-31",))]


def test_countries_ranked_in_the_paragraph_after_the_stock_hold_their_part_of_it():
    text = ("Tỉnh Quảng Trị báo cáo. Đến hết năm 2024, toàn tỉnh có 150 dự án FDI với tổng vốn đăng ký 2 tỷ USD.\n"
            "Hàn Quốc đứng đầu cả về số dự án lẫn số vốn, với 60 dự án và tổng vốn đầu tư hơn 900 triệu USD. Xếp thứ hai là "
            "Nhật Bản với 20 dự án, tổng vốn 400 triệu USD.")
    assert _found(text) == [("fdi_active_projects", 20, "Nhật Bản", ("2024-12-31",)),
                            ("fdi_active_projects", 60, "Hàn Quốc", ("2024-12-31",)),
                            ("fdi_active_projects", 150, None, ("2024-12-31",)),
                            ("fdi_total_capital", 4e8, "Nhật Bản", ("2024-12-31",)),
                            ("fdi_total_capital", 9e8, "Hàn Quốc", ("2024-12-31",)),
                            ("fdi_total_capital", 2e9, None, ("2024-12-31",))]


def test_what_a_year_only_had_licensed_is_its_flow_and_what_it_only_had_its_stock():
    text = ("Tỉnh Quảng Trị báo cáo. Năm 2020, số dự án cấp phép giảm: chỉ có 4 dự án FDI được cấp phép, vốn đăng ký hơn 10 "
            "triệu USD. Khi tái lập tỉnh năm 1989, tỉnh mới có 2 dự án đầu tư nước ngoài với tổng vốn đăng ký 30 triệu USD.")
    found = _found(text)
    assert ("fdi_new_projects", 4, None, ("2020-01-01", "2020-12-31")) in found
    assert [f for f in found if f[1] == 2][0][0] == "fdi_active_projects"


def test_what_the_province_has_in_a_bare_year_with_its_registered_capital_is_held():
    text = "Tỉnh Quảng Trị báo cáo. Năm 2016 tỉnh có 90 dự án FDI với tổng vốn đăng ký 700 triệu USD."
    assert _found(text) == [("fdi_active_projects", 90, None, ("2016-12-31",)),
                            ("fdi_total_capital", 7e8, None, ("2016-12-31",))]


def test_a_company_s_legal_form_is_no_partner():
    text = ("Tỉnh Quảng Trị báo cáo. Công ty TNHH Sunrise Vina (do Sunrise Co., Ltd của Hàn Quốc đầu tư) hợp tác với tỉnh; "
            "Hội Les Amis de Hue (Pháp) tài trợ 2 trường học.")
    assert partners(text, AUTUMN_2025) == [("Les Amis de Hue", "FR")]


def test_districts_in_vietnamese_spelling_named_as_the_other_side_take_the_sentence_s_country():
    text = ("Tỉnh Quảng Trị báo cáo. Tỉnh đã ký thỏa thuận hợp tác với tỉnh Xa-la-van của Lào; 3 huyện biên giới kết nghĩa với "
            "các huyện Xay Phu, Noọng Bốc và Tà Ôi. Cửa khẩu La Lay đối diện cửa khẩu La Lay thuộc huyện Xa Mạc.")
    assert partners(text, AUTUMN_2025) == [("Noọng Bốc", "LA"), ("Tà Ôi", "LA"), ("Xa-la-van", "LA"), ("Xay Phu", "LA")]
