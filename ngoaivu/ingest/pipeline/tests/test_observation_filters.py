"""The dev8 round's observation rules (issue 9): each on made-up sentences, no place or figure of a
development text. Filters live in `observation_filters`, whose-figure rules in `observation_scope`."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _by_indicator(text, kind="observation"):
    found: dict[str, list] = {}
    for f in _facts(text, kind):
        found.setdefault(f["indicator"], []).append(f)
    return found


# --- NGO aid: programmes carried out and the new ones among them ----------------------------------

def test_aid_programmes_received_and_carried_out_are_those_under_way():
    found = _by_indicator("Quý I/2026, tỉnh đã tiếp nhận và triển khai thực hiện 24 chương trình, dự án viện trợ phi chính phủ "
                          "nước ngoài; trong đó tiếp nhận mới 7 chương trình, dự án.")
    assert [f["value"] for f in found["ngo_projects"]] == [24]
    assert [f["value"] for f in found["ngo_new_commitments"]] == [7]


def test_aid_programmes_only_received_stay_new_commitments():
    found = _by_indicator("Năm 2026, tỉnh tiếp nhận 12 khoản viện trợ phi chính phủ nước ngoài.")
    assert [f["value"] for f in found["ngo_new_commitments"]] == [12]
    assert "ngo_projects" not in found


# --- a breakdown in brackets --------------------------------------------------------------------

def test_capital_after_a_bracketed_breakdown_goes_with_the_total_before_the_bracket():
    found = _by_indicator("Đến hết tháng 3/2026, tỉnh có 140 dự án FDI còn hiệu lực (35 dự án trong khu kinh tế và "
                          "105 dự án ngoài khu kinh tế) với tổng vốn đăng ký 2,4 tỷ USD.")
    assert [f["value"] for f in found["fdi_active_projects"]] == [140]
    assert [(f["value"], f["period"]) for f in found["fdi_total_capital"]] == [(2.4e9, {"as_of": "2026-03-31"})]


def test_capital_inside_the_bracket_stays_the_part_s():
    found = _by_indicator("Đến hết tháng 3/2026, tỉnh có 140 dự án FDI còn hiệu lực (trong đó khu kinh tế có 35 dự án "
                          "với vốn 600 triệu USD).")
    assert [f["value"] for f in found["fdi_active_projects"]] == [140]
    assert "fdi_total_capital" not in found


# --- periods ------------------------------------------------------------------------------------

def test_a_month_with_its_year_after_a_dash_is_that_month():
    found = _by_indicator("Tính đến tháng 9-2026, tỉnh có 88 dự án FDI với tổng vốn đăng ký 1,2 tỷ USD.")
    assert found["fdi_active_projects"][0]["period"] == {"as_of": "2026-09-30"}
    assert found["fdi_total_capital"][0]["period"] == {"as_of": "2026-09-30"}


def test_implemented_capital_in_a_sentence_opened_by_luy_ke_is_a_standing():
    found = _by_indicator("Lũy kế đến cuối tháng 8/2026, tỉnh có 120 dự án FDI với tổng vốn 3 tỷ USD; "
                          "vốn thực hiện đạt 1,1 tỷ USD.")
    assert found["fdi_implemented_capital"][0]["period"] == {"as_of": "2026-08-31"}


def test_a_flow_after_trong_do_under_a_standing_total_is_kept_with_its_own_span():
    found = _by_indicator("Tính đến tháng 6/2026, vốn thực hiện lũy kế của các dự án FDI đạt 900 triệu USD, "
                          "trong đó vốn thực hiện 6 tháng đầu năm 2026 là 45 triệu USD.")
    assert [(f["value"], f["period"]) for f in found["fdi_implemented_capital"]] == [
        (900e6, {"as_of": "2026-06-30"}), (45e6, {"start": "2026-01-01", "end": "2026-06-30"})]


def test_a_part_after_trong_do_without_a_span_of_its_own_stays_a_part():
    found = _by_indicator("Tính đến tháng 6/2026, vốn thực hiện lũy kế của các dự án FDI đạt 900 triệu USD, "
                          "trong đó vốn thực hiện của các dự án chế biến là 450 triệu USD.")
    assert [f["value"] for f in found["fdi_implemented_capital"]] == [900e6]


# --- domestic and foreign projects in one list ----------------------------------------------------

def test_foreign_projects_listed_after_domestic_ones_are_the_province_s():
    found = _by_indicator("Năm 2026, tỉnh có 6 dự án DDI và 14 dự án FDI điều chỉnh tăng vốn với số vốn tăng thêm "
                          "lần lượt là 900 tỷ đồng và 45 triệu USD.")
    assert [f["value"] for f in found["fdi_adjusted_projects"]] == [14]
    assert [(f["value"], f["unit"]) for f in found["fdi_added_capital"]] == [(45e6, "USD")]


def test_a_new_projects_total_split_into_fdi_and_ddi_keeps_only_the_foreign_part():
    found = _by_indicator("Năm 2026, tỉnh cấp mới cho 30 dự án, gồm 12 dự án FDI và 18 dự án DDI.")
    assert [f["value"] for f in found["fdi_new_projects"]] == [12]


def test_parts_of_an_industrial_zone_total_stay_the_zone_s():
    found = _by_indicator("Năm 2026, các khu công nghiệp thu hút 40 dự án, gồm 25 dự án FDI và 15 dự án trong nước.")
    assert "fdi_new_projects" not in found


# --- one unit's share, a project under review ------------------------------------------------------

def test_one_project_s_share_of_a_total_is_no_figure():
    found = _by_indicator("Năm 2026, tỉnh điều chỉnh tăng vốn cho 6 dự án FDI với tổng vốn tăng thêm 52 triệu USD, "
                          "trong đó riêng một khách sạn tăng 40 triệu USD.")
    assert [f["value"] for f in found["fdi_added_capital"]] == [52e6]
    assert "fdi_registered_capital" not in found


def test_a_project_under_review_is_no_figure():
    found = _by_indicator("Năm 2026, tỉnh đang thẩm định hồ sơ một bệnh viện quốc tế có vốn đầu tư khoảng 30 triệu USD.")
    assert found == {}


def test_a_province_s_total_with_some_projects_is_kept():
    found = _by_indicator("Năm 2026, tỉnh cấp mới một số dự án FDI với tổng vốn đăng ký 70 triệu USD.")
    assert [f["value"] for f in found["fdi_new_capital"]] == [70e6]


# --- an association's members -------------------------------------------------------------------------

def test_an_association_s_members_goal_is_not_the_province_s():
    assert _facts("Năm 2026, các hội viên hiệp hội gỗ phấn đấu đạt kim ngạch xuất khẩu 900 triệu USD vào năm 2030.",
                  "target") == []


# --- a second amount with its own year ----------------------------------------------------------------

def test_a_second_amount_after_the_first_s_year_takes_the_same_measure():
    found = _by_indicator("Tỉnh phấn đấu kim ngạch nhập khẩu đạt 800 triệu USD vào năm 2027 và 1,1 tỷ USD vào năm 2030.",
                          "target")
    assert [(f["value"], f["period"]["start"][:4]) for f in found["import_value"]] == [(800e6, "2027"), (1.1e9, "2030")]


def test_an_amount_of_another_kind_after_a_year_is_not_taken_over():
    found = _by_indicator("Năm 2026 kim ngạch nhập khẩu đạt 800 triệu USD, năm 2025 và 3 triệu lượt khách du lịch.")
    assert [f["value"] for f in found["import_value"]] == [800e6]


# --- after the second batch: a single donor's item, a span from a year to a month -----------------------

def test_items_given_by_one_donor_are_not_the_province_s_aid():
    found = _by_indicator("Năm 2026, tỉnh tiếp nhận 9 khoản viện trợ phi chính phủ nước ngoài với tổng giá trị 15 tỷ đồng. "
                          "Trong đó có các khoản lớn: một tổ chức quốc tế tài trợ 5 tỷ đồng cho nước sạch. "
                          "Đầu tháng 6, một quỹ từ thiện tặng thiết bị y tế trị giá 2 tỷ đồng, đồng thời hỗ trợ 800 triệu đồng học bổng.")
    assert [f["value"] for f in found["ngo_committed"]] == [15e9]


def test_the_province_as_subject_after_a_donor_keeps_its_total():
    found = _by_indicator("Năm 2026, nhờ một tổ chức quốc tế làm cầu nối, tỉnh đã tiếp nhận viện trợ phi chính phủ "
                          "nước ngoài với tổng giá trị 20 tỷ đồng.")
    assert [f["value"] for f in found["ngo_committed"]] == [20e9]


def test_a_span_from_a_year_to_a_month_of_a_later_year():
    found = _by_indicator("Từ năm 2019 đến tháng 3.2026, toàn tỉnh có hơn 4.500 người đi làm việc ở nước ngoài.")
    assert found["workers_abroad"][0]["period"] == {"start": "2019-01-01", "end": "2026-03-31"}


# --- "năm qua" early in a year ------------------------------------------------------------------------

def test_nam_qua_in_a_text_of_january_is_the_year_just_ended():
    found = _by_indicator("Ngày 12/1/2026 - Trong năm qua, tỉnh thu hút 15 dự án FDI mới với tổng vốn 240 triệu USD.")
    assert found["fdi_new_projects"][0]["period"] == {"start": "2025-01-01", "end": "2025-12-31"}


def test_nam_qua_in_a_text_of_midyear_stays_the_reporting_year():
    found = _by_indicator("Ngày 12/7/2026 - Trong năm qua, tỉnh thu hút 15 dự án FDI mới với tổng vốn 240 triệu USD.")
    assert found["fdi_new_projects"][0]["period"] == {"start": "2026-01-01", "end": "2026-12-31"}


def test_nam_nay_in_a_text_of_january_stays_the_new_year():
    found = _by_indicator("Ngày 12/1/2026 - Năm vừa qua, tỉnh đón 150 đoàn khách quốc tế; năm nay tỉnh phấn đấu "
                          "thu hút 300 triệu USD vốn FDI.", "target")
    assert [f["period"]["start"][:4] for f in found["fdi_registered_capital"]] == ["2026"]


# --- loose periods, running totals, ranks, industrial parks' trade ---------------------------------------

def test_n_thang_qua_is_the_year_s_first_months():
    found = _by_indicator("Năm 2026. Trong 5 tháng qua, tỉnh thu hút 8 dự án FDI mới.")
    assert found["fdi_new_projects"][0]["period"] == {"start": "2026-01-01", "end": "2026-05-31"}


def test_a_month_opening_a_sentence_and_the_running_total_it_brings():
    found = _by_indicator("Tháng 10/2026. Tháng 9, kim ngạch nhập khẩu của tỉnh đạt 210 triệu USD, đưa tổng kim ngạch "
                          "9 tháng qua đạt 1,75 tỷ USD.")
    assert [(f["value"], f["period"]) for f in found["import_value"]] == [
        (210e6, {"start": "2026-09-01", "end": "2026-09-30"}), (1.75e9, {"start": "2026-01-01", "end": "2026-09-30"})]


def test_a_bare_month_inside_a_sentence_stays_too_vague():
    found = _by_indicator("Năm 2026, kim ngạch nhập khẩu đạt 2 tỷ USD, cao nhất từ tháng 9 đến nay.")
    assert found["import_value"][0]["period"] == {"start": "2026-01-01", "end": "2026-12-31"}


def test_the_amount_after_a_rank_is_the_fdi_it_ranks():
    found = _by_indicator("Theo Cục Đầu tư nước ngoài, 6 tháng năm 2026, cả nước thu hút 18 tỷ USD vốn FDI. "
                          "Tỉnh đứng thứ 7 cả nước với 640 triệu USD.")
    assert [f["value"] for f in found["fdi_rank"]] == [7]
    assert [f["value"] for f in found["fdi_registered_capital"]] == [640e6]


def test_exports_of_the_firms_in_industrial_parks_are_a_part():
    found = _by_indicator("Theo Sở Công Thương, trong năm 2026 kim ngạch xuất khẩu toàn tỉnh đạt 2,2 tỷ USD.\n\n"
                          "Kim ngạch xuất khẩu năm 2026 của các doanh nghiệp trong khu công nghiệp đạt 800 triệu USD.")
    assert [f["value"] for f in found["export_value"]] == [2.2e9]


# --- third batch: amounts with their measure after them, a leader named, a top-N group ------------------

def test_the_measure_written_after_each_amount_is_that_amount_s():
    found = _by_indicator("Năm 2026, tỉnh thu hút nhiều vốn FDI. Tổng cộng tỉnh có 3,2 tỷ USD tổng vốn đăng ký, gồm "
                          "1,2 tỷ USD vốn đăng ký cấp mới và 2 tỷ USD vốn đăng ký tăng thêm.")
    assert [f["value"] for f in found["fdi_registered_capital"]] == [3.2e9]
    assert [f["value"] for f in found["fdi_new_capital"]] == [1.2e9]
    assert [f["value"] for f in found["fdi_added_capital"]] == [2e9]


def test_a_bare_registered_capital_after_new_projects_keeps_their_reading():
    found = _by_indicator("Năm 2026, tỉnh cấp mới 4 dự án FDI với gần 9 triệu USD vốn đăng ký.")
    assert [f["value"] for f in found["fdi_new_capital"]] == [9e6]


def test_the_leader_named_after_dan_dau_la_is_first():
    found = _by_indicator("Năm 2026, vốn FDI vào các địa phương tăng mạnh.\n\nDẫn đầu là tỉnh Hưng Yên với 2,4 tỷ USD.")
    assert [f["value"] for f in found["fdi_rank"]] == [1]
    assert [f["value"] for f in found["fdi_registered_capital"]] == [2.4e9]


def test_a_top_group_s_total_is_not_the_province_s():
    assert _by_indicator("Năm 2026, 5 địa phương thu hút nhiều vốn FDI nhất đạt tổng cộng 9 tỷ USD.") == {}


def test_one_of_a_top_group_keeps_its_own_figure():
    found = _by_indicator("Năm 2026, tỉnh nằm trong 10 địa phương thu hút nhiều vốn FDI nhất, đạt 700 triệu USD.")
    assert [f["value"] for f in found["fdi_registered_capital"]] == [700e6]


def test_capital_bo_sung_vao_nen_kinh_te_is_what_flowed_in():
    found = _by_indicator("Trong 6 tháng năm 2026, vốn FDI đăng ký bổ sung vào nền kinh tế của tỉnh đạt 400 triệu USD.")
    assert [f["value"] for f in found["fdi_registered_capital"]] == [400e6]


# --- an organisation's representative on its own work -----------------------------------------------

def test_an_organisations_own_projects_told_by_its_representative_are_not_the_provinces():
    text = ("Năm 2027, các tổ chức phi chính phủ nước ngoài đã triển khai trên địa bàn tỉnh 57 chương trình, dự án. "
            "Đại diện Quỹ Hòa Bình Xanh cho biết, trong năm, quỹ đã triển khai tại tỉnh 6 chương trình, dự án "
            "với tổng kinh phí 0,9 triệu USD.")
    counts = [f["value"] for f in _facts(text) if f["unit"] == "count"]
    assert 57 in counts and 6 not in counts
    assert all(f["value"] != 900000 for f in _facts(text))
