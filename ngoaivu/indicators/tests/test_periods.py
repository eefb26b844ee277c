"""Period arithmetic: pure Python, no database."""
from datetime import date

import pytest

from ngoaivu.indicators.periods import Period, PeriodKind, tile


@pytest.mark.parametrize("period, kind, label", [
    (Period.month(2024, 2), PeriodKind.MONTH, "tháng 2/2024"),
    (Period.quarter(2024, 3), PeriodKind.QUARTER, "quý III/2024"),
    (Period.half(2022), PeriodKind.HALF, "6 tháng đầu năm 2022"),
    (Period.nine_months(2023), PeriodKind.NINE_MONTHS, "9 tháng năm 2023"),
    (Period.to_end_of_month(2022, 7), PeriodKind.YEAR_TO_MONTH, "7 tháng đầu năm 2022"),
    (Period.to_end_of_month(2023, 5), PeriodKind.YEAR_TO_MONTH, "5 tháng đầu năm 2023"),
    (Period.year(2023), PeriodKind.YEAR, "năm 2023"),
    (Period.term(2021, 2025), PeriodKind.TERM, "giai đoạn 2021-2025"),
    (Period.day(date(2020, 12, 31)), PeriodKind.DAY, "ngày 31/12/2020"),
    (Period(date(2023, 3, 1), date(2023, 8, 15)), PeriodKind.CUSTOM, "từ 01/03/2023 đến 15/08/2023"),
    (Period(date(2022, 11, 1), date(2023, 2, 28)), PeriodKind.CUSTOM, "từ 01/11/2022 đến 28/02/2023"),
])
def test_constructors_kinds_and_labels(period, kind, label):
    assert period.kind == kind
    assert period.label == label == str(period)


def test_constructors_give_the_right_days():
    assert Period.half(2022) == Period(date(2022, 1, 1), date(2022, 6, 30))
    assert Period.nine_months(2022) == Period(date(2022, 1, 1), date(2022, 9, 30))
    assert Period.quarter(2023, 4) == Period(date(2023, 10, 1), date(2023, 12, 31))
    assert Period.month(2024, 2).end == date(2024, 2, 29)
    assert Period.to_end_of_month(2022, 7).end == date(2022, 7, 31)
    with pytest.raises(ValueError):
        Period.quarter(2023, 5)
    with pytest.raises(ValueError):
        Period(date(2023, 2, 1), date(2023, 1, 1))
    with pytest.raises(ValueError):
        Period.term(2025, 2021)


@pytest.mark.parametrize("period, expected", [
    (Period.to_end_of_month(2022, 7), Period.to_end_of_month(2021, 7)),
    (Period.year(2023), Period.year(2022)),
    (Period.half(2022), Period.half(2021)),
    (Period.nine_months(2024), Period.nine_months(2023)),
    (Period.quarter(2024, 1), Period.quarter(2023, 1)),
    # February: the month's last day stays the last day, both ways across a leap year.
    (Period.month(2024, 2), Period.month(2023, 2)),
    (Period.month(2025, 2), Period.month(2024, 2)),
    (Period.day(date(2024, 2, 29)), Period.day(date(2023, 2, 28))),
    (Period(date(2024, 2, 29), date(2024, 3, 10)), Period(date(2023, 2, 28), date(2023, 3, 10))),
    (Period.term(2021, 2025), Period.term(2020, 2024)),
])
def test_same_period_last_year(period, expected):
    assert period.same_period_last_year() == expected
    assert period.same_period_last_year().kind == period.kind


def test_containment_overlap_and_clipping():
    year = Period.year(2025)
    assert year.contains(Period.half(2025)) and not Period.half(2025).contains(year)
    assert year.contains(date(2025, 7, 1)) and not year.contains(date(2026, 1, 1))
    assert year.overlaps(Period.term(2021, 2025)) and not year.overlaps(Period.year(2024))
    assert year.intersection(Period.year(2024)) is None
    assert year.clipped(None, date(2025, 6, 30)) == Period.half(2025)
    assert year.clipped(date(2025, 7, 1), None) == Period(date(2025, 7, 1), date(2025, 12, 31))
    assert year.clipped(date(2026, 1, 1), None) is None


def test_years_days_and_length():
    term = Period(date(2021, 7, 1), date(2023, 3, 31))
    assert term.years() == [2021, 2022, 2023]
    assert Period.term(2021, 2025).days == 1826
    assert Period.term(2021, 2025).length_in_years == 5  # leap days do not make it 4,999
    assert Period.to_end_of_month(2022, 7).length_in_years * 12 == 7
    assert Period(date(2022, 1, 15), date(2022, 2, 14)).length_in_years * 12 == 1


@pytest.mark.parametrize("text, period", [
    ("2022-01-01..2022-07-31", Period.to_end_of_month(2022, 7)),
    ("2020-12-31", Period.day(date(2020, 12, 31))),
    ("2021-2025", Period.term(2021, 2025)),
    ("2023", Period.year(2023)),
    ("2023-07", Period.month(2023, 7)),
    ("2023-Q2", Period.quarter(2023, 2)),
    ("2022-H1", Period.half(2022)),
    ("2022-9M", Period.nine_months(2022)),
    ("2022-M7", Period.to_end_of_month(2022, 7)),
])
def test_parse_round_trips(text, period):
    assert Period.parse(text) == period
    assert Period.parse(period.key) == period


def test_parse_refuses_nonsense():
    with pytest.raises(ValueError):
        Period.parse("tháng bảy")


def test_tiling_prefers_the_coarsest_pieces():
    months = [Period.month(2022, m) for m in range(1, 13)]
    assert tile(Period.year(2022), months) == months
    pieces = months + [Period.half(2022)]
    assert tile(Period.year(2022), pieces) == [Period.half(2022), *months[6:]]
    assert tile(Period.to_end_of_month(2022, 7), pieces) == [Period.half(2022), months[6]]


def test_tiling_refuses_gaps_and_overlaps():
    months = [Period.month(2022, m) for m in range(1, 13) if m != 5]
    assert tile(Period.year(2022), months) is None
    # Quarter 1 and February overlap; no exact cover without the missing March.
    assert tile(Period.half(2022), [Period.quarter(2022, 1), Period.month(2022, 2), Period.quarter(2022, 2)]) == \
        [Period.quarter(2022, 1), Period.quarter(2022, 2)]
    assert tile(Period.half(2022), [Period.month(2022, 1), Period.quarter(2022, 1), Period.month(2022, 4)]) is None
    # Pieces outside the target are ignored.
    assert tile(Period.year(2022), [Period.year(2021), Period.year(2022)]) == [Period.year(2022)]


def test_tiling_a_term_from_years():
    years = [Period.year(y) for y in range(2016, 2021)]
    assert tile(Period.term(2016, 2020), years) == years
    assert tile(Period.term(2016, 2021), years) is None
