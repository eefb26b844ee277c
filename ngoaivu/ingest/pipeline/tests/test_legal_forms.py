"""Legal documents with the issuer and the date written around the number (made-up sentences)."""
from ngoaivu.ingest.pipeline.extract import extract_text


def _documents(text: str) -> list[tuple]:
    return [(f["number"], f["date"], f["issuer"]) for f in extract_text(text)["facts"] if f["kind"] == "legal_document"]


def test_an_issuer_that_has_just_issued_or_passed():
    text = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nTin\nUBND tỉnh vừa ban hành Quyết định số 517/QĐ-UBND (ngày 8/4/2022) về đề án."
    assert _documents(text) == [("517/QĐ-UBND", "2022-04-08", "Ủy ban nhân dân tỉnh Lai Châu")]
    text = "Tin\nHĐND tỉnh Lai Châu đã thông qua Nghị quyết số 12/2022/NQ-HĐND ngày 20/7/2022 về hỗ trợ."
    assert _documents(text) == [("12/2022/NQ-HĐND", "2022-07-20", "Hội đồng nhân dân tỉnh Lai Châu")]


def test_day_and_month_before_the_number_and_the_year_after_it_or_in_it():
    text = "Tin\nNgày 14/3, UBND tỉnh Lai Châu ban hành Kế hoạch số 88/KH-UBND năm 2022 về công tác đối ngoại."
    assert _documents(text)[0][:2] == ("88/KH-UBND", "2022-03-14")
    text = "Tin\nNgày 20/7, HĐND tỉnh Lai Châu đã thông qua Nghị quyết số 12/2022/NQ-HĐND về hỗ trợ."
    assert _documents(text)[0][:2] == ("12/2022/NQ-HĐND", "2022-07-20")
    # without a year anywhere the date stays unknown
    assert _documents("Tin\nNgày 14/3, UBND tỉnh Lai Châu ban hành Kế hoạch số 88/KH-UBND.")[0][1] is None
