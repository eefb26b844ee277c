"""Observations written in other forms than the seeds': each rule on made-up sentences."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _observations(text, **kwargs):
    return [f for f in extract_text(text, **kwargs)["facts"] if f["kind"] == "observation"]


def _values(text, **kwargs):
    return {(f["indicator"], f.get("value", (f.get("value_min"), f.get("value_max")))) for f in _observations(text, **kwargs)}


def _one(text, indicator):
    found = [f for f in _observations(text) if f["indicator"] == indicator]
    assert len(found) == 1, found
    return found[0]


def test_two_periods_in_a_sentence_anchor_to_their_own():
    facts = _observations("6 tháng đầu năm 2026, kim ngạch xuất khẩu của tỉnh đạt 2,3 tỷ USD, tăng 9% so với "
                          "6 tháng năm 2025 (đạt 2,11 tỷ USD).")
    by_value = {f["value"]: f for f in facts if f["indicator"] == "export_value"}
    assert by_value[2.3e9]["period"] == {"start": "2026-01-01", "end": "2026-06-30"} and by_value[2.3e9]["change_pct"] == 9
    assert by_value[2.11e9]["period"] == {"start": "2025-01-01", "end": "2025-06-30"}


def test_a_base_written_as_a_level_of_the_same_period():
    facts = _observations("Quý I/2026, tỉnh cấp mới 6 dự án FDI với vốn đăng ký 210 triệu USD, gấp nhiều lần "
                          "mức 17 triệu USD của cùng kỳ năm 2025.")
    base = [f for f in facts if f["value"] == 17e6]
    assert base and base[0]["indicator"] == "fdi_new_capital" and base[0]["period"]["start"] == "2025-01-01"


def test_times_the_same_period_is_a_change():
    assert _one("Năm 2026, tỉnh thu hút 410 triệu USD vốn FDI, gấp 3,5 lần cùng kỳ.", "fdi_registered_capital")["change_pct"] == 250


def test_ratio_to_the_same_period_is_a_change_not_a_plan_share():
    fact = _one("Năm 2026, vốn FDI đăng ký của tỉnh đạt 42 triệu USD, chỉ bằng 60% cùng kỳ năm 2025.", "fdi_registered_capital")
    assert fact["change_pct"] == -40 and fact["plan_pct"] is None


def test_times_against_a_named_quarter():
    fact = _one("Quý I/2026, vốn đăng ký tăng thêm của các dự án FDI đạt 90 triệu USD, tăng 4 lần so với quý I/2025.",
                "fdi_added_capital")
    assert fact["change_pct"] == 300


def test_rank_out_of_all_provinces():
    fact = _one("Năm 2026, tỉnh xếp thứ 17/63 tỉnh, thành phố về thu hút FDI.", "fdi_rank")
    assert fact["value"] == 17


def test_a_written_date_beats_now_for_a_stock():
    fact = _one("Tính đến tháng 9/2026, trên địa bàn tỉnh hiện có 315 dự án FDI.", "fdi_active_projects")
    assert fact["period"] == {"as_of": "2026-09-30"}


def test_from_the_start_of_the_year_until_now_is_a_span():
    fact = _one("Từ đầu năm 2026 đến nay, tỉnh đã triển khai 27 dự án viện trợ phi chính phủ nước ngoài.", "ngo_projects")
    assert fact["period"]["start"] == "2026-01-01" and "as_of" not in fact["period"]


def test_from_one_year_to_the_end_of_another():
    fact = _one("Từ năm 2009 đến hết năm 2026, giá trị viện trợ phi chính phủ giải ngân đạt 61,2 triệu USD.", "ngo_disbursed")
    assert fact["period"] == {"start": "2009-01-01", "end": "2026-12-31"}


def test_months_in_words():
    fact = _one("Ba tháng đầu năm 2026, kim ngạch nhập khẩu đạt 140 triệu USD.", "import_value")
    assert fact["period"] == {"start": "2026-01-01", "end": "2026-03-31"}
    fact = _one("Nửa đầu năm 2026, kim ngạch xuất khẩu và nhập khẩu qua các cửa khẩu đạt 800 triệu USD.", "trade_value")
    assert fact["period"] == {"start": "2026-01-01", "end": "2026-06-30"}


def test_a_counterpart_country_is_not_the_province_s_total():
    fact = _one("Năm 2026, nhà đầu tư Hàn Quốc có 31 dự án FDI còn hiệu lực tại tỉnh.", "fdi_active_projects")
    assert fact["counterpart"] == "Hàn Quốc"


def test_new_registered_and_added_capital():
    values = _values("Năm 2026, tỉnh cấp mới 14 dự án FDI với vốn đăng ký 260 triệu USD; 7 lượt dự án điều chỉnh "
                     "tăng vốn với vốn tăng thêm 35 triệu USD.")
    assert values == {("fdi_new_projects", 14), ("fdi_new_capital", 260e6), ("fdi_adjusted_projects", 7),
                      ("fdi_added_capital", 35e6)}


def test_new_and_adjusted_together_is_registered_capital():
    values = _values("Năm 2026, tỉnh cấp mới và điều chỉnh vốn cho 19 dự án FDI, tổng vốn đăng ký tăng thêm 510 triệu USD.")
    assert values == {("fdi_registered_capital", 510e6)}


def test_a_headline_repeating_a_body_figure_is_one_fact():
    text = ("Tỉnh thu hút gần 700 triệu USD vốn FDI\n"
            "Năm 2026, tỉnh thu hút 688 triệu USD vốn FDI, tăng 11% so với năm 2025.")
    assert _values(text) == {("fdi_registered_capital", 688e6)}


def test_a_headline_figure_the_body_does_not_give_stays():
    text = "Tỉnh ký 5 thỏa thuận hợp tác quốc tế\nNăm 2026, tỉnh tổ chức 3 hội nghị quốc tế."
    assert _values(text) == {("agreements_signed", 5), ("intl_conferences", 3)}


def test_national_and_other_provinces_figures_are_not_the_province_s():
    text = ("Hà Nam thu hút vốn FDI năm 2023\n"
            "Năm 2023, cả nước thu hút 36 tỷ USD vốn FDI; tỉnh Hà Nam thu hút 330 triệu USD vốn FDI, "
            "còn tỉnh Nam Định thu hút 120 triệu USD vốn FDI.")
    assert _values(text) == {("fdi_registered_capital", 330e6)}


def test_a_province_merged_into_the_reporting_one_is_not_another_province():
    text = "Ninh Bình sau hợp nhất\nNăm 2026, tỉnh Ninh Bình (gồm cả địa bàn Hà Nam cũ) thu hút 330 triệu USD vốn FDI."
    assert _values(text) == {("fdi_registered_capital", 330e6)}


def test_parts_and_restatements_are_not_new_figures():
    text = ("Năm 2026, tỉnh cấp mới 30 dự án FDI; trong đó các khu công nghiệp thu hút 22 dự án với tổng vốn 300 triệu USD. "
            "Viện trợ phi chính phủ nước ngoài cam kết đạt 4 triệu USD, tương đương 100 tỷ đồng.")
    assert _values(text) == {("fdi_new_projects", 30), ("ngo_committed", 4e6)}


def test_counts_in_words():
    values = _values("Năm 2026, tỉnh đã ký kết hai thỏa thuận hợp tác quốc tế và tổ chức mười hai đoàn ra nước ngoài.")
    assert ("agreements_signed", 2) in values


def test_both_sides_is_not_a_count():
    assert _values("Ngày 3/5/2026, hai đoàn đã hội đàm về hợp tác giữa hai tỉnh.") == set()


def test_a_follow_up_sentence_keeps_the_topic():
    values = _values("Năm 2026, vốn FDI thu hút vào tỉnh đạt 520 triệu USD. Trong đó, tỉnh cấp mới 18 dự án "
                     "với tổng vốn 300 triệu USD.")
    assert ("fdi_new_projects", 18) in values and ("fdi_new_capital", 300e6) in values


def test_the_date_a_report_speaks_from():
    text = ("Cập nhật: 14/01/2027 08:00\nTính đến ngày 20/12/2026, tỉnh thu hút 1,1 tỷ USD vốn FDI.\n"
            "Lũy kế đến nay, toàn tỉnh có 640 dự án FDI còn hiệu lực.")
    assert _one(text, "fdi_active_projects")["period"] == {"as_of": "2026-12-20"}


def test_a_count_held_at_a_date_reached_is_in_force():
    fact = _one("Đến cuối năm 2026, thành phố có 845 dự án FDI với tổng vốn đầu tư hơn 3,1 tỷ USD.", "fdi_active_projects")
    assert fact["period"] == {"as_of": "2026-12-31"}
    assert _one("Đến cuối năm 2026, thành phố có 845 dự án FDI với tổng vốn đầu tư hơn 3,1 tỷ USD.",
                "fdi_total_capital")["value"] == 3.1e9


def test_a_tally_until_now_is_at_the_text_s_date():
    text = "Cập nhật: 09/10/2026 10:00\nĐến nay, tỉnh đã ký 19 thỏa thuận hợp tác với các địa phương nước ngoài."
    assert _one(text, "agreements_signed")["period"] == {"as_of": "2026-10-09"}


def test_workers_in_a_named_country_are_abroad():
    fact = _one("Năm 2026, hiện có khoảng 12.000 lao động của tỉnh đang làm việc tại Nhật Bản.", "workers_abroad")
    assert fact["value"] == 12000 and fact["counterpart"] == "Nhật Bản"
    assert not [f for f in _observations("Năm 2026, có 12.000 lao động đang làm việc tại các khu công nghiệp của tỉnh.")
                if f["indicator"] == "workers_abroad"]


def test_aid_projects_won_this_month_are_new_commitments():
    fact = _one("Trong tháng 8/2026, tỉnh vận động thêm được 03 dự án viện trợ phi chính phủ nước ngoài.",
                "ngo_new_commitments")
    assert fact["value"] == 3


def test_the_nation_as_the_field_of_a_comparison_keeps_the_figure():
    text = "Dù nhỏ nhất cả nước, tỉnh Hưng Yên đứng thứ 6 toàn quốc về vốn đầu tư trực tiếp nước ngoài năm 2026."
    assert _one(text, "fdi_rank")["value"] == 6


def test_workers_of_a_country_s_programme():
    fact = _one("Năm 2026, riêng chương trình EPS của Hàn Quốc hiện có khoảng 7.300 lao động của tỉnh.", "workers_abroad")
    assert fact["counterpart"] == "Hàn Quốc"


def test_in_the_year_is_the_year_the_text_last_named():
    text = ("Cập nhật: 20/03/2027 09:00\nNăm 2026, thành phố thu hút 450 triệu USD vốn FDI. "
            "Cũng trong năm, thành phố tiếp nhận 27 dự án viện trợ phi chính phủ nước ngoài mới.")
    assert _one(text, "ngo_new_commitments")["period"] == {"start": "2026-01-01", "end": "2026-12-31"}


def test_new_projects_since_the_start_of_the_year_are_new():
    fact = _one("Từ đầu năm 2026 đến nay, tỉnh đã cấp mới 9 dự án FDI với tổng vốn đăng ký 75 triệu USD.", "fdi_new_projects")
    assert fact["value"] == 9


def test_the_capital_of_a_country_s_projects_is_theirs_too():
    facts = _observations("Năm 2026, các nhà đầu tư Nhật Bản dẫn đầu với 8 dự án FDI, tổng vốn 420 triệu USD.")
    assert {f["counterpart"] for f in facts} == {"Nhật Bản"}


def test_a_headline_figure_gives_way_to_the_body_s_wording():
    text = ("Kim ngạch xuất khẩu 9 tháng ước đạt 310 triệu USD\n"
            "9 tháng năm 2026, kim ngạch xuất khẩu ước đạt 310 triệu USD, tăng 6% so với cùng kỳ và bằng 72% kế hoạch năm.")
    fact = _one(text, "export_value")
    assert (fact["change_pct"], fact["plan_pct"]) == (6, 72)


def test_the_foreign_invested_sector_s_output_is_not_fdi_capital():
    text = ("Năm 2026, xuất khẩu của tỉnh đạt 3,1 tỷ USD. Khu vực kinh tế có vốn đầu tư nước ngoài vẫn chi phối khi "
            "đạt 2,9 tỷ USD, chiếm 93% tổng giá trị xuất khẩu.")
    assert _values(text) == {("export_value", 3.1e9)}


def test_implemented_capital_of_the_foreign_invested_sector_is_the_province_s():
    fact = _one("Năm 2026, vốn đầu tư thực hiện của khu vực có vốn đầu tư nước ngoài đạt 2.100 tỷ đồng, tăng 12%.",
                "fdi_implemented_capital")
    assert fact["value"] == 2.1e12 and fact["change_pct"] == 12


def test_projects_that_disburse_report_implemented_capital():
    facts = _observations("Hiện tỉnh có 40 dự án FDI. Trong 6 tháng năm 2026, các dự án FDI giải ngân khoảng 21,5 triệu USD; "
                          "lũy kế giải ngân từ khi cấp phép đến nay khoảng 300 triệu USD.")
    implemented = {f["value"]: f["period"] for f in facts if f["indicator"] == "fdi_implemented_capital"}
    assert implemented[21.5e6] == {"start": "2026-01-01", "end": "2026-06-30"}
    assert set(implemented[300e6]) == {"as_of"}


def test_a_rank_written_in_words_among_all_provinces():
    fact = _one("Tỉnh A đứng thứ ba cả nước về thu hút FDI trong 6 tháng năm 2026 với 800 triệu USD.", "fdi_rank")
    assert fact["value"] == 3 and set(fact["period"]) == {"as_of"}


def test_a_rank_in_words_naming_its_holder_after_it():
    # (other provinces named: since session 51 "xếp thứ hai với 700 triệu USD" is a rank, here another province's)
    text = ("Năm 2026, tỉnh Long An thu hút nhiều vốn FDI. Tỉnh Bình Dương dẫn đầu với 1,2 tỷ USD vốn FDI; tỉnh Đồng Nai "
            "xếp thứ hai với 700 triệu USD. Đứng thứ ba là tỉnh Long An với tổng vốn FDI đăng ký năm 2026 đạt 510 triệu USD.")
    assert _one(text, "fdi_rank")["value"] == 3


def test_a_bare_ordinal_ranks_nothing():
    assert not [f for f in _observations("Năm 2026, dự án FDI của tỉnh xếp thứ hai về quy mô vốn, với 90 triệu USD.")
                if f["indicator"] == "fdi_rank"]


def test_a_threshold_the_named_places_pass_is_not_a_figure():
    text = ("Các địa phương có vốn FDI năm 2026 trên 1 tỷ USD là Bắc Ninh, Bình Dương và Đồng Nai. "
            "Riêng tỉnh, năm 2026 thu hút 640 triệu USD vốn FDI.")
    assert _values(text) == {("fdi_registered_capital", 640e6)}


def test_a_foreign_country_s_investment_in_viet_nam_is_the_nation_s():
    text = ("Tính đến tháng 10/2026, tỉnh có 70 dự án FDI còn hiệu lực. Nhật Bản là một trong ba nhà đầu tư lớn nhất tại Việt Nam với hơn "
            "5.000 dự án, tổng vốn hơn 70 tỷ USD.")
    assert _values(text) == {("fdi_active_projects", 70)}


def test_another_province_s_breakdown_stays_theirs_item_by_item():
    text = ("Bắc Ninh thu hút FDI năm 2026\n\nNăm 2026, Đồng Nai xếp thứ hai với hơn 600 triệu USD vốn FDI; trong đó 18 dự án cấp mới với 64 triệu USD "
            "và 22 dự án điều chỉnh tăng thêm hơn 320 triệu USD. Tỉnh Bắc Ninh năm 2026 cấp mới 53 dự án FDI.")
    assert _values(text) == {("fdi_new_projects", 53)}


def test_a_rank_in_words_then_the_named_province():
    # 2023: before the 2025 merger Bắc Giang is another province
    text = ("Bắc Ninh thu hút FDI năm 2023\n\nNăm 2023, Bắc Giang dẫn đầu với tổng vốn FDI đăng ký hơn 1,2 tỷ USD. "
            "Đứng thứ ba là Bắc Ninh với tổng vốn FDI đăng ký năm 2023 đạt 510 triệu USD.")
    assert _one(text, "fdi_rank")["value"] == 3 and _one(text, "fdi_registered_capital")["value"] == 510e6


def test_an_undated_text_speaks_from_the_months_it_reports_not_a_year_it_recalls():
    text = ("Năm 2010, tỉnh chỉ có 3 dự án FDI. Hội nghị xúc tiến đầu tư năm 2019 mở ra nhiều cơ hội. "
            "Hiện nay tỉnh có 25 dự án FDI còn hiệu lực. Trong 9 tháng năm 2020, các dự án FDI giải ngân khoảng 12 triệu USD.")
    stocks = {f["value"]: f["period"]["as_of"] for f in _observations(text) if f["indicator"] == "fdi_active_projects"}
    assert stocks[25].startswith("2020")
    assert stocks[3] == "2010-12-31"  # "chỉ có": what stood then (session 29)


def test_a_headline_repeating_a_part_s_figure_is_dropped_with_it():
    text = ("Tỉnh A thu hút được 15 dự án FDI\n\nNgày 10/02/2026, Ban Quản lý các khu công nghiệp cho biết lũy kế đến nay "
            "các khu công nghiệp có 60 dự án còn hiệu lực, trong đó có 15 dự án FDI.")
    assert not [f for f in _observations(text) if f["value"] == 15]


def test_a_sentence_opened_on_the_industrial_parks_speaks_of_them_throughout():
    text = ("Năm 2026, toàn tỉnh cấp mới 30 dự án FDI. Riêng các khu công nghiệp, năm 2026 thu hút 20 dự án, gồm 12 dự án FDI "
            "và 8 dự án trong nước, đồng thời điều chỉnh tăng vốn cho 9 dự án FDI.")
    assert _values(text) == {("fdi_new_projects", 30)}


def test_those_honoured_are_no_tally():
    text = ("Năm 2026, tỉnh tiếp nhận 12 dự án viện trợ phi chính phủ nước ngoài. "
            "Nhân dịp này, UBND tỉnh tặng Bằng khen cho 9 tổ chức phi chính phủ nước ngoài có đóng góp tích cực.")
    assert not [f for f in _observations(text) if f["value"] == 9]


def test_donors_in_a_text_on_aid_are_organizations():
    text = ("Năm 2026, tỉnh vận động viện trợ phi chính phủ nước ngoài được 3 triệu USD. "
            "Trong năm, tỉnh có khoảng 15 nhà tài trợ, chủ yếu trong lĩnh vực y tế.")
    assert _one(text, "ngo_organizations")["value"] == 15


def test_a_list_of_places_with_their_amounts_gives_the_province_its_own():
    text = ("Bắc Ninh xuất khẩu hai tháng đầu năm 2025\n\nLũy kế 2 tháng đầu năm 2025, TP Hồ Chí Minh dẫn đầu cả nước về "
            "xuất khẩu với 7,05 tỷ USD, tiếp theo là Thái Nguyên 5,6 tỷ USD, Bắc Ninh 5,3 tỷ USD và Bình Dương 5,1 tỷ USD.")
    assert _values(text) == {("export_value", 5.3e9)}
