"""Periods on wordings found in the prec21 round (issue 9's period errors), each rule on made-up sentences
(none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.metadata import find_published_date
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.periods import build_timeline, find_periods


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _periods(text, indicator, kind="observation"):
    return sorted((f["value"], tuple(sorted(f["period"].items()))) for f in _facts(text, kind) if f["indicator"] == indicator)


def test_a_header_date_beside_a_view_counter_is_the_page_s_date():
    text = "Tin đầu tư\n\n12/05/2019, 87 lượt xem\n\nTỉnh thu hút 3 dự án FDI."
    assert find_published_date(text).day == date(2019, 5, 12)


REPOSTED = ("Đầu tư nửa đầu năm tăng mạnh\n\n{date}, 40 lượt xem\n\n"
            "Trong 6 tháng đầu năm 2014, tỉnh Hà Nam cấp mới 9 dự án FDI với tổng vốn 40 triệu USD. "
            "Đến nay, toàn tỉnh có 210 dự án FDI còn hiệu lực.")


def test_an_old_half_year_report_printed_years_later_speaks_at_its_span_s_end():
    document = extract_text(REPOSTED.format(date="03/11/2018"))
    assert document["published"] == "2018-11-03"
    (stock,) = [f for f in document["facts"] if f["indicator"] == "fdi_active_projects"]
    assert stock["period"] == {"as_of": "2014-06-30"}
    (new,) = [f for f in document["facts"] if f["indicator"] == "fdi_new_projects"]
    assert new["period"] == {"start": "2014-01-01", "end": "2014-06-30"}


def test_a_report_printed_soon_after_its_months_speaks_at_its_printing():
    (stock,) = [f for f in extract_text(REPOSTED.format(date="20/07/2014"))["facts"] if f["indicator"] == "fdi_active_projects"]
    assert stock["period"] == {"as_of": "2014-07-20"}


def test_a_year_named_besides_the_months_keeps_the_printing_date():
    folded = fold_case("Năm 2014 tỉnh thu hút 40 dự án FDI, riêng 6 tháng đầu năm 2014 là 20 dự án. Đến nay, tỉnh có 210 dự án FDI.")
    timeline = build_timeline(find_periods(folded), date(2018, 11, 3), folded=folded)
    assert timeline.reference_date == date(2018, 11, 3)


def test_a_bracket_holding_last_year_s_figures_gives_the_figure_before_it_no_period():
    text = ("Tính từ đầu năm đến hết ngày 31/5/2023, tỉnh Bình Định thu hút 10 triệu USD vốn FDI. Trong đó, có 12 dự án "
            "cấp mới với vốn đăng ký 8 triệu USD, tăng 20% so với cùng kỳ năm 2022 (năm 2022 có 15 dự án cấp mới, "
            "vốn đăng ký 6,5 triệu USD).")
    new = {f["value"]: f["period"] for f in _facts(text) if f["indicator"] == "fdi_new_projects"}
    assert new[12] == {"start": "2023-01-01", "end": "2023-05-31"}
    assert new[15]["start"].startswith("2022")  # the base in the bracket keeps its own year


def test_a_running_total_to_a_day_frames_the_next_sentence():
    text = ("Tính từ đầu năm đến hết ngày 31/5, tỉnh Bình Định thu hút 10 triệu USD vốn FDI, tăng 5% so với cùng kỳ "
            "năm 2022. Trong đó, có 12 dự án cấp mới với vốn đăng ký 8 triệu USD.")
    assert _periods(text, "fdi_new_projects") == [(12, (("end", "2023-05-31"), ("start", "2023-01-01")))]


def test_years_in_a_programme_s_name_are_marked():
    folded = fold_case("Tỉnh ban hành Chương trình vận động viện trợ phi chính phủ nước ngoài giai đoạn 2021 - 2025 "
                       "và Kế hoạch 5 năm 2021 - 2025. Giai đoạn 2016 - 2020, tỉnh thu hút 30 dự án.")
    assert [(m.first_year, m.last_year, m.named) for m in find_periods(folded)] == [
        (2021, 2025, True), (2021, 2025, True), (2016, 2020, False)]


PROGRAMME = ("Ký kết chương trình phối hợp\n\n10/03/2021 09:15\n\n"
             "Chiều 8/3, Liên hiệp các tổ chức hữu nghị tỉnh Long An ký kết Chương trình phối hợp vận động viện trợ "
             "phi chính phủ nước ngoài giai đoạn 2021 - 2025.\n\n"
             "Theo thống kê, tỉnh có 150 dự án FDI còn hiệu lực với tổng vốn đăng ký 2 tỷ USD.")


def test_a_standing_after_a_programme_s_years_stands_at_the_text_s_date():
    facts = _facts(PROGRAMME)
    assert {(f["indicator"], f["period"]["as_of"]) for f in facts} == {
        ("fdi_active_projects", "2021-03-10"), ("fdi_total_capital", "2021-03-10")}
    assert _facts(PROGRAMME, "target") == []


def test_a_stock_after_an_unnamed_span_running_now_stands_at_the_text_s_date():
    text = ("Hợp tác giai đoạn 2020 - 2025\n\n15/06/2022 10:00\n\nTỉnh Kon Tum đẩy mạnh hợp tác giai đoạn 2020 - 2025.\n\n"
            "Trên địa bàn tỉnh có 18 tổ chức phi chính phủ nước ngoài đang hoạt động.")
    (fact,) = _facts(text)
    assert (fact["indicator"], fact["period"]) == ("ngo_organizations", {"as_of": "2022-06-15"})


def test_a_running_total_after_a_month_s_figure_runs_from_january():
    text = ("Trong tháng 4/2024, kim ngạch xuất khẩu của tỉnh Lạng Sơn ước đạt 80 triệu USD, tăng 10% so với cùng kỳ; "
            "lũy kế ước đạt 300 triệu USD, tăng 12% so với cùng kỳ năm 2023.")
    assert _periods(text, "export_value") == [
        (80e6, (("end", "2024-04-30"), ("start", "2024-04-01"))),
        (300e6, (("end", "2024-04-30"), ("start", "2024-01-01"))),
    ]


def test_a_yearly_level_takes_the_span_named_before_a_standing():
    text = ("18/10/2024 - Trong giai đoạn 2021 - 2024, tỉnh Thanh Hóa đưa 40.000 người đi làm việc ở nước ngoài. "
            "Hiện có khoảng 60.000 lao động của tỉnh đang làm việc ở nước ngoài.\n\n"
            "Lượng kiều hối gửi về tỉnh đạt khoảng 400 triệu USD mỗi năm.")
    (fact,) = [f for f in _facts(text) if f["indicator"] == "remittances"]
    assert fact["period"] == {"start": "2021-01-01", "end": "2024-12-31"}
    # a single year named after the span is the level's year
    text = text.replace("Hiện có khoảng", "Năm 2023, có khoảng")
    (fact,) = [f for f in _facts(text) if f["indicator"] == "remittances"]
    assert fact["period"]["start"] != "2021-01-01"


def test_a_term_written_after_the_goal_is_its_period():
    text = ("Hội Hữu nghị Việt - Hàn tỉnh Bắc Ninh tổ chức Đại hội nhiệm kỳ 2024 - 2029.\n\n"
            "Trong năm năm tới, Hội phấn đấu vận động viện trợ phi chính phủ nước ngoài 3 tỷ đồng cả nhiệm kỳ.")
    (goal,) = _facts(text, "target")
    assert goal["period"] == {"start": "2024-01-01", "end": "2029-12-31"}


def test_within_five_years_is_no_year():
    folded = fold_case("Trong năm năm, tỉnh tiếp nhận 20 dự án; trong năm tháng đầu tiên có 3 dự án.")
    assert find_periods(folded) == []


def test_a_source_line_s_month_dates_an_undated_text_s_standings():
    text = ("Năm 2019, tỉnh Hà Tĩnh tiếp nhận 20 dự án viện trợ phi chính phủ nước ngoài với tổng vốn cam kết 3 triệu USD.\n\n"
            "Hiện trên địa bàn tỉnh có 40 tổ chức phi chính phủ nước ngoài đang hoạt động.\n\n"
            "(Theo Báo Hà Tĩnh, tháng 2/2020)")
    facts = {f["indicator"]: f["period"] for f in _facts(text)}
    assert facts["ngo_organizations"] == {"as_of": "2020-02-29"}
    assert facts["ngo_committed"] == {"start": "2019-01-01", "end": "2019-12-31"}


def test_now_with_a_place_between_hien_and_co():
    assert [m.now for m in find_periods(fold_case("Hiện toàn tỉnh Yên Bái có 12 dự án."))] == [True]
    assert find_periods(fold_case("Hiện đại hóa nông nghiệp có vai trò lớn.")) == []


def test_a_place_and_an_agency_then_the_date_open_the_lead():
    text = "Tin xuất khẩu\n\nVĩnh Long (TTXVN) 03/02/2022 - Tháng 1, kim ngạch xuất khẩu của tỉnh đạt 90 triệu USD."
    assert find_published_date(text).day == date(2022, 2, 3)


def test_a_yearly_rate_in_a_plan_runs_over_its_years_and_the_level_is_the_goal_year_s():
    text = ("Kiên Giang (TTXVN) 05/02/2021 - Tỉnh đã xây dựng kế hoạch phát triển xuất khẩu giai đoạn 2021 - 2025, "
            "theo đó kim ngạch tăng bình quân 11% mỗi năm và đạt 1,8 tỷ USD vào năm 2025.")
    goals = {(f["indicator"], f["value"]): f["period"] for f in _facts(text, "target")}
    assert goals == {("export_growth", 11): {"start": "2021-01-01", "end": "2025-12-31"},
                     ("export_value", 1.8e9): {"start": "2025-01-01", "end": "2025-12-31"}}


def test_a_goal_s_own_clause_names_its_period_after_it():
    text = ("Phát huy kết quả Diễn đàn đầu tư năm 2022, tỉnh Hà Nam tiếp tục cải thiện môi trường kinh doanh, "
            "phấn đấu thu hút 40 - 50 dự án nước ngoài mới trong giai đoạn 2023 - 2025.")
    (goal,) = _facts(text, "target")
    assert goal["period"] == {"start": "2023-01-01", "end": "2025-12-31"}
    # with the year in the goal's own clause the year stays
    text = "Năm 2023, tỉnh Hà Nam phấn đấu thu hút 40 dự án nước ngoài mới, gấp đôi giai đoạn 2020 - 2022."
    (goal,) = _facts(text, "target")
    assert goal["period"] == {"start": "2023-01-01", "end": "2023-12-31"}


def test_last_year_after_a_clock_line_is_still_last_year():
    text = "Tin kinh tế\n\n12/01/2024 08:30\n\nNăm qua, kim ngạch xuất khẩu của tỉnh Hậu Giang đạt 900 triệu USD."
    (fact,) = _facts(text)
    assert fact["period"] == {"start": "2023-01-01", "end": "2023-12-31"}
    text = "Tin kinh tế\n\n12/03/2024 08:30\n\nNăm ngoái, tỉnh Hậu Giang tiếp nhận 9 dự án viện trợ phi chính phủ nước ngoài."
    (fact,) = _facts(text)
    assert fact["period"] == {"start": "2023-01-01", "end": "2023-12-31"}


def test_periods_named_before_in_turn_go_with_the_figures_after_it():
    text = ("Tin xuất khẩu\n\n08/01/2024 08:00\n\nTrong tháng 12 và cả năm 2023, kim ngạch xuất khẩu của tỉnh Phú Yên "
            "lần lượt đạt 40 triệu USD và 420 triệu USD.")
    assert _periods(text, "export_value") == [
        (40e6, (("end", "2023-12-31"), ("start", "2023-12-01"))),
        (420e6, (("end", "2023-12-31"), ("start", "2023-01-01"))),
    ]


def test_workers_leaving_for_work_abroad_are_counted():
    text = ("15/05/2024 08:00\n\nTừ năm 2015 đến nay, tỉnh Quảng Bình có 30.000 lao động đi làm việc ở nước ngoài theo "
            "hợp đồng, bình quân mỗi năm có 3.000 người xuất cảnh.")
    assert sorted(f["value"] for f in _facts(text) if f["indicator"] == "workers_abroad") == [3000, 30000]
    # border crossings are no workers
    text = "15/05/2024 08:00\n\nQua cửa khẩu Cha Lo, tháng 4 có 3.000 lượt người xuất nhập cảnh."
    assert [f for f in _facts(text) if f["indicator"] == "workers_abroad"] == []


def test_a_month_still_to_come_in_a_january_text_is_last_year_s_and_the_whole_year_follows_it():
    text = ("Tin xuất khẩu\n\n06/01/2025 08:00\n\nTháng 12, kim ngạch xuất khẩu của tỉnh Sóc Trăng đạt 110 triệu USD; "
            "cả năm đạt 1,4 tỷ USD, tăng 9% so với năm trước.")
    assert _periods(text, "export_value") == [
        (110e6, (("end", "2024-12-31"), ("start", "2024-12-01"))),
        (1.4e9, (("end", "2024-12-31"), ("start", "2024-01-01"))),
    ]
    # in a text of June, "Tháng 5" is this year's
    text = "Tin xuất khẩu\n\n06/06/2025 08:00\n\nTháng 5, kim ngạch xuất khẩu của tỉnh Sóc Trăng đạt 110 triệu USD."
    assert _periods(text, "export_value") == [(110e6, (("end", "2025-05-31"), ("start", "2025-05-01")))]


def test_a_month_opened_with_trong_or_singled_out_is_a_period():
    text = ("Tin đầu tư\n\n05/03/2024 08:00\n\nHai tháng đầu năm 2024, tỉnh Bắc Kạn thu hút 12 triệu USD vốn FDI. "
            "Riêng tháng 2 đạt 5 triệu USD vốn FDI.")
    assert _periods(text, "fdi_registered_capital") == [
        (5e6, (("end", "2024-02-29"), ("start", "2024-02-01"))),
        (12e6, (("end", "2024-02-29"), ("start", "2024-01-01"))),
    ]
    assert [m.first_month for m in find_periods(fold_case("Trong tháng 12, tỉnh thu hút 2 dự án."))] == [12]

