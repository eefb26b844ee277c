"""Partners named in long reports (session 26): two bodies sharing the country bracket that closes them. Made-up
sentences only."""
from .test_partner_rules25 import _partners


def test_two_bodies_joined_by_va_share_the_country_closing_them():
    text = ("Bản tin viện trợ tỉnh Yên Bái\nYên Bái, ngày 5/4/2023\n\nTrong quý, tỉnh khởi công 5 căn nhà do tổ chức ABC và "
            "XYZF (Hoa Kỳ) tài trợ. Tổ chức Helping Hands và tổ chức Water Bridge (Úc) tài trợ 2 dự án nước sạch.")
    assert _partners(text) == [("ABC", "US"), ("Helping Hands", "AU"), ("Water Bridge", "AU"), ("XYZF", "US")]


def test_a_name_with_va_inside_is_not_split_into_a_first_name():
    text = ("Bản tin viện trợ tỉnh Yên Bái\nYên Bái, ngày 5/4/2023\n\nTổ chức Friends of Tom và Kids (Hoa Kỳ) tài trợ 2 dự án.")
    assert _partners(text) == [("Friends of Tom và Kids", "US")]


def test_the_units_in_a_partner_s_bracket_closed_by_its_country_are_its_parents():
    text = ("Đối ngoại tỉnh Yên Bái\nYên Bái, ngày 20/6/2022\n\nTối 17/6/2022, tỉnh ký thỏa thuận thiết lập quan hệ hữu nghị "
            "với thành phố Mar Del Plata (vùng quận Partido de General Pueyrredón, tỉnh Buenos Aires, Argentina).")
    assert _partners(text) == [("Mar Del Plata", "AR")]


def test_bodies_named_in_translation_or_as_a_fund_keep_their_bracketed_country():
    text = ("Viện trợ tỉnh Yên Bái\nYên Bái, ngày 20/6/2022\n\nQuỹ Phát triển Làng quê Mới (Hàn Quốc) tài trợ 2 dự án cho "
            "tỉnh. Hiệp hội Eurasia (Thụy Sỹ) và Quỹ từ thiện Phuc's Fond (Na Uy) tài trợ xây trường học.")
    assert _partners(text) == [("Hiệp hội Eurasia", "CH"), ("Phuc's Fond", "NO"), ("Quỹ Phát triển Làng quê Mới", "KR")]
    catalogued = text.replace("Quỹ Phát triển Làng quê Mới (Hàn Quốc) tài trợ", "Quỹ Toàn cầu tài trợ")
    assert ("Global Fund", None) in _partners(catalogued)


def test_catalogued_ngos_and_city_networks_without_a_country_in_the_text():
    text = ("Đối ngoại tỉnh Yên Bái\nYên Bái, ngày 20/1/2024\n\nNăm 2023, tỉnh tiếp nhận viện trợ của 4 tổ chức gồm MAG, "
            "Medipeace, Quỹ Zhishan và Clear Path International. Tỉnh tham gia các mạng lưới đô thị quốc tế như Hiệp hội Thị trưởng các thành "
            "phố Pháp ngữ. Chỉ số giá tiêu dùng (CPI) tăng 2,19%.")
    assert _partners(text) == [("Clear Path International", "US"), ("Hiệp hội Thị trưởng các thành phố Pháp ngữ", None),
                               ("MAG", "GB"), ("Medipeace", "KR"), ("Quỹ Zhishan", "TW")]


def test_certificates_amended_are_no_capital_raised_and_revoked_projects_take_their_capital():
    from .test_observation_rules24 import _read
    text = ("Đầu tư nước ngoài tỉnh Yên Bái\nYên Bái, ngày 20/1/2021\n\nNăm 2020, tỉnh cấp Giấy chứng nhận đăng ký đầu tư cho "
            "17 dự án FDI với tổng vốn đăng ký 51,5 triệu USD; điều chỉnh Giấy chứng nhận cho 24 lượt dự án, trong đó điều "
            "chỉnh tăng vốn cho 8 dự án với vốn tăng thêm 7,3 triệu USD. Sau rà soát, tỉnh thu hồi 22 dự án FDI không triển "
            "khai hoặc hoạt động kém hiệu quả với tổng vốn đầu tư trên 71 triệu USD.")
    assert [(code, value) for code, value, _ in _read(text)] == [
        ("fdi_added_capital", 7.3e6), ("fdi_adjusted_projects", 8), ("fdi_new_capital", 51.5e6), ("fdi_new_projects", 17)]


def test_an_action_plan_and_a_resolution_of_the_same_day():
    from .test_observation_rules24 import _facts
    text = ("Báo cáo tỉnh Yên Bái\nYên Bái, ngày 28/11/2024\n\nUBND tỉnh ban hành Quyết định số 01/QĐ-UBND ngày 01/01/2024; "
            "Kế hoạch hành động số 24/KH-UBND ngày 19/01/2024 và Nghị quyết số 592/NQ-HĐND cùng ngày.")
    assert sorted((f["number"], f["date"]) for f in _facts(text, "legal_document")) == [
        ("01/QĐ-UBND", "2024-01-01"), ("24/KH-UBND", "2024-01-19"), ("592/NQ-HĐND", "2024-01-19")]
