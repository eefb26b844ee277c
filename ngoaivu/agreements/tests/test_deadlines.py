from datetime import date

from ngoaivu.agreements.deadlines import add_working_days, opinions_due_on, report_due_on


def test_working_days_skip_weekends():
    friday = date(2023, 3, 17)
    assert add_working_days(friday, 1) == date(2023, 3, 20)
    assert add_working_days(friday, 7) == date(2023, 3, 28)


def test_opinions_are_due_in_seven_working_days_or_three_when_shortened():
    thursday = date(2023, 3, 16)
    assert opinions_due_on(thursday, shortened=False) == date(2023, 3, 27)
    assert opinions_due_on(thursday, shortened=True) == date(2023, 3, 21)


def test_signing_is_reported_within_fifteen_days_since_law_70():
    assert report_due_on(date(2023, 3, 20)) == date(2023, 4, 4)
    assert report_due_on(date(2021, 7, 1)) == date(2021, 7, 16)
    assert report_due_on(date(2021, 6, 30)) is None
