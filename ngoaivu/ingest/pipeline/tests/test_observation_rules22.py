"""Observations of the less common counts (rec22 round: promotion events abroad, friendship associations,
organisations named in paperwork), each rule on made-up sentences (none names a development text's place,
figure or sentence)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _read(text):
    facts = [f for f in extract_text(text)["facts"] if f["kind"] == "observation"]
    return sorted((f["indicator"], f["value"], _years(f["period"])) for f in facts)


def _years(period):
    return ("as_of", period["as_of"][:4]) if "as_of" in period else (period["start"][:4], period["end"][:4])


def test_a_promotion_event_held_in_a_named_foreign_country_is_abroad():
    held_there = "Năm 2024, tỉnh Ninh Bình tổ chức 4 hội nghị xúc tiến đầu tư tại Hàn Quốc và Singapore."
    assert _read(held_there) == [("investment_promotion_abroad", 4, ("2024", "2024"))]
    sent_there = "Năm 2024, tỉnh Ninh Bình cử 2 đoàn xúc tiến thương mại sang Úc."
    assert _read(sent_there) == [("investment_promotion_abroad", 2, ("2024", "2024"))]


def test_a_promotion_event_at_home_for_foreign_investors_stays_at_home():
    # the country names the audience, the event is held in the province
    text = "Năm 2024, tỉnh Ninh Bình tổ chức 5 hội nghị xúc tiến đầu tư với doanh nghiệp Hàn Quốc tại tỉnh."
    assert _read(text) == [("investment_promotion_domestic", 5, ("2024", "2024"))]
    plain = "Năm 2024, tỉnh Ninh Bình tổ chức 5 hội nghị xúc tiến đầu tư tại thành phố Hoa Lư."
    assert _read(plain) == [("investment_promotion_domestic", 5, ("2024", "2024"))]


def test_a_union_s_member_associations_in_a_year_s_review_are_a_standing():
    text = ("Năm 2024, Liên hiệp các tổ chức hữu nghị tỉnh Ninh Bình cùng 9 hội hữu nghị thành viên "
            "đã tổ chức nhiều hoạt động giao lưu.")
    assert _read(text) == [("friendship_associations", 9, ("as_of", "2024"))]


def test_associations_founded_in_the_year_are_counted_over_it():
    text = "Năm 2024, tỉnh Ninh Bình thành lập mới 2 hội hữu nghị."
    assert _read(text) == [("friendship_associations", 2, ("2024", "2024"))]


def test_organisations_whose_registration_was_handled_are_not_a_count_of_those_working():
    paperwork = ("Năm 2024, Sở Ngoại vụ tỉnh Ninh Bình góp ý việc cấp mới, gia hạn giấy đăng ký hoạt động "
                 "cho 27 tổ chức phi chính phủ nước ngoài.")
    assert _read(paperwork) == []
    working = "Năm 2024, tỉnh Ninh Bình có 27 tổ chức phi chính phủ nước ngoài đang hoạt động."
    assert _read(working) == [("ngo_organizations", 27, ("2024", "2024"))]
