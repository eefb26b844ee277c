"""NĐ 80/2020 deadlines as date arithmetic (no database)."""
from datetime import date

import pytest

from ngoaivu.aid import deadlines


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2023, 8, 31), 6, date(2024, 2, 29)),   # clipped to the end of a leap February
    (date(2023, 1, 15), 6, date(2023, 7, 15)),
    (date(2024, 3, 31), -6, date(2023, 9, 30)),
    (date(2023, 12, 31), 1, date(2024, 1, 31)),
])
def test_add_months(day, months, expected):
    assert deadlines.add_months(day, months) == expected


def test_appraisal_and_closing_deadlines():
    assert deadlines.appraisal_deadline(date(2023, 3, 1)) == date(2023, 3, 21)
    assert deadlines.closing_report_deadline(date(2023, 6, 30)) == date(2023, 12, 30)


@pytest.mark.parametrize(("today", "overdue", "due"), [
    (date(2024, 7, 10), date(2023, 12, 31), date(2024, 6, 30)),   # H1 report being prepared, year 2023 late
    (date(2024, 8, 1), date(2024, 6, 30), None),                  # nothing due until 1/1
    (date(2024, 2, 15), date(2023, 6, 30), date(2023, 12, 31)),   # last day for the yearly report
    (date(2024, 2, 16), date(2023, 12, 31), None),
])
def test_periodic_report_periods(today, overdue, due):
    assert deadlines.latest_overdue_period(today) == overdue
    assert deadlines.period_due(today) == due


@pytest.mark.parametrize(("reported_through", "started_on", "expected"), [
    (None, date(2022, 3, 1), date(2022, 6, 30)),
    (date(2023, 6, 30), date(2022, 3, 1), date(2023, 12, 31)),
    (date(2023, 12, 31), date(2022, 3, 1), date(2024, 6, 30)),
    (date(2021, 12, 31), date(2022, 9, 1), date(2022, 12, 31)),   # a report older than the start is ignored
])
def test_first_unreported_period(reported_through, started_on, expected):
    assert deadlines.first_unreported_period(reported_through, started_on) == expected
