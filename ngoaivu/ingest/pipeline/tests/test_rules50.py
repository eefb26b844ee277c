"""Rules found in session 50 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures, partners


def test_aid_counted_by_its_items_is_the_aid_newly_committed():
    text = ("Năm 2024, công tác viện trợ phi chính phủ nước ngoài của tỉnh Quảng Bình có nhiều chuyển biến với 34 chương "
            "trình, dự án và khoản viện trợ phi dự án, tổng giá trị 3,1 triệu USD.")
    assert ("ngo_new_commitments", 34) in [f[:2] for f in figures(text, date(2025, 1, 15))]
    text = "So với năm 2023 (27 khoản viện trợ phi chính phủ nước ngoài), số viện trợ năm 2024 của tỉnh Quảng Bình tăng."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_new_commitments", 27)]
    # items carried out, held, or a part of a count already told, are the aid under way
    text = "Năm 2024, tỉnh Quảng Bình đã tiếp nhận và triển khai 31 dự án, khoản viện trợ phi dự án."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_projects", 31)]
    text = "Năm 2024, trên địa bàn tỉnh Quảng Bình có 23 khoản viện trợ phi chính phủ nước ngoài được triển khai."
    assert [f[:2] for f in figures(text, date(2025, 1, 15))] == [("ngo_projects", 23)]


def test_people_back_applying_borrowing_or_studying_are_no_workers_sent_abroad():
    text = ("Năm 2025, tỉnh Yên Bái đưa 1.240 lao động đi làm việc ở nước ngoài theo hợp đồng, trong khi 980 người hết "
            "hạn hợp đồng trở về.")
    assert [f[:2] for f in figures(text, date(2026, 1, 10))] == [("workers_abroad", 1240)]
    text = "Đợt tuyển chọn lao động đi làm việc tại Hàn Quốc năm 2025, tỉnh Yên Bái có 2.150 người đăng ký dự tuyển."
    assert figures(text, date(2026, 1, 10)) == []
    text = ("Năm 2025, ngân hàng đã cho 640 người vay vốn để đi làm việc ở nước ngoài theo hợp đồng tại tỉnh Yên Bái.")
    assert figures(text, date(2026, 1, 10)) == []


def test_at_the_same_time_is_the_span_just_named_months_and_all():
    text = ("Quý I/2025, tỉnh Hậu Giang xuất khẩu 210 triệu USD hàng hóa, tăng 5%. Cùng thời gian, tỉnh nhập khẩu "
            "95 triệu USD hàng hóa, tăng 3,2%.")
    assert figures(text, date(2025, 4, 6)) == [("export_value", 210000000, None, ("2025-01-01", "2025-03-31")),
                                               ("import_value", 95000000, None, ("2025-01-01", "2025-03-31"))]
    text = "Năm 2024, tỉnh Hậu Giang cấp mới 12 dự án FDI. Cùng thời gian đó, 7 dự án FDI được điều chỉnh tăng vốn."
    assert [f[3] for f in figures(text, date(2025, 4, 6))] == [("2024-01-01", "2024-12-31")] * 2


def test_capital_adjusted_upward_by_an_amount_is_the_capital_added():
    text = ("Quý I/2025, tỉnh Hậu Giang có 9 dự án FDI được điều chỉnh vốn, tăng 2 dự án so với cùng kỳ, với vốn điều "
            "chỉnh tăng 14,2 triệu USD.")
    assert ("fdi_added_capital", 14200000) in [f[:2] for f in figures(text, date(2025, 4, 6))]


def test_since_the_start_of_a_named_year_until_now_is_that_year_so_far():
    text = "Từ đầu năm 2025 đến nay, tỉnh Hậu Giang đã cấp mới 6 dự án FDI."
    assert figures(text, date(2025, 7, 8)) == [("fdi_new_projects", 6, None, ("2025-01-01", "2025-07-08"))]
    # an earlier year's "đến nay", quoted later, keeps that year
    assert [f[3] for f in figures(text, date(2026, 3, 2))] == [("2025-01-01", "2025-12-31")]


def test_months_told_in_words_or_as_a_pair_are_the_year_s_first_months():
    text = "Chín tháng qua, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1,12 tỷ USD, tăng 8% so với cùng kỳ năm trước."
    assert [f[3] for f in figures(text, date(2025, 10, 6))] == [("2025-01-01", "2025-09-30")]
    text = "Cộng dồn chín tháng, kim ngạch xuất khẩu của tỉnh Bến Tre đạt 1,12 tỷ USD."
    assert [f[3] for f in figures(text, date(2025, 10, 6))] == [("2025-01-01", "2025-09-30")]
    text = "Trong tháng 1 và tháng 2/2025, tỉnh Bến Tre thu hút 42,5 triệu USD vốn đầu tư trực tiếp nước ngoài."
    assert [f[3] for f in figures(text, date(2025, 3, 6))] == [("2025-01-01", "2025-02-28")]
    # "những tháng qua" counts no months (and, no year told, sets no period: session 51)
    text = "Năm 2025, tỉnh Bến Tre gặp nhiều khó khăn. Trong những tháng qua, kim ngạch xuất khẩu của tỉnh đạt 1,12 tỷ USD."
    assert [f[3] for f in figures(text, date(2025, 10, 6))] == [("2025-01-01", "2025-12-31")]


def test_an_undated_text_on_its_year_s_first_months_speaks_at_their_end():
    text = ("Trong 5 tháng đầu năm 2025, tỉnh Hải Dương cấp mới 18 dự án FDI. Hiện tỉnh có hơn 520 dự án FDI còn hiệu "
            "lực.")
    assert ("fdi_active_projects", 520, None, ("2025-05-31",)) in figures(text, None)
    # (the whole year told too: its end)
    text = ("Năm 2024, tỉnh Hải Dương cấp mới 40 dự án FDI; riêng 5 tháng đầu năm 2024 cấp mới 18 dự án. Hiện tỉnh có hơn "
            "520 dự án FDI còn hiệu lực.")
    assert ("fdi_active_projects", 520, None, ("2024-12-31",)) in figures(text, None)


def test_a_goal_up_to_a_term_s_last_year_said_within_the_term_is_the_term_s():
    text = "Tỉnh Phú Thọ phấn đấu đến năm 2025 thu hút từ 2 đến 2,5 tỷ USD vốn đầu tư trực tiếp nước ngoài."
    assert [f["period"] for f in facts(text, "target", date(2022, 10, 20))] == [{"start": "2021-01-01", "end": "2025-12-31"}]
    # (a goal for the next term keeps the year it is set in)
    text = "Tỉnh Phú Thọ phấn đấu đến năm 2030 thu hút từ 4 đến 5 tỷ USD vốn đầu tư trực tiếp nước ngoài."
    assert [f["period"] for f in facts(text, "target", date(2022, 10, 20))] == [{"start": "2022-01-01", "end": "2030-12-31"}]


def test_a_body_named_for_its_country_that_the_province_works_with_is_a_partner():
    text = ("Tại Nhật Bản, tỉnh Quảng Nam phối hợp với Liên đoàn các Doanh nghiệp Nhật Bản (KDF) tổ chức hội nghị xúc "
            "tiến đầu tư.")
    assert partners(text) == [("Liên đoàn các Doanh nghiệp Nhật Bản", "JP")]
    # (one only met is none)
    text = "Lãnh đạo tỉnh Quảng Nam tiếp đoàn Liên đoàn các Doanh nghiệp Nhật Bản (KDF) sang tìm hiểu môi trường đầu tư."
    assert partners(text) == []


def test_a_foreign_body_that_funds_the_province_is_a_partner_even_with_no_country_said():
    text = "Tổ chức Weltkinderhilfe tài trợ lâu năm cho Trung tâm Bảo trợ xã hội tỉnh Kon Tum."
    assert partners(text) == [("Weltkinderhilfe", None)]
    text = "Trường học được xây dựng nhờ tổ chức Sunrise Vietnam Program (SVP) của Úc tài trợ cho tỉnh Kon Tum."
    assert partners(text) == [("Sunrise Vietnam Program", "AU")]
    text = "Tổ chức Haneul Nanum (Share Haneul, Hàn Quốc) tài trợ 20 suất học bổng cho học sinh tỉnh Kon Tum."
    assert partners(text) == [("Share Haneul", "KR")]
    # (the kind of body, a verb's object, or a body only at work are none)
    assert partners("Các tổ chức PCPNN tài trợ cho tỉnh Kon Tum 12 dự án.") == []
    assert partners("Năm 2027, Việt Nam tổ chức APEC; tỉnh Kon Tum tài trợ một hội chợ.") == []
    assert partners("Tổ chức Weltkinderhilfe khánh thành trung tâm bảo trợ xã hội tại tỉnh Kon Tum.") == []


def test_a_gate_that_trades_with_another_across_the_border_is_a_pair():
    text = ("Tỉnh Lào Cai có cửa khẩu phụ Bản Vược (xã Bản Qua) thông thương với cửa khẩu Bá Sái (huyện Hà Khẩu, tỉnh Vân "
            "Nam).")
    assert [(f["vn"], f["foreign"], f["country"]) for f in facts(text, "border_gate")] == [("Bản Vược", "Bá Sái", "CN")]


def test_a_document_s_date_in_brackets_after_its_number_and_its_issuer_after_that():
    text = "Theo Quyết định 72/2013/QĐ-TTg (26/11/2013) của Thủ tướng Chính phủ, tỉnh áp dụng cơ chế khu kinh tế cửa khẩu."
    assert [(f["number"], f["date"], f["issuer"]) for f in facts(text, "legal_document")] == [
        ("72/2013/QĐ-TTg", "2013-11-26", "Thủ tướng Chính phủ")]


def test_a_sector_as_a_clause_s_subject_has_a_part_of_the_province_s_figure():
    text = ("Năm 2025, tỉnh Bình Phước cấp mới 95 dự án FDI với tổng vốn 780 triệu USD; lĩnh vực dịch vụ có 12 dự án với "
            "vốn 64 triệu USD.")
    assert [f[:2] for f in figures(text, date(2026, 1, 12))] == [("fdi_new_capital", 780000000), ("fdi_new_projects", 95)]
    # (a field the report turns to, or the fields a count is in, are no part)
    text = "Ở lĩnh vực đầu tư, năm 2025 tỉnh Bình Phước cấp mới 95 dự án FDI trong các lĩnh vực công nghiệp, dịch vụ."
    assert [f[:2] for f in figures(text, date(2026, 1, 12))] == [("fdi_new_projects", 95)]


def test_an_amount_named_as_domestic_capital_after_it_is_no_foreign_investment():
    text = ("Sáu tháng đầu năm 2025, tỉnh Hưng Yên thu hút hơn 610 triệu USD vốn đầu tư nước ngoài và trên 9.400 tỷ đồng "
            "vốn đầu tư trong nước.")
    assert [f[:2] for f in figures(text, date(2025, 7, 6))] == [("fdi_registered_capital", 610000000)]


def test_the_economy_s_a_wage_s_or_a_gift_s_amount_is_no_foreign_measure():
    text = ("Tại buổi gặp các tổ chức phi chính phủ nước ngoài ngày 20/01/2025, Chủ tịch UBND tỉnh Hà Tĩnh cho biết năm "
            "2024 GRDP của tỉnh đạt 81.500 tỷ đồng.")
    assert figures(text, date(2025, 1, 21)) == []
    text = ("Năm 2024, các tổ chức phi chính phủ nước ngoài giải ngân cho tỉnh Hà Tĩnh 4,2 triệu USD; kiều bào đóng góp trên "
            "12 tỷ đồng.")
    assert [f[:2] for f in figures(text, date(2025, 1, 21))] == [("ngo_disbursed", 4200000)]


def test_an_investor_ranked_by_its_dollars_after_the_stock_holds_a_part_of_it():
    text = ("Đến nay, tỉnh Thái Bình có 310 dự án FDI còn hiệu lực với tổng vốn 4,6 tỷ USD. Hàn Quốc là nhà đầu tư lớn "
            "nhất với hơn 1,2 tỷ USD.")
    assert ("fdi_total_capital", 1200000000, "Hàn Quốc", ("2025-06-30",)) in figures(text, date(2025, 6, 30))
    # (not after a year's flow, where it may be the year's)
    text = "Năm 2024, tỉnh Thái Bình thu hút 1,1 tỷ USD vốn FDI. Hàn Quốc là nhà đầu tư lớn nhất với hơn 400 triệu USD."
    assert [f[:2] for f in figures(text, date(2025, 6, 30))] == [("fdi_registered_capital", 1100000000)]


def test_a_management_board_s_name_in_a_speaker_s_title_holds_no_projects():
    text = ("Ông Nguyễn Văn A, Trưởng ban Quản lý Khu kinh tế tỉnh Quảng Ninh, cho biết từ tháng 9/2021 đến tháng 10/2024, "
            "tỉnh đã cấp phép cho 86 dự án FDI.")
    assert figures(text, date(2024, 11, 5)) == [("fdi_new_projects", 86, None, ("2021-09-01", "2024-10-31"))]


def test_a_stock_said_now_after_a_month_reached_with_no_year_is_held_at_that_month():
    text = "Lũy kế đến hết tháng 9, trên địa bàn tỉnh Thái Nguyên hiện có 190 dự án FDI còn hiệu lực."
    assert figures(text, date(2025, 10, 12)) == [("fdi_active_projects", 190, None, ("2025-09-30",))]


def test_up_to_the_year_s_end_is_the_end_of_the_year_named():
    text = ("Đến hết tháng 9/2025, tỉnh Hải Dương có 590 dự án FDI còn hiệu lực. Tới cuối năm, lũy kế trên địa bàn tỉnh có "
            "608 dự án FDI.")
    assert ("fdi_active_projects", 608, None, ("2025-12-31",)) in figures(text, date(2026, 1, 6))
