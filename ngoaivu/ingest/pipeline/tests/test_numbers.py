import re

import pytest

from ngoaivu.ingest.pipeline.normalize import fold_case
from ngoaivu.ingest.pipeline.numbers import AMOUNT_UNIT, clean_number, find_quantities, parse_number


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("712,4", 712.4),
        ("2.473.905", 2473905),
        ("23.507,48", 23507.48),
        ("14.581,102", 14581.102),
        ("01", 1),
        ("05", 5),
        ("8.584", 8584),
        ("2.5", 2.5),  # an English decimal point some texts use
        ("1,000,000", 1000000),  # English grouping
    ],
)
def test_parse_number(token, value):
    assert parse_number(token) == pytest.approx(value)


def test_parse_number_rejects_malformed_grouping():
    assert parse_number("1.58.3") is None


def quantities(text):
    return [(q.low, q.high, q.kind, q.unit, q.per_year) for q in find_quantities(fold_case(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đạt 712,4 triệu USD,", [(712_400_000, None, "money", "USD", False)]),
        ("đạt 3,7 tỷ USD", [(3_700_000_000, None, "money", "USD", False)]),
        ("đạt 2.473.905 triệu đồng.", [(2_473_905_000_000, None, "money", "VND", False)]),
        ("đạt 23.507,48 triệu USD", [(23_507_480_000, None, "money", "USD", False)]),
        ("khoảng 3,5 - 4 tỷ USD", [(3_500_000_000, 4_000_000_000, "money", "USD", False)]),
        ("từ 150 đến 180 triệu USD", [(150_000_000, 180_000_000, "money", "USD", False)]),
        ("2 - 2,5 triệu USD/năm", [(2_000_000, 2_500_000, "money", "USD", True)]),
        ("1,5 nghìn tỷ đồng", [(1_500_000_000_000, None, "money", "VND", False)]),
        ("300 tỉ đồng", [(300_000_000_000, None, "money", "VND", False)]),
        ("50 triệu đô la Mỹ", [(50_000_000, None, "money", "USD", False)]),
        ("12 triệu Euro", [(12_000_000, None, "money", "EUR", False)]),
        ("4 tỷ yên", [(4_000_000_000, None, "money", "JPY", False)]),
        ("900 VNĐ", [(900, None, "money", "VND", False)]),
        ("tăng 12,3%", [(12.3, None, "percent", "percent", False)]),
        ("đạt 10,85%/năm", [(10.85, None, "percent", "percent", True)]),
        ("vốn đăng ký 25 triệu;", [(25_000_000, None, "number", None, False)]),
        ("tổ chức 01 cuộc", [(1, None, "number", None, False)]),
        ("2 - 3 tỉnh/thành phố", [(2, 3, "number", None, False)]),
    ],
)
def test_find_quantities(text, expected):
    assert quantities(text) == expected


def test_dong_is_a_currency_only_after_a_number_that_is_not_a_comrade():
    assert quantities("gặp 5 đồng chí lãnh đạo") == [(5, None, "number", None, False)]


@pytest.mark.parametrize("text", ["số 41-CT/TW", "công nghệ In 3D", "mã 12A"])
def test_codes_are_not_quantities(text):
    assert quantities(text) == []


def test_scaled_range_keeps_its_own_low_scale():
    assert quantities("từ 900 triệu đến 1,2 tỷ USD") == [(900_000_000, 1_200_000_000, "money", "USD", False)]


def test_clean_number():
    assert clean_number(609100000.0) == 609100000 and isinstance(clean_number(609100000.0), int)
    assert clean_number(10.85) == 10.85


def test_dollars_written_as_do_but_not_towns():
    from ngoaivu.ingest.pipeline.numbers import find_quantities

    assert [(q.low, q.unit) for q in find_quantities("đạt 1,2 tỷ đô, tăng")] == [(1.2e9, "USD")]
    assert [q.unit for q in find_quantities("có 3 đô thị loại hai")] == [None]


def test_counts_in_words_and_ranks():
    from ngoaivu.ingest.pipeline.numbers import find_quantities

    assert [q.low for q in find_quantities("ký hai thỏa thuận, mười lăm dự án và hai mươi mốt đoàn")] == [2, 15, 21]
    assert find_quantities("hai đoàn đã hội đàm") == []
    (rank,) = find_quantities("xếp thứ 12/63 tỉnh")
    assert (rank.low, rank.out_of) == (12, 63)


def test_a_scale_followed_by_a_smaller_scaled_amount_is_one_amount():
    from ngoaivu.ingest.pipeline.numbers import find_quantities
    (amount,) = find_quantities("xuất khẩu 11 tỷ 800 triệu usd")
    assert (amount.low, amount.unit) == (11.8e9, "USD")
    (amount,) = find_quantities("vốn 2 tỷ 500 triệu đồng")
    assert (amount.low, amount.unit) == (2.5e9, "VND")


def test_a_unit_is_a_whole_word_after_the_number():
    amount = re.compile(rf"\d[\d.,]*\s*{AMOUNT_UNIT}", re.IGNORECASE)
    for text in ("12 tỉ", "12 tỷ đồng", "3 ngàn", "4 nghìn tỷ", "7 triệu", "5 USD", "6 đô", "8 đồng."):
        assert amount.search(text), text
    for text in ("12 tỉnh miền núi", "3 ngành hàng", "2 đông đảo", "4 đô thị", "8 đồng chí", "5 tỉnh, thành"):
        assert not amount.search(text), text
    # find_quantities reads the same words: a count of provinces stays a count
    assert [(q.low, q.scaled) for q in find_quantities("12 tỉnh miền núi")] == [(12.0, False)]
    assert [(q.low, q.scaled) for q in find_quantities("12 tỉ")] == [(12e9, True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("vốn đăng ký 2.845 tỷ usd", 2.845e9),  # a decimal point kept from an English page
    ("khoảng 1.375 tỷ euro", 1.375e9),
    ("1.500 tỷ usd", 1.5e12),  # a trailing zero: thousands (a decimal drops it)
    ("hướng tới mốc 1.000 tỷ usd", 1e12),
    ("12.345 tỷ usd", 12.345e9),
    ("1.234.567 tỷ usd", 1.234567e15),  # two groups: grouping, however large
    ("2.845 tỷ đồng", 2.845e12),  # thousands of billions of đồng are common
    ("2.845 triệu usd", 2.845e9),  # millions of dollars: thousands
])
def test_a_decimal_point_is_read_only_where_thousands_of_billions_of_dollars_cannot_be_meant(text, expected):
    [quantity] = find_quantities(fold_case(text))
    assert quantity.low == pytest.approx(expected)


def test_yen_is_a_currency_on_the_number_s_line_and_not_a_place_s_first_syllable():
    def units(text):
        return [(q.low, q.unit) for q in find_quantities(fold_case(text))]

    assert units("Dự án vay 5 tỷ yên của JICA") == [(5e9, "JPY")]
    assert units("Trong tháng 4 Yên Bái xuất khẩu 109 triệu USD") == [(4, None), (109e6, "USD")]
    assert units("Xuất khẩu tháng 4\n\nYên Bái đạt 9 triệu USD") == [(4, None), (9e6, "USD")]
