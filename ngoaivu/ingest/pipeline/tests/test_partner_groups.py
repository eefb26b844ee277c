"""Partners named in groups closed each by its country, through their head's office, and
in sentences about meetings and help (made-up sentences; the places are real but named by
no development text)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _partners(text: str) -> set[tuple[str, str | None]]:
    return {(f["name"], f["country"]) for f in extract_text(text)["facts"] if f["kind"] == "partner"}


def test_groups_of_names_each_closed_by_its_country_after_semicolons():
    text = (
        "Tham dự diễn đàn hợp tác có đoàn đại biểu các tỉnh Điện Biên, Lai Châu (Việt Nam); Luang Prabang, "
        "Oudomxay (Lào); Khon Kaen và Mukdahan (Thái Lan)."
    )
    assert _partners(text) == {("Luang Prabang", "LA"), ("Oudomxay", "LA"), ("Khon Kaen", "TH"), ("Mukdahan", "TH")}


def test_a_group_after_a_semicolon_needs_its_own_country():
    text = "Đoàn đại biểu các tỉnh Điện Biên, Lai Châu (Việt Nam); Ban Tổ chức và Sở Ngoại vụ đã làm việc với nhau."
    assert _partners(text) == set()


def test_a_place_named_through_its_heads_office():
    text = "Chiều 4/5, Chủ tịch UBND tỉnh đã làm việc với Phó Tỉnh trưởng Luang Prabang Khamphet Sisavath."
    assert _partners(text) == {("Luang Prabang", "LA")}
    text = "Chiều 4/5, Chủ tịch UBND tỉnh đã làm việc với Thống đốc Suzuki Ichiro và đoàn doanh nghiệp."
    assert _partners(text) == set()  # the governor's name is a person's, no place


def test_a_vietnamese_province_after_a_heads_office_is_no_partner():
    text = "Ông Trần Văn An, Phó Chủ tịch, đã làm việc với Tỉnh trưởng Luang Prabang và đoàn tỉnh Lai Châu."
    assert ("Lai Châu", "VN") not in _partners(text) and ("Luang Prabang", "LA") in _partners(text)


def test_meetings_and_help_speak_of_a_relation():
    text = "Tối 2/9, Bí thư Tỉnh ủy có cuộc gặp trực tuyến với Bí thư Tỉnh ủy tỉnh Luang Prabang (Lào)."
    assert _partners(text) == {("Luang Prabang", "LA")}
    text = "Tiếp đoàn, Phó Tỉnh trưởng tỉnh Oudomxay cảm ơn sự giúp đỡ của tỉnh trong nhiều năm."
    assert _partners(text) == {("Oudomxay", "LA")}
    assert _partners("Du khách tham quan tỉnh Luang Prabang (Lào) trong dịp nghỉ lễ.") == set()


def test_groups_each_closed_by_its_country_after_commas():
    text = (
        "Dự hội nghị hợp tác có các tỉnh Điện Biên và Lai Châu (Việt Nam), Luang Prabang và Oudomxay (Lào), "
        "Khon Kaen (Thái Lan)."
    )
    assert _partners(text) == {("Luang Prabang", "LA"), ("Oudomxay", "LA"), ("Khon Kaen", "TH")}

