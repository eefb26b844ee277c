"""Partners, documents, crossings and counterparts from the studied splits (dev24–dev27, session 24), each rule on
made-up sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text

from .test_observation_rules24 import _facts, _read


def test_a_crossing_to_be_opened_is_a_pair_like_a_gate():
    text = ("Hà Tĩnh và Bolikhamxay\n\nNgày 5/3/2023, hai tỉnh nhất trí hoàn tất thủ tục để mở lối qua lại Bản Giàng - "
            "Na Xay tại khu vực mốc quốc giới 400.")
    assert [(f["vn"], f["foreign"]) for f in _facts(text, "border_gate")] == [("Bản Giàng", "Na Xay")]


def test_a_list_of_countries_names_no_counterpart():
    head = "Lao động tỉnh Sơn La\n\n15/07/2024\n\n"
    (listed,) = _facts(head + "Sáu tháng đầu năm 2024, tỉnh Sơn La có 180 lao động đi làm việc tại Nhật Bản, Hàn Quốc và "
                              "Đài Loan.")
    assert (listed["indicator"], listed["counterpart"]) == ("workers_abroad", None)
    (one,) = _facts(head + "Sáu tháng đầu năm 2024, tỉnh Sơn La có 120 lao động đi làm việc tại Nhật Bản.")
    assert one["counterpart"] == "Nhật Bản"


def test_a_resolution_numbered_with_a_letter():
    (resolution,) = _facts("Giảm nghèo tại Quảng Nam\n\n02/06/2015\n\nCác huyện nghèo được hỗ trợ theo Nghị quyết số 30a "
                           "của Chính phủ.", "legal_document")
    assert (resolution["number"], resolution["issuer"]) == ("30a", "Chính phủ")


def test_an_outlet_line_with_a_comma_dates_the_page_and_new_with_adjusted_together_is_no_count():
    document = extract_text("Long An thu hút FDI\n\nThời báo Kinh tế Sài Gòn, 28/06/2023\n\nTừ đầu năm 2023 đến nay, tỉnh "
                            "Long An đã thu hút 450 triệu USD vốn FDI thông qua 70 dự án, cả cấp mới lẫn điều chỉnh.")
    assert document["published"] == "2023-06-28"
    assert [f["indicator"] for f in document["facts"]] == ["fdi_registered_capital"]


def test_the_main_partner_named_after_a_total_is_no_counterpart():
    (trade,) = _facts("Lạng Sơn\n\n15/07/2024\n\nSáu tháng đầu năm 2024, kim ngạch xuất nhập khẩu qua các cửa khẩu tỉnh "
                      "Lạng Sơn đạt 2 tỷ USD, chủ yếu với Trung Quốc.")
    assert (trade["indicator"], trade["counterpart"]) == ("trade_value", None)


def test_organisations_listed_after_nhu_with_their_country_in_brackets_and_those_at_work_in_the_province():
    text = ("Viện trợ tại Phú Yên\n\n02/11/2018\n\nMột số tổ chức có dự án tại Phú Yên như Loreto (Australia), Children of "
            "Peace International (COPI, Mỹ), Children Action (Thụy Sỹ). Các tổ chức Plan International (Anh) và World "
            "Vision (Hoa Kỳ) cũng hoạt động tại tỉnh. Tỉnh là điểm đến của nhiều doanh nghiệp như Carlsberg (Đan Mạch), "
            "Banyan Tree (Singapore).")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner")}
    assert {("Loreto", "AU"), ("Children of Peace International", "US"), ("Children Action", "CH")} <= partners
    assert {"Plan International", "World Vision"} <= {name for name, _ in partners}
    assert not {"Carlsberg", "Banyan Tree"} & {name for name, _ in partners}  # companies are no partners


def test_an_international_body_s_member_in_one_country():
    text = ("Viện trợ tại Trà Vinh\n\n10/01/2012\n\nTrong năm 2011, tỉnh Trà Vinh tiếp nhận dự án cấp nước do tổ chức CARE "
            "Quốc tế Úc tài trợ và dự án phát triển cộng đồng do tổ chức CARE Đan Mạch tài trợ.")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner")}
    assert partners == {("CARE Quốc tế Úc", "AU"), ("CARE Đan Mạch", "DK")}


def test_a_country_s_name_inside_a_person_s_name_is_no_counterpart_and_parts_of_new_and_adjusted():
    text = ("Nam Định thu hút FDI\n\n05/06/2024\n\nÔng Trần Anh Dũng, Phó Chủ tịch UBND tỉnh Nam Định, cho biết từ năm 2021 "
            "đến tháng 5/2024, tỉnh đã cấp giấy chứng nhận đăng ký đầu tư mới và điều chỉnh tăng vốn cho 240 dự án, tổng vốn "
            "đăng ký 600 triệu USD; trong số này có 70 dự án FDI.")
    facts = _facts(text)
    assert [(f["indicator"], f["value"], f.get("counterpart")) for f in facts] == [("fdi_registered_capital", 600e6, None)]
    # a country opening its sentence after a word such as "Hiện" is still named
    (first, _) = _facts("Long An\n\n11/09/2022\n\nHiện Nhật Bản đứng thứ 4 trong số 36 quốc gia có dự án đầu tư vào tỉnh "
                        "Long An, với 130 dự án và tổng vốn đăng ký trên 480 triệu USD.")
    assert first["counterpart"] == "Nhật Bản"


def test_a_span_from_a_year_to_a_later_year_s_first_months_and_an_issuer_before_dat_ra():
    text = ("Quảng Ninh\n\n10/08/2023\n\nTrong hai năm rưỡi từ năm 2021 đến hết sáu tháng đầu năm 2023, tổng kim ngạch xuất "
            "khẩu hàng hóa trên địa bàn tỉnh Quảng Ninh ước đạt 6.500 triệu USD. Kết quả này vượt chỉ tiêu do Chương trình "
            "hành động số 01-CTr/TU của Tỉnh ủy đặt ra.")
    assert _read(text) == [("export_value", 6.5e9, ("2021-01-01", "2023-06-30"))]
    (programme,) = _facts(text, "legal_document")
    assert programme["issuer"] == "Tỉnh ủy Quảng Ninh"
