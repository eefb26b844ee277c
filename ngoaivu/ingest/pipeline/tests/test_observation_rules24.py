"""Observations and goals on wordings found when the studied splits (dev24–dev27, session 24) were read: stocks beside
flows, undated texts, foreign parts of mixed totals, parts by field, market and company, NGO aid, forecasts, goals split
by years. Each rule on made-up sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _read(text, kind="observation"):
    return sorted((f["indicator"], f["value"], _when(f["period"])) for f in _facts(text, kind))


def _when(period):
    return ("as_of", period["as_of"]) if "as_of" in period else (period["start"], period["end"])


def test_the_foreign_part_of_a_mixed_total_is_the_province_s_stock():
    text = ("Thu hút đầu tư của tỉnh Yên Bái\n\nYên Bái, ngày 5/6/2022 - Hiện trên địa bàn tỉnh có 320 dự án, gồm 300 dự án "
            "trong nước với tổng vốn 41.000 tỷ đồng và 20 dự án nước ngoài với tổng vốn đăng ký 310 triệu USD.")
    assert _read(text) == [("fdi_active_projects", 20, ("as_of", "2022-06-05")),
                           ("fdi_total_capital", 310e6, ("as_of", "2022-06-05"))]


def test_an_undated_text_s_now_is_the_latest_date_its_figures_are_stated_at():
    text = ("Thu hút đầu tư của tỉnh Yên Bái\n\nTính đến tháng 9/2022, Yên Bái xếp thứ 40 cả nước về vốn FDI.\n\n"
            "Hiện trên địa bàn tỉnh có 20 dự án FDI với tổng vốn đăng ký 310 triệu USD.")
    assert _read(text) == [("fdi_active_projects", 20, ("as_of", "2022-09-30")),
                           ("fdi_rank", 40, ("as_of", "2022-09-30")),
                           ("fdi_total_capital", 310e6, ("as_of", "2022-09-30"))]


def test_a_rank_among_all_localities_is_the_fdi_rank_and_a_region_s_is_not():
    lead = "Yên Bái, ngày 5/7/2022 - Sáu tháng đầu năm 2022, tỉnh Yên Bái thu hút 120 triệu USD vốn FDI, "
    ranked = _read(lead + "đứng thứ ba trong các địa phương, sau Hà Nội và Bắc Ninh.")
    assert ("fdi_rank", 3, ("as_of", "2022-06-30")) in ranked
    regional = _read(lead + "đứng thứ hai trong các tỉnh miền núi phía Bắc.")
    assert [code for code, _, _ in regional] == ["fdi_registered_capital"]


def test_a_total_standing_to_date_its_projects_and_its_parts_are_stocks():
    text = ("Thu hút FDI của tỉnh Yên Bái\n\nYên Bái, ngày 5/7/2022 - Sáu tháng đầu năm 2022, Yên Bái thu hút 120 triệu USD "
            "vốn FDI.\n\nVới kết quả này, tổng vốn FDI đăng ký trên địa bàn tỉnh đến nay đạt 1,1 tỷ USD với 95 dự án.\n\n"
            "Trong số đó, nhà đầu tư Hàn Quốc có 30 dự án với tổng vốn đăng ký 400 triệu USD. Nhật Bản hiện là nhà đầu "
            "tư lớn thứ hai tại tỉnh với gần 20 dự án, tổng vốn trên 200 triệu USD.")
    now = ("as_of", "2022-07-05")
    assert sorted((f["indicator"], f["value"], _when(f["period"]), f.get("counterpart")) for f in _facts(text)) == [
        ("fdi_active_projects", 20, now, "Nhật Bản"),
        ("fdi_active_projects", 30, now, "Hàn Quốc"),
        ("fdi_active_projects", 95, now, None),
        ("fdi_registered_capital", 120e6, ("2022-01-01", "2022-06-30"), None),
        ("fdi_total_capital", 200e6, now, "Nhật Bản"),
        ("fdi_total_capital", 400e6, now, "Hàn Quốc"),
        ("fdi_total_capital", 1.1e9, now, None),
    ]


def test_a_flow_from_the_year_s_start_to_date_stays_a_flow():
    text = ("Yên Bái, ngày 5/7/2022 - Từ đầu năm đến nay, tổng vốn FDI đăng ký mới của tỉnh Yên Bái đạt 120 triệu USD "
            "với 9 dự án.")
    assert _read(text) == [("fdi_new_capital", 120e6, ("2022-01-01", "2022-07-05")),
                           ("fdi_new_projects", 9, ("2022-01-01", "2022-07-05"))]


_AID = "Viện trợ phi chính phủ nước ngoài tại Lai Châu\n\n15/07/2023\n\n"


def test_shares_of_aid_by_field_in_brackets_are_no_totals():
    text = _AID + ("Sáu tháng đầu năm 2023, tỉnh Lai Châu tiếp nhận và triển khai 14 dự án viện trợ phi chính phủ nước "
                   "ngoài với tổng giá trị giải ngân 700.000 USD. Các khoản viện trợ thuộc lĩnh vực y tế (5 khoản, "
                   "300.000 USD), giáo dục (6 khoản, 250.000 USD) và nông nghiệp (3 khoản, 150.000 USD).")
    assert _read(text) == [("ngo_disbursed", 700000, ("2023-01-01", "2023-06-30")),
                           ("ngo_projects", 14, ("2023-01-01", "2023-06-30"))]


def test_disbursements_received_are_disbursed_and_projects_sorted_by_spending_are_no_count():
    text = _AID + ("Trong năm 2022, tổng giá trị giải ngân tiếp nhận viện trợ phi chính phủ nước ngoài của tỉnh Lai Châu "
                   "là 800.000 USD. Có 10 chương trình, dự án giải ngân trên 80% trong năm; 3 dự án giải ngân dưới 50% "
                   "và 2 dự án chưa giải ngân được.")
    assert _read(text) == [("ngo_disbursed", 800000, ("2022-01-01", "2022-12-31"))]


def test_the_donors_of_a_period_s_aid_are_counted_over_the_period():
    text = _AID + ("Sáu tháng đầu năm 2023, tỉnh Lai Châu tiếp nhận 14 khoản viện trợ phi chính phủ nước ngoài. "
                   "Các khoản viện trợ do 11 tổ chức phi chính phủ nước ngoài tài trợ.")
    assert ("ngo_organizations", 11, ("2023-01-01", "2023-06-30")) in _read(text)


def test_organisations_not_at_work_or_others_are_no_count_of_ngos():
    text = _AID + ("Hiện trên địa bàn tỉnh Lai Châu có 20 tổ chức phi chính phủ nước ngoài đang hoạt động; 6 tổ chức có "
                   "giấy đăng ký nhưng chưa triển khai hoạt động và 2 tổ chức, cá nhân khác.")
    assert _read(text) == [("ngo_organizations", 20, ("as_of", "2023-07-15"))]


def test_a_total_of_all_investors_before_its_foreign_share_is_no_fdi_figure():
    text = ("Thu hút đầu tư của tỉnh Hà Tĩnh\n\n10/07/2023\n\nNăm 2023, tỉnh Hà Tĩnh phấn đấu thu hút từ 80 đến 90 dự án "
            "với tổng vốn khoảng 20.000 - 25.000 tỷ đồng, trong đó vốn đầu tư nước ngoài đạt từ 300 đến 400 triệu USD.")
    (goal,) = _facts(text, "target")
    assert (goal["indicator"], goal["value_min"], goal["value_max"]) == ("fdi_registered_capital", 300e6, 400e6)


def test_new_projects_keep_their_own_verb_beside_projects_raising_capital():
    text = ("Thu hút đầu tư của tỉnh Hà Tĩnh\n\n10/07/2023\n\nTrong 6 tháng cuối năm, tỉnh Hà Tĩnh dự kiến cấp mới từ 3 "
            "đến 5 dự án FDI và điều chỉnh tăng vốn cho 4 - 6 dự án khác.")
    assert sorted((f["indicator"], f["value_min"]) for f in _facts(text, "target")) == [
        ("fdi_adjusted_projects", 4), ("fdi_new_projects", 3)]


def test_a_goal_s_parts_over_their_own_years_are_goals():
    text = ("Hà Tĩnh đặt mục tiêu thu hút FDI\n\n25/06/2020\n\nTỉnh Hà Tĩnh đặt mục tiêu đến năm 2030 thu hút tổng cộng "
            "2 tỷ USD vốn FDI. Trong đó, giai đoạn 2021 - 2025 tỉnh dự kiến thu hút khoảng 0,8 - 1 tỷ USD và giai đoạn "
            "2026 - 2030 khoảng 1 - 1,2 tỷ USD.")
    parts = [(f["value_min"], _when(f["period"])) for f in _facts(text, "target") if "value_min" in f]
    assert parts == [(800e6, ("2021-01-01", "2025-12-31")), (1e9, ("2026-01-01", "2030-12-31"))]


def test_a_count_and_capital_of_new_and_adjusted_projects_together_are_no_new_ones():
    text = ("Thu hút FDI của tỉnh Thái Bình\n\n25/06/2024\n\nTính đến hết ngày 20/6, tỉnh Thái Bình đã cấp giấy chứng nhận "
            "đăng ký đầu tư mới và điều chỉnh tăng vốn cho 30 dự án, trong đó 18 dự án đầu tư trong nước và 12 dự án FDI, "
            "tổng vốn đăng ký 4.100 tỷ đồng và 95 triệu USD.")
    assert _read(text) == [("fdi_registered_capital", 95e6, ("2024-01-01", "2024-06-20"))]


def test_a_rank_given_for_the_economy_s_growth_is_no_fdi_rank():
    text = ("Thái Bình nổi lên trong thu hút FDI\n\n25/06/2024\n\nNửa đầu năm 2024 kinh tế của tỉnh Thái Bình tăng 8,1% so "
            "với cùng kỳ, xếp thứ 14/63 tỉnh, thành phố. Tỉnh thu hút 95 triệu USD vốn FDI.")
    assert [code for code, _, _ in _read(text)] == ["fdi_registered_capital"]


def test_projects_counted_by_their_size_and_the_size_are_no_figures():
    text = ("Thái Bình dẫn đầu về thu hút FDI quý I\n\n28/03/2024\n\nTừ đầu năm đến ngày 20/3/2024, tỉnh Thái Bình thu hút "
            "900 triệu USD vốn FDI. Vốn tăng mạnh nhờ 2 dự án có vốn trên 200 triệu USD, chiếm 80% tổng vốn của tỉnh.")
    assert _read(text) == [("fdi_registered_capital", 900e6, ("2024-01-01", "2024-03-20"))]


def test_the_parts_of_one_event_are_no_count_of_events():
    text = ("Diễn đàn hợp tác quốc tế của tỉnh Khánh Hòa\n\n10/03/2025\n\nTỉnh Khánh Hòa tổ chức Diễn đàn hợp tác quốc tế "
            "năm 2025. Diễn đàn gồm nhiều hoạt động như gặp gỡ song phương, ba hội thảo quốc tế chuyên đề và các chuyến "
            "tham quan.")
    assert _read(text) == []


def test_a_market_s_share_of_exports_is_no_total():
    text = ("Xuất khẩu của tỉnh Khánh Hòa\n\n11/11/2024\n\n10 tháng năm 2024, kim ngạch xuất khẩu của tỉnh Khánh Hòa đạt "
            "900 triệu USD. Châu Á vẫn là thị trường lớn nhất của hàng hóa Khánh Hòa với 600 triệu USD.")
    assert _read(text) == [("export_value", 900e6, ("2024-01-01", "2024-10-31"))]


def test_a_named_region_s_figure_is_no_province_s_and_its_leader_is():
    text = ("Long An thu hút FDI\n\n10/07/2024\n\nSáu tháng đầu năm 2024, vùng Đồng bằng sông Cửu Long thu hút 2 tỷ USD "
            "vốn FDI, trong đó Long An dẫn đầu với 800 triệu USD, chiếm 40% của vùng.")
    assert _read(text) == [("fdi_registered_capital", 800e6, ("2024-01-01", "2024-06-30"))]


def test_the_province_named_after_the_nation_s_figure_takes_its_measure():
    text = ("Xuất khẩu Bắc Giang\n\n10/10/2024\n\nTheo Tổng cục Hải quan, 9 tháng năm 2024 kim ngạch xuất khẩu của cả nước "
            "đạt 300 tỷ USD, tăng 15%. Bắc Giang đạt 20 tỷ USD, tăng 30% so với cùng kỳ.")
    assert _read(text) == [("export_value", 20e9, ("2024-01-01", "2024-09-30"))]
    # another province so named is not the text's
    other = text.replace("Bắc Giang đạt", "Bắc Ninh đạt")
    assert _read(other) == []


def test_a_goal_named_as_the_subject_and_an_estimate_inside_a_goal_are_targets():
    head = "Xuất nhập khẩu qua Lào Cai\n\n02/02/2024\n\n"
    subject = _read(head + "Dù kết quả khả quan, mục tiêu tổng kim ngạch xuất nhập khẩu qua tỉnh đạt 5 tỷ USD trong năm "
                           "2024 vẫn là thách thức lớn.", "target")
    assert subject == [("trade_value", 5e9, ("2024-01-01", "2024-12-31"))]
    inside = _read(head + "Năm 2024, tỉnh phấn đấu thu hút vốn FDI đạt 300 triệu USD, vốn đầu tư thực hiện ước đạt "
                          "500 triệu USD.", "target")
    assert [code for code, _, _ in inside] == ["fdi_implemented_capital", "fdi_registered_capital"]
    # an estimate with no goal before it stays a result
    estimate = _read(head + "Dự kiến cả năm 2023, kim ngạch xuất khẩu của tỉnh Lào Cai ước đạt 1,4 tỷ USD.")
    assert estimate == [("export_value", 1.4e9, ("2023-01-01", "2023-12-31"))]


def test_projects_of_investors_at_home_and_abroad_are_no_fdi_stock():
    text = ("Thu hút đầu tư vào Hưng Yên\n\n05/07/2023\n\nĐến nay, trên địa bàn tỉnh Hưng Yên đã có gần 1.700 dự án của các "
            "nhà đầu tư trong và ngoài nước.")
    assert _read(text) == []


def test_the_parts_of_new_and_adjusted_projects_named_in_the_sentence_before_are_no_new_ones():
    text = ("Hưng Yên thu hút đầu tư\n\n05/09/2025\n\nTrong 8 tháng đầu năm 2025, tỉnh Hưng Yên ghi nhận 200 dự án cấp mới "
            "và điều chỉnh tăng vốn, với tổng vốn đăng ký hơn 5 tỷ USD. Trong số này có 120 dự án trong nước với hơn "
            "3,8 tỷ USD và 80 dự án FDI với gần 1,2 tỷ USD.")
    assert _read(text) == [("fdi_registered_capital", 1.2e9, ("2025-01-01", "2025-08-31"))]


def test_the_province_s_capital_city_and_a_company_are_parts():
    head = "Thu hút FDI tỉnh Thanh Hóa\n\n15/07/2024\n\n"
    assert _read(head + "Sáu tháng đầu năm 2024, thành phố Thanh Hóa thu hút 50 triệu USD vốn FDI.") == []
    assert _read(head + "Sáu tháng đầu năm 2024, Công ty Lọc hóa dầu Nghi Sơn xuất khẩu 1,5 tỷ USD.") == []
    # a figure given at a meeting held in the city is the province's; a centrally-run city's own name is the city
    venue = _read(head + "Tại thành phố Thanh Hóa, Sở Kế hoạch và Đầu tư cho biết 6 tháng đầu năm 2024 tỉnh thu hút "
                         "300 triệu USD vốn FDI.")
    assert venue == [("fdi_registered_capital", 300e6, ("2024-01-01", "2024-06-30"))]
    city = _read("Thu hút FDI của Hải Phòng\n\n15/07/2024\n\nSáu tháng đầu năm 2024, thành phố Hải Phòng thu hút 1,5 tỷ "
                 "USD vốn FDI.")
    assert city == [("fdi_registered_capital", 1.5e9, ("2024-01-01", "2024-06-30"))]


def test_what_a_term_not_yet_over_has_brought_is_a_result_to_date():
    head = "Đối ngoại tỉnh Quảng Trị\n\n15/07/2024\n\n"
    done = _read(head + "Trong nhiệm kỳ 2020-2025, tỉnh Quảng Trị đã ký kết 25 thỏa thuận quốc tế.")
    assert done == [("agreements_signed", 25, ("2020-01-01", "2024-07-15"))]
    # without "đã" the term's figure is still what it is to bring
    assert [f["kind"] for f in _facts(head + "Trong nhiệm kỳ 2020-2025, tỉnh Quảng Trị ký kết 30 thỏa thuận quốc tế.",
                                       kind="target")] == ["target"]


def test_foreign_currency_sent_home_is_remittances_and_trade_between_names_its_counterpart():
    head = "Đối ngoại tỉnh Điện Biên\n\n15/07/2024\n\n"
    sent = _read(head + "Sáu tháng đầu năm 2024, lượng ngoại tệ do người lao động ở nước ngoài gửi về tỉnh Điện Biên ước "
                        "đạt 20 triệu USD.")
    assert sent == [("remittances", 20e6, ("2024-01-01", "2024-06-30"))]
    (trade,) = _facts(head + "Sáu tháng đầu năm 2024, kim ngạch thương mại giữa tỉnh Điện Biên và Lào đạt 30 triệu USD.")
    assert (trade["indicator"], trade["counterpart"]) == ("trade_value", "Lào")


def test_from_the_year_s_start_framing_a_sentence_runs_to_the_text_s_date():
    head = "Huế thu hút FDI\n\n20/12/2023\n\n"
    for lead in ("Kể từ đầu năm, ", "Từ đầu năm, "):
        assert _read(head + lead + "tỉnh Thừa Thiên Huế đã cấp mới 11 dự án FDI.") == [
            ("fdi_new_projects", 11, ("2023-01-01", "2023-12-20"))]


def test_a_ceremony_s_batch_of_certificates_is_no_period_figure():
    text = ("Hải Phòng thu hút FDI\n\n05/10/2023\n\nHải Phòng vừa trao giấy chứng nhận đầu tư cho 9 dự án FDI với tổng vốn "
            "800 triệu USD. Chín tháng đầu năm 2023, thành phố thu hút 2,5 tỷ USD vốn FDI.")
    assert _read(text) == [("fdi_registered_capital", 2.5e9, ("2023-01-01", "2023-09-30"))]


def test_a_former_province_inside_a_merged_one_is_a_part():
    text = ("Ninh Bình thu hút đầu tư\n\n10/07/2025\n\nSáu tháng đầu năm 2025, tỉnh Ninh Bình thu hút 700 triệu USD vốn FDI. "
            "Trong đó, tỉnh Hà Nam (cũ) thu hút 80 dự án FDI với tổng vốn 500 triệu USD.")
    assert _read(text) == [("fdi_registered_capital", 700e6, ("2025-01-01", "2025-06-30"))]


def test_a_year_s_forecast_is_an_estimate_and_a_headline_s_hope_repeats_the_body():
    forecast = _read("Kiều hối về Cần Thơ\n\n10/10/2019\n\nKiều hối chuyển về Cần Thơ trong 9 tháng đầu năm 2019 ước khoảng "
                     "300 triệu USD. Với tốc độ tăng như hiện nay, dự tính cả năm kiều hối về thành phố sẽ đạt khoảng 400 "
                     "triệu USD.")
    assert forecast == [("remittances", 300e6, ("2019-01-01", "2019-09-30")), ("remittances", 400e6, ("2019-01-01", "2019-12-31"))]
    hope = extract_text("Trà Vinh kỳ vọng xuất khẩu quý IV đạt 90 triệu USD\n\nTheo Sở Công Thương tỉnh Trà Vinh, kim ngạch "
                        "xuất khẩu của tỉnh trong quý IV/2016 ước đạt 90 triệu USD.")
    assert [f["kind"] for f in hope["facts"]] == ["observation"]


def test_goods_and_services_together_are_no_exports_and_an_estimated_outturn_is_the_trade_s():
    text = ("Xuất khẩu Cần Thơ\n\n14/08/2025\n\nTừ đầu năm đến nay, kim ngạch xuất khẩu hàng hóa và doanh thu ngoại tệ đạt "
            "3.100 triệu USD; trong đó xuất khẩu hàng hóa ước thực hiện 2.400 triệu USD, tăng 11%.")
    assert _read(text) == [("export_value", 2.4e9, ("2025-01-01", "2025-08-14"))]


def test_a_review_of_a_span_with_no_single_year_speaks_at_its_end_and_one_project_s_worth_is_no_level():
    text = ("Gia Lai tổng kết công tác viện trợ phi chính phủ nước ngoài giai đoạn 2016 - 2020\n\n(GLO) - Ngày 5/6, UBND tỉnh "
            "tổng kết công tác vận động viện trợ phi chính phủ nước ngoài giai đoạn 2016 - 2020 và định hướng giai đoạn "
            "2021 - 2025. Tỉnh giới thiệu nhiều dự án, mỗi dự án trị giá từ vài chục nghìn đến 300 nghìn USD. Đến nay, 40 tổ "
            "chức phi chính phủ nước ngoài đã được cấp phép hoạt động tại Gia Lai.")
    assert _read(text) == [("ngo_organizations", 40, ("as_of", "2020-06-05"))]


def test_shares_by_enterprise_group_by_company_and_by_market_and_papers_counted_in_thousands_are_no_totals():
    text = ("Xuất khẩu Phú Thọ\n\n27/11/2021\n\nNăm 2021 giá trị xuất khẩu của tỉnh Phú Thọ đạt 7 tỷ USD, tăng 60%. Trong "
            "tổng kim ngạch này, nhóm doanh nghiệp chế xuất đạt 5 tỷ USD; nhóm doanh nghiệp còn lại đạt 400 triệu USD. "
            "Một số doanh nghiệp có giá trị xuất khẩu tăng cao như Hanwa với trên 4 tỷ USD. Năm 2021 có 110,5 nghìn bộ tờ "
            "khai hải quan, tăng 20%.")
    assert _read(text) == [("export_value", 7e9, ("2021-01-01", "2021-12-31"))]
    workers = ("Lao động Thanh Hóa\n\n19/10/2023\n\nChỉ sau 9 tháng của năm 2023, tỉnh Thanh Hóa đã đưa hơn 9.000 lao động "
               "đi làm việc ở nước ngoài. Nhật Bản vẫn là thị trường tiếp nhận nhiều lao động Thanh Hóa nhất với hơn 4.000 người.")
    assert _read(workers) == [("workers_abroad", 9000, ("2023-01-01", "2023-09-30"))]


def test_aid_received_over_named_years_is_counted_over_them_and_shares_by_field_are_parts():
    text = ("Viện trợ phi chính phủ nước ngoài tại Bắc Kạn\n\n25/8/2025\n\nBáo cáo cho biết, từ năm 2019 đến năm 2025, Bắc "
            "Kạn luôn thực hiện nghiêm các chỉ đạo về công tác viện trợ. Nhờ đó, tỉnh đã tiếp nhận và triển khai 120 chương "
            "trình, dự án của 50 tổ chức phi chính phủ nước ngoài. Phân theo lĩnh vực, y tế có 12 chương trình, dự án.")
    assert _read(text) == [("ngo_organizations", 50, ("2019-01-01", "2025-12-31")),
                           ("ngo_projects", 120, ("2019-01-01", "2025-12-31"))]


def test_figures_of_earlier_years_in_a_recollection_and_the_ever_licensed_total():
    text = ("Xuất khẩu Đắk Nông\n\n10/01/2019\n\nKim ngạch xuất khẩu năm 2018 của tỉnh Đắk Nông ước đạt 1.100 triệu USD. "
            "Nhìn lại năm 2005, kim ngạch xuất khẩu của tỉnh chỉ khoảng 60 triệu USD. Năm 2006, con số này lên 120 triệu "
            "USD; năm 2007 đạt 160 triệu USD… và đến năm 2017 đã đạt 900 triệu USD.")
    assert [(v, when[0][:4]) for _, v, when in _read(text)] == [
        (60e6, "2005"), (120e6, "2006"), (160e6, "2007"), (900e6, "2017"), (1.1e9, "2018")]
    ever = ("Thu hút FDI tỉnh Kon Tum\n\n21/01/2021\n\nTính đến hết năm 2020, tỉnh Kon Tum đã thu hút 14 dự án có vốn đầu tư "
            "nước ngoài; trong đó 10 dự án còn hiệu lực với tổng vốn đăng ký 1.500 tỷ đồng. Huyện Kon Plông là nơi thu hút "
            "nhiều dự án nhất với 05 dự án.")
    assert _read(ever) == [("fdi_active_projects", 10, ("as_of", "2020-12-31")),
                           ("fdi_total_capital", 1.5e12, ("as_of", "2020-12-31"))]


def test_the_plan_s_level_in_brackets_after_its_share_named_as_a_quota():
    text = ("Xuất khẩu Bình Phước\n\n15/01/2025\n\nNăm 2024, kim ngạch xuất khẩu của tỉnh Bình Phước đạt 1,3 tỷ USD, bằng "
            "95% chỉ tiêu kế hoạch năm (1,37 tỷ USD).")
    assert _read(text, "target") == [("export_value", 1.37e9, ("2024-01-01", "2024-12-31"))]


def test_an_amount_owned_by_domestic_projects_after_it_and_a_forecast_of_the_year_in_the_future_tense():
    month = _read("Thu hút đầu tư Hưng Yên\n\n05/08/2025\n\nRiêng tháng 7/2025, Hưng Yên tiếp nhận 8 dự án mới, với tổng vốn "
                  "đăng ký gồm 70 triệu USD của các dự án FDI và 500 tỷ đồng của các dự án DDI.")
    assert ("fdi_new_capital", 70e6, ("2025-07-01", "2025-07-31")) in month
    assert not [code for code, value, _ in month if value == 500e9]
    year = _read("Nghệ An thu hút FDI\n\n04/12/2024\n\nTrong 11 tháng năm 2024, Nghệ An thu hút được hơn 1,5 tỷ USD vốn FDI. "
                 "Dự kiến cả năm 2024, Nghệ An sẽ thu hút 1,6 tỷ USD vốn FDI. Năm 2023, tỉnh thu hút được 1,4 tỷ USD.")
    assert year == [("fdi_registered_capital", 1.4e9, ("2023-01-01", "2023-12-31")),
                    ("fdi_registered_capital", 1.5e9, ("2024-01-01", "2024-11-30")),
                    ("fdi_registered_capital", 1.6e9, ("2024-01-01", "2024-12-31"))]


def test_a_rank_among_the_provinces_counted_out_and_a_rank_for_a_growth_rate():
    head = "Nghệ An\n\n10/07/2023\n\n"
    ranked = _read(head + "Sáu tháng đầu năm 2023 tỉnh Nghệ An thu hút được 725 triệu USD vốn đầu tư nước ngoài, đứng thứ "
                          "8 trong 63 tỉnh, thành phố của cả nước.")
    assert ("fdi_rank", 8, ("as_of", "2023-06-30")) in ranked and not [v for _, v, _ in ranked if v == 63]
    growth = _read(head + "Sáu tháng đầu năm 2023, GRDP của tỉnh Nghệ An tăng 8,5%. Với mức tăng này, tỉnh xếp thứ 6 trong "
                          "63 tỉnh, thành phố.")
    assert growth == []


def test_a_total_with_thousands_points_before_its_foreign_share():
    text = ("Thu hút đầu tư Nghệ An\n\n10/07/2023\n\nNăm 2023, tỉnh Nghệ An phấn đấu thu hút từ 100 đến 120 dự án với tổng "
            "vốn khoảng 32.000 - 35.000 tỷ đồng, trong đó vốn đầu tư nước ngoài đạt từ 500 đến 600 triệu USD.")
    assert [(f["indicator"], f["value_min"]) for f in _facts(text, "target")] == [("fdi_registered_capital", 500e6)]


def test_a_rank_after_a_share_of_the_nation_s_total_is_the_province_s():
    text = ("Bình Dương thu hút FDI\n\n05/07/2019\n\nSáu tháng đầu năm 2019, Bình Dương thu hút 1,3 tỷ USD vốn đầu tư trực "
            "tiếp nước ngoài, chiếm 7% tổng vốn FDI đăng ký của cả nước và đứng thứ ba trong các địa phương, sau Hà Nội và "
            "Thành phố Hồ Chí Minh.")
    assert ("fdi_rank", 3, ("as_of", "2019-06-30")) in _read(text)


def test_the_capital_after_a_listed_breakdown_goes_with_the_whole_and_mostly_in_a_park_is_no_part():
    text = ("Cần Thơ\n\n01/09/2017\n\nĐến cuối tháng 8-2017, trên địa bàn thành phố Cần Thơ có 70 dự án có vốn đầu tư trực "
            "tiếp nước ngoài, gồm 20 dự án trong khu công nghiệp và 50 dự án ngoài khu công nghiệp, với tổng vốn đầu tư "
            "khoảng 600 triệu USD. Trong số đó, nhà đầu tư Nhật Bản có 5 dự án với tổng vốn đăng ký 12 triệu USD, chủ yếu "
            "tại Khu công nghiệp Trà Nóc 2.")
    now = ("as_of", "2017-08-31")
    assert sorted((f["indicator"], f["value"], f.get("counterpart")) for f in _facts(text)) == [
        ("fdi_active_projects", 5, "Nhật Bản"), ("fdi_active_projects", 70, None),
        ("fdi_total_capital", 12e6, "Nhật Bản"), ("fdi_total_capital", 600e6, None)]
    assert {_when(f["period"]) for f in _facts(text)} == {now}


def test_after_n_months_framing_a_sentence_and_the_goal_s_whole_year_is_no_period():
    text = ("Hải Dương\n\n03/10/2023\n\nSau 9 tháng, Hải Dương đã cơ bản hoàn thành mục tiêu thu hút vốn FDI của cả năm với "
            "55 dự án cấp mới.")
    assert _read(text) == [("fdi_new_projects", 55, ("2023-01-01", "2023-09-30"))]
    # "sau 6 tháng triển khai" is no span of the year
    assert find_periods_of("Dự án đi vào hoạt động sau 6 tháng triển khai.") == []


def find_periods_of(text):
    from ngoaivu.ingest.pipeline.normalize import fold_case
    from ngoaivu.ingest.pipeline.periods import find_periods
    return find_periods(fold_case(text))


def test_a_list_of_yearly_results_each_with_its_year_after_it():
    text = ("Lao động Hà Nam\n\n10/01/2025\n\nNăm 2024, Hà Nam đã đưa 1.500 người đi làm việc ở nước ngoài. Những năm trước, "
            "số người đi làm việc ở nước ngoài chỉ đạt 400 người năm 2020, 350 người năm 2021 và 900 người năm 2022.")
    assert _read(text) == [("workers_abroad", 350, ("2021-01-01", "2021-12-31")),
                           ("workers_abroad", 400, ("2020-01-01", "2020-12-31")),
                           ("workers_abroad", 900, ("2022-01-01", "2022-12-31")),
                           ("workers_abroad", 1500, ("2024-01-01", "2024-12-31"))]


def test_a_total_capital_in_a_sentence_opening_on_now_or_fronted_before_what_the_province_holds_now():
    head = "Bình Dương thu hút FDI\n\n03/06/2014\n\n"
    now = _read(head + "Hiện nay, trên địa bàn tỉnh Bình Dương có hơn 2.000 doanh nghiệp FDI, tổng vốn đăng ký trên 19 tỷ USD.")
    assert now == [("fdi_total_capital", 19e9, ("as_of", "2014-06-03"))]
    fronted = _read(head + "Với tổng vốn 40 tỷ USD, Bình Dương hiện có gần 4.000 dự án FDI đang hoạt động.")
    assert fronted == [("fdi_active_projects", 4000, ("as_of", "2014-06-03")), ("fdi_total_capital", 40e9, ("as_of", "2014-06-03"))]


def test_beyond_expectations_is_no_goal():
    text = ("Ninh Thuận\n\n17/10/2007\n\nTừ đầu năm đến nay, vốn đầu tư trực tiếp nước ngoài vào tỉnh Ninh Thuận tăng mạnh "
            "ngoài dự kiến, đạt 150 triệu USD.")
    assert [f["kind"] for f in _facts(text, "target")] == []


def test_a_span_proposed_sets_no_reporting_year_and_a_converted_total_is_no_fdi():
    proposal = _read("KOICA làm việc với Hà Giang\n\nSáng 15/11, đoàn KOICA làm việc với tỉnh Hà Giang. Hiện tỉnh đang đề xuất "
                     "3 dự án mới cho giai đoạn 2025 - 2030.")
    assert proposal == []
    converted = _read("Bắc Giang thu hút đầu tư\n\n05/11/2023\n\nMười tháng năm 2023, Bắc Giang thu hút 1,5 tỷ USD vốn FDI. Chỉ "
                      "tính riêng tháng 10/2023, Bắc Giang thu hút được 160 triệu USD tổng vốn đầu tư quy đổi.")
    assert converted == [("fdi_registered_capital", 1.5e9, ("2023-01-01", "2023-10-31"))]


def test_a_sentence_opening_on_het_and_a_month_written_in_words():
    head = "Hà Tĩnh\n\n15/10/2024\n\n"
    assert _read(head + "Hết quý III năm 2024, tỉnh Hà Tĩnh thu hút 12 dự án FDI mới.") == [
        ("fdi_new_projects", 12, ("2024-01-01", "2024-09-30"))]
    assert _read(head + "Trong tháng Chín, kim ngạch xuất khẩu của tỉnh Hà Tĩnh đạt 90 triệu USD.") == [
        ("export_value", 90e6, ("2024-09-01", "2024-09-30"))]
    # "tháng năm" is no month: "năm" is also "year"; "mỗi tháng ba lần" names no month either
    assert find_periods_of("hàng tháng năm nào cũng có đoàn vào") == []


def test_every_month_name_in_words_is_read():
    # (the month names shared a module-level name with the number words of "chín tháng", which replaced them: "tháng
    # Giêng", "tháng Tư" and "tháng Chạp" raised KeyError)
    for name, month in (("Giêng", 1), ("Tư", 4), ("Chín", 9), ("Mười một", 11), ("Chạp", 12)):
        (mention,) = find_periods_of(f"tháng {name} năm 2023")
        assert (mention.first_month, mention.first_year) == (month, 2023)
