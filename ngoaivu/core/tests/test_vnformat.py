from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.vnformat import (
    format_date,
    format_date_long,
    format_money,
    format_number,
    format_percent,
    format_period,
    to_roman,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (54.0, "54"),
        (17.6, "17,6"),
        (92.02, "92,02"),
        (1234.5, "1.234,5"),
        (1586317, "1.586.317"),
        (Decimal("14581.102"), "14.581,102"),
        (Decimal("54.000"), "54"),
        (0.1 + 0.2, "0,3"),  # float noise never shows
        (Decimal("-0.0001"), "0"),  # no "-0"
        (-4, "-4"),
    ],
)
def test_format_number(value, expected):
    assert format_number(value) == expected


def test_format_number_rounds_half_up_not_half_even():
    assert format_number(Decimal("2.45"), 1) == "2,5"
    assert format_number(Decimal("2.5"), 0) == "3"


def test_format_number_keeps_zeros_for_aligned_columns():
    assert format_number(404, 1, trim_zeros=False) == "404,0"
    assert format_number(Decimal("2700"), 0, trim_zeros=False) == "2.700"


def test_format_number_rejects_non_numbers():
    with pytest.raises(TypeError):
        format_number(True)
    with pytest.raises(TypeError):
        format_number("17,6")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(17.6, "17,6%"), (Decimal("92.02"), "92,02%"), (54, "54%"), (Decimal("10.854"), "10,85%")],
)
def test_format_percent(value, expected):
    assert format_percent(value) == expected


@pytest.mark.parametrize(
    ("value", "currency", "options", "expected"),
    [
        (Decimal("609100000"), "USD", {}, "609,1 triệu USD"),
        (2.4e9, "USD", {}, "2,4 tỷ USD"),
        (Decimal("25000"), "USD", {}, "25 nghìn USD"),
        (Decimal("3690000"), "USD", {}, "3,69 triệu USD"),
        (Decimal("14081670000"), "USD", {}, "14,08 tỷ USD"),
        (Decimal("14081670000"), "USD", {"scale": "million"}, "14.081,67 triệu USD"),
        (Decimal("1586317000000"), "VND", {"scale": "million"}, "1.586.317 triệu đồng"),
        (Decimal("12500000000"), "VND", {}, "12,5 tỷ đồng"),
        (Decimal("500"), "VND", {}, "500 đồng"),
        (Decimal("999999999"), "USD", {}, "1 tỷ USD"),  # the rounded amount picks the word
        (Decimal("3690000"), "usd", {"decimals": 1}, "3,7 triệu USD"),
        (0, "USD", {}, "0 USD"),
    ],
)
def test_format_money(value, currency, options, expected):
    assert format_money(value, currency, **options) == expected


def test_format_date():
    assert format_date(date(2024, 2, 5)) == "05/02/2024"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2023, 12, 15), "ngày 15 tháng 12 năm 2023"),
        (date(2024, 2, 5), "ngày 05 tháng 02 năm 2024"),
        (date(2024, 1, 10), "ngày 10 tháng 01 năm 2024"),
        (date(2023, 3, 1), "ngày 01 tháng 3 năm 2023"),  # months from 3 on: no leading zero
    ],
)
def test_format_date_long_follows_decree_30(day, expected):
    assert format_date_long(day) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2022, 1, 1), date(2022, 6, 30), "6 tháng đầu năm 2022"),
        (date(2022, 1, 1), date(2022, 7, 31), "7 tháng đầu năm 2022"),
        (date(2023, 1, 1), date(2023, 9, 30), "9 tháng năm 2023"),
        (date(2023, 1, 1), date(2023, 12, 31), "năm 2023"),
        (date(2024, 1, 1), date(2024, 3, 31), "quý I/2024"),
        (date(2023, 10, 1), date(2023, 12, 31), "quý IV/2023"),
        (date(2016, 1, 1), date(2020, 12, 31), "giai đoạn 2016-2020"),
        (date(2023, 5, 1), date(2023, 5, 31), "tháng 5/2023"),
        (date(2024, 2, 1), date(2024, 2, 29), "tháng 2/2024"),
        (date(2023, 7, 1), date(2023, 12, 31), "6 tháng cuối năm 2023"),
        (date(2023, 3, 1), date(2023, 8, 15), "từ 01/03/2023 đến 15/08/2023"),
        (date(2023, 2, 1), date(2023, 4, 30), "từ 01/02/2023 đến 30/04/2023"),
    ],
)
def test_format_period(start, end, expected):
    assert format_period(start, end) == expected


def test_format_period_rejects_a_reversed_period():
    with pytest.raises(ValueError):
        format_period(date(2023, 12, 31), date(2023, 1, 1))


@pytest.mark.parametrize(("number", "numeral"), [(1, "I"), (3, "III"), (4, "IV"), (9, "IX"), (14, "XIV")])
def test_to_roman(number, numeral):
    assert to_roman(number) == numeral


def test_to_roman_rejects_zero():
    with pytest.raises(ValueError):
        to_roman(0)
