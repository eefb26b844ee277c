"""Rules found in session 42 (05/12/2026) in the retired long splits (dev253-dev262) and other studied ones. Each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import documents, figures, partners
from ngoaivu.ingest.pipeline.tests.rule_sentences import facts as _facts

SPRING_2024 = date(2024, 3, 15)


def _found(text: str, published: date = SPRING_2024, kind: str = "observation") -> list[tuple]:
    return figures(text, published, kind)


def test_what_a_holder_has_with_no_span_named_is_held():
    text = ("Tỉnh Hà Tĩnh báo cáo. Sau khi cấp phép dự án nhiệt điện, tỉnh có 93 dự án FDI với tổng vốn đăng ký khoảng "
            "3,2 tỷ USD; Đài Loan có 12 dự án, tổng vốn gần 1,1 tỷ USD.")
    assert _found(text) == [("fdi_active_projects", 12, "Đài Loan", ("2024-03-15",)),
                            ("fdi_active_projects", 93, None, ("2024-03-15",)),
                            ("fdi_total_capital", 1.1e9, "Đài Loan", ("2024-03-15",)),
                            ("fdi_total_capital", 3.2e9, None, ("2024-03-15",))]


def test_what_a_span_brought_or_a_part_of_those_told_keeps_its_flow():
    text = ("Tỉnh Hà Tĩnh báo cáo. Sáu tháng đầu năm 2023, tỉnh có 5 dự án FDI được cấp phép. Tỉnh thu hút 20 dự án đầu "
            "tư. Trong tổng số dự án nói trên, có 4 dự án FDI.")
    found = _found(text)
    assert ("fdi_new_projects", 5, None, ("2023-01-01", "2023-06-30")) in found
    assert all(f[0] != "fdi_active_projects" for f in found)


def test_a_country_s_projects_in_the_province_with_registered_capital_are_investment():
    text = ("Tỉnh Hà Tĩnh báo cáo. Tính đến nay, Thái Lan có 9 dự án trên địa bàn với tổng vốn đăng ký hơn 1,2 tỷ USD. "
            "Trên địa bàn còn có 3 dự án do Hoa Kỳ tài trợ.")
    assert _found(text) == [("fdi_active_projects", 9, "Thái Lan", ("2024-03-15",)),
                            ("fdi_total_capital", 1.2e9, "Thái Lan", ("2024-03-15",))]


def test_what_a_speaker_says_is_held_now_is_held_on_the_meeting_s_day():
    text = ("Tỉnh Hà Tĩnh báo cáo.\n\nChiều 14/9/2023, lãnh đạo tỉnh làm việc với đoàn doanh nghiệp Thái Lan. Phó Chủ "
            "tịch UBND tỉnh cho biết doanh nghiệp Thái Lan hiện có 37 dự án trên địa bàn tỉnh.\n\nNăm 2023, tỉnh đón 20 "
            "đoàn khách quốc tế. Ông Trần Văn B cho biết tỉnh hiện có 120 dự án FDI.")
    found = _found(text)
    assert ("fdi_active_projects", 37, "Thái Lan", ("2023-09-14",)) in found
    assert ("fdi_active_projects", 120, None, ("2024-03-15",)) in found


def test_a_document_passed_by_a_body_on_a_day_said_after_its_number():
    text = ("Tỉnh Hà Tĩnh báo cáo. Luật số 15/2023/QH15 được Quốc hội thông qua ngày 20/6/2023 đã tạo cơ sở pháp lý mới; "
            "Kế hoạch số 9/KH-UBND được ban hành ngày 10/1/2024.")
    assert documents(text, published=SPRING_2024) == [("15/2023/QH15", "2023-06-20", "Quốc hội"), ("9/KH-UBND", "2024-01-10", None)]


def test_a_council_s_term_and_sitting_between_the_day_and_the_verb():
    text = ("Tỉnh Hà Tĩnh báo cáo. Ngày 5/12/2023, HĐND tỉnh khóa XVIII, kỳ họp thứ 17 đã thông qua Nghị quyết số "
            "77/NQ-HĐND về kế hoạch năm 2024.")
    assert documents(text, published=SPRING_2024) == [("77/NQ-HĐND", "2023-12-05", "Hội đồng nhân dân tỉnh Hà Tĩnh")]


def test_a_document_issued_on_the_same_day_as_the_one_cited_before():
    text = ("Tỉnh Hà Tĩnh báo cáo. Ngày 10/1/2024, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND; cũng trong ngày này, UBND "
            "tỉnh ban hành Kế hoạch số 9/KH-UBND về xúc tiến đầu tư.")
    assert [day for _, day, _ in documents(text, published=SPRING_2024)] == ["2024-01-10", "2024-01-10"]


def test_an_approximate_multiple_of_the_same_period_is_the_change():
    text = "Tỉnh Hà Tĩnh báo cáo. Chín tháng năm 2023, kim ngạch xuất khẩu đạt 800 triệu USD, gấp gần 2,5 lần cùng kỳ."
    assert [f["change_pct"] for f in _facts(text, published=SPRING_2024)] == [150.0]


def test_the_whole_a_share_is_measured_against_at_a_date_reached_is_held():
    text = ("Tỉnh Hà Tĩnh báo cáo. Theo số liệu đến cuối tháng 6/2023, các nhà đầu tư Thái Lan chiếm khoảng 1,7 tỷ USD trên "
            "tổng số khoảng 4,2 tỷ USD vốn FDI của tỉnh; trong 119 dự án FDI của tỉnh, các nhà đầu tư châu Á chiếm phần "
            "lớn. Từ đầu năm đến cuối tháng 6/2023, vốn Thái Lan chiếm 170 triệu USD trên tổng số 420 triệu USD vốn FDI "
            "thu hút.")
    found = _found(text)
    assert ("fdi_total_capital", 4.2e9, None, ("2023-06-30",)) in found
    assert ("fdi_active_projects", 119, None, ("2023-06-30",)) in found
    assert ("fdi_registered_capital", 4.2e8, None, ("2023-01-01", "2023-06-30")) in found


def test_a_business_body_named_for_its_country_that_the_province_signs_with():
    text = ("Tỉnh Hà Tĩnh báo cáo. Trong chuyến công tác, tỉnh ký biên bản ghi nhớ với Liên đoàn các nhà sản xuất Malaysia và "
            "Phòng Thương mại và Công nghiệp Thái Lan tại Việt Nam để thúc đẩy đầu tư. Đoàn còn làm việc với Hiệp hội Doanh "
            "nghiệp Lào. Tỉnh ký kết thỏa thuận với Hiệp hội Doanh nghiệp Việt Nam tại Thái Lan.")
    assert partners(text, published=SPRING_2024) == [("Liên đoàn các nhà sản xuất Malaysia", "MY"),
                                                     ("Phòng Thương mại và Công nghiệp Thái Lan tại Việt Nam", "TH")]


def test_a_day_bracketed_after_a_year_named_is_of_that_year():
    text = ("Tỉnh Hà Tĩnh báo cáo. Theo Cục Đầu tư nước ngoài, hai tháng đầu năm 2021 (tính đến ngày 20/2), tỉnh dẫn đầu cả "
            "nước về thu hút FDI với 1,31 tỷ USD.")
    assert _found(text) == [("fdi_rank", 1, None, ("2021-02-20",)),
                            ("fdi_registered_capital", 1.31e9, None, ("2021-01-01", "2021-02-20"))]
