"""Rules found in session 33 (05/12/2026) in the retired long splits (dev78-dev81). Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _stocks_by_country(text):
    return sorted((f["indicator"], f["value"], f["period"].get("as_of"), f["counterpart"])
                  for f in extract_text(text)["facts"] if f["kind"] == "observation" and f.get("counterpart"))


def test_a_list_of_investor_countries_after_a_stock_holds_their_stocks():
    text = ("Đến hết năm 2021, toàn tỉnh có 240 dự án FDI với tổng vốn đăng ký 3,2 tỷ USD.\n\n"
            "Những nhà đầu tư lớn nhất tại tỉnh:\n- Singapore: 40 dự án, tổng vốn đăng ký 1,1 tỷ USD;\n"
            "- Đài Loan: 35 dự án, tổng vốn đăng ký 600 triệu USD.")
    assert _stocks_by_country(text) == [
        ("fdi_active_projects", 35, "2021-12-31", "Đài Loan"), ("fdi_active_projects", 40, "2021-12-31", "Singapore"),
        ("fdi_total_capital", 600e6, "2021-12-31", "Đài Loan"), ("fdi_total_capital", 1.1e9, "2021-12-31", "Singapore")]


def test_a_country_written_as_a_label_before_its_count_is_the_counterpart():
    text = ("Đến hết năm 2021, toàn tỉnh có 240 dự án FDI với tổng vốn đăng ký 3,2 tỷ USD. Singapore: 40 dự án, tổng "
            "vốn đăng ký 1,1 tỷ USD; Đài Loan: 35 dự án.")
    assert ("fdi_active_projects", 40, "2021-12-31", "Singapore") in _stocks_by_country(text)
    assert ("fdi_active_projects", 35, "2021-12-31", "Đài Loan") in _stocks_by_country(text)


def test_a_list_after_a_flow_holds_no_stocks():
    text = ("Năm 2021, tỉnh cấp mới 24 dự án FDI với tổng vốn đăng ký 320 triệu USD.\n\nTheo nhà đầu tư:\n"
            "- Singapore: 4 dự án mới, vốn đăng ký 110 triệu USD;\n- Đài Loan: 3 dự án mới, vốn đăng ký 60 triệu USD.")
    assert not [fact for fact in _stocks_by_country(text) if fact[2] is not None]


def _read(text):
    return sorted((f["indicator"], f["value"]) for f in extract_text(text)["facts"] if f["kind"] == "observation")


def test_projects_that_raised_capital_keep_it_across_an_aside_on_where_most_of_them_are():
    text = ("Năm 2020, tỉnh cấp mới 30 dự án FDI với tổng vốn 200 triệu USD. Ngoài ra, 12 dự án đang hoạt động, phần lớn "
            "ở lĩnh vực dệt may, da giày, đã điều chỉnh tăng vốn thêm 95 triệu USD.")
    assert _read(text) == [("fdi_added_capital", 95e6), ("fdi_adjusted_projects", 12),
                           ("fdi_new_capital", 200e6), ("fdi_new_projects", 30)]


def test_a_sector_named_as_most_of_the_projects_is_still_a_part():
    text = ("Năm 2020, tỉnh có thêm 30 dự án FDI. Các nhà đầu tư có mặt ở 9 ngành, chủ yếu là công nghiệp chế biến, "
            "chế tạo với 20 dự án và 150 triệu USD.")
    assert _read(text) == [("fdi_new_projects", 30)]


def test_the_items_of_a_list_of_projects_for_investors_are_proposals_too():
    for year in ("", " đến năm 2025"):
        text = ("Năm 2021, tỉnh cấp mới 3 dự án có vốn đầu tư nước ngoài.\n\n"
                f"Tỉnh đã ban hành danh mục 90 dự án kêu gọi đầu tư{year}, gồm 30 dự án công nghiệp, 25 dự án du lịch và "
                "12 dự án nông nghiệp.")
        facts = [(f["kind"], f["value"]) for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")]
        assert facts == [("observation", 3)]


def test_a_rise_after_a_comparison_opening_the_sentence_is_a_change_not_a_level():
    text = ("Năm 2023, tỉnh tiếp nhận 20 dự án viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 40 tỷ đồng. So "
            "với năm 2022, số dự án tăng 5 dự án; giá trị cam kết tăng 9,5 tỷ đồng.")
    values = [f["value"] for f in extract_text(text)["facts"] if f["kind"] == "observation"]
    assert 9.5e9 not in values and 40e9 in values


def test_visits_of_ngo_delegations_are_delegation_exchanges():
    text = "Năm 2019, tỉnh đón 45 lượt đoàn của các tổ chức PCPNN đến làm việc."
    assert _read(text) == [("delegation_exchanges", 45)]


def test_an_undated_text_on_the_province_s_anniversary_speaks_in_that_year():
    for lead in ("Nhân dịp kỷ niệm 20 năm tái lập tỉnh (1997 - 2017), ông cho biết kết quả.",
                 "Sau 20 năm tái lập (từ năm 1997), tỉnh đã đổi thay nhiều."):
        text = (f"THU HÚT ĐẦU TƯ SAU 20 NĂM TÁI LẬP\n\n{lead}\n\nNăm 2012, tỉnh cấp mới 3 dự án FDI. Cả năm 2012, vốn "
                "đăng ký đạt 40 triệu USD.\n\nĐến nay, toàn tỉnh có 45 dự án FDI còn hiệu lực.")
        facts = {f["indicator"]: f["period"] for f in extract_text(text)["facts"] if f["kind"] == "observation"}
        assert facts["fdi_active_projects"]["as_of"].startswith("2017")
        assert facts["fdi_new_projects"] == {"start": "2012-01-01", "end": "2012-12-31"}


def test_a_country_s_share_of_the_province_s_projects_makes_its_figures_stocks():
    text = ("Năm 2019, tỉnh cấp mới 20 dự án FDI.\n\nNhật Bản dẫn đầu với 40 dự án và tổng vốn đăng ký 300 triệu USD, chiếm "
            "35% tổng số dự án và 30% tổng vốn đầu tư nước ngoài trên địa bàn.")
    assert _stocks_by_country(text) == [("fdi_active_projects", 40, "2019-12-31", "Nhật Bản"),
                                        ("fdi_total_capital", 300e6, "2019-12-31", "Nhật Bản")]
    flow = "Năm 2019, tỉnh cấp mới 20 dự án FDI. Nhật Bản dẫn đầu với 8 dự án, chiếm 40% tổng số dự án cấp mới."
    assert _stocks_by_country(flow) == [("fdi_new_projects", 8, None, "Nhật Bản")]


def test_a_goal_s_budget_contribution_is_no_capital():
    text = "Mục tiêu giai đoạn 2026 - 2030: thu hút 50 dự án FDI với tổng vốn 300 triệu USD; nộp ngân sách 120 triệu USD."
    targets = [f["value"] for f in extract_text(text)["facts"] if f["kind"] == "target"]
    assert 300e6 in targets and 120e6 not in targets


def test_projects_of_named_sectors_are_a_part():
    text = ("Kế hoạch năm 2022: phấn đấu thu hút 8 dự án FDI; thu hút 12 dự án thuộc lĩnh vực nông nghiệp, thương mại với "
            "tổng vốn 1.500 tỷ đồng.")
    targets = [(f["indicator"], f["value"]) for f in extract_text(text)["facts"] if f["kind"] == "target"]
    assert targets == [("fdi_new_projects", 8)]


def test_investor_countries_listed_after_the_leader_take_its_measure():
    text = ("Đến hết năm 2020, trên địa bàn có 600 dự án FDI còn hiệu lực với tổng vốn đăng ký 9 tỷ USD. Xét theo đối tác, "
            "Hàn Quốc dẫn đầu về quy mô vốn đầu tư với khoảng 3 tỷ USD, tiếp đến là Trung Quốc 2,1 tỷ USD và Thái Lan 900 "
            "triệu USD.")
    assert _stocks_by_country(text) == [("fdi_total_capital", 9e8, "2020-12-31", "Thái Lan"),
                                        ("fdi_total_capital", 2.1e9, "2020-12-31", "Trung Quốc"),
                                        ("fdi_total_capital", 3e9, "2020-12-31", "Hàn Quốc")]


def test_projects_raised_beside_projects_reduced_are_still_raised():
    text = ("Quý I/2021, tỉnh cấp mới 3 dự án FDI với tổng vốn 20 triệu USD; điều chỉnh tăng vốn cho 4 dự án và điều chỉnh "
            "giảm vốn cho 1 dự án.")
    assert ("fdi_adjusted_projects", 4) in _read(text) and ("fdi_adjusted_projects", 1) not in _read(text)


def test_rounds_of_capital_raised_are_adjusted_projects():
    text = "Năm 2021, các nhà đầu tư nước ngoài đầu tư vào tỉnh 6 dự án mới và 9 lượt tăng vốn."
    assert _read(text) == [("fdi_adjusted_projects", 9), ("fdi_new_projects", 6)]


def test_the_rank_by_capital_beside_the_rank_by_projects_is_the_fdi_rank():
    text = "Sáu tháng năm 2022, tỉnh đứng thứ 4 cả nước về số dự án FDI cấp mới và thứ 11 về tổng vốn đăng ký."
    assert [f["value"] for f in extract_text(text)["facts"] if f.get("indicator") == "fdi_rank"] == [11]


def test_every_item_of_a_list_whose_subject_is_all_the_provinces_is_theirs():
    text = ("Năm 2016, tỉnh đón 30 đoàn khách quốc tế. Theo Bộ Ngoại giao, năm 2016 các tỉnh, thành phố đã cử 300 đoàn ra "
            "nước ngoài, đón khoảng 7.000 đoàn nước ngoài, tổ chức 700 hội nghị, hội thảo quốc tế và ký 60 thỏa thuận quốc tế.")
    assert _read(text) == [("delegation_exchanges", 30)]
