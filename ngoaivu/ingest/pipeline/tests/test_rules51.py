"""Rules found in session 51 (06/12/2026) in the studied splits' misses. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.tests.rule_sentences import facts, figures


def test_a_place_by_the_dollars_after_it_is_the_province_s_rank_not_an_investor_s():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hưng Yên cho biết: 5 tháng năm 2024, cả nước thu hút 11 tỷ USD vốn FDI. "
            "Thành phố Hà Nội đứng đầu với 1,4 tỷ USD; Hưng Yên xếp thứ 3 với hơn 700 triệu USD.")
    assert ("fdi_rank", 3) in [f[:2] for f in figures(text, date(2024, 6, 5))]
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hưng Yên cho biết: 5 tháng năm 2024, cả nước thu hút 11 tỷ USD vốn FDI. "
            "Tỉnh Hưng Yên xếp thứ ba với gần 700 triệu USD.")
    assert ("fdi_rank", 3) in [f[:2] for f in figures(text, date(2024, 6, 5))]
    text = ("Sở Kế hoạch và Đầu tư tỉnh Hưng Yên cho biết: năm 2024, cả nước thu hút 38 tỷ USD vốn FDI. Hưng Yên leo lên vị "
            "trí thứ 4 với vốn đăng ký mới 1.250 triệu USD.")
    assert ("fdi_rank", 4) in [f[:2] for f in figures(text, date(2025, 1, 5))]
    # a country ranked by its dollars is an investor among investors
    text = ("Đến nay, tỉnh Hưng Yên có 520 dự án FDI. Nhật Bản dẫn đầu với 2,1 tỷ USD; Hàn Quốc đứng thứ hai "
            "với 1,3 tỷ USD; Trung Quốc xếp thứ 3 với 900 triệu USD.")
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2024, 6, 5))]


def test_a_flow_of_no_told_period_in_a_text_telling_no_result_of_its_year_is_left_out():
    # published in 2021, the text tells only of 2019: the delegations' year is not known
    text = ("Tỉnh Lai Châu đã cử 48 đoàn với 190 lượt cán bộ đi công tác nước ngoài.\nNăm 2019, kim ngạch xuất khẩu của "
            "tỉnh đạt 120 triệu USD.")
    assert [f[:2] for f in figures(text, date(2021, 3, 2))] == [("export_value", 120000000)]
    # a text telling its own year's results keeps them under it, and a running total is held at the text's date
    text = ("Tỉnh Lai Châu đã cử 48 đoàn với 190 lượt cán bộ đi công tác nước ngoài.\nNăm 2021, kim ngạch xuất khẩu của "
            "tỉnh đạt 120 triệu USD.")
    assert [f[:2] for f in figures(text, date(2021, 12, 20))] == [("delegation_exchanges", 48),
                                                                 ("export_value", 120000000)]


def test_respectively_takes_the_periods_of_its_own_clause_only():
    text = ("Tính đến tháng 5/2024, Nhật Bản có 120 dự án đầu tư tại tỉnh Bình Định; năm 2023, xuất khẩu và nhập khẩu "
            "của tỉnh với Nhật Bản lần lượt đạt 85 triệu USD và 40 triệu USD.")
    trade = [f for f in figures(text, date(2024, 8, 1)) if f[0] in ("export_value", "import_value")]
    assert [f[3] for f in trade] == [("2023-01-01", "2023-12-31")] * 2


def test_an_amount_equal_to_a_share_of_the_province_s_total_is_a_part():
    text = ("Quý I/2024, kim ngạch nhập khẩu của tỉnh Quảng Ngãi ước đạt 610 triệu USD. Ở chiều nhập khẩu, nhập khẩu trực tiếp "
            "của Lọc dầu Quảng Ngãi đạt 520 triệu USD, bằng 85% tổng kim ngạch nhập khẩu toàn tỉnh.")
    assert [f[:2] for f in figures(text, date(2024, 4, 10))] == [("import_value", 610000000)]


def test_projects_raising_capital_in_a_sentence_on_domestic_investment_are_of_every_origin():
    fdi = "Năm 2024, tỉnh Phú Yên thu hút 6 dự án FDI mới với 95 triệu USD. "
    text = fdi + ("Cũng trong năm, tỉnh cấp mới cho 40 dự án với tổng vốn đầu tư đăng ký 9.905 tỷ đồng; điều chỉnh tăng "
                  "vốn cho 37 lượt dự án.")
    assert "fdi_adjusted_projects" not in [f[0] for f in figures(text, date(2025, 1, 20))]
    text = fdi + "Ngoài ra, 16 dự án được điều chỉnh tăng thêm hơn 4.198 tỷ đồng."
    assert "fdi_adjusted_projects" not in [f[0] for f in figures(text, date(2025, 1, 20))]
    # a foreign word in the sentence, or the capital raised in dollars in the count's own clause, keeps them foreign
    text = fdi + ("Cũng trong năm, tỉnh cấp mới 25 dự án trong nước với 5.100 tỷ đồng; đồng thời điều chỉnh tăng vốn "
                  "cho 6 dự án FDI.")
    assert ("fdi_adjusted_projects", 6) in [f[:2] for f in figures(text, date(2025, 1, 20))]
    text = fdi + ("Cũng trong năm, tỉnh thu hút 30 dự án đầu tư trực tiếp với 4.200 tỷ đồng và 95 triệu USD; điều chỉnh "
                  "tăng vốn 21,5 triệu USD cho 04 dự án.")
    assert ("fdi_adjusted_projects", 4) in [f[:2] for f in figures(text, date(2025, 1, 20))]


def test_a_period_and_its_amount_alone_take_the_one_trade_the_paragraph_named():
    text = ("Năm 2024, tỉnh Hà Nam có 1.050 dự án FDI.\n"
            "Sang quý III, nhập khẩu tăng trở lại. Tháng 8/2024 đạt 410 triệu USD, tăng 12% so với cùng kỳ.")
    assert ("import_value", 410000000, None, ("2024-08-01", "2024-08-31")) in figures(text, date(2024, 9, 10))


def test_a_measure_singled_out_after_another_period_is_told_for_the_first_time():
    text = ("Quý I/2024, kim ngạch xuất khẩu của tỉnh Hải Dương đạt 2,1 tỷ USD. Cả năm 2024, tổng giá trị xuất, nhập khẩu "
            "ước đạt 17 tỷ USD, tăng 9%, riêng xuất khẩu ước đạt 9,5 tỷ USD, tăng 11%.")
    assert [("export_value", 9500000000), ("2024-01-01", "2024-12-31")] in [[f[:2], f[3]] for f in figures(text, date(2024, 12, 20))]
    # the same period: a part singled out ("riêng xuất khẩu chính ngạch")
    text = ("Năm 2024, xuất khẩu của tỉnh Hải Dương đạt 9,5 tỷ USD; riêng xuất khẩu chính ngạch đạt 8,2 tỷ USD.")
    assert [f[:2] for f in figures(text, date(2024, 12, 20))] == [("export_value", 9500000000)]


def test_then_after_a_year_in_its_own_clause_is_that_year():
    text = ("Tháng 11/2023, Sở Công Thương tỉnh Gia Lai họp bàn kế hoạch. Kế hoạch xuất khẩu năm 2024 của tỉnh khi đó là "
            "1.200 triệu USD.")
    assert [f[3] for f in figures(text, date(2024, 8, 10), kind="target")] == [("2024-01-01", "2024-12-31")]


def test_items_registered_new_or_adding_capital_each_keep_their_own_form():
    text = ("Năm 2024, tỉnh Bình Dương thu hút vốn FDI khá. Lũy kế từ đầu năm đến ngày 20/10/2024, tổng vốn đăng ký của dự án "
            "cấp mới và dự án tăng vốn đạt 1.200 triệu USD, gồm 120 dự án đăng ký mới với 700 triệu USD và 90 dự án bổ sung "
            "vốn với 500 triệu USD.")
    found = [f[:2] for f in figures(text, date(2024, 11, 2))]
    assert ("fdi_new_projects", 120) in found and ("fdi_new_capital", 700000000) in found
    assert ("fdi_adjusted_projects", 90) in found


def test_leading_with_an_amount_of_dollars_is_first_and_a_country_leading_so_is_an_investor():
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh cho biết: sau 2 tháng năm 2025, cả nước thu hút 6,9 tỷ USD vốn FDI. "
            "Bắc Ninh dẫn đầu với 820 triệu USD, chiếm 12% tổng vốn.")
    assert ("fdi_rank", 1) in [f[:2] for f in figures(text, date(2025, 3, 5))]
    text = ("Đến nay, tỉnh Bắc Ninh có 2.100 dự án FDI. Trong các nhà đầu tư, Hàn Quốc dẫn đầu với 8 tỷ USD.")
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2025, 3, 5))]
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh cho biết: hết 9 tháng năm 2025, vốn FDI đã vào 50 tỉnh, thành phố. Bắc Ninh "
            "vẫn giữ ngôi đầu với tổng vốn đầu tư đăng ký gần 2,1 tỷ USD.")
    assert ("fdi_rank", 1) in [f[:2] for f in figures(text, date(2025, 10, 5))]
    # first in a region is no rank among the nation's provinces
    text = ("Sở Kế hoạch và Đầu tư tỉnh Bắc Ninh cho biết: sau 2 tháng năm 2025, vùng Đồng bằng sông Hồng thu hút 3 tỷ USD "
            "vốn FDI, trong đó Bắc Ninh dẫn đầu với 820 triệu USD.")
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2025, 3, 5))]


def test_first_in_the_nation_after_the_amount_s_share_and_change():
    text = ("Tính chung 8 tháng năm 2024, tỉnh Bắc Ninh thu hút 2.150 triệu USD vốn FDI, chiếm gần 13% tổng vốn đăng ký của "
            "cả nước và gấp 2,1 lần cùng kỳ năm 2023, tiếp tục đứng đầu cả nước.")
    assert ("fdi_rank", 1) in [f[:2] for f in figures(text, date(2024, 9, 5))]


def test_a_rate_per_month_head_or_unit_is_no_total():
    text = ("Năm 2024, thu nhập của lao động tỉnh Hà Tĩnh ở nước ngoài khá; trừ chi tiêu, mỗi người gửi về gia đình từ 18 "
            "đến 22 triệu đồng/tháng.")
    assert figures(text, date(2025, 1, 10)) == []
    text = "Năm 2024, tỉnh Hà Tĩnh xuất khẩu 120 triệu USD gạo, giá bình quân 620 USD/tấn."
    assert [f[:2] for f in figures(text, date(2025, 1, 10))] == [("export_value", 120000000)]


def test_a_running_total_after_the_month_s_change_is_the_same_measure_for_the_months_up_to_it():
    text = ("Tháng 8/2023, kim ngạch xuất khẩu của tỉnh Yên Bái đạt gần 41,5 triệu USD, tăng 4,1% so với tháng 7, đưa tổng "
            "8 tháng lên hơn 302,6 triệu USD, tăng 9% so với cùng kỳ.")
    assert [f[:2] + (f[3],) for f in figures(text, date(2024, 5, 10))] == [
        ("export_value", 41500000, ("2023-08-01", "2023-08-31")),
        ("export_value", 302600000, ("2023-01-01", "2023-08-31"))]


def test_months_counted_before_an_approximate_amount_are_the_year_s_first_months():
    text = "Năm 2023, tỉnh Yên Bái thu hút nhiều dự án. Nhập khẩu 7 tháng khoảng 210,5 triệu USD, tăng 6%."
    assert [f[3] for f in figures(text, date(2024, 5, 10))] == [("2023-01-01", "2023-07-31")]


def test_a_goal_set_at_a_meeting_on_a_day_is_for_that_day_s_year():
    text = ("Tại hội nghị ngày 12/01/2025, tỉnh Quảng Ninh đặt mục tiêu tăng trưởng GRDP 12% và phấn đấu thu hút vốn đầu tư "
            "nước ngoài từ 2,5 đến 3 tỷ USD.")
    found = facts(text, "target", date(2025, 5, 10))
    assert [(f["indicator"], f["period"]) for f in found] == [
        ("fdi_registered_capital", {"start": "2025-01-01", "end": "2025-12-31"})]


def test_the_highest_amount_among_the_provinces_is_first_but_a_group_s_is_no_rank():
    text = "Nhìn lại năm 2024, tỉnh Bắc Ninh thu hút 5,2 tỷ USD vốn FDI, cao nhất trong 63 tỉnh, thành phố."
    assert ("fdi_rank", 1) in [f[:2] for f in figures(text, date(2025, 3, 5))]
    text = ("Năm 2024, tỉnh Nghệ An cấp mới 40 dự án FDI. Lần đầu tiên tỉnh lọt vào nhóm 10 địa phương thu hút vốn FDI cao "
            "nhất cả nước với tổng vốn đăng ký 1,6 tỷ USD.")
    assert "fdi_rank" not in [f[0] for f in figures(text, date(2025, 3, 5))]
    text = "Năm 2024, tăng trưởng GRDP của tỉnh Bắc Ninh đạt 10%, cao nhất trong 63 tỉnh, thành phố."
    assert figures(text, date(2025, 3, 5)) == []
