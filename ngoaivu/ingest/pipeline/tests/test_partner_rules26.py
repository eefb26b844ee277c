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
    text = ("Viện trợ tỉnh Yên Bái\nYên Bái, ngày 20/6/2022\n\nQuỹ Toàn cầu hóa Nông thôn mới (Hàn Quốc) tài trợ 2 dự án cho "
            "tỉnh. Hiệp hội Eurasia (Thụy Sỹ) và Quỹ từ thiện Phuc's Fond (Na Uy) tài trợ xây trường học.")
    assert _partners(text) == [("Hiệp hội Eurasia", "CH"), ("Phuc's Fond", "NO"), ("Quỹ Toàn cầu hóa Nông thôn mới", "KR")]
    catalogued = text.replace("Quỹ Toàn cầu hóa Nông thôn mới (Hàn Quốc) tài trợ", "Quỹ Toàn cầu tài trợ")
    assert ("Global Fund", None) in _partners(catalogued)
