"""Rules found in session 34 (05/12/2026) in the retired long splits (dev82-dev86). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from datetime import date

from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.tests.rule_sentences import observations as _observations


def test_the_year_named_in_a_comparison_does_not_frame_a_later_whole_year():
    text = ("Năm 2023, kim ngạch xuất nhập khẩu ước đạt 2,1 tỷ USD, tăng 9% so với năm 2022 (năm 2022 đạt 1,93 tỷ USD). "
            "Kim ngạch xuất khẩu cả năm ước đạt 1.250 triệu USD.")
    assert ("export_value", 1.25e9, "2023-01-01") in _observations(text)


def test_a_project_singled_out_after_the_year_s_total_is_no_figure_of_the_province():
    text = ("Năm 2023, tỉnh chấp thuận 4 dự án FDI mới với tổng vốn đầu tư 210 triệu USD. Đáng chú ý là dự án Nhà máy "
            "chế biến nông sản Hòa Bình 2 tại Cụm công nghiệp Tây Sơn, xã An Phú, vốn khoảng 95 triệu USD.")
    assert [o for o in _observations(text) if o[1] == 95e6] == []


def test_a_named_project_s_own_capital_after_trong_do_co_is_no_figure_of_the_province():
    text = ("Năm 2012, tỉnh tổ chức xúc tiến đầu tư tại Nhật Bản, nước đã có nhiều dự án tại tỉnh, trong đó có dự án "
            "khu nghỉ dưỡng Sao Mai vốn 42 triệu USD.")
    assert _observations(text) == []


def test_exports_of_the_industrial_parks_firms_are_a_part():
    text = "Riêng 9 tháng đầu năm 2019, các doanh nghiệp khu công nghiệp đạt kim ngạch xuất khẩu 310,5 triệu USD."
    assert _observations(text) == []


def test_workers_working_abroad_now_are_a_standing():
    text = ("Năm 2022, tỉnh đưa 6.200 lao động đi làm việc ở nước ngoài theo hợp đồng. Như vậy, số lao động của tỉnh "
            "đang làm việc ở nước ngoài lên khoảng 21.000 người.")
    assert _observations(text) == [("workers_abroad", 6200, "2022-01-01"), ("workers_abroad", 21000, "2022-12-31")]


def test_a_level_held_above_a_bar_is_no_figure():
    assert _observations("Những năm gần đây, xuất khẩu của tỉnh giữ ổn định trên mốc 2 tỷ USD mỗi năm.") == []


def _gates(text):
    return sorted((f["vn"], f["foreign"]) for f in extract_text(text)["facts"] if f["kind"] == "border_gate")


def test_a_pair_of_gates_written_the_other_way_round_later_is_the_same_pair():
    text = ("Tỉnh có cặp cửa khẩu phụ Sa Lung (Việt Nam) - Pa Kheng (Lào). Phía bạn đề nghị chở hàng qua cửa khẩu "
            "Pa Kheng - Sa Lung.")
    assert _gates(text) == [("Sa Lung", "Pa Kheng")]


def test_a_pair_of_gates_sharing_one_name_is_kept():
    assert _gates("Tỉnh có cặp cửa khẩu quốc tế Nậm Xoi - Nậm Xoi với tỉnh Hủa Phăn (Lào).") == [("Nậm Xoi", "Nậm Xoi")]


def test_an_undated_article_speaks_no_earlier_than_the_latest_month_it_tells_of():
    text = ("Thu hút vốn nước ngoài\n\nToàn tỉnh hiện có 18 dự án FDI với tổng vốn trên 300 triệu USD. Tại hội nghị xúc "
            "tiến đầu tư năm 2016, tỉnh mới có 5 dự án FDI. Năm 2016, tỉnh thu hút thêm 2 dự án. Năm 2016 cũng là năm "
            "tỉnh ký thỏa thuận với nhà đầu tư. Đầu tháng 4/2023, tỉnh đón thêm một dự án của nhà đầu tư Hàn Quốc.")
    stocks = [o for o in _observations(text, published=None) if o[0] == "fdi_active_projects" and o[1] == 18]
    assert stocks and stocks[0][2].startswith("2023")


def test_the_average_capital_of_a_firm_is_no_figure_of_the_province():
    text = ("Đến nay tỉnh có 320 dự án FDI với tổng vốn đăng ký 18,2 tỷ USD. Vốn đăng ký bình quân mỗi doanh nghiệp FDI "
            "khoảng 57 triệu USD.")
    assert [o for o in _observations(text) if o[1] == 57e6] == []


def test_new_and_added_capital_named_together_after_the_amount_are_the_registered_capital():
    text = "Năm 2019, tỉnh thu hút hơn 920 triệu USD vốn FDI cấp mới và tăng thêm, đứng thứ 9 cả nước."
    assert ("fdi_registered_capital", 920e6, "2019-01-01") in _observations(text)


def test_the_trade_exchanged_across_the_border_is_the_trade_value():
    text = ("Trong 9 tháng đầu năm 2024, kim ngạch trao đổi thương mại qua biên giới của tỉnh đạt 52,6 triệu USD, "
            "tăng 12% so với cùng kỳ.")
    assert _observations(text) == [("trade_value", 52.6e6, "2024-01-01")]


def test_projects_counted_in_a_list_put_up_for_investors_are_no_goal_in_a_report():
    text = ("BÁO CÁO\nTình hình thu hút đầu tư nước ngoài 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm\n\n"
            "1. Kết quả\n\nTính đến hết tháng 6/2024, tỉnh có 210 dự án FDI với tổng vốn đăng ký 3,1 tỷ USD.\n\n"
            "2. Xúc tiến đầu tư\n\nTỉnh triển khai danh mục các dự án kêu gọi đầu tư đến năm 2030, trong đó có 48 dự án "
            "với tổng vốn trên 9 tỷ USD thuộc các lĩnh vực công nghiệp, du lịch.")
    facts = extract_text(text, published=date(2024, 7, 10))["facts"]
    assert [f for f in facts if f.get("value") in (48, 9e9)] == []


def test_items_under_cu_the_split_the_aid_projects_counted_before():
    text = ("Báo cáo tình hình các dự án ODA năm 2016\n\nHiện nay, trên địa bàn tỉnh có 31 dự án ODA đang thực hiện với "
            "tổng vốn 2.950 tỷ đồng. Cụ thể:\n\n- 04 dự án đã kết thúc nhưng còn giải ngân;\n\n- 25 dự án chuyển tiếp "
            "sang năm 2017;\n\n- 02 dự án mới khởi công.")
    assert [o for o in _observations(text, published=date(2017, 3, 31)) if o[0] == "oda_projects"] == [
        ("oda_projects", 31, "2017-03-31")]


def test_the_whole_the_flows_brought_the_province_to_is_a_stock():
    text = ("Từ tháng 1 đến tháng 5/2011, tỉnh thu hút 180 triệu USD vốn FDI của 9 dự án cấp mới. Như vậy, tổng vốn FDI "
            "đăng ký trên địa bàn ước đạt 2,3 tỷ USD với 118 dự án.")
    stocks = [o for o in _observations(text) if o[0] in ("fdi_total_capital", "fdi_active_projects")]
    assert stocks == [("fdi_active_projects", 118, "2011-05-31"), ("fdi_total_capital", 2.3e9, "2011-05-31")]


def test_an_amount_in_a_currency_the_records_do_not_keep_is_left_out():
    text = "Theo phía bạn, năm 2019 kim ngạch xuất nhập khẩu qua cửa khẩu đối diện đạt 2,4 tỷ nhân dân tệ."
    assert _observations(text) == []


def test_income_per_head_after_an_fdi_figure_is_no_capital():
    text = ("Giai đoạn 2011 - 2015, tỉnh thu hút 8 dự án FDI với tổng vốn đăng ký 410 triệu USD; thu nhập bình quân đầu "
            "người năm 2015 khoảng 1.600 USD.")
    assert [o for o in _observations(text) if o[1] == 1600] == []
