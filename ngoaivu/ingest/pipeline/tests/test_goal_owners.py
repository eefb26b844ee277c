"""Whose goal a target is (goal_owners), a goal's verb before its level (goals.GOAL_LEVEL) and a
speaker's office that names no part (scope.is_part); sentences made up for these tests."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.scope import is_part


def _targets(text):
    return [(f["indicator"], f.get("value", f.get("value_min"))) for f in extract_text(text)["facts"] if f["kind"] == "target"]


def _facts(text):
    return [(f["kind"], f["indicator"], f.get("value", f.get("value_min"))) for f in extract_text(text)["facts"] if "indicator" in f]


def test_a_national_body_s_goal_is_not_the_province_s():
    text = "Tỉnh Hà Giang năm 2019 đưa 900 lao động đi làm việc ở nước ngoài. Bộ Lao động cho biết mục tiêu năm 2020 là 150.000 lao động đi làm việc ở nước ngoài."
    assert ("workers_abroad", 150000) not in _targets(text)


def test_a_national_body_assigning_the_province_a_goal_leaves_it_the_province_s():
    text = "Năm 2027, Bộ Công Thương giao tỉnh Kon Tum chỉ tiêu kim ngạch xuất khẩu đạt 300 triệu USD."
    assert _targets(text) == [("export_value", 300000000)]


def test_two_countries_bilateral_goal_is_no_province_s():
    text = ("Thủ tướng hai nước Việt Nam - Campuchia hội đàm tại Phnôm Pênh.\n\n"
            "Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương đạt 20 tỷ USD.")
    assert _targets(text) == []


def test_a_province_s_bilateral_goal_with_its_partner_province_stays():
    text = "Tỉnh Điện Biên và tỉnh Phôngsalỳ phấn đấu đưa kim ngạch thương mại hai chiều năm 2026 đạt 40 triệu USD."
    assert ("trade_value", 40000000) in _targets(text)


def test_an_association_s_goal_is_not_the_province_s():
    text = "Năm 2026, Hiệp hội Điều tỉnh Bình Phước đặt mục tiêu xuất khẩu đạt 2 tỷ USD."
    assert _targets(text) == []


def test_a_firm_s_plan_is_not_the_province_s():
    text = "Năm 2026, Công ty Sao Mai phấn đấu đạt kim ngạch xuất khẩu 90 triệu USD."
    assert _targets(text) == []


def test_the_province_s_goal_beside_a_national_source_stays():
    text = "Theo Cục Hải quan, năm 2026 tỉnh Quảng Trị phấn đấu kim ngạch xuất khẩu đạt 700 triệu USD."
    assert _targets(text) == [("export_value", 700000000)]


def test_a_headline_restating_a_dropped_goal_is_dropped_too():
    text = ("Năm 2031: phấn đấu đưa 160.000 lao động đi làm việc ở nước ngoài\n\n"
            "Cục Quản lý lao động ngoài nước cho biết mục tiêu của năm 2031 là đưa 160.000 lao động đi làm việc ở nước ngoài.")
    assert [f for f in _facts(text) if f[2] == 160000] == []


def test_the_goal_s_verb_may_stand_between_is_and_its_level():
    text = "Năm 2026, mục tiêu của tỉnh Nam Định là đưa 3.000 lao động đi làm việc ở nước ngoài."
    assert _facts(text) == [("target", "workers_abroad", 3000)]


def test_a_speaker_s_office_names_no_part():
    left = "theo ông trần văn an, trưởng ban quản lý khu kinh tế tỉnh, năm 2026 tỉnh đặt mục tiêu thu hút "
    assert not is_part(left, "vốn fdi")
    assert is_part("riêng các khu công nghiệp thu hút ", "vốn fdi")


def test_a_goal_quoted_from_a_board_head_is_the_province_s():
    text = "Theo ông Trần Văn An, Trưởng Ban Quản lý Khu kinh tế Nam Định, năm 2026 tỉnh đặt mục tiêu thu hút từ 1 - 1,5 tỷ USD vốn FDI."
    facts = [f for f in extract_text(text)["facts"] if f["kind"] == "target"]
    assert [(f["indicator"], f["value_min"], f["value_max"]) for f in facts] == [("fdi_registered_capital", 1e9, 1.5e9)]


def test_a_foreign_country_s_goal_is_not_the_province_s():
    assert _targets("Thái Lan đặt mục tiêu thu hút 25 tỷ USD vốn FDI trong năm 2027.") == []
    assert _targets("Năm 2027, phía Campuchia phấn đấu đưa kim ngạch xuất khẩu qua cửa khẩu Lệ Thanh đạt 90 triệu USD.") == []


def test_the_province_s_goal_for_one_foreign_market_stays():
    text = "Năm 2027, tỉnh Sóc Trăng phấn đấu kim ngạch xuất khẩu sang Nhật Bản đạt 150 triệu USD; tỉnh Sóc Trăng đặt mục tiêu xuất khẩu đạt 1,4 tỷ USD."
    assert ("export_value", 1400000000) in _targets(text)


def test_a_country_s_goal_beside_the_province_s_after_a_semicolon():
    text = "Năm 2027, Lào đặt mục tiêu xuất khẩu đạt 10 tỷ USD; tỉnh Sơn La phấn đấu xuất khẩu đạt 90 triệu USD."
    assert _targets(text) == [("export_value", 90000000)]


def test_non_governmental_aid_is_no_government_s_goal():
    text = "Giai đoạn 2026-2030, tỉnh Yên Bái phấn đấu thu hút viện trợ phi chính phủ nước ngoài với giá trị cam kết đạt khoảng 4 triệu USD/năm."
    assert [t[0] for t in _targets(text)] == ["ngo_committed"]


def test_a_region_s_goal_is_not_the_province_s():
    text = "Năm 2027, vùng Đồng bằng sông Cửu Long phấn đấu xuất khẩu đạt 50 tỷ USD."
    assert _targets(text) == []


def test_an_owner_named_after_the_goal_s_level():
    text = "Năm 2027, tỉnh Bến Tre xuất khẩu 2 tỷ USD, góp phần vào mục tiêu xuất khẩu 500 tỷ USD của cả nước."
    assert _targets(text) == []
    assert _targets("Năm 2028, tỉnh Bến Tre đặt mục tiêu xuất khẩu đạt 2,5 tỷ USD của ngành công thương tỉnh.") == [("export_value", 2500000000)]


def test_a_goal_the_government_assigns_to_the_province_stays_the_province_s():
    text = "Theo Nghị quyết của Chính phủ, chỉ tiêu xuất khẩu năm 2027 giao cho Quảng Bình là 900 triệu USD."
    assert _targets(text) == [("export_value", 900000000)]
    text = "Năm 2027, Thủ tướng Chính phủ đặt mục tiêu để Quảng Bình thu hút 300 triệu USD vốn FDI."
    assert _targets(text) == [("fdi_registered_capital", 300000000)]
