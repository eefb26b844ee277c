"""An official document's letterhead set in two columns on one line (as copied from a PDF or a legal portal)."""
from ngoaivu.ingest.pipeline.extract import extract_text
from ngoaivu.ingest.pipeline.normalize import normalize

_LETTERHEAD = (
    "ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "TỈNH BẾN TRE                Độc lập - Tự do - Hạnh phúc\n\n"
    "Số: 41/KH-UBND             Bến Tre, ngày 9 tháng 2 năm 2021\n\n"
    "KẾ HOẠCH\nCông tác đối ngoại năm 2021\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
)


def test_a_two_column_letterhead_gives_the_document_its_number_date_and_issuer():
    document = extract_text(_LETTERHEAD)
    assert (document["province"], document["published"]) == ("Bến Tre", "2021-02-09")
    (plan,) = [f for f in document["facts"] if f["kind"] == "legal_document"]
    assert (plan["number"], plan["date"], plan["issuer"]) == ("41/KH-UBND", "2021-02-09", "Ủy ban nhân dân tỉnh Bến Tre")


def test_the_columns_are_set_apart_without_moving_any_offset():
    normalized = normalize(_LETTERHEAD)
    assert len(normalized.text) == len(_LETTERHEAD)
    assert "41/KH-UBND\n" in normalized.text
    # a gap inside the body, past the letterhead, is left alone
    body = "\n".join(["dòng"] * 10) + "\nKim ngạch đạt    5 triệu USD."
    assert normalize(body).text == body
