"""The obs16 round's observation rules (issue 9, precision): each on made-up sentences, no place or figure
of a development text. Parts and margins in `observations`/`observation_filters`, wording in `indicators`,
periods in `observation_periods`, whose trade in `observation_scope`."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _facts(text, kind="observation"):
    return [f for f in extract_text(text)["facts"] if f["kind"] == kind]


def _values(text, indicator, kind="observation"):
    return [f["value"] for f in _facts(text, kind) if f["indicator"] == indicator]


# --- parts: a paragraph opening on "Trong số đó", "Trong các dự án mới có", "riêng …" ------------------------

def test_a_part_opening_the_next_paragraph_is_no_figure_of_its_own():
    text = ("Đến cuối năm 2026, tỉnh có 22 dự án viện trợ phi chính phủ nước ngoài đang triển khai, tổng vốn cam kết "
            "3,4 triệu USD.\n\n"
            "Trong số đó, 8 dự án chuyển tiếp từ năm 2025, vốn cam kết trong năm 1,1 triệu USD. Các dự án tập trung "
            "vào y tế và giáo dục.")
    found = _facts(text)
    assert sorted(f["value"] for f in found) == [22, 3.4e6]


def test_only_the_sentence_of_the_opening_part_is_a_part():
    text = ("Đến cuối năm 2026, tỉnh có 22 dự án viện trợ phi chính phủ nước ngoài đang triển khai, tổng vốn 3,4 "
            "triệu USD.\n\n"
            "Trong số đó, 8 dự án chuyển tiếp, vốn cam kết 1,1 triệu USD. 14 dự án mới ký cam kết trong năm có tổng "
            "vốn 2,3 triệu USD.")
    assert _values(text, "ngo_new_commitments") == [14] and _values(text, "ngo_projects") == [22]
    assert 2.3e6 in _values(text, "ngo_committed") and 1.1e6 not in _values(text, "ngo_committed")


def test_among_the_new_projects_a_kind_is_a_part():
    text = ("Trong 5 tháng đầu năm 2026, tỉnh cấp mới 20 dự án FDI với tổng vốn 310 triệu USD. Trong các dự án mới có "
            "6 dự án chế biến nông sản.")
    assert _values(text, "fdi_new_projects") == [20]


def test_an_investor_country_among_the_new_projects_keeps_its_share():
    text = ("Năm 2026, tỉnh cấp mới 20 dự án FDI với tổng vốn 310 triệu USD. Trong số đó, nhà đầu tư Nhật Bản "
            "có 7 dự án.")
    found = [f for f in _facts(text) if f["indicator"] == "fdi_new_projects"]
    assert sorted((f["value"], f["counterpart"]) for f in found) == [(7, "Nhật Bản"), (20, None)]


def test_a_singled_out_kind_of_the_same_trade_is_a_part():
    text = ("Kim ngạch xuất khẩu 6 tháng đầu năm 2026 của tỉnh đạt 930 triệu USD, tăng 8%; riêng xuất khẩu tiểu "
            "ngạch đạt 120 triệu USD.")
    assert _values(text, "export_value") == [930e6]


def test_a_singled_out_month_keeps_its_own_figure():
    text = "Kim ngạch xuất khẩu 6 tháng đầu năm 2026 của tỉnh đạt 930 triệu USD; riêng tháng 6 đạt 170 triệu USD."
    assert sorted(_values(text, "export_value")) == [170e6, 930e6]


# --- margins and increments ----------------------------------------------------------------------------

def test_the_margin_over_the_plan_is_no_level():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 640 triệu USD, vượt kế hoạch 40 triệu USD."
    assert [(f["kind"], f["value"]) for f in _facts(text) + _facts(text, "target")] == [("observation", 640e6)]


def test_more_of_a_standing_count_is_neither_its_level_nor_a_goal():
    text = ("Năm 2026, Liên hiệp các tổ chức hữu nghị tỉnh hoạt động tích cực. Theo kế hoạch, thời gian tới Liên hiệp sẽ "
            "thành lập thêm 2 hội hữu nghị là Việt Nam - Ba Lan và Việt Nam - Séc.")
    assert not any(f["indicator"] == "friendship_associations" for f in _facts(text) + _facts(text, "target"))


# --- standings now ----------------------------------------------------------------------------------

def test_the_total_registered_standing_now_is_the_stock():
    text = ("Tháng 3/2026, toàn tỉnh có 58 dự án FDI đang đầu tư, lớn nhất là một nhà máy thép. Tổng vốn FDI đăng ký "
            "trên địa bàn tỉnh hiện đã vượt 4,2 tỷ USD.")
    found = {f["indicator"]: f for f in _facts(text)}
    assert found["fdi_active_projects"]["value"] == 58
    assert found["fdi_total_capital"]["value"] == 4.2e9 and "as_of" in found["fdi_total_capital"]["period"]
    assert "fdi_registered_capital" not in found and "fdi_new_projects" not in found


def test_all_attracted_so_far_is_the_stock():
    text = "Năm 2026, tỉnh thu hút 12 dự án FDI. Đến nay, tỉnh đã thu hút tổng cộng 2,6 tỷ USD vốn đầu tư trực tiếp nước ngoài."
    assert _values(text, "fdi_total_capital") == [2.6e9]


def test_a_sum_since_the_year_began_stays_a_flow():
    text = "Từ đầu năm 2026 đến nay, tỉnh đã thu hút tổng cộng 260 triệu USD vốn đầu tư trực tiếp nước ngoài."
    assert _values(text, "fdi_total_capital") == []


# --- a trade's average growth after its amount ------------------------------------------------------------

def test_the_average_rise_after_a_span_s_exports_is_their_growth():
    text = "Giai đoạn 2021 - 2025, kim ngạch xuất khẩu của tỉnh đạt 7,4 tỷ USD, tăng bình quân 9,5%/năm."
    found = [f for f in _facts(text) if f["indicator"] == "export_growth"]
    assert [(f["value"], f["per"]) for f in found] == [(9.5, "year")]


# --- agreements signed with several parties, at the event the text reports ---------------------------------

def test_agreements_signed_with_organisations_at_the_event_are_of_its_date():
    text = ("Đà Lạt, 12/5/2026 – UBND tỉnh tổ chức hội nghị vận động viện trợ. Giai đoạn 2021 - 2025, tỉnh tiếp nhận viện trợ "
            "phi chính phủ nước ngoài trị giá 41 triệu USD.\n\nNgay tại hội nghị, tỉnh đã ký thỏa thuận hợp tác với 4 tổ "
            "chức phi chính phủ.")
    found = [f for f in _facts(text) if f["indicator"] == "agreements_signed"]
    assert [(f["value"], f["period"]["start"][:4]) for f in found] == [(4, "2026")]
    assert not any(f["indicator"] == "ngo_organizations" for f in _facts(text))


# --- periods: a comparison's base and a singled-out month are not inherited --------------------------------

def test_the_base_period_of_a_comparison_is_not_inherited():
    text = ("Trong 5 tháng đầu năm 2026, cả nước thu hút 9 tỷ USD vốn FDI; quy mô bình quân 4,1 triệu USD/dự án, so với "
            "3,6 triệu USD/dự án của 5 tháng năm 2025.\n\nTỉnh Hòa Bình xếp thứ 20 với tổng vốn đầu tư đăng ký 61 triệu USD.")
    found = [f for f in _facts(text) if f["value"] == 61e6]
    assert [f["period"]["start"][:4] for f in found] == ["2026"]


def test_a_singled_out_month_sets_no_period_for_later_paragraphs():
    text = ("Trong 8 tháng đầu năm 2026, cả nước thu hút 20 tỷ USD vốn FDI. Riêng tháng 8, cả nước thu hút 2,1 tỷ USD.\n\n"
            "Tỉnh Hòa Bình xếp thứ 20 với tổng vốn đầu tư đăng ký 61 triệu USD.")
    found = [f for f in _facts(text) if f["value"] == 61e6]
    assert [(f["period"]["start"], f["period"]["end"]) for f in found] == [("2026-01-01", "2026-08-31")]


# --- products named in a clause before the province's trade ----------------------------------------------

def test_products_before_the_province_s_own_trade_do_not_make_it_a_part():
    text = ("Năm 2026, dù mặt hàng cà phê và hồ tiêu gặp khó về giá, kim ngạch xuất khẩu của tỉnh vẫn đạt 415 triệu USD.")
    assert _values(text, "export_value") == [415e6]


def test_a_product_s_own_trade_is_still_a_part():
    text = "Năm 2026, kim ngạch xuất khẩu của tỉnh đạt 415 triệu USD, trong đó mặt hàng cà phê đạt 160 triệu USD."
    assert _values(text, "export_value") == [415e6]


# --- the registered capital of projects that started operating ---------------------------------------------

def test_the_registered_capital_of_operating_projects_is_a_part():
    text = ("Tính đến tháng 6/2026, tỉnh có 95 dự án FDI còn hiệu lực, vốn thực hiện đạt 870 triệu USD. Trong số các dự án "
            "còn hiệu lực, 61 dự án đã đi vào hoạt động với vốn đăng ký 640 triệu USD.")
    assert _values(text, "fdi_total_capital") == []
    assert _values(text, "fdi_active_projects") == [95]


def test_what_operating_projects_have_put_in_keeps_its_reading():
    text = "Năm 2026, tỉnh có 61 dự án FDI đã đi vào hoạt động, tổng vốn thực hiện 640 triệu USD."
    assert _values(text, "fdi_implemented_capital") == [640e6]
