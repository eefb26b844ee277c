"""Observations on wordings found when the retired untouched splits (dev24, dev25) were studied: stocks
beside flows, undated texts, foreign parts of mixed totals. Each rule on made-up sentences (none names a
development text's place, figure or sentence)."""
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
