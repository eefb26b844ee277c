"""Issue 9's observation round on dev11 (figures of another scope beside the province's): each rule on
made-up sentences, with the province's figure beside it that must stay."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text):
    return [f for f in extract_text(text)["facts"] if f["kind"] == "observation"]


def _values(text):
    return {(f["indicator"], f.get("value")) for f in _facts(text)}


def test_a_paragraph_opened_on_the_nation_as_its_field_is_the_nation_s():
    text = ("Tám tháng đầu năm 2031, tỉnh Hà Nam cấp mới cho 14 dự án FDI với tổng vốn đăng ký hơn 96 triệu USD.\n\n"
            "Trên phạm vi cả nước, vốn FDI đăng ký trong tháng 8 đạt hơn 3,1 tỷ USD, cao hơn mức 2,7 tỷ USD của tháng 7.\n\n"
            "Trên bình diện cả nước, 8 tháng có 2.100 dự án mới.")
    found = _values(text)
    assert ("fdi_new_projects", 14) in found and ("fdi_new_capital", 96e6) in found
    assert not {v for _, v in found} & {3.1e9, 2.7e9, 2100}


def test_in_the_nation_s_range_as_a_comparison_field_stays_the_province_s():
    found = _values("Năm 2031, tỉnh Hà Nam thu hút 1,2 tỷ USD vốn FDI, đứng thứ 9 trên phạm vi cả nước.")
    assert ("fdi_registered_capital", 1.2e9) in found


def test_a_sentence_whose_subject_is_the_parks_after_a_fronted_date_is_the_parks():
    text = ("Năm 2031, toàn tỉnh Hưng Yên thu hút 40 dự án FDI mới.\n\n"
            "Tính đến ngày 30/9/2031, các KCN của tỉnh có 410 dự án còn hiệu lực, gồm 120 dự án DDI với tổng vốn "
            "21.000 tỷ đồng và 290 dự án FDI với tổng vốn đầu tư 4.100 triệu USD.")
    found = _values(text)
    assert ("fdi_new_projects", 40) in found
    assert ("fdi_active_projects", 290) not in found and ("fdi_total_capital", 4.1e9) not in found


def test_the_items_a_count_is_made_of_and_the_money_of_a_subset_are_parts():
    text = ("Năm 2031, tỉnh Hà Tĩnh tiếp nhận 40 chương trình, dự án viện trợ phi chính phủ nước ngoài, tổng vốn cam kết "
            "4,2 triệu USD. Trong số này có 15 khoản viện trợ mới được phê duyệt, gồm 5 dự án và 10 phi dự án, với tổng "
            "vốn cam kết 1,1 triệu USD.")
    found = _values(text)
    assert ("ngo_committed", 4.2e6) in found and ("ngo_new_commitments", 15) in found
    assert ("ngo_new_commitments", 5) not in found and ("ngo_committed", 1.1e6) not in found


def test_organisations_still_waiting_are_not_counted_as_present():
    text = ("Năm 2031, hiện trên địa bàn tỉnh Hà Tĩnh có 31 tổ chức phi chính phủ nước ngoài hoạt động. Ngoài ra, 4 tổ chức đang chờ "
            "bổ sung địa bàn hoạt động và 2 tổ chức chưa được cấp giấy đăng ký.")
    found = _values(text)
    assert ("ngo_organizations", 31) in found
    assert ("ngo_organizations", 4) not in found and ("ngo_organizations", 2) not in found


def test_what_investors_have_put_into_the_province_by_a_date_is_a_stock():
    facts = _facts("Tính đến đầu tháng 5-2031, các doanh nghiệp Nhật Bản đã đầu tư vào tỉnh Bắc Ninh hơn 210 dự án với "
                   "tổng vốn đăng ký trên 3,4 tỷ USD.")
    found = {(f["indicator"], f["value"], tuple(f["period"])) for f in facts}
    assert ("fdi_active_projects", 210, ("as_of",)) in found and ("fdi_total_capital", 3.4e9, ("as_of",)) in found


def test_what_investors_put_in_from_the_year_s_start_stays_a_flow():
    facts = _facts("Từ đầu năm đến đầu tháng 5-2031, các doanh nghiệp Nhật Bản đã đầu tư vào tỉnh Bắc Ninh 12 dự án.")
    assert [f["indicator"] for f in facts] == ["fdi_new_projects"]


def test_the_total_again_with_something_left_out_is_a_part():
    text = ("Bảy tháng năm 2031, tổng kim ngạch xuất khẩu của tỉnh Bà Rịa - Vũng Tàu đạt 5,1 tỷ USD, tăng 9%. "
            "Nếu không tính dầu thô, kim ngạch xuất khẩu đạt 3,6 tỷ USD, tăng 11%.")
    found = _values(text)
    assert ("export_value", 5.1e9) in found and ("export_value", 3.6e9) not in found


def test_a_figure_left_out_of_nothing_stated_before_stays():
    found = _values("Không tính dầu thô, kim ngạch xuất khẩu 7 tháng năm 2031 của tỉnh Bà Rịa - Vũng Tàu đạt 3,6 tỷ USD.")
    assert ("export_value", 3.6e9) in found


def test_a_change_written_as_an_amount_is_no_figure():
    text = ("Từ đầu năm đến 20/9/2031, tỉnh Hưng Yên thu hút 120 dự án FDI cấp mới, nhiều hơn cùng kỳ năm trước 35 dự án; "
            "vốn đăng ký mới đạt 410 triệu USD, tăng 95 triệu USD. Tỉnh điều chỉnh vốn cho 40 dự án (tăng 8 dự án) với số "
            "vốn điều chỉnh tăng 150 triệu USD.")
    found = _values(text)
    assert {("fdi_new_projects", 120), ("fdi_new_capital", 4.1e8), ("fdi_adjusted_projects", 40),
            ("fdi_added_capital", 1.5e8)} <= found
    assert not {v for _, v in found} & {35, 9.5e7, 8}


def test_the_capital_a_count_of_projects_added_stays():
    found = _values("Năm 2031, tỉnh Hưng Yên điều chỉnh vốn cho 12 dự án FDI, tăng 64 triệu USD.")
    assert ("fdi_added_capital", 6.4e7) in found


def test_projects_raising_their_capital_are_adjusted_ones():
    found = _values("Quý 1/2031, tỉnh Long An cấp giấy chứng nhận đầu tư cho 9 dự án FDI mới và cho 5 dự án tăng vốn.")
    assert ("fdi_new_projects", 9) in found and ("fdi_adjusted_projects", 5) in found
    assert ("fdi_new_projects", 5) not in found


def test_what_the_projects_operating_now_have_put_in_is_a_standing():
    facts = _facts("Tháng 8/2031, tỉnh Long An có 1.200 dự án FDI với tổng vốn đăng ký hơn 10 tỉ USD. Hiện có 610 dự án "
                   "đã đi vào hoạt động, tổng vốn thực hiện khoảng 4,1 tỉ USD.")
    implemented = [f for f in facts if f["indicator"] == "fdi_implemented_capital"]
    assert [f["period"].keys() for f in implemented] == [{"as_of": None}.keys()]


def test_implemented_capital_since_the_year_s_start_stays_a_flow():
    facts = _facts("Từ đầu năm 2031 đến nay, vốn thực hiện của các dự án FDI đã đi vào hoạt động tại tỉnh Long An đạt "
                   "450 triệu USD.")
    implemented = [f for f in facts if f["indicator"] == "fdi_implemented_capital"]
    assert implemented and all("as_of" not in f["period"] for f in implemented)
