"""Partners named in ways the dev20 round met: a place's name read on into its head's name, the UN named
beside one of its agencies, a body's acronym after a province, a unit in brackets locating a landmark, a
relation word inside a bridge's name, a foreign school written "X - Y", a territory named with its noun
(made-up sentences; the places are real but named by no development text)."""
from ngoaivu.ingest.pipeline import gazetteer
from ngoaivu.ingest.pipeline.extract import extract_text


def _partners(text: str) -> set[tuple[str, str | None]]:
    return {(f["name"], f["country"]) for f in extract_text(text)["facts"] if f["kind"] == "partner"}


def test_a_place_read_on_into_its_heads_name_is_the_place():
    text = (
        "Tỉnh Hà Nam và thành phố Kofu (Nhật Bản) đã ký thỏa thuận hợp tác. Tại buổi làm việc, Thị trưởng thành phố "
        "Kofu Sato Hiroshi mong hai bên đẩy mạnh hợp tác giáo dục."
    )
    assert _partners(text) == {("Kofu", "JP")}
    # named only with its head's name, the place cannot be told from the person
    assert ("Kofu", "JP") not in _partners("Thị trưởng thành phố Kofu Sato Hiroshi (Nhật Bản) đã ký thỏa thuận hợp tác với tỉnh.")


def test_the_un_named_beside_one_of_its_agencies_is_the_agencys_system():
    text = (
        "Bà Mai Lan, Điều phối viên thường trú Liên hợp quốc kiêm Trưởng đại diện Quỹ Dân số Liên hợp quốc (UNFPA), "
        "làm việc với tỉnh về dự án hỗ trợ chăm sóc sức khỏe sinh sản."
    )
    assert _partners(text) == {("UNFPA", None)}
    # (the United Nations as a whole is no partner of a province since session 37: no gold file codes it, its agencies are)
    assert _partners("Tỉnh phối hợp với Liên hợp quốc triển khai dự án hỗ trợ người di cư.") == set()


def test_a_bodys_acronym_after_a_province_is_no_place():
    text = "Tại trung tâm hội nghị tỉnh Bắc Giang, UBND tỉnh Bắc Giang và chính quyền bang Ohio (Hoa Kỳ) ký bản ghi nhớ hợp tác."
    assert _partners(text) == {("Ohio", "US")}


def test_a_unit_in_brackets_after_a_landmark_locates_it():
    text = "Hai bên thống nhất hợp tác khai thác tuyến du lịch qua thác Đức Thiên (huyện Đại Tân, Sùng Tả, Trung Quốc)."
    assert _partners(text) == set()
    # after a unit's own noun the bracket gives the unit's parent and the unit is a partner
    assert _partners("Tỉnh ký thỏa thuận hợp tác với huyện Đại Tân (Sùng Tả, Trung Quốc).") == {("Đại Tân", "CN")}


def test_a_relation_word_inside_a_bridges_name_speaks_of_no_relation():
    assert _partners("Tỉnh Khammouane nối với tỉnh Nakhon Phanom của Thái Lan qua cầu Hữu Nghị 3.") == set()
    assert _partners("Tỉnh có quan hệ hữu nghị lâu năm với tỉnh Nakhon Phanom của Thái Lan.") == {("Nakhon Phanom", "TH")}


def test_a_foreign_school_written_with_a_dash_and_a_vietnamese_school_beside_it():
    text = "Trường Đại học Kinh tế Huế và Trường Đại học Hawaii - Manoa (Hoa Kỳ) ký thỏa thuận hợp tác đào tạo."
    assert _partners(text) == {("Trường Đại học Hawaii - Manoa", "US")}
    # a dash then a country after a body's name is its country, not part of the name
    assert _partners("Tổ chức Samaritan Hands - Hoa Kỳ tài trợ dự án nước sạch cho tỉnh.") == {("Samaritan Hands", "US")}


def test_a_territory_named_with_its_noun():
    assert _partners("Năm 2019, thành phố ký bản ghi nhớ hợp tác với Vùng lãnh thổ Bắc Úc.") == {("Bắc Úc", "AU")}
    assert gazetteer.identity("Lãnh thổ Bắc Úc") == gazetteer.identity("Northern Territory") == "AU-NT"
    assert _partners("Hai bên hợp tác triển khai các dự án trên lãnh thổ Việt Nam và Lào.") == set()


def test_a_hospital_named_with_its_country():
    text = "Bệnh viện Đa khoa tỉnh ký kết hợp tác đào tạo với Bệnh viện Severance (Hàn Quốc)."
    assert _partners(text) == {("Bệnh viện Severance", "KR")}


def test_a_city_beside_a_province_of_one_country_is_of_that_country():
    text = "Năm 2019, thành phố ký thỏa thuận hợp tác với tỉnh Gangwon và thành phố Chuncheon."
    assert _partners(text) == {("Gangwon", "KR"), ("Chuncheon", "KR")}
    # beside places of two countries the city's country stays unknown
    text = "Tỉnh hợp tác với tỉnh Gangwon, tỉnh Gifu và thành phố Chuncheon."
    assert ("Chuncheon", "KR") not in _partners(text)


def test_partners_one_per_line_or_per_table_row_after_a_line_of_relation():
    text = (
        "Tỉnh đã ký kết văn bản hợp tác với các địa phương sau:\n- Tỉnh Khon Kaen (Thái Lan), năm 2016;\n"
        "- Thành phố Brest (Pháp), năm 2012."
    )
    assert _partners(text) == {("Khon Kaen", "TH"), ("Brest", "FR")}
    table = (
        "Các địa phương nước ngoài có quan hệ hợp tác với tỉnh:\nTT | Đối tác | Nước | Năm\n"
        "1 | Tỉnh Khon Kaen | Thái Lan | 2016\n2 | Bang Sachsen | Đức | 2019"
    )
    assert _partners(table) == {("Khon Kaen", "TH"), ("Sachsen", "DE")}
    # a table whose introducing line speaks of no relation lists no partners
    assert _partners("Dân số một số địa phương:\nTT | Địa phương | Nước\n1 | Tỉnh Khon Kaen | Thái Lan") == set()


def test_delegations_received_speak_of_a_relation():
    text = "Trong năm, tỉnh đón 12 đoàn của các địa phương Nhật Bản như Gifu, Shiga, Tottori."
    assert _partners(text) == {("Gifu", "JP"), ("Shiga", "JP"), ("Tottori", "JP")}


def test_a_joint_committee_of_localities_speaks_of_a_relation():
    text = "Ngày 9/1, Ủy ban công tác liên hợp giữa 3 tỉnh biên giới và tỉnh Vân Nam (Trung Quốc) họp phiên thứ 5."
    assert _partners(text) == {("Vân Nam", "CN")}
    assert _partners("Ngày 9/1, ông A dự lễ kỷ niệm ngày thành lập Liên hợp quốc tại tỉnh Vân Nam (Trung Quốc).") == set()


def test_a_school_named_after_a_foreign_place_of_a_country_the_text_names():
    text = (
        "Hợp tác với Quảng Tây (Trung Quốc) tiếp tục mở rộng. Năm qua, tỉnh cử 20 học viên sang thăm, học tập tại "
        "Học viện Hành chính Khâm Châu và 12 sinh viên sang học tại Trường Cao đẳng nghề Sùng Tả."
    )
    partners = _partners(text)
    assert {("Học viện Hành chính Khâm Châu", "CN"), ("Trường Cao đẳng nghề Sùng Tả", "CN")} <= partners
    # a school named after a Vietnamese province is the province's own
    assert not any(name.startswith("Trường") for name, _ in _partners(
        "Tỉnh cử 20 cán bộ sang thăm Quảng Tây (Trung Quốc) và học tại Trường Chính trị Lạng Sơn."))


def test_a_chinese_municipality_after_a_city_noun():
    assert _partners("Thành phố đã ký kết hợp tác hữu nghị với thành phố Bắc Kinh.") == {("Bắc Kinh", "CN")}
    # a Chinese reading that is also a Vietnamese district's name needs its country named
    assert _partners("Tỉnh ký kết hợp tác với thành phố Trùng Khánh.") == set()


def test_help_given_to_a_foreign_locality_speaks_of_a_relation():
    assert _partners("Năm 2023, tỉnh ủng hộ 3 tỷ đồng xây trường cho tỉnh Bò Kẹo của Lào.") == {("Bò Kẹo", "LA")}
