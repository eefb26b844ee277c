"""Partners and gate pairs in written forms the first rules missed (made-up sentences;
the places are real but named by no seed or development text)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.names import could_be_japanese, looks_foreign


def _partners(text: str) -> set[tuple[str, str | None]]:
    return {(f["name"], f["country"]) for f in extract_text(text)["facts"] if f["kind"] == "partner"}


def _gates(text: str) -> set[tuple[str, str, str | None]]:
    return {(f["vn"], f["foreign"], f["country"]) for f in extract_text(text)["facts"] if f["kind"] == "border_gate"}


def test_foreign_looking_names():
    assert looks_foreign("Mapo") and looks_foreign("Takasaki") and looks_foreign("Pyeongtaek") and looks_foreign("Khamkeut")
    assert not looks_foreign("Quỳnh Lưu") and not looks_foreign("Nghĩa Đàn") and not looks_foreign("Sa Pa")
    assert could_be_japanese("Takasaki") and not could_be_japanese("Pyeongtaek")


def test_ngos_written_with_their_country_after_a_slash():
    text = (
        "Trên địa bàn tỉnh có 12 tổ chức phi chính phủ nước ngoài hoạt động, trong đó có Brighter Futures/Úc, "
        "Ray of Hope for Children/Canada và tổ chức KFHI/Hàn Quốc."
    )
    assert _partners(text) == {("Brighter Futures", "AU"), ("Ray of Hope for Children", "CA"), ("KFHI", "KR")}
    assert _partners("Tỷ giá USD/VND tăng nhẹ trong tháng, doanh nghiệp ký hợp tác.") == set()


def test_a_foreign_looking_district_takes_the_country_of_its_sentence():
    text = "Với Hàn Quốc, tỉnh mở rộng hợp tác thương mại với quận Mapo và quận Eunpyeong."
    assert {("Mapo", "KR"), ("Eunpyeong", "KR")} <= _partners(text)


def test_a_foreign_looking_city_takes_the_texts_only_foreign_country():
    text = (
        "Lễ ký kết hợp tác\nNgày 5/6, tỉnh và thành phố Takasaki đã ký thỏa thuận hợp tác hữu nghị.\n\n"
        "Hiện tỉnh có 12 dự án của nhà đầu tư Nhật Bản."
    )
    assert ("Takasaki", "JP") in _partners(text)


def test_a_name_that_cannot_be_japanese_is_not_given_japan():
    text = (
        "Tỉnh đã ký bản ghi nhớ với thành phố Kofu của Nhật Bản và đang trao đổi với thành phố Pyeongtaek về du lịch.\n\n"
        "Đoàn doanh nghiệp Hàn Quốc cũng đến tìm hiểu cơ hội."
    )
    assert {("Kofu", "JP"), ("Pyeongtaek", "KR")} <= _partners(text)


def test_between_two_countries_the_one_the_province_borders():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nBáo cáo\nHai bên kiến nghị Lào và Thái Lan mở tuyến vận tải.\n\n"
        "Ở cấp huyện, huyện Kỳ Sơn và huyện Khamkeut thống nhất phối hợp bảo vệ đường biên."
    )
    assert ("Khamkeut", "LA") in _partners(text)


def test_a_river_region_is_not_a_partner():
    assert _partners("Hai bên hợp tác phát triển tiểu vùng Mekong mở rộng cùng Lào.") == set()


def test_a_place_followed_by_its_heads_name():
    text = "Tỉnh làm việc với Thống đốc tỉnh Kampong Cham Un Chanda về hợp tác thương mại với Campuchia."
    assert _partners(text) == {("Kampong Cham", "KH")}


def test_cities_listed_each_with_its_country_in_brackets():
    text = "Tỉnh đã kết nghĩa với nhiều địa phương như Gunma (Nhật Bản), Chungbuk (Hàn Quốc) và Vientiane (Lào)."
    assert _partners(text) == {("Gunma", "JP"), ("Chungbuk", "KR"), ("Vientiane", "LA")}


def test_gate_classes_listed_with_commas_and_a_pair_joined_by_cung():
    assert _gates("Hai tỉnh khai trương cặp cửa khẩu quốc tế đường bộ, đường sông Hoa Lư (Bình Phước) - Snuol (Kratie).") == {
        ("Hoa Lư", "Snuol", "KH")
    }
    assert _gates("Cửa khẩu Tây Trang cùng cửa khẩu Pang Hốc (huyện Sốp Hào, tỉnh Hủa Phăn) là cửa ngõ.") == {
        ("Tây Trang", "Pang Hốc", "LA")
    }
    assert _gates("Cửa khẩu Tây Trang cùng cửa khẩu Huổi Puốc (huyện Điện Biên, tỉnh Điện Biên).") == set()


def test_a_vietnamese_district_that_looks_foreign_stays_vietnamese():
    text = "Huyện Krông Pắc và huyện Ea Kar ký kết hợp tác với tỉnh Mondulkiri của Campuchia."
    assert _partners(text) == {("Mondulkiri", "KH")}
    text = "Với Campuchia, huyện Ia Grai cùng huyện Kbang đẩy mạnh hợp tác biên giới."
    assert _partners(text) == set()


def test_a_sentence_going_on_with_the_list_keeps_the_relation():
    text = (
        "Tỉnh duy trì quan hệ hợp tác với các tỉnh giáp biên của hai nước. "
        "Với Lào là tỉnh Chăm-pa-sắc; với Campuchia là tỉnh Stung Treng."
    )
    assert _partners(text) == {("Chăm-pa-sắc", "LA"), ("Stung Treng", "KH")}
    # without a relation before it, a list of places is not one of partners
    assert _partners("Thời tiết nắng nóng. Với Lào là tỉnh Chăm-pa-sắc.") == set()


def test_a_short_country_name_counts_after_a_cue_word_not_in_a_persons_name():
    text = "Với Pháp, tỉnh thiết lập quan hệ hợp tác với thành phố Brest.\n\nĐoàn doanh nghiệp Hàn Quốc cũng đến."
    assert _partners(text) == {("Brest", "FR")}
    text = "Ông Nguyễn Văn Đức cho biết tỉnh ký kết hợp tác với thành phố Brest.\n\nDoanh nghiệp Hàn Quốc đầu tư."
    assert ("Brest", "DE") not in _partners(text)


def test_a_special_self_governing_province_and_two_schools_of_one_country():
    text = (
        "Tỉnh hợp tác với tỉnh tự trị đặc biệt Sejong về giáo dục; ký thỏa thuận đào tạo với "
        "Đại học Dongseo và Cao đẳng Yeungjin của Hàn Quốc."
    )
    assert {("Sejong", "KR"), ("Đại học Dongseo", "KR"), ("Cao đẳng Yeungjin", "KR")} <= _partners(text)


def test_a_foreign_body_with_its_acronym():
    assert _partners("Tỉnh làm việc với Fondation Mérieux France (FMF) về dự án y tế.") == {("Fondation Mérieux France", "FR")}
    assert _partners("Tỉnh ký kết hợp tác với Global Water Partnership (GWP) về tài nguyên nước.") == {("Global Water Partnership", None)}
    # Vietnamese bodies with their acronyms are not foreign partners
    assert _partners("Tỉnh phối hợp với Liên hiệp các tổ chức hữu nghị (VUFO) tổ chức hội nghị.") == set()


def test_the_unit_above_a_venue_is_no_partner_but_places_the_venue():
    # "tại huyện A, tỉnh B (country)": where the talks were held; B is A's parent, not a partner
    assert _partners(
        "Ngày 3/5, tại thành phố Nhạc Dương, tỉnh Hồ Nam (Trung Quốc), đoàn công tác của tỉnh ký thỏa thuận "
        "hợp tác với thành phố Nhạc Dương."
    ) == {("Nhạc Dương", "CN")}
    text = (
        "Ngày 3/5, tại huyện Lâm Tương, thành phố Nhạc Dương (Trung Quốc), đoàn công tác của huyện hội đàm với "
        "lãnh đạo huyện bạn. Hai bên thống nhất đẩy mạnh hợp tác giữa hai huyện, tiếp tục giao lưu với huyện "
        "Lâm Tương về nông nghiệp."
    )
    assert _partners(text) == {("Lâm Tương", "CN")}
    # the same later mention alone has no country to take
    assert _partners("Hai bên thống nhất đẩy mạnh hợp tác giữa hai huyện, tiếp tục giao lưu với huyện Lâm Tương.") == set()


def test_a_foreign_body_written_with_a_dash_and_its_country():
    assert _partners("Năm qua, Hope for Tomorrow - Canada tài trợ dự án nước sạch cho hai xã của tỉnh.") == {
        ("Hope for Tomorrow", "CA")
    }
    assert _partners("Năm qua, Hội thánh Grace Fellowship - Hoa Kỳ và Hội thánh Vinecross - Úc tài trợ dự án cho tỉnh.") == {
        ("Grace Fellowship", "US"), ("Vinecross", "AU")
    }
    # a place written so is a locality, never a body
    facts = extract_text("Tỉnh tăng cường quan hệ hợp tác với tỉnh Khammouane - Lào và Gifu - Nhật Bản.")["facts"]
    assert not [f for f in facts if f["kind"] == "partner" and f["partner_type"] == "organization"]
    # two countries joined by a dash name no body
    assert _partners(
        "Hội Hữu Nghị Việt Nam - Lào tỉnh phối hợp tổ chức hoạt động hợp tác, giao lưu. "
        "Hội nghị hợp tác Việt Nam - Hàn Quốc diễn ra tại tỉnh."
    ) == set()


def test_a_catalogued_ngo_takes_its_full_name():
    assert _partners("Tỉnh phối hợp với tổ chức Good Neighbors triển khai dự án hỗ trợ trẻ em.") == {
        ("Good Neighbors International", "KR")
    }


def test_where_a_post_stands_is_no_partner():
    assert _partners(
        "Tỉnh phối hợp mở lối thông quan đối diện Trạm kiểm soát Phôn Sa Vẳn thuộc xã Na Phia, huyện Viêng Thòng "
        "(Bolikhamxay), hợp tác quản lý biên giới."
    ) == set()
    assert _partners("Tỉnh hợp tác với huyện Viêng Thòng (Bolikhamxay) về quản lý biên giới.") == {("Viêng Thòng", "LA")}


def test_a_body_in_a_treaty_or_community_name_is_no_partner():
    assert _partners(
        "Tham gia Cộng đồng Kinh tế ASEAN và Hiệp định Thương mại tự do Việt Nam - Liên minh châu Âu, "
        "tỉnh tăng cường hợp tác quốc tế."
    ) == set()
    assert _partners("Tỉnh ký Hiệp định vay vốn với ADB để hợp tác phát triển hạ tầng đô thị.") == {("ADB", None)}


def test_a_body_after_to_chuc_is_named_by_its_foreign_name():
    text = "Năm qua, tổ chức Children of Peace (Hoa Kỳ) tài trợ dự án nước sạch cho tỉnh."
    facts = [f for f in extract_text(text)["facts"] if f["kind"] == "partner"]
    assert [(f["name"], f["country"]) for f in facts] == [("Children of Peace", "US")]
    assert "tổ chức Children of Peace".casefold() in {a.casefold() for a in facts[0]["aliases"]}
    # other nouns stay part of the name: a school or a fund is named with them
    assert _partners("Quỹ Bright Future (Úc) hợp tác với tỉnh xây trường học.") == {("Quỹ Bright Future", "AU")}
