"""Observations on wordings found in session 26 (04/12/2026), when the long studied texts were read again: a date
referred back to ("tính đến thời điểm đó", "khi ấy"). Each rule on made-up sentences (none names a development text's
place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_LOOK_BACK = """Bản tin viện trợ của tỉnh Yên Bái
Yên Bái, ngày 10/5/2024

Tại buổi làm việc ngày 15/8/2020 với đoàn công tác của Bộ Ngoại giao, lãnh đạo tỉnh cho biết: {then}, tỉnh đã phê duyệt \
các dự án của các tổ chức PCPNN với tổng giá trị 210 tỷ đồng. {moment}, trên địa bàn tỉnh có 25 tổ chức PCPNN đang hoạt động.

Trong quý I/2024, tỉnh tiếp nhận 6 chương trình, dự án PCPNN với tổng giá trị 8 tỷ đồng.
"""


def test_a_date_referred_back_to_is_the_date_written_before_it():
    for then, moment in (("tính đến thời điểm đó", "Khi ấy"), ("tính đến thời điểm ấy", "Lúc đó")):
        assert _read(_LOOK_BACK.format(then=then, moment=moment)) == [
            ("ngo_committed", 8e9, ("2024-01-01", "2024-03-31")),
            ("ngo_committed", 210e9, ("as_of", "2020-08-15")),
            ("ngo_new_commitments", 6, ("2024-01-01", "2024-03-31")),
            ("ngo_organizations", 25, ("as_of", "2020-08-15")),
        ], (then, moment)


def test_then_after_a_year_alone_is_that_year_as_before():
    text = ("Viện trợ của tỉnh Yên Bái\nYên Bái, ngày 10/5/2024\n\nNăm 2023, tỉnh đón nhiều đoàn. Khi đó, trên địa bàn "
            "tỉnh có 25 tổ chức PCPNN đang hoạt động.")
    assert _read(text) == [("ngo_organizations", 25, ("as_of", "2023-12-31"))]


def test_partner_localities_are_a_standing_at_the_period_s_end():
    text = ("Đối ngoại Yên Bái năm 2023\nYên Bái, ngày 20/12/2023\n\nTrong năm 2023, tỉnh duy trì quan hệ hữu nghị, hợp tác "
            "với 12 địa phương nước ngoài và đón 40 đoàn khách quốc tế.")
    assert ("partner_localities", 12, ("as_of", "2023-12-20")) in _read(text)


def test_the_other_year_of_a_contrast_keeps_the_measure():
    text = ("Xuất khẩu của tỉnh Yên Bái\nYên Bái, ngày 10/3/2021\n\nNếu năm 2019 kim ngạch xuất khẩu của tỉnh đạt 300 triệu "
            "USD thì năm 2020 chỉ đạt 270 triệu USD, bằng 90% kế hoạch năm.")
    assert _read(text) == [("export_value", 270e6, ("2020-01-01", "2020-12-31")),
                           ("export_value", 300e6, ("2019-01-01", "2019-12-31"))]


def test_a_bare_turnover_is_the_one_trade_its_paragraph_named_before():
    text = ("Bản tin xuất khẩu tỉnh Yên Bái tháng 4/2021\nYên Bái, ngày 10/5/2021\n\nDiễn biến xuất khẩu từ đầu năm không đều "
            "giữa các tháng. Riêng tháng 2/2021, kim ngạch ước đạt 25 triệu USD, tăng 8% so với cùng kỳ.")
    assert _read(text) == [("export_value", 25e6, ("2021-02-01", "2021-02-28"))]
    both = text.replace("Diễn biến xuất khẩu từ đầu năm không đều", "Xuất khẩu tăng nhưng nhập khẩu giảm")
    assert _read(both) == []


def test_the_budget_beside_foreign_investment_is_not_foreign_investment():
    text = ("Kinh tế tỉnh Yên Bái 7 tháng năm 2025\nYên Bái, ngày 8/8/2025\n\nBảy tháng năm 2025, vốn đầu tư nước ngoài vào "
            "tỉnh tăng mạnh, là điểm sáng bên cạnh thu ngân sách đạt 12,5 nghìn tỷ đồng, bằng 70% dự toán năm.")
    assert _read(text) == []


def test_a_figure_restated_rounded_after_some_months_in_words_is_one_fact():
    text = ("Thu hút FDI của tỉnh Yên Bái\nYên Bái, ngày 8/8/2025\n\nTính chung 7 tháng năm 2025, tỉnh thu hút 1.254 triệu "
            "USD vốn FDI, tăng 20% so với cùng kỳ.\n\nRiêng tháng 7, tỉnh thu hút 100 triệu USD vốn FDI. Với gần 1,25 tỷ USD "
            "sau bảy tháng, tỉnh vượt xa cùng kỳ.")
    assert _read(text) == [("fdi_registered_capital", 100e6, ("2025-07-01", "2025-07-31")),
                           ("fdi_registered_capital", 1254e6, ("2025-01-01", "2025-07-31"))]


def test_months_in_words_after_sau_are_the_year_s_first_months():
    text = ("Thu hút FDI của tỉnh Yên Bái\nYên Bái, ngày 8/8/2024\n\nVốn FDI tăng mạnh: tỉnh có 50 dự án FDI mới sau bảy "
            "tháng, nhiều hơn cả năm trước.")
    assert _read(text) == [("fdi_new_projects", 50, ("2024-01-01", "2024-07-31"))]


def test_a_sector_s_share_of_the_period_s_investment_is_a_part():
    text = ("Bản tin đầu tư nước ngoài tỉnh Yên Bái\nYên Bái, ngày 5/7/2024\n\nSáu tháng năm 2024, tỉnh cấp mới 120 dự án FDI "
            "với vốn đăng ký 59,4 triệu USD. Bán buôn, bán lẻ dẫn đầu với 51 dự án; công nghiệp chế biến, chế tạo có 20 dự "
            "án. Riêng hoạt động kinh doanh bất động sản có 4 dự án.")
    assert _read(text) == [("fdi_new_capital", 59.4e6, ("2024-01-01", "2024-06-30")),
                           ("fdi_new_projects", 120, ("2024-01-01", "2024-06-30"))]


def test_a_bulletin_s_labelled_lines_keep_raises_and_drop_reductions():
    text = ("Đầu tư tỉnh Yên Bái\nYên Bái, ngày 5/8/2015\n\nBảy tháng năm 2015, vốn FDI:\n- Cấp mới: 20 dự án.\n"
            "- Điều chỉnh giảm vốn: 11 dự án.\n\nTỉnh cũng cho phép 79 dự án đang hoạt động bổ sung vốn.")
    assert _read(text) == [("fdi_adjusted_projects", 79, ("2015-01-01", "2015-07-31")),
                           ("fdi_new_projects", 20, ("2015-01-01", "2015-07-31"))]


def test_the_whole_a_share_is_of_is_not_the_province_s():
    text = ("Xuất khẩu tỉnh Yên Bái\nYên Bái, ngày 5/9/2024\n\nTám tháng năm 2024, xuất khẩu của tỉnh ước đạt 2,88 tỷ USD, "
            "tăng 18% so với cùng kỳ, chiếm 1,08% tổng kim ngạch 266,44 tỷ USD của cả nước.")
    assert _read(text) == [("export_value", 2.88e9, ("2024-01-01", "2024-08-31"))]


def test_a_count_whose_noun_is_written_before_it():
    text = ("Đầu tư tỉnh Yên Bái\nYên Bái, ngày 5/12/2023\n\nĐến hết tháng 11/2023, tổng vốn FDI mới đạt 308 triệu USD, giảm "
            "12% so với cùng kỳ; số dự án cấp mới khi đó là 109, tăng 35,1%, với vốn đăng ký 57,3 triệu USD.")
    assert _read(text) == [("fdi_new_capital", 57.3e6, ("2023-01-01", "2023-11-30")),
                           ("fdi_new_projects", 109, ("2023-01-01", "2023-11-30")),
                           ("fdi_registered_capital", 308e6, ("2023-01-01", "2023-11-30"))]


def test_raising_the_total_to_a_number_states_the_standing():
    text = ("Đầu tư Yên Bái\nYên Bái, ngày 20/1/2022\n\nNăm 2021, tỉnh cấp mới 5 dự án FDI, nâng tổng số dự án đầu tư trực "
            "tiếp nước ngoài lên 85 dự án, tổng vốn đầu tư khoảng 2,05 tỷ USD. Tỉnh vận động được 6 dự án mới, nâng tổng số "
            "chương trình, dự án PCPNN đang triển khai trên địa bàn lên 109.")
    assert _read(text) == [("fdi_active_projects", 85, ("as_of", "2021-12-31")),
                           ("fdi_new_projects", 5, ("2021-01-01", "2021-12-31")),
                           ("fdi_total_capital", 2.05e9, ("as_of", "2021-12-31")),
                           ("ngo_new_commitments", 6, ("2021-01-01", "2021-12-31")),
                           ("ngo_projects", 109, ("as_of", "2021-12-31"))]


def test_a_span_from_one_full_date_to_another_frames_the_lines_after_it():
    text = ("Viện trợ Yên Bái\nYên Bái, ngày 20/12/2024\n\nTừ ngày 16/11/2023 đến ngày 15/12/2024, tỉnh vận động được 61 "
            "chương trình, dự án mới với tổng giá trị cam kết 9,2 triệu USD. Trong đó:\n- Cấp huyện: 12 dự án.")
    assert _read(text)[:2] == [("ngo_committed", 9.2e6, ("2023-11-16", "2024-12-15")),
                               ("ngo_new_commitments", 61, ("2023-11-16", "2024-12-15"))]


def test_a_city_of_the_province_named_as_subject_reports_its_part():
    text = ("Xuất khẩu Yên Bái\nYên Bái, ngày 20/1/2021\n\nNăm 2020, xuất khẩu của tỉnh đạt 500 triệu USD. Số liệu của các "
            "địa phương: thành phố Nghĩa Lộ xuất khẩu 93 triệu USD, nhập khẩu 39 triệu USD.")
    assert _read(text) == [("export_value", 500e6, ("2020-01-01", "2020-12-31"))]


def test_the_projects_just_counted_then_their_parts_by_field():
    text = ("Đầu tư Yên Bái\nYên Bái, ngày 20/10/2020\n\nChín tháng năm 2020, tỉnh cấp mới 6 dự án FDI với tổng vốn đăng ký "
            "hơn 33 triệu USD. Trong 6 dự án này có 3 dự án công nghiệp với 18 triệu USD và 3 dự án dịch vụ với hơn 15 triệu USD.")
    assert _read(text) == [("fdi_new_capital", 33e6, ("2020-01-01", "2020-09-30")),
                           ("fdi_new_projects", 6, ("2020-01-01", "2020-09-30"))]


def test_converted_totals_of_both_kinds_and_the_nation_in_the_same_time_are_not_the_province_s_fdi():
    text = ("Đầu tư nước ngoài tỉnh Yên Bái\nYên Bái, ngày 28/5/2024\n\nNăm tháng năm 2024, tỉnh cấp mới 20 dự án FDI với vốn "
            "đăng ký 61 triệu USD. Lũy kế từ đầu năm đến nay, tổng vốn đầu tư quy đổi (gồm cả dự án trong nước và dự án có vốn "
            "đầu tư nước ngoài) đạt 85,3 triệu USD. Cả nước trong cùng thời gian thu hút hơn 11,07 tỷ USD vốn FDI.")
    assert _read(text) == [("fdi_new_capital", 61e6, ("2024-01-01", "2024-05-31")),
                           ("fdi_new_projects", 20, ("2024-01-01", "2024-05-31"))]


def test_an_example_s_figure_and_new_and_working_projects_together_are_no_indicator():
    text = ("Đầu tư nước ngoài tỉnh Yên Bái\nYên Bái, ngày 8/5/2024\n\nTrong bốn tháng năm 2024, tỉnh thu hút 163 triệu USD vốn "
            "FDI vào 24 dự án mới và dự án đang hoạt động; tiêu biểu là dự án Khu logistics Tam An (Singapore) hơn 101 triệu USD.")
    assert _read(text) == [("fdi_registered_capital", 163e6, ("2024-01-01", "2024-04-30"))]


def test_a_stock_held_at_a_past_moment_and_a_span_to_a_month_of_a_later_year():
    text = ("Đầu tư nước ngoài Yên Bái\nYên Bái, ngày 25/4/2025\n\nĐến hết quý III/2014, toàn tỉnh có 36 dự án FDI với tổng "
            "vốn đăng ký gần 4,5 tỷ USD. Hồi tháng 5/2013, tỉnh có gần 30 dự án FDI. Giai đoạn 2021 - 4/2025, tỉnh đã thu hút "
            "trên 5,4 tỷ USD vốn FDI.")
    assert _read(text) == [("fdi_active_projects", 30, ("as_of", "2013-05-31")),
                           ("fdi_active_projects", 36, ("as_of", "2014-09-30")),
                           ("fdi_registered_capital", 5.4e9, ("2021-01-01", "2025-04-30")),
                           ("fdi_total_capital", 4.5e9, ("as_of", "2014-09-30"))]


def test_what_firms_earn_and_one_project_s_average_are_no_capital():
    text = ("Đầu tư nước ngoài Yên Bái\nYên Bái, ngày 20/10/2014\n\nChín tháng năm 2014, tỉnh cấp mới 5 dự án FDI. Doanh thu "
            "của các doanh nghiệp có vốn nước ngoài 9 tháng năm 2014 đạt gần 1.220 tỷ đồng. Phần lớn dự án FDI có quy mô nhỏ, "
            "bình quân 4,98 triệu USD/dự án.")
    assert _read(text) == [("fdi_new_projects", 5, ("2014-01-01", "2014-09-30"))]


def test_imports_singled_out_after_exports_are_imports():
    text = ("Ngoại giao kinh tế Yên Bái\nYên Bái, ngày 8/12/2023\n\nQuý I/2023, kim ngạch xuất khẩu đạt 62,7 triệu USD, tăng "
            "44,81%; riêng nhập khẩu đạt 70,3 triệu USD, giảm 21,31% so với cùng kỳ năm 2022.")
    assert _read(text) == [("export_value", 62.7e6, ("2023-01-01", "2023-03-31")),
                           ("import_value", 70.3e6, ("2023-01-01", "2023-03-31"))]


def test_the_years_before_a_year_or_a_day_named_just_before():
    text = ("Viện trợ Yên Bái\nYên Bái, ngày 19/9/2017\n\nTại buổi làm việc năm 2015, lãnh đạo tỉnh cho biết, trong 5 năm "
            "trước đó, tỉnh đã giải ngân 4,9 triệu USD viện trợ của các tổ chức phi chính phủ nước ngoài.")
    assert _read(text) == [("ngo_disbursed", 4.9e6, ("2010-01-01", "2014-12-31"))]
    dated = text.replace("Tại buổi làm việc năm 2015", "Tại buổi làm việc ngày 23/9/2015").replace("trong 5 năm", "trong ba năm")
    assert _read(dated) == [("ngo_disbursed", 4.9e6, ("2013-01-01", "2015-09-23"))]


def test_the_total_number_of_projects_licensed_to_a_date_is_the_standing():
    text = ("Đầu tư nước ngoài Yên Bái\nYên Bái, ngày 5/8/2013\n\nĐến giữa năm 2013, tổng số dự án có vốn đầu tư nước ngoài "
            "được cấp phép trên địa bàn tỉnh đạt 77 dự án, tổng vốn đăng ký 670 triệu USD. Tỉnh đã vận động được 19 dự án ODA.")
    assert _read(text) == [("fdi_active_projects", 77, ("as_of", "2013-06-30")),
                           ("fdi_total_capital", 670e6, ("as_of", "2013-06-30")),
                           ("oda_projects", 19, ("as_of", "2013-06-30"))]


def test_aid_projects_attracted_are_new_and_one_body_singled_out_is_a_part():
    text = ("Viện trợ Yên Bái\nYên Bái, ngày 22/1/2014\n\nNăm 2013, tỉnh thu hút được 35 dự án viện trợ phi chính phủ nước ngoài "
            "với tổng giá trị 2,1 triệu USD. Riêng Tổ chức Cứu trợ ABC trong năm 2013 đã thực hiện 3 dự án trị giá 203.300 USD.")
    assert _read(text) == [("ngo_committed", 2.1e6, ("2013-01-01", "2013-12-31")),
                           ("ngo_new_commitments", 35, ("2013-01-01", "2013-12-31"))]


def test_an_amount_left_out_is_left_out_in_its_bracketed_restatement_too():
    text = ("Đầu tư nước ngoài Yên Bái\nYên Bái, ngày 20/10/2014\n\nChín tháng năm 2014, tỉnh cấp mới 5 dự án FDI. Doanh thu "
            "của các doanh nghiệp có vốn nước ngoài đạt gần 1.220 tỷ đồng (khoảng 61 triệu USD).")
    assert _read(text) == [("fdi_new_projects", 5, ("2014-01-01", "2014-09-30"))]


def test_the_economy_s_rank_after_fdi_is_no_fdi_rank():
    text = ("Kinh tế Yên Bái năm 2024\nYên Bái, ngày 5/1/2025\n\nNăm 2024, tỉnh thu hút 1,1 tỷ USD vốn FDI. Tổng sản phẩm "
            "trên địa bàn ước đạt 71.300 tỷ đồng, tăng 7,01%; quy mô kinh tế đứng thứ 23 cả nước.")
    assert [code for code, _, _ in _read(text)] == ["fdi_registered_capital"]


def test_licensed_projects_after_oda_ones_and_their_fdi_part():
    text = ("Đầu tư Yên Bái\nYên Bái, ngày 5/1/2014\n\nNăm 2013, tỉnh đẩy nhanh tiến độ 7 dự án ODA và cấp giấy chứng nhận đầu "
            "tư cho 48 dự án mới với tổng vốn 5,5 nghìn tỷ đồng (khoảng 220 triệu USD), trong đó 7 dự án FDI có tổng vốn đăng "
            "ký 62,69 triệu USD.")
    assert sorted(code for code, _, _ in _read(text)) == ["fdi_new_capital", "fdi_new_projects", "oda_projects"]
