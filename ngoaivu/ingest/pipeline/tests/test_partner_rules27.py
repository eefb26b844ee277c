"""Partners named in long reports (session 27): organisations listed in groups, each group closed by one country
bracket, after a plural or counted "tổ chức" or "trong đó có". Made-up sentences only."""
from .test_partner_rules25 import _partners

_HEAD = "Viện trợ tỉnh Yên Bái\nYên Bái, ngày 5/12/2023\n\n"


def test_names_in_a_group_take_the_country_that_closes_the_group():
    text = _HEAD + ("Năm 2023, tỉnh tiếp nhận nhiều dự án của các tổ chức KLMN, Brightway, Quỹ Clinton (Hoa Kỳ); RSTU, Green "
                    "Hands (Hàn Quốc); OPQ, Vida (Tây Ban Nha)...")
    assert _partners(text) == [("Brightway", "US"), ("Green Hands", "KR"), ("KLMN", "US"), ("OPQ", "ES"),
                               ("Quỹ Clinton", "US"), ("RSTU", "KR"), ("Vida", "ES")]


def test_bodies_counted_or_after_trong_do_co_keep_their_brackets():
    text = _HEAD + ("Năm 2023, UBND tỉnh đề nghị cấp phép hoạt động tại tỉnh cho 5 tổ chức phi chính phủ nước ngoài, trong đó có Enfants du Monde (EDM, Pháp), "
                    "Orbis (Hoa Kỳ); ba tổ chức WXYZ (Hàn Quốc), HJKL (Hoa Kỳ) và EDM (Pháp) đã được cấp phép.")
    found = _partners(text)
    assert ("Enfants du Monde", "FR") in found and ("WXYZ", "KR") in found and ("HJKL", "US") in found


def test_a_group_of_vietnamese_words_or_lower_case_is_no_body():
    text = _HEAD + ("Năm 2023, các tổ chức đoàn thể, Hội Nông dân (tỉnh) và các tổ chức khác tham gia vận động viện trợ.")
    assert _partners(text) == []


def test_places_listed_with_the_amount_each_was_given_are_all_read():
    text = ("Đối ngoại thành phố Cần Thơ\nCần Thơ, ngày 20/01/2022\n\nNăm 2021, thành phố hỗ trợ 4 tỉnh Nam Lào chống dịch, "
            "gồm Champasak 150 triệu đồng, Savannakhet 150 triệu đồng, Salavan 100 triệu đồng và Sekong 100 triệu đồng.")
    assert _partners(text) == [("Champasak", "LA"), ("Salavan", "LA"), ("Savannakhet", "LA"), ("Sekong", "LA")]


def test_help_handed_to_a_foreign_district_makes_it_a_partner():
    text = ("Đối ngoại tỉnh Hà Tĩnh\nHà Tĩnh, ngày 20/01/2022\n\nNăm 2021, huyện Hương Khê trao các mô hình kinh tế trị giá "
            "1 tỷ đồng và 100 triệu đồng khắc phục hậu quả lũ lụt cho huyện Na Kai, tỉnh Khăm Muộn.")
    assert _partners(text) == [("Na Kai", "LA")]
