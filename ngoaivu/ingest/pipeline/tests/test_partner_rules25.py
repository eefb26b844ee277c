"""Partners named in long reports (session 25): organisations listed after "gồm" with their country in brackets, a
catalogued body's country from its brackets, a name followed by its acronym. Made-up sentences only."""
from .test_observation_rules24 import _facts


def _partners(text):
    return sorted((f["name"], f["country"]) for f in _facts(text, "partner"))


def test_organisations_listed_after_gom_take_the_country_in_their_brackets():
    text = ("Viện trợ PCPNN tỉnh Yên Bái\n\nNgày 5/3/2023, 4 tổ chức phi chính phủ nước ngoài gồm Terre Solidaire (Pháp), "
            "Kinderhilfe Nord (Đức), Bright Future Network - BFN (Canada) và Hagar International (Thụy Sĩ) đã ký cam kết "
            "hỗ trợ dự án mới cho tỉnh.")
    assert _partners(text) == [("Bright Future Network", "CA"), ("Hagar International", "CH"),
                               ("Kinderhilfe Nord", "DE"), ("Terre Solidaire", "FR")]


def test_localities_listed_in_brackets_after_their_count():
    text = ("Đối ngoại tỉnh Yên Bái\n\nNgày 5/3/2024 - Tỉnh duy trì quan hệ hợp tác với 04 tỉnh Bắc Lào (Luông Pha Bang, "
            "Bò Kẹo, Xay Nhạ Bu Ly và Phông Xa Lỳ).")
    assert [country for _, country in _partners(text)] == ["LA"] * 4


def test_associations_and_volunteer_groups_named_with_their_country_after_cua():
    text = ("Đối ngoại tỉnh Yên Bái\n\nNgày 5/10/2023 - Năm 2023, tỉnh tiếp nhận viện trợ của Hội \"Children First Aid\" "
            "của Thụy Sĩ, nhóm tình nguyện Hope Bridge của Hoa Kỳ và nhóm từ thiện Lumière của Pháp; Hội Chữ thập đỏ tỉnh "
            "phối hợp tiếp nhận.")
    assert _partners(text) == [("Children First Aid", "CH"), ("Hope Bridge", "US"), ("Lumière", "FR")]


def test_a_crossing_s_country_is_not_read_from_a_vietnamese_province_s_name():
    text = ("Kinh tế cửa khẩu\n\nYên Bái, ngày 20/12/2024 - Hàng hóa của tỉnh chủ yếu xuất qua cặp cửa khẩu quốc tế Lào Cai "
            "- Hà Khẩu.")
    assert [(f["vn"], f["foreign"], f["country"]) for f in _facts(text, "border_gate")] == [("Lào Cai", "Hà Khẩu", "CN")]
