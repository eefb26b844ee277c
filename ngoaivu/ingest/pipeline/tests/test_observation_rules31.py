"""Observations on wordings found in session 31 (04/12/2026) in the retired long splits (dev68-dev71): a stock held
at a moment of a year ("cuối năm 2021, tỉnh có …"), at the middle of a month, capital "đã triển khai thực hiện", a span
from a named year to now, a sentence opening "Trong đó có" on the parts of the total before. Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_ARTICLE = "Thu hút đầu tư nước ngoài tỉnh Yên Bái\n\n"


def test_projects_held_at_the_end_of_a_year_are_a_stock():
    text = _ARTICLE + "Cuối năm 2020, tỉnh có 54 dự án FDI với tổng vốn 610 triệu USD."
    assert _read(text) == [("fdi_active_projects", 54, ("as_of", "2020-12-31")),
                           ("fdi_total_capital", 610e6, ("as_of", "2020-12-31"))]


def test_countries_holding_projects_at_the_start_of_a_year_hold_a_stock():
    text = _ARTICLE + ("Theo Trung tâm Xúc tiến đầu tư, đầu năm 2020 Singapore có 12 dự án tại tỉnh với tổng vốn gần 70 triệu USD, "
                       "Thái Lan có 5 dự án với 41 triệu USD.")
    found = _read(text)
    assert ("fdi_active_projects", 12, ("as_of", "2020-12-31")) in found
    assert ("fdi_active_projects", 5, ("as_of", "2020-12-31")) in found
    assert not any(code == "fdi_new_projects" for code, _, _ in found)


def test_a_moment_of_a_year_in_a_reporting_clause_frames_no_stock():
    text = _ARTICLE + ("Trả lời phỏng vấn cuối năm 2016, ông Giám đốc Sở cho biết trong 11 tháng năm 2016, tỉnh thu hút 8 dự án "
                       "FDI, gấp đôi cả năm 2015 (năm 2015 có 4 dự án).")
    found = _read(text)
    assert ("fdi_new_projects", 4, ("2015-01-01", "2015-12-31")) in found
    assert not any(code == "fdi_active_projects" for code, _, _ in found)


def test_a_part_of_all_projects_held_at_the_middle_of_a_month_is_a_stock():
    text = _ARTICLE + ("Tính đến giữa tháng 4/2021, toàn tỉnh có 230 dự án đầu tư, gồm 200 dự án trong nước và 30 dự án có vốn "
                       "đầu tư nước ngoài với tổng vốn đăng ký 1,2 tỷ USD.")
    assert _read(text) == [("fdi_active_projects", 30, ("as_of", "2021-04-15")),
                           ("fdi_total_capital", 1.2e9, ("as_of", "2021-04-15"))]


def test_capital_carried_out_to_date_is_implemented_capital():
    text = _ARTICLE + "Yên Bái, ngày 30/6/2026 - Hiện tỉnh có 90 dự án FDI, tổng vốn đã triển khai thực hiện lũy kế khoảng 1,1 tỷ USD."
    found = _read(text)
    assert ("fdi_implemented_capital", 1.1e9, ("as_of", "2026-06-30")) in found
    assert not any(code == "fdi_total_capital" for code, _, _ in found)


def test_projects_won_from_a_named_year_to_now_are_a_flow_over_that_span():
    text = _ARTICLE + ("Yên Bái, ngày 30/6/2026 - Từ năm 2019 đến nay, tỉnh đã thu hút được 120 dự án, trong đó có 110 dự án trong nước và 10 dự án "
                       "nước ngoài với tổng vốn đăng ký trên 300 triệu USD.")
    span = ("2019-01-01", "2026-06-30")
    assert _read(text) == [("fdi_new_capital", 300e6, span), ("fdi_new_projects", 10, span)]


def test_a_sentence_opening_on_its_parts_keeps_only_the_total_before():
    text = ("Viện trợ phi chính phủ nước ngoài tỉnh Yên Bái\n\nTrong giai đoạn 2016-2020, tỉnh đã tiếp nhận và triển khai 80 chương trình, dự án "
            "với tổng giá trị cam kết 20 triệu USD. Trong đó có 70 chương trình, dự án với giá trị 19,5 triệu USD và 10 khoản "
            "viện trợ phi dự án trị giá 500.000 USD.")
    span = ("2016-01-01", "2020-12-31")
    assert _read(text) == [("ngo_committed", 20e6, span), ("ngo_projects", 80, span)]


def test_projects_held_at_the_time_of_a_review_are_a_stock():
    text = _ARTICLE + "Tại thời điểm tổng kết năm 2018, toàn tỉnh có 210 dự án FDI với tổng vốn đăng ký hơn 3,1 tỷ USD."
    assert _read(text) == [("fdi_active_projects", 210, ("as_of", "2018-12-31")),
                           ("fdi_total_capital", 3.1e9, ("as_of", "2018-12-31"))]


def test_projects_in_force_raising_their_capital_are_adjusted_projects():
    text = _ARTICLE + ("Trong 9 tháng năm 2021, tỉnh cấp mới 14 dự án FDI và cho phép 22 dự án đang hoạt động tăng thêm "
                       "80 triệu USD.")
    months = ("2021-01-01", "2021-09-30")
    assert _read(text) == [("fdi_added_capital", 80e6, months), ("fdi_adjusted_projects", 22, months),
                           ("fdi_new_projects", 14, months)]


def test_the_rank_of_the_value_added_is_no_fdi_rank():
    text = _ARTICLE + ("Năm 2020, tỉnh thu hút 9 dự án FDI. Quy mô giá trị tăng thêm năm 2020 đạt 95.000 tỷ đồng, đứng thứ 20 "
                       "cả nước.")
    assert not any(code == "fdi_rank" for code, _, _ in _read(text))


def test_a_bulletin_s_table_of_contents_opens_no_goals_section():
    text = ("SỞ NGOẠI VỤ TỈNH YÊN BÁI\nBẢN TIN ĐỐI NGOẠI\nSố 5/2016\n\nTRONG SỐ NÀY:\n1. Nhìn lại năm 2015\n"
            "2. Nhiệm vụ những tháng cuối năm 2016\n\n1. NHÌN LẠI NĂM 2015: 31 DỰ ÁN VIỆN TRỢ PHI CHÍNH PHỦ VỚI HƠN 2 TRIỆU USD\n\n"
            "Năm qua, các tổ chức phi chính phủ nước ngoài tiếp tục đồng hành với tỉnh trong giảm nghèo và y tế.")
    assert _read(text, "target") == []
    assert ("ngo_committed", 2e6, ("2015-01-01", "2015-12-31")) in _read(text)


def test_trade_between_vietnam_and_a_country_is_the_nation_s():
    text = ("Thương mại biên giới tỉnh Quảng Trị\n\nTính chung 7 tháng năm 2022, kim ngạch thương mại Việt Nam - Lào đạt 900 "
            "triệu USD. Thương mại hai chiều Việt Nam - Thái Lan năm 2021 đạt 18 tỷ USD.")
    assert _read(text) == []


def test_trade_between_vietnam_and_a_country_through_the_province_s_gate_stays_the_province_s():
    text = "Thương mại biên giới tỉnh Quảng Trị\n\nNăm 2021, kim ngạch thương mại Việt Nam - Lào qua cửa khẩu A đạt 150 triệu USD."
    assert _read(text) == [("trade_value", 150e6, ("2021-01-01", "2021-12-31"))]


def test_projects_carried_over_from_earlier_years_are_no_new_commitments():
    text = ("Viện trợ phi chính phủ nước ngoài tỉnh Yên Bái\n\nNăm 2020, trên địa bàn tỉnh có 25 dự án phi chính phủ đang "
            "được triển khai, trong đó có 5 dự án mới tiếp nhận, 20 dự án chuyển tiếp từ các năm trước.")
    found = _read(text)
    assert ("ngo_new_commitments", 20, ("2020-01-01", "2020-12-31")) not in found
    assert ("ngo_new_commitments", 5, ("2020-01-01", "2020-12-31")) in found


def test_a_share_of_the_plan_met_keeps_a_year_review_s_months_in_the_reviewed_year():
    text = ("PHÁT BIỂU TẠI HỘI NGHỊ TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2023\n\n(Yên Bái, ngày 12/01/2024)\n\n"
            "Năm 2023, tỉnh thu hút được 12 dự án FDI.\n\nVề xuất khẩu, sáu tháng đầu năm, kim ngạch xuất khẩu ước đạt "
            "400 triệu USD, tăng 10%, đạt 45% kế hoạch.")
    assert ("export_value", 400e6, ("2023-01-01", "2023-06-30")) in _read(text)
