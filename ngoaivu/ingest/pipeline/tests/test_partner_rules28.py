"""Partners named with their country in words (session 28): "VNHelp của Hoa Kỳ", and groups led by their country
("Từ Hoa Kỳ có A, B và C; từ Pháp có D"). Made-up sentences only."""
from .test_observation_rules24 import _facts
from .test_partner_rules25 import _partners

_HEAD = "Đối ngoại nhân dân tỉnh Yên Bái\nYên Bái, ngày 5/12/2023\n\n"


def test_a_body_of_a_country_in_words():
    text = _HEAD + ("Năm 2023, tỉnh cấp phép hoạt động cho 02 tổ chức phi chính phủ nước ngoài (KidsHope của Hoa Kỳ và "
                    "Green Rivers Trust của Vương quốc Anh).")
    found = _partners(text)
    assert ("KidsHope", "US") in found and ("Green Rivers Trust", "GB") in found


def test_bodies_grouped_under_their_country():
    text = _HEAD + ("Nhiều tổ chức phi chính phủ gắn bó lâu dài với tỉnh. Từ Hoa Kỳ có Hội Bạn Trẻ Em (FCA), Brightway "
                    "và Helping Hands Network; từ Pháp có ABCF và Lumière Enfance.")
    found = _partners(text)
    for expected in (("Brightway", "US"), ("Helping Hands Network", "US"), ("ABCF", "FR"), ("Lumière Enfance", "FR")):
        assert expected in found


def test_places_and_feasts_of_a_country_are_no_bodies():
    text = _HEAD + ("Tỉnh ký kết hợp tác với hai thành phố Gimhae và Chungju của Hàn Quốc; dịp Tết Chôl Chnăm Thmây của "
                    "Campuchia, tỉnh tặng quà các tổ chức.")
    organizations = [f["name"] for f in _facts(text, "partner") if f["partner_type"] == "organization"]
    assert organizations == []


def test_places_take_the_country_their_clause_opens_on():
    text = ("Đối ngoại tỉnh Thừa Thiên Huế\n\nTỉnh có quan hệ đặc biệt với các tỉnh Salavan, Sê Kông của Lào.\n\nVới Nhật Bản, "
            "tỉnh duy trì quan hệ với tỉnh Gifu; với Hàn Quốc là thành phố Namyangju và quận Wando; với Trung Quốc là tỉnh "
            "Chiết Giang.")
    found = _partners(text)
    assert ("Namyangju", "KR") in found and ("Wando", "KR") in found
    assert not any(name in ("Namyangju", "Wando") and country != "KR" for name, country in found)


def test_groups_after_one_closed_by_a_part_of_its_country_are_read_with_their_own_countries():
    # session 29: "(Nam Lào)" closes the first group as "(Lào)" would
    text = ("Hợp tác quốc tế tỉnh Gia Lai\n\nTỉnh đã ký thỏa thuận hợp tác với một số tỉnh nước ngoài như Attapeu, Sekong "
            "và Champasak (Nam Lào), Ubon Ratchathani (Thái Lan), Rattanakiri (Campuchia).")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner")}
    assert partners == {("Attapeu", "LA"), ("Sekong", "LA"), ("Champasak", "LA"), ("Ubon Ratchathani", "TH"),
                        ("Rattanakiri", "KH")}


def test_bodies_named_as_markets_are_no_partners():
    text = ("Kế hoạch xuất khẩu tỉnh Ninh Bình\n\nTỉnh hợp tác với các đối tác để mỗi năm tổ chức hoặc tham gia các chương "
            "trình xúc tiến thương mại tại các thị trường EU, Bắc Mỹ, Nhật Bản, Hàn Quốc và ASEAN.")
    assert _facts(text, "partner") == []


def test_foreign_ngos_catalogued_in_session_29_are_read_by_their_vietnamese_names():
    text = ("Viện trợ phi chính phủ nước ngoài tỉnh Phú Thọ\n\nNăm 2020, tỉnh tiếp nhận dự án cứu hộ gấu do Tổ chức Động vật "
            "châu Á tài trợ và dự án rà phá bom mìn của Tổ chức Rà phá bom mìn Đan Mạch.")
    partners = {(f["name"], f["country"]) for f in _facts(text, "partner")}
    assert partners == {("Animals Asia", "HK"), ("DDG", "DK")}
