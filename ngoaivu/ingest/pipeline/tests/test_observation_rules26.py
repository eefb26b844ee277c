"""Observations on wordings found in session 26 (04/12/2026), when the long studied texts were read again: a date
referred back to ("tính đến thời điểm đó", "khi ấy"). Each rule on made-up sentences (none names a development text's
place, figure or sentence)."""
from ngoaivu.ingest.pipeline.tests.test_observation_rules24 import _read

_LOOK_BACK = """Bản tin viện trợ của tỉnh Yên Bái
Yên Bái, ngày 10/5/2024

Tại buổi làm việc ngày 15/8/2020 với đoàn công tác của Bộ Ngoại giao, lãnh đạo tỉnh cho biết: {then}, tỉnh đã phê duyệt \
các dự án của các tổ chức PCPNN với tổng giá trị 210 tỷ đồng. {moment}, trên địa bàn tỉnh có 25 tổ chức PCPNN đang hoạt động.

Trong quý I/2024, tỉnh tiếp nhận 6 chương trình, dự án PCPNN với tổng giá trị 8 tỷ đồng.
"""


def test_a_date_referred_back_to_is_the_date_written_before_it():
    for then, moment in (("tính đến thời điểm đó", "Khi ấy"), ("tính đến thời điểm ấy", "Lúc đó")):
        assert _read(_LOOK_BACK.format(then=then, moment=moment)) == [
            ("ngo_committed", 8e9, ("2024-01-01", "2024-03-31")),
            ("ngo_committed", 210e9, ("as_of", "2020-08-15")),
            ("ngo_new_commitments", 6, ("2024-01-01", "2024-03-31")),
            ("ngo_organizations", 25, ("as_of", "2020-08-15")),
        ], (then, moment)


def test_then_after_a_year_alone_is_that_year_as_before():
    text = ("Viện trợ của tỉnh Yên Bái\nYên Bái, ngày 10/5/2024\n\nNăm 2023, tỉnh đón nhiều đoàn. Khi đó, trên địa bàn "
            "tỉnh có 25 tổ chức PCPNN đang hoạt động.")
    assert _read(text) == [("ngo_organizations", 25, ("as_of", "2023-12-31"))]


def test_partner_localities_are_a_standing_at_the_period_s_end():
    text = ("Đối ngoại Yên Bái năm 2023\nYên Bái, ngày 20/12/2023\n\nTrong năm 2023, tỉnh duy trì quan hệ hữu nghị, hợp tác "
            "với 12 địa phương nước ngoài và đón 40 đoàn khách quốc tế.")
    assert ("partner_localities", 12, ("as_of", "2023-12-20")) in _read(text)
