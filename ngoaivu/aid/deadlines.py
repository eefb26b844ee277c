"""Deadlines of foreign NGO aid (NĐ 80/2020/NĐ-CP), as plain date arithmetic.

- Appraisal of a complete dossier: at most 20 days (Điều 10).
- Periodic reports of the aid owner to the line agency, 6-monthly and yearly (Điều 14
  khoản 4): the half-year to 30/6 by 31/7, the year to 31/12 by 15/2 of the next year
  (the dates TT 23/2022/TT-BTC sets for the financial reports that go with them).
- Closing report: within 6 months after the programme ends (Điều 14 khoản 4).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

APPRAISAL_DAYS = 20
CLOSING_REPORT_MONTHS = 6


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clipped to the month's end: 31/8 + 6 → 28/2."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def appraisal_deadline(received_on: date) -> date:
    return received_on + timedelta(days=APPRAISAL_DAYS)


def closing_report_deadline(ended_on: date) -> date:
    return add_months(ended_on, CLOSING_REPORT_MONTHS)


def is_report_period_end(day: date) -> bool:
    return (day.month, day.day) in ((6, 30), (12, 31))


def report_deadline(period_end: date) -> date:
    """The half-year report by 31/7; the yearly report by 15/2 of the next year."""
    return date(period_end.year, 7, 31) if period_end.month == 6 else date(period_end.year + 1, 2, 15)


def period_end_on_or_after(day: date) -> date:
    """The end of the half-year that contains `day`."""
    return date(day.year, 6, 30) if day.month <= 6 else date(day.year, 12, 31)


def last_ended_period(today: date) -> date:
    """The end of the latest half-year that is over."""
    return date(today.year, 6, 30) if today > date(today.year, 6, 30) else date(today.year - 1, 12, 31)


def previous_period(period_end: date) -> date:
    return date(period_end.year, 6, 30) if period_end.month == 12 else date(period_end.year - 1, 12, 31)


def latest_overdue_period(today: date) -> date:
    """The latest half-year whose report deadline has passed."""
    period_end = last_ended_period(today)
    while report_deadline(period_end) >= today:
        period_end = previous_period(period_end)
    return period_end


def period_due(today: date) -> date | None:
    """The half-year whose report is being prepared now (over, deadline not passed), if any."""
    period_end = last_ended_period(today)
    return period_end if report_deadline(period_end) >= today else None


def first_unreported_period(reported_through: date | None, started_on: date) -> date:
    """The first half-year a programme still owes a report for."""
    if reported_through is None or reported_through < started_on:
        return period_end_on_or_after(started_on)
    return period_end_on_or_after(reported_through + timedelta(days=1))
