"""Observations on wordings found in session 28 (04/12/2026) in the studied long texts: a count "đến cuối năm Y" told in
a text of a later year. Each rule on made-up sentences (none names a development text's place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_HEAD = "Hành trình thu hút đầu tư của tỉnh Yên Bái\nYên Bái, ngày 12/06/2019\n\n"


def test_a_count_up_to_an_earlier_year_end_is_what_stood_then():
    text = _HEAD + ("Năm 2018, tỉnh cấp mới 4 dự án FDI với tổng vốn 20 triệu USD. Nhìn lại chặng đầu, tính đến cuối năm "
                    "2009, tỉnh đã thu hút 14 dự án có vốn đầu tư nước ngoài với tổng vốn đầu tư 95 triệu USD.")
    found = _read(text)
    assert ("fdi_active_projects", 14, ("as_of", "2009-12-31")) in found
    assert ("fdi_total_capital", 95e6, ("as_of", "2009-12-31")) in found
    assert ("fdi_new_projects", 4, ("2018-01-01", "2018-12-31")) in found


def test_a_bare_up_to_year_reads_the_same():
    text = _HEAD + "Đến năm 2012, toàn tỉnh mới cấp phép cho 7 dự án FDI."
    assert _read(text) == [("fdi_active_projects", 7, ("as_of", "2012-12-31"))]


def test_a_span_with_its_start_stays_a_flow():
    text = _HEAD + "Từ năm 2005 đến năm 2012, tỉnh đã cấp phép cho 7 dự án FDI."
    assert _read(text) == [("fdi_new_projects", 7, ("2005-01-01", "2012-12-31"))]


def test_new_projects_up_to_the_year_end_stay_the_year_s():
    text = _HEAD + "Tính đến cuối năm 2012, tỉnh thu hút 7 dự án FDI mới."
    assert _read(text) == [("fdi_new_projects", 7, ("2012-01-01", "2012-12-31"))]


def test_a_year_end_just_before_the_text_s_year_stays_as_it_was_read():
    text = ("Thu hút đầu tư năm 2018\nYên Bái, ngày 15/01/2019\n\nTính đến hết năm 2018, tỉnh đã thu hút 7 dự án FDI với "
            "tổng vốn 30 triệu USD.")
    assert ("fdi_new_projects", 7, ("2018-01-01", "2018-12-31")) in _read(text)
