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
