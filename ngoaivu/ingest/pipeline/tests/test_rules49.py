"""Rules found in session 49 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract
from ngoaivu.ingest.pipeline.tests.rule_sentences import figures


def test_a_bound_written_to_fewer_digits_is_the_precise_figure_again():
    text = ("Năm 2025, tỉnh Phú Yên thu hút hơn 2,4 tỷ USD vốn đầu tư nước ngoài. Cụ thể, tổng vốn đăng ký cấp mới và "
            "điều chỉnh tăng đạt 2.436,5 triệu USD.")
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("fdi_registered_capital", 2436500000)]
    text = ("Đến nay, tổng vốn đăng ký lũy kế của các dự án FDI trên địa bàn tỉnh Phú Yên đạt 1.915,3 triệu USD. Như vậy, "
            "tổng vốn đăng ký lũy kế khoảng 1,9 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2026, 1, 20))] == [("fdi_total_capital", 1915300000)]
    # a result told again rounded, without a bound
    text = ("Kim ngạch xuất khẩu 9 tháng năm 2025 của tỉnh Phú Yên ước đạt 1,9 tỷ USD. Cụ thể, xuất khẩu 9 tháng đạt "
            "1.923 triệu USD, tăng 5,2% so với cùng kỳ.")
    assert [f[:2] for f in figures(text, date(2025, 10, 5))] == [("export_value", 1923000000)]
    # (not two counts of projects, nor two goals)
    text = "Năm 2025, tỉnh Phú Yên có 20 dự án FDI cấp mới. Trong năm, các nhà đầu tư Nhật Bản và Hàn Quốc đăng ký 25 dự án FDI mới."
    assert len(figures(text, date(2026, 1, 20))) == 2
    # a bound the precise figure is outside of, or one as precise as it, is another figure
    text = ("Năm 2025, tỉnh Phú Yên thu hút hơn 2,5 tỷ USD vốn đầu tư nước ngoài. Cụ thể, tổng vốn đăng ký cấp mới và "
            "điều chỉnh tăng đạt 2.436,5 triệu USD.")
    assert len(figures(text, date(2026, 1, 20))) == 2


def test_the_foreign_places_the_province_has_relations_with_are_counted_by_their_country():
    text = "Đến nay, tỉnh Cao Bằng hiện có quan hệ hữu nghị, hợp tác với 7 tỉnh của Trung Quốc."
    assert figures(text, date(2026, 5, 4)) == [("partner_localities", 7, None, ("2026-05-04",))]
    text = "Tỉnh Cao Bằng đã có quan hệ hợp tác với 3 tỉnh Bắc Lào."
    assert [f[:2] for f in figures(text, date(2026, 5, 4))] == [("partner_localities", 3)]
    # relations strengthened, or places at home, are no count of partners
    assert figures("Tỉnh Cao Bằng tăng cường hợp tác với 3 tỉnh Bắc Lào.", date(2026, 5, 4)) == []
    assert figures("Tỉnh Cao Bằng hiện có quan hệ hợp tác với 5 tỉnh Tây Nguyên.", date(2026, 5, 4)) == []
    # a city's relations, told in the province's text, are the city's
    assert figures("Ở cấp cơ sở, thành phố Hội An đã có quan hệ hợp tác với 4 thành phố của Nhật Bản.",
                   date(2026, 5, 4)) == []


def test_since_a_year_with_no_end_runs_to_the_text_s_now():
    text = "Tỉnh Lạng Sơn từ năm 2005 đã tiếp nhận và triển khai 17 chương trình, dự án ODA."
    assert figures(text, date(2021, 3, 9)) == [("oda_projects", 17, None, ("2005-01-01", "2021-03-09"))]
    text = "Từ năm 2014 đến thời điểm tổng kết, có 36 dự án của các tổ chức phi chính phủ nước ngoài tại tỉnh Lạng Sơn."
    assert [f[3] for f in figures(text, date(2021, 3, 9))] == [("2014-01-01", "2021-03-09")]
    # a span's first year keeps its span
    text = "Từ năm 2014 đến năm 2018, tỉnh Lạng Sơn đã tiếp nhận 17 dự án ODA."
    assert [f[3] for f in figures(text, date(2021, 3, 9))] == [("2014-01-01", "2018-12-31")]


def _counterparts(text, published):
    """(value, counterpart) of each figure the rules read (the learned filter off: it weighs a country's share apart)."""
    extraction = extract(text, published=published, filter_figures=False).to_json()
    return sorted((f["value"], f["counterpart"]) for f in extraction["facts"] if f["kind"] == "observation")


def test_the_investor_first_among_others_and_one_listed_with_its_figures_in_brackets_are_counterparts():
    text = ("Trong 11 tháng năm 2025, tỉnh Bình Phước thu hút 58 dự án FDI mới. Đài Loan (Trung Quốc) là nơi có nhiều "
            "dự án đăng ký mới nhất với 14 dự án.")
    assert _counterparts(text, date(2025, 12, 10)) == [(14, "Đài Loan"), (58, None)]
    text = ("Trong 10 tháng, tỉnh Bình Phước có 96 dự án FDI cấp mới; dẫn đầu là Singapore với 19 dự án, tiếp theo là "
            "Hàn Quốc (12 dự án, 84,5 triệu USD).")
    assert _counterparts(text, date(2025, 12, 10)) == [(12, "Hàn Quốc"), (19, "Singapore"), (96, None),
                                                       (84500000, "Hàn Quốc")]


def test_capital_carried_out_by_the_projects_at_work_on_a_day_told_is_a_standing():
    text = ("Tính đến tháng 9/2025, trên địa bàn tỉnh Lào Cai có 42 dự án có vốn đầu tư nước ngoài đã đi vào hoạt động, "
            "với vốn đầu tư thực hiện 512,6 triệu USD.")
    assert ("fdi_implemented_capital", 512600000, None, ("2025-09-30",)) in figures(text, date(2025, 10, 15))
    # the months' disbursement stays the months'
    text = "Tính đến tháng 9/2025, vốn FDI giải ngân của tỉnh Lào Cai đạt 112,6 triệu USD, tăng 8% so với cùng kỳ."
    assert figures(text, date(2025, 10, 15)) == [("fdi_implemented_capital", 112600000, None, ("2025-01-01", "2025-09-30"))]


def test_the_rate_of_a_trade_s_yearly_average_rise_named_after_its_level_is_its_growth():
    text = ("Giai đoạn 2016 - 2020, tổng kim ngạch xuất khẩu của tỉnh Hưng Yên đạt 21,4 tỷ USD, tốc độ tăng bình quân "
            "12,7%/năm.")
    assert ("export_growth", 12.7, None, ("2016-01-01", "2020-12-31")) in figures(text, date(2021, 2, 1))
    text = "Năm 2020, kim ngạch nhập khẩu của tỉnh Hưng Yên đạt 4,1 tỷ USD, mức tăng bình quân giai đoạn 2016 - 2020 là 9%/năm."
    assert ("import_growth", 9, None, ("2016-01-01", "2020-12-31")) in figures(text, date(2021, 2, 1))


def test_the_total_capital_told_after_new_and_adjusted_projects_counted_together_is_the_registered_capital():
    text = ("Quý I/2026, tỉnh Thái Nguyên thu hút được 5 dự án FDI cấp mới và 12 lượt dự án FDI điều chỉnh tăng vốn, "
            "với tổng vốn đầu tư đăng ký 214,6 triệu USD.")
    assert ("fdi_registered_capital", 214600000) in [f[:2] for f in figures(text, date(2026, 4, 10))]
    # the capital of the adjusted projects alone stays theirs
    text = ("Quý I/2026, tỉnh Thái Nguyên cấp mới 5 dự án FDI; 12 lượt dự án FDI điều chỉnh tăng vốn, với tổng vốn tăng "
            "thêm 14,6 triệu USD.")
    assert ("fdi_added_capital", 14600000) in [f[:2] for f in figures(text, date(2026, 4, 10))]
