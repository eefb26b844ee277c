"""Observations on wordings found in session 29 (04/12/2026) in the studied long texts: a quarter written "ngay từ",
the first of two counts with their own verbs, the period's total raised by new and added capital, the dollars of all
investors before their foreign part, a comparison base whose own time is described after it. Each rule on made-up
sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _facts, _read

_BULLETIN = "Bản tin thu hút FDI tỉnh Phú Thọ\n\n"


def test_a_quarter_written_ngay_tu_is_that_quarter_and_its_new_and_added_capital_summed_is_registered():
    text = _BULLETIN + ("Ngay từ quý I/2019, tỉnh đã cấp giấy chứng nhận đầu tư mới cho 12 dự án và điều chỉnh tăng vốn cho 5 "
                        "dự án, nâng tổng vốn FDI thu hút trong quý lên hơn 310 triệu USD.")
    quarter = ("2019-01-01", "2019-03-31")
    assert _read(text) == [("fdi_adjusted_projects", 5, quarter), ("fdi_new_projects", 12, quarter),
                           ("fdi_registered_capital", 310e6, quarter)]


def test_a_company_s_total_raised_is_not_the_period_s():
    text = _BULLETIN + ("Trong năm 2019, một công ty điện tử được điều chỉnh tăng thêm 200 triệu USD, nâng tổng vốn đầu tư "
                        "của công ty lên 900 triệu USD.")
    assert ("fdi_registered_capital", 900e6, ("2019-01-01", "2019-12-31")) not in _read(text)


def test_dollars_of_all_investors_before_their_foreign_part_are_not_foreign():
    text = _BULLETIN + ("Tính đến hết tháng 5/2019, tổng vốn đầu tư đăng ký vào tỉnh đạt gần 900 triệu USD, trong đó vốn của "
                        "các dự án FDI hơn 640 triệu USD, phần còn lại là vốn trong nước.")
    assert _read(text) == [("fdi_registered_capital", 640e6, ("2019-01-01", "2019-05-31"))]


def test_the_foreign_part_of_all_investors_new_capital_is_new_capital():
    text = _BULLETIN + ("Riêng tháng 5/2019, tỉnh cấp phép mới cho 14 dự án với tổng vốn 41,5 triệu USD, trong đó phần vốn "
                        "FDI là 30,2 triệu USD.")
    assert _read(text) == [("fdi_new_capital", 30.2e6, ("2019-05-01", "2019-05-31"))]


def test_a_compared_year_described_after_it_frames_its_own_figures_as_a_stock():
    text = ("Phú Thọ thu hút FDI năm 2019\n\nNăm 2019, tỉnh thu hút 420 triệu USD vốn FDI.\n\nSo với năm 1998, khi tỉnh "
            "mới có 3 dự án FDI với tổng vốn 25 triệu USD, quy mô thu hút đã tăng nhiều lần.")
    found = _read(text)
    assert ("fdi_active_projects", 3, ("as_of", "1998-12-31")) in found
    assert ("fdi_total_capital", 25e6, ("as_of", "1998-12-31")) in found


def test_a_year_compared_with_no_clause_on_it_frames_nothing():
    text = ("Phú Thọ thu hút FDI năm 2019\n\nNăm 2019, tỉnh thu hút 420 triệu USD vốn FDI, tăng 30% so với năm 2018, "
            "với 15 dự án mới.")
    assert all(period == ("2019-01-01", "2019-12-31") for _, _, period in _read(text))


def test_the_foreign_sector_named_as_a_cause_leaves_the_province_s_exports_its_own():
    text = ("Phú Thọ thu hút FDI\n\nNăm 2015, tỉnh thu hút 12 dự án FDI.\n\nCũng năm đó, nhờ phần đóng góp lớn của khối "
            "doanh nghiệp FDI, kim ngạch xuất khẩu của tỉnh ước đạt 920 triệu USD, tăng 11,2% so với năm 2014.")
    assert ("export_value", 920e6, ("2015-01-01", "2015-12-31")) in _read(text)


def test_the_foreign_sector_s_exports_stay_the_sector_s():
    text = ("Phú Thọ thu hút FDI\n\nNăm 2015, tỉnh thu hút 12 dự án FDI. Khối doanh nghiệp FDI có kim ngạch xuất khẩu "
            "đạt 700 triệu USD.")
    assert [f for f in _read(text) if f[0] == "export_value"] == []


def test_a_headline_under_a_letterhead_repeating_a_stock_is_dropped_with_the_body_s_date():
    text = ("UBND TỈNH PHÚ THỌ\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n\nBẢN TIN ĐẦU TƯ NƯỚC NGOÀI\nSố 7/2019 – Kỳ 6 tháng đầu năm\n\n"
            "PHÚ THỌ: LŨY KẾ 180 DỰ ÁN FDI\n\nI. KẾT QUẢ\n\nLũy kế đến 30/6/2019, toàn tỉnh có 180 dự án đầu tư trực tiếp "
            "nước ngoài.\n\nII. NHÌN LẠI\n\nNăm 2012, tỉnh thu hút 9 dự án FDI; năm 2012 cũng là năm tỉnh ký nhiều thỏa "
            "thuận. Đến cuối năm 2012, tỉnh có 120 dự án FDI còn hiệu lực.")
    stocks = [f for f in _read(text) if f[0] == "fdi_active_projects"]
    assert stocks == [("fdi_active_projects", 120, ("as_of", "2012-12-31")),
                      ("fdi_active_projects", 180, ("as_of", "2019-06-30"))]


def test_all_investors_total_in_dollars_before_their_foreign_projects_is_not_foreign_and_a_day_s_count_is_a_stock():
    text = ("Phú Thọ thu hút đầu tư\n\nNăm 2019, tỉnh cấp mới 10 dự án FDI.\n\nTại hội nghị xúc tiến đầu tư của tỉnh ngày "
            "5/9/2019, tỉnh công bố có 420 dự án đầu tư với tổng vốn đăng ký khoảng 7 tỷ USD, trong đó 51 dự án FDI với "
            "tổng vốn trên 1,2 tỷ USD.")
    assert _read(text) == [("fdi_active_projects", 51, ("as_of", "2019-09-05")),
                           ("fdi_new_projects", 10, ("2019-01-01", "2019-12-31")),
                           ("fdi_total_capital", 1.2e9, ("as_of", "2019-09-05"))]


def test_the_dollars_after_the_dong_of_a_total_with_its_foreign_share_in_brackets_are_the_foreign_part():
    text = _BULLETIN + ("Năm 2012, tỉnh cấp giấy chứng nhận đầu tư cho 21 dự án (trong đó có 5 dự án có vốn đầu tư nước "
                        "ngoài) với tổng vốn đăng ký 980,5 tỷ đồng và 7,4 triệu USD.")
    assert ("fdi_new_capital", 7.4e6, ("2012-01-01", "2012-12-31")) in _read(text)
    assert ("fdi_new_projects", 21, ("2012-01-01", "2012-12-31")) not in _read(text)


def test_an_industrial_complex_s_projects_are_its_own():
    text = _BULLETIN + ("Năm 2021, tỉnh cấp mới 30 dự án FDI. Riêng khu liên hợp công nghiệp - đô thị của tỉnh đã thu hút "
                        "38 dự án với tổng vốn gần 800 triệu USD, trong đó 19 dự án FDI tăng thêm 300 triệu USD.")
    assert _read(text) == [("fdi_new_projects", 30, ("2021-01-01", "2021-12-31"))]


def test_a_letterhead_dated_without_its_day_sets_the_report_s_year_over_older_years_named_more_often():
    text = ("UBND TỈNH PHÚ THỌ\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố:      /BC-SKHĐT          Phú Thọ, ngày    tháng 7 năm 2019\n\n"
            "BÁO CÁO\nTình hình thu hút đầu tư nước ngoài 6 tháng đầu năm 2019 và kết quả giai đoạn 2013 - 2018\n\n"
            "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2019\n\nTừ đầu năm đến nay, tỉnh thu hút hơn 120 triệu USD vốn đầu tư nước ngoài.\n\n"
            "II. GIAI ĐOẠN 2013 - 2018\n\nNăm 2013, tỉnh cấp mới 8 dự án FDI. Năm 2013 cũng là năm tỉnh thu hút 60 triệu "
            "USD vốn FDI. Đến cuối năm 2013, tỉnh có 70 dự án FDI còn hiệu lực.")
    assert ("fdi_registered_capital", 120e6, ("2019-01-01", "2019-06-30")) in _read(text)


def test_that_year_is_the_year_just_named():
    text = ("Viện trợ PCPNN tỉnh Phú Thọ giai đoạn 2013 - 2017\n\nHỏi: Kết quả cụ thể ra sao?\n\nĐáp: Có thể lấy năm 2015 "
            "làm ví dụ. Năm đó, tỉnh vận động được 19 tổ chức PCPNN với 27 dự án.")
    year = ("2015-01-01", "2015-12-31")
    assert _read(text) == [("ngo_organizations", 19, year), ("ngo_projects", 27, year)]


def test_the_markets_after_the_province_s_workers_abroad_are_its_workers_there():
    text = ("Lao động đi làm việc ở nước ngoài của tỉnh Phú Thọ\nPhú Thọ, ngày 10/6/2021\n\nHiện tỉnh có hơn 5.000 người "
            "lao động đang làm việc ở nước ngoài theo hợp đồng. Đông nhất là thị trường Nhật Bản với trên 2.900 người; "
            "tiếp đến là Hàn Quốc với hơn 1.200 người.")
    counterparts = {f["value"]: f["counterpart"] for f in _facts(text)}
    assert counterparts == {5000: None, 2900: "Nhật Bản", 1200: "Hàn Quốc"}


def test_a_market_s_visitors_with_no_workers_counted_before_are_not_workers():
    text = ("Du lịch tỉnh Phú Thọ năm 2021\n\nNăm 2021, tỉnh đón nhiều khách quốc tế. Đông nhất là thị trường Nhật Bản "
            "với trên 2.900 người.")
    assert _read(text) == []


def test_a_heading_naming_goals_beside_their_context_leaves_each_sentence_its_own_reading():
    text = ("UBND TỈNH PHÚ THỌ\n\nBÁO CÁO\nTiến độ thực hiện chỉ tiêu thu hút đầu tư năm 2024\n\nI. MỤC TIÊU ĐẶT RA VÀ BỐI CẢNH\n\n"
            "1. Năm 2023, tỉnh thu hút hơn 410 triệu USD vốn FDI. Năm 2024, tỉnh đặt mục tiêu thu hút 500 triệu USD vốn FDI.")
    facts = {(f["kind"], f["value"]) for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")}
    assert facts == {("observation", 410e6), ("target", 500e6)}


def test_the_largest_project_named_in_a_total_is_that_project_s():
    text = _BULLETIN + ("Tháng 3/2024, tỉnh thu hút 300 triệu USD vốn FDI; trong đó lớn nhất là tổ hợp sản xuất pin của một "
                        "công ty Hồng Kông với vốn 180 triệu USD.")
    assert _read(text) == [("fdi_registered_capital", 300e6, ("2024-03-01", "2024-03-31"))]


def test_a_lead_naming_the_first_month_as_the_year_repeats_the_body_s_month():
    text = ("Thứ bảy, 10/02/2024\n\nPHÚ THỌ: THÁNG ĐẦU NĂM THU HÚT 60 TRIỆU USD VỐN FDI\n\nPhú Thọ mở đầu năm 2024 với 2 dự "
            "án đầu tư nước ngoài mới, tổng vốn khoảng 60 triệu USD.\n\nTheo báo cáo tháng 1/2024 của UBND tỉnh, trong tháng "
            "đầu năm, tỉnh đã cấp mới cho 2 dự án đầu tư nước ngoài với tổng vốn đăng ký khoảng 60 triệu USD.")
    january = ("2024-01-01", "2024-01-31")
    assert _read(text) == [("fdi_new_capital", 60e6, january), ("fdi_new_projects", 2, january)]


def test_the_same_time_as_a_year_just_named_is_that_year():
    text = ("Hợp tác quốc tế tỉnh Phú Thọ\n\nTrong năm 2012, tỉnh có 12 dự án ODA được triển khai. Cùng thời gian đó, các "
            "tổ chức PCPNN đã triển khai 21 dự án.")
    assert ("ngo_projects", 21, ("2012-01-01", "2012-12-31")) in _read(text)


def test_foreign_projects_licensed_up_to_a_year_are_the_stock_then():
    text = ("Phú Thọ thu hút FDI\n\nNăm 2013, tỉnh cấp mới 2 dự án FDI.\n\nĐến năm 2011, toàn tỉnh mới cấp phép cho 6 dự án FDI "
            "với tổng vốn đăng ký hơn 12 triệu USD.")
    found = _read(text)
    assert ("fdi_active_projects", 6, ("as_of", "2011-12-31")) in found
    assert ("fdi_total_capital", 12e6, ("as_of", "2011-12-31")) in found


def test_projects_licensed_up_to_a_month_stay_the_year_s_flow():
    text = _BULLETIN + "Đến hết tháng 9/2011, tỉnh đã cấp phép cho 6 dự án FDI với tổng vốn đăng ký 12 triệu USD."
    assert ("fdi_new_projects", 6, ("2011-01-01", "2011-09-30")) in _read(text)


def test_a_country_s_capital_after_a_running_total_is_its_stock_whatever_the_next_figure_says():
    text = ("Thu hút FDI của tỉnh Phú Thọ 10 tháng năm 2025\n\nMười tháng năm 2025, tỉnh thu hút 300 triệu USD vốn FDI.\n\n"
            "Lũy kế đến nay, đã có 30 quốc gia và vùng lãnh thổ đầu tư vào tỉnh. Hàn Quốc dẫn đầu với tổng vốn đầu tư trên "
            "2,1 tỷ USD và 190 dự án cấp mới; Nhật Bản đứng thứ hai với 900 triệu USD.")
    stocks = {(f["value"], f["counterpart"]) for f in _facts(text) if f["indicator"] == "fdi_total_capital"}
    assert stocks == {(2.1e9, "Hàn Quốc"), (900e6, "Nhật Bản")}


def test_the_last_n_years_end_at_the_text_s_now():
    december = ("Viện trợ phi chính phủ nước ngoài tỉnh Phú Thọ\nPhú Thọ, ngày 20/12/2019\n\nTrong 5 năm qua, tỉnh đã vận "
                "động được 130 chương trình, dự án viện trợ phi chính phủ nước ngoài.")
    assert _read(december) == [("ngo_new_commitments", 130, ("2015-01-01", "2019-12-20"))]
    july = ("Thu hút FDI tỉnh Phú Thọ\nPhú Thọ, ngày 29/7/2014\n\nThu hút FDI trong 5 năm qua đã khởi sắc trở lại, với 46 "
            "dự án FDI được cấp phép.")
    assert _read(july) == [("fdi_new_projects", 46, ("2009-01-01", "2014-07-29"))]


def test_a_gate_pair_of_road_and_river_crossings_is_one_pair():
    text = ("Đồng Tháp - Prey Veng\n\nNăm 2025, chính quyền hai tỉnh cùng công bố khai trương cặp cửa khẩu quốc tế đường bộ "
            "và đường sông Thường Phước (Đồng Tháp) - Kaoh Roka (Prey Veng).")
    gates = [(f["vn"], f["foreign"]) for f in extract_text(text)["facts"] if f["kind"] == "border_gate"]
    assert gates == [("Thường Phước", "Kaoh Roka")]


def test_the_districts_figures_together_and_one_gate_singled_out_are_not_the_province_s():
    text = ("Đối ngoại tỉnh Quảng Bình năm 2023\n\nTrong năm 2023, tỉnh đón 45 đoàn vào. Các huyện, thị xã, thành phố đón 17 "
            "đoàn khách quốc tế. Kim ngạch xuất khẩu của tỉnh ước đạt 560 triệu USD; riêng xuất khẩu qua cửa khẩu quốc tế "
            "Cha Lo đạt 65 triệu USD.")
    assert [v for _, v, _ in _read(text)] == [45, 560e6]


def test_the_body_under_a_letterhead_keeps_its_wording_over_the_headline_s():
    text = ("SỞ CÔNG THƯƠNG TỈNH PHÚ THỌ\nBẢN TIN THƯƠNG MẠI\nSố 08/2022\n\nTÁM THÁNG NĂM 2022: XUẤT KHẨU ƯỚC ĐẠT 5,2 TỶ USD\n\n"
            "Lũy kế 8 tháng năm 2022, kim ngạch xuất khẩu ước đạt 5,2 tỷ USD, tăng 18,6% so với cùng kỳ, bằng 68,4% kế hoạch năm.")
    [export] = _facts(text)
    assert (export["value"], export["change_pct"], export["plan_pct"]) == (5.2e9, 18.6, 68.4)


def test_the_items_aid_was_committed_for_are_new_commitments_and_one_donor_s_share_is_its_own():
    text = ("Viện trợ phi chính phủ nước ngoài tỉnh Phú Thọ\n\nSáu tháng đầu năm 2024, các tổ chức phi chính phủ nước ngoài "
            "đã cam kết viện trợ 1,2 triệu USD cho 14 dự án, trong đó tổ chức World Vision (Hoa Kỳ) tài trợ 450.000 USD.")
    half = ("2024-01-01", "2024-06-30")
    assert _read(text) == [("ngo_committed", 1.2e6, half), ("ngo_new_commitments", 14, half)]


def test_a_bare_turnover_after_a_paragraph_s_trade_is_that_trade_in_its_own_period():
    text = ("Hợp tác Lạng Sơn - Quảng Tây\n\nNăm 2021, kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 4,2 tỷ "
            "USD, giảm 6,7% so với năm 2020. Mười tháng năm 2022, kim ngạch đạt 3,1 tỷ USD.")
    assert ("trade_value", 3.1e9, ("2022-01-01", "2022-10-31")) in _read(text)


def test_a_heading_looking_back_ends_a_goals_section():
    text = ("Phú Thọ xuất khẩu\nThứ Năm, 29/08/2013 11:14\n\nMục tiêu mới, định hướng không đổi\n\nTheo dự thảo chiến lược, "
            "tỉnh phấn đấu đến năm 2020 đạt kim ngạch xuất khẩu 2,4 tỷ USD.\n\nNhìn lại năm bản lề 2012\n\nChỉ trong 11 tháng "
            "năm 2012, kim ngạch xuất khẩu của tỉnh đã đạt 1,1 tỷ USD, tăng 22% so với cùng kỳ năm 2011.")
    kinds = {f["value"]: f["kind"] for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")}
    assert kinds == {2.4e9: "target", 1.1e9: "observation"}


def test_foreign_projects_attracted_by_the_start_of_a_year_told_after_a_colon_are_the_stock_then():
    text = ("Phú Thọ thu hút FDI\n\nNăm 2013, tỉnh cấp mới 5 dự án FDI.\n\nTại hội nghị xúc tiến đầu tư, tỉnh giới thiệu con "
            "số: tính đến đầu năm 2005, toàn tỉnh đã thu hút 52 dự án FDI với tổng vốn đăng ký 369,8 triệu USD.")
    stocks = [f["period"]["as_of"] for f in _facts(text) if f["indicator"] == "fdi_active_projects"]
    assert [day[:4] for day in stocks] == ["2005"]  # (the day is the year's end: "đầu năm" is not read as its start yet)


_REPORT_2021 = ("BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2021 của tỉnh Phú Thọ\n\n1. Hoạt động đối ngoại\n6 tháng đầu năm "
                "2021 tỉnh chỉ cử 2 đoàn ra (cùng kỳ năm 2020: 5 đoàn). Tỉnh đã ký 2 bản ghi nhớ hợp tác với tỉnh Xiêng Khoảng "
                "và tỉnh Hủa Phăn (Lào), nâng tổng số văn bản thỏa thuận quốc tế còn hiệu lực của tỉnh lên 47 văn bản.\n\n"
                "2. Công tác phi chính phủ nước ngoài\nTỉnh phê duyệt 12 khoản viện trợ với tổng trị giá 27,3 tỷ đồng. Lũy kế từ "
                "đầu nhiệm kỳ 2021 - 2026 đến nay, tỉnh đã tiếp nhận 3 chương trình, dự án ODA.\n\n3. Lao động\nTrong 6 tháng, "
                "6.210 lao động của tỉnh đi làm việc ở nước ngoài, trong đó sang Nhật Bản 3.980 người.")


def test_a_compared_year_is_no_count_and_its_own_figure_is_that_year_s():
    delegations = [(f["value"], f["period"]["start"][:4]) for f in _facts(_REPORT_2021) if f["indicator"] == "delegation_exchanges"]
    assert sorted(delegations) == [(2, "2021"), (5, "2020")]


def test_a_term_named_in_a_later_sentence_frames_no_figure_before_it():
    [projects] = [f for f in _facts(_REPORT_2021) if f["indicator"] == "ngo_new_commitments"]
    assert (projects["kind"], projects["period"]) == ("observation", {"start": "2021-01-01", "end": "2021-06-30"})


def test_a_total_raised_and_a_total_with_a_country_s_part_are_nobody_s_in_particular():
    counterparts = {f["value"]: f["counterpart"] for f in _facts(_REPORT_2021)
                    if f["indicator"] in ("agreements_signed", "workers_abroad")}
    assert (counterparts[47], counterparts[6210], counterparts[3980]) == (None, None, "Nhật Bản")


def test_a_rank_on_another_measure_named_after_it_is_no_fdi_rank():
    text = ("Quảng Ninh thu hút FDI năm 2023\n\nNăm 2023, thu hút FDI của tỉnh đạt 3,11 tỷ USD. Tỉnh xếp thứ 12/63 tỉnh, "
            "thành phố về chỉ số năng lực cạnh tranh cấp tỉnh (PCI).")
    assert [f for f in _read(text) if f[0] == "fdi_rank"] == []


def test_a_report_on_last_year_dated_without_its_day_speaks_of_the_present_in_the_month_it_was_written():
    text = ("UBND TỈNH PHÚ THỌ\nSỞ NGOẠI VỤ\nSố:      /BC-SNgV          Phú Thọ, ngày     tháng 10 năm 2024\n\nBÁO CÁO\n"
            "Kết quả tiếp nhận viện trợ phi chính phủ nước ngoài năm 2023, từ đầu năm 2024 đến nay\n\nHiện nay, trên địa bàn "
            "tỉnh có 30 tổ chức PCPNN đang hoạt động. Năm 2023, tỉnh tiếp nhận 11 khoản viện trợ mới; năm 2023 các tổ chức "
            "đã giải ngân 1,5 triệu USD.")
    organizations = [f["period"] for f in _facts(text) if f["indicator"] == "ngo_organizations"]
    assert organizations == [{"as_of": "2024-10-31"}]


def test_levels_reached_in_later_years_of_a_look_back_are_each_year_s():
    text = ("Xuất khẩu tỉnh Phú Thọ\n\nNăm 2020, xuất khẩu đạt 1 tỷ USD.\n\nKim ngạch xuất khẩu của tỉnh năm 2001 đạt 219,32 "
            "triệu USD, đến năm 2004 đã tăng lên 300,6 triệu USD và năm 2005 ước đạt 325 triệu USD.")
    years = {v: when[0][:4] for _, v, when in _read(text)}
    assert (years[219.32e6], years[300.6e6], years[325e6]) == ("2001", "2004", "2005")


def test_a_rubric_above_the_headline_leaves_the_headline_a_headline():
    text = ("KINH TẾ - ĐẦU TƯ\n\nPhú Thọ: 5 năm chấp thuận 116 dự án, trong đó có 9 dự án FDI\n\nNhìn lại giai đoạn 2016 - "
            "2020, tỉnh đã chấp thuận chủ trương cho 116 dự án. Trong số này có 9 dự án đầu tư trực tiếp nước ngoài (FDI).")
    assert [f for f in _read(text) if f[1] == 9] == [("fdi_new_projects", 9, ("2016-01-01", "2020-12-31"))]


def test_the_items_of_new_and_adjusted_projects_together_take_their_own_forms():
    text = _BULLETIN + ("Tính đến ngày 15/8/2021, toàn tỉnh có 40 dự án FDI được cấp mới và điều chỉnh vốn, gồm 22 dự án cấp "
                        "mới và 18 dự án điều chỉnh vốn.")
    span = ("2021-01-01", "2021-08-15")
    assert _read(text) == [("fdi_adjusted_projects", 18, span), ("fdi_new_projects", 22, span)]


def test_what_the_province_s_workers_send_home_is_remittances_but_one_worker_s_is_not():
    text = ("Lao động tỉnh Phú Thọ\nPhú Thọ, ngày 15/12/2023\n\nNăm 2023, hiện có khoảng 5.600 lao động của tỉnh đang làm việc "
            "ở nước ngoài, mỗi năm gửi về khoảng 40 triệu USD. Bình quân mỗi lao động gửi về 20 triệu đồng mỗi tháng.")
    assert [(f["value"], f["unit"]) for f in _facts(text) if f["indicator"] == "remittances"] == [(40e6, "USD")]


def test_a_rubric_under_a_dateline_leaves_the_headline_a_headline():
    text = ("Thứ Năm, 29/04/2021\n\nĐẦU TƯ - HỢP TÁC\n\nPhú Thọ mời gọi đối tác: đã thu hút 10 dự án FDI với 71,5 triệu USD\n\n"
            "Báo cáo tại hội nghị, Sở Kế hoạch và Đầu tư cho biết đến nay tỉnh đã thu hút 230 dự án đầu tư, trong đó có 10 dự "
            "án có vốn đầu tư nước ngoài với tổng vốn 71,5 triệu USD.")
    assert [(f[0], f[2]) for f in _read(text) if f[1] == 10] == [("fdi_active_projects", ("as_of", "2021-04-29"))]


def test_the_months_a_text_reports_expected_as_they_close_are_an_estimate_not_a_goal():
    text = ("Phú Thọ: 6 tháng đầu năm 2024 xuất khẩu dự kiến đạt 420 triệu USD\n\nSố liệu của Sở Công Thương cho thấy, kim ngạch "
            "xuất khẩu 6 tháng đầu năm 2024 của tỉnh dự kiến đạt 420 triệu USD. Năm 2025, kim ngạch xuất khẩu dự kiến đạt 900 "
            "triệu USD.")
    kinds = {(f["kind"], f["value"], f.get("qualifier")) for f in extract_text(text)["facts"] if f["kind"] in ("observation", "target")}
    assert kinds == {("observation", 420e6, "estimate"), ("target", 900e6, "estimate")}


def test_an_event_s_participants_and_a_district_level_programme_are_not_the_province_s():
    text = ("Vận động viện trợ phi chính phủ nước ngoài tỉnh Phú Thọ năm 2023\n\nNăm 2023, tỉnh có 32 tổ chức phi chính phủ "
            "nước ngoài hoạt động. Hội nghị diễn ra tại thành phố Việt Trì, kết nối trực tuyến với 14 tổ chức phi chính phủ "
            "nước ngoài. Tại chương trình, 6 tổ chức phi chính phủ nước ngoài đã trao quà cho học sinh. Ở cấp huyện, một tổ "
            "chức triển khai chương trình vùng với tổng vốn hơn 2,5 triệu USD.")
    assert [v for _, v, _ in _read(text)] == [32]


def test_projects_still_studied_and_their_size_are_no_figures():
    text = ("Đà Nẵng thu hút FDI\n\nSáu tháng đầu năm 2019, thành phố đã trao giấy chứng nhận đầu tư cho 8 dự án FDI với tổng "
            "vốn hơn 492 triệu USD và chấp thuận cho 11 dự án nghiên cứu đầu tư với quy mô gần 3.500 triệu USD.")
    assert [v for _, v, _ in _read(text)] == [492e6, 8]


def test_a_high_tech_park_s_figures_are_its_own():
    text = ("Đà Nẵng thu hút FDI\n\nNăm 2019, thành phố cấp mới 20 dự án FDI. Riêng Khu công nghệ cao thu hút 3 dự án FDI với "
            "50 triệu USD.")
    assert _read(text) == [("fdi_new_projects", 20, ("2019-01-01", "2019-12-31"))]


def test_projects_attracted_since_the_year_s_start_are_a_flow():
    text = ("Phú Thọ: Thu hút FDI tăng mạnh\nPhú Thọ, ngày 5/11/2023\n\nTừ đầu năm đến nay, tỉnh đã thu hút 28 dự án FDI với "
            "tổng vốn gần 400 triệu USD.")
    assert [f[0] for f in _read(text)] == ["fdi_new_capital", "fdi_new_projects"]


def test_a_base_stated_before_the_figure_it_is_compared_with_is_the_earlier_year_s():
    text = ("Phú Thọ thu hút FDI\nPhú Thọ, ngày 3/10/2019\n\nChín tháng năm 2019, tỉnh thu hút 1,24 tỷ USD vốn FDI. So với cùng "
            "kỳ năm 2018 (1,09 tỷ USD), vốn FDI 9 tháng năm nay tăng 13,8%.")
    assert ("fdi_registered_capital", 1.09e9, ("2018-01-01", "2018-09-30")) in _read(text)


def test_a_reviewed_span_in_a_later_sentence_still_frames_the_figures_before_it():
    text = ("Công tác đối ngoại tỉnh Phú Thọ\nPhú Thọ, ngày 27/12/2021\n\nNăm 2021, tỉnh tiếp tục triển khai các hoạt động.\n\n"
            "Thời gian qua, tỉnh tổ chức 02 cuộc xúc tiến đầu tư tại tỉnh, 9 cuộc xúc tiến đầu tư, thương mại ở nước ngoài. "
            "Tốc độ tăng bình quân giá trị xuất khẩu 05 năm 2016-2020 đạt 9,5%/năm.")
    promotions = {f["value"]: f["period"] for f in _facts(text) if f["indicator"].startswith("investment_promotion")}
    assert promotions == {2: {"start": "2016-01-01", "end": "2020-12-31"}, 9: {"start": "2016-01-01", "end": "2020-12-31"}}
