"""Observations on wordings of the obs20 round (reports published the next year, stocks beside flows,
sub-areas and mixed totals), each rule on made-up sentences (none names a development text's place,
figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.numbers import find_quantities
from ngoaivu.ingest.pipeline.periods import find_periods


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _read(text):
    return sorted((f["indicator"], f["value"], _years(f["period"])) for f in _facts(text))


def _years(period):
    return ("as_of", period["as_of"][:4]) if "as_of" in period else (period["start"][:4], period["end"][:4])


def test_the_base_year_of_constant_prices_is_no_period():
    text = ("Năm 2021, tổng sản phẩm của tỉnh (giá so sánh năm 2010) tăng 5%. "
            "Kim ngạch xuất khẩu đạt 900 triệu USD, tăng 8% so với năm trước.")
    assert _read(text) == [("export_value", 900e6, ("2021", "2021"))]
    assert not [m for m in find_periods(fold_case("theo giá so sánh 2010")) if m.first_year == 2010]


def test_a_point_before_three_digits_and_billions_of_dollars_is_a_decimal_point():
    (amount,) = find_quantities(fold_case("xuất khẩu ước đạt 2.415 tỷ USD"))
    assert amount.low == 2.415e9
    # in đồng, and for a round thousand billion, the point still groups thousands
    (dong,) = find_quantities(fold_case("vốn đăng ký 2.415 tỷ đồng"))
    assert dong.low == 2415e9
    (round_sum,) = find_quantities(fold_case("mục tiêu 1.000 tỷ USD"))
    assert round_sum.low == 1e12


def test_a_trade_surplus_is_neither_exports_nor_imports():
    text = ("Quý I/2022, kim ngạch xuất khẩu của tỉnh tăng mạnh, giúp tỉnh xuất siêu 75 triệu USD. "
            "Xuất khẩu đạt 410 triệu USD, nhập khẩu 335 triệu USD.")
    assert _read(text) == [("export_value", 410e6, ("2022", "2022")), ("import_value", 335e6, ("2022", "2022"))]


def test_more_than_a_named_year_is_a_comparison_not_the_period():
    text = ("Trong năm 2021, tỉnh cấp mới cho 14 dự án FDI, nhiều hơn năm 2020 là 3 dự án, với tổng vốn đăng ký "
            "hơn 210 triệu USD, gấp 2 lần so với năm 2020.")
    assert _read(text) == [("fdi_new_capital", 210e6, ("2021", "2021")), ("fdi_new_projects", 14, ("2021", "2021"))]


def test_a_city_a_title_locates_the_subject_by_is_not_the_subject():
    text = ("Tỉnh giáp Hà Nội hút vốn ngoại\n\n"
            "Năm 2022, tỉnh Hưng Yên thu hút 60 dự án FDI mới với tổng vốn đăng ký 400 triệu USD.")
    document = extract_text(text)
    assert document["province"] == "Hưng Yên"
    assert ("fdi_new_projects", 60) in {(f["indicator"], f["value"]) for f in document["facts"] if f["kind"] == "observation"}


def test_projects_allowed_to_add_capital_are_adjusted_ones():
    text = "Năm 2020, tỉnh cấp mới 30 dự án FDI và 45 dự án được phép tăng thêm 120 triệu USD."
    assert ("fdi_adjusted_projects", 45, ("2020", "2020")) in _read(text)
    # "tăng thêm 5 dự án" after a count compares the counts: the projects stay new
    text = "Năm 2020, tỉnh cấp mới 30 dự án FDI, thu hút 25 dự án tăng thêm 5 dự án so với năm trước."
    assert ("fdi_adjusted_projects", 25, ("2020", "2020")) not in _read(text)


def test_ranks_inside_a_top_group_of_provinces():
    text = ("Quý II/2021, vốn FDI đăng ký vào tỉnh Long An đạt 300 triệu USD. Nhóm 10 địa phương dẫn đầu "
            "về thu hút FDI có Bình Dương, xếp thứ 3, và Long An, xếp thứ 7.")
    ranks = [(f["value"], f["period"]) for f in _facts(text) if f["indicator"] == "fdi_rank"]
    assert ranks == [(7, {"as_of": "2021-06-30"})]


def test_the_foreign_sector_s_trade_is_not_the_province_s():
    text = ("Năm 2021, tỉnh Quảng Trị có 20 dự án FDI đang hoạt động. Các doanh nghiệp có vốn đầu tư nước ngoài "
            "duy trì sản xuất ổn định. Kim ngạch nhập khẩu của khối này đạt 90 triệu USD. "
            "Doanh thu của khu vực FDI đạt 300 triệu USD; xuất khẩu đạt 120 triệu USD.")
    assert [f["indicator"] for f in _facts(text) if f["indicator"] in ("export_value", "import_value")] == []
    # the sector named as the cause of the province's trade leaves the figure the province's
    text = "Năm 2021, nhờ sự đóng góp của khu vực FDI, tỉnh tăng trưởng nhanh; kim ngạch xuất khẩu đạt 400 triệu USD."
    assert _read(text) == [("export_value", 400e6, ("2021", "2021"))]


def test_a_count_including_foreign_projects_is_no_fdi_figure():
    text = ("Năm 2022, tỉnh thu hút mới và điều chỉnh 120 dự án (kể cả các dự án có vốn đầu tư nước ngoài) "
            "với tổng vốn khoảng 9.000 tỷ đồng. Riêng FDI có 5 dự án mới với 30 triệu USD.")
    assert ("fdi_adjusted_projects", 120, ("2022", "2022")) not in _read(text)
    assert not [f for f in _facts(text) if f["unit"] == "VND"]


def test_projects_in_the_industrial_parks_are_a_part():
    text = ("Năm 2023, khoảng 40 triệu USD được rót thêm vào 9 dự án FDI đang hoạt động trong các khu công nghiệp "
            "của tỉnh Thái Bình.")
    assert _read(text) == []
    # the same count outside any park: projects that added capital, not a stock
    text = "Năm 2023, khoảng 40 triệu USD được rót thêm vào 9 dự án FDI đang hoạt động tại tỉnh Thái Bình."
    assert ("fdi_adjusted_projects", 9, ("2023", "2023")) in _read(text)


def test_a_total_since_ever_is_a_standing():
    text = ("Ngày 10/2/2021, Sở Ngoại vụ cho biết năm qua tỉnh tiếp nhận 12 dự án phi chính phủ nước ngoài. "
            "Lũy kế từ trước đến nay, tỉnh đã triển khai 150 dự án với tổng vốn tương đương 200 tỷ đồng, "
            "đã giải ngân 160 tỷ đồng.")
    standing = {(f["indicator"], f["value"]) for f in _facts(text) if "as_of" in f["period"]}
    assert {("ngo_committed", 200e9), ("ngo_disbursed", 160e9)} <= standing


def test_money_of_the_items_counted_before_keeps_their_period():
    text = ("20/3/2021 - Trong năm qua, tỉnh tiếp nhận 10 chương trình, dự án phi chính phủ nước ngoài với tổng giá trị "
            "400.000 USD. Đến nay, các chương trình, dự án này đã giải ngân 250.000 USD.")
    (disbursed,) = [f for f in _facts(text) if f["indicator"] == "ngo_disbursed"]
    assert _years(disbursed["period"]) == ("2020", "2020")


def test_aid_money_beside_a_standing_count_is_a_standing():
    text = "15/6/2021 - Toàn tỉnh hiện có 18 tổ chức phi chính phủ nước ngoài hoạt động với tổng giá trị vận động 9 tỷ đồng."
    assert {(f["indicator"], f["period"].get("as_of")) for f in _facts(text)} == {
        ("ngo_organizations", "2021-06-15"), ("ngo_committed", "2021-06-15")}


def test_a_gap_to_another_place_or_month_is_no_level():
    text = ("Tháng 5/2022, xuất khẩu của tỉnh Bình Dương đạt 2,5 tỷ USD, cao hơn tháng 4 gần 200 triệu USD. "
            "Trong tháng, Đồng Nai dẫn đầu với 2,9 tỷ USD, cao hơn Bình Dương 400 triệu USD.")
    assert _read(text) == [("export_value", 2.5e9, ("2022", "2022"))]
    # "cao hơn cùng kỳ, đạt …" still gives the level
    text = "Tháng 5/2022, xuất khẩu của tỉnh cao hơn cùng kỳ đạt 700 triệu USD."
    assert _read(text) == [("export_value", 700e6, ("2022", "2022"))]


def test_a_threshold_with_or_more_before_the_places_passing_it():
    text = ("Tháng 3/2023, tỉnh Thái Nguyên xuất khẩu 2 tỷ USD. Ngoài ra còn bốn tỉnh đạt kim ngạch xuất khẩu "
            "từ 1 tỷ USD trở lên là Bắc Giang, Hải Phòng, Đồng Nai và Bình Dương.")
    assert _read(text) == [("export_value", 2e9, ("2023", "2023"))]


def test_a_dateline_s_place_is_not_whose_figure_follows():
    text = ("Tỉnh Bắc Giang xuất khẩu mạnh\n\n"
            "HÀ NỘI, 5/6/2023 – Kim ngạch xuất khẩu của tỉnh Bắc Giang trong tháng 5 đạt 2,1 tỷ USD.")
    (fact,) = _facts(text)
    assert fact["value"] == 2.1e9 and fact["period"] == {"start": "2023-05-01", "end": "2023-05-31"}


def test_a_month_singled_out_and_the_year_so_far():
    text = ("Bản tin ngày 4/4/2022\n\nTrong tháng 3, kim ngạch xuất khẩu của tỉnh đạt 150 triệu USD. "
            "Cộng dồn từ đầu năm, kim ngạch xuất khẩu đạt 420 triệu USD.")
    periods = {f["value"]: f["period"] for f in _facts(text)}
    assert periods[150e6] == {"start": "2022-03-01", "end": "2022-03-31"}
    assert periods[420e6]["start"] == "2022-01-01"
    # two months running, listed, are both of them (session 50: no longer the second alone)
    mentions = find_periods(fold_case("trong tháng 1 và tháng 2/2016, tỉnh thu hút"))
    assert [(m.first_month, m.last_month, m.first_year) for m in mentions] == [(1, 2, 2016)]


def test_projects_the_money_went_to_share_its_period():
    text = ("Tính đến tháng 9/2019, tỉnh đã giải ngân được 1,5 triệu USD viện trợ phi chính phủ của 25 dự án. "
            "Từ năm 2015 đến nay, tỉnh vận động được 9 triệu USD để triển khai 110 dự án.")
    read = {(f["indicator"], f["value"]): f["period"] for f in _facts(text)}
    assert read[("ngo_projects", 25)] == {"start": "2019-01-01", "end": "2019-09-30"}
    assert ("ngo_new_commitments", 110) in read


def test_a_share_of_the_province_s_total_is_a_part():
    text = ("Năm 2022, kim ngạch xuất khẩu của tỉnh Tây Ninh đạt 5 tỷ USD. Xuất khẩu qua các cửa khẩu biên giới đạt "
            "1,2 tỷ USD, chiếm 24% tổng kim ngạch xuất khẩu toàn tỉnh.")
    assert _read(text) == [("export_value", 5e9, ("2022", "2022"))]
    # the province's share of a region's total, and a country's share, stay the province's figures
    text = "Năm 2022, xuất khẩu của tỉnh Long An đạt 8 tỷ USD, chiếm 20% kim ngạch xuất khẩu của vùng."
    assert _read(text) == [("export_value", 8e9, ("2022", "2022"))]
    text = ("Năm 2022, xuất khẩu của tỉnh Điện Biên sang Lào đạt 30 triệu USD, chiếm 60% tổng kim ngạch xuất khẩu "
            "của tỉnh.")
    assert [(f["value"], f["counterpart"]) for f in _facts(text)] == [(30e6, "Lào")]


def test_pepper_is_a_product():
    text = ("Năm 2019, kim ngạch xuất khẩu của tỉnh Bình Phước đạt 2 tỷ USD. Hạt tiêu cũng được đẩy mạnh xuất khẩu "
            "với kim ngạch gần 90 triệu USD.")
    assert _read(text) == [("export_value", 2e9, ("2019", "2019"))]


def test_an_undated_text_opening_on_a_january_date_speaks_of_the_year_before_as_the_past_year():
    text = "Ngày 8/1/2024, Sở Ngoại vụ tỉnh Bạc Liêu cho biết năm qua tỉnh thu hút 4 dự án FDI với vốn 60 triệu USD."
    assert {_years(f["period"]) for f in _facts(text)} == {("2023", "2023")}
    # a date later in the text is an event's, not the day the text speaks on
    text = "Năm qua tỉnh Bạc Liêu thu hút 4 dự án FDI. Ngày 8/1/2024, tỉnh trao giấy chứng nhận cho một dự án."
    assert {_years(f["period"]) for f in _facts(text)} == {("2024", "2024")}
