"""The legal deadlines of the agreement procedure.

Luật Thỏa thuận quốc tế 70/2020/QH14 (in force 1/7/2021) and NĐ 64/2021/NĐ-CP: the
bodies consulted answer within 7 working days (3 under the shortened procedure), and
the signing is reported within 15 days. Public holidays are not modelled, so a
deadline counted here falls on or before the legal one: a flag comes early, never late.
"""
from datetime import date, timedelta

OPINION_WORKING_DAYS = 7
SHORTENED_OPINION_WORKING_DAYS = 3
REPORT_DAYS = 15
# The 15-day report is a duty of Law 70: agreements signed before it are not flagged.
REPORT_RULE_FROM = date(2021, 7, 1)
# Districts ended on this day; their agreements passed to the province (NĐ 177/2025/NĐ-CP, Điều 3).
DISTRICTS_ENDED_ON = date(2025, 7, 1)

_SATURDAY = 5


def add_working_days(start: date, days: int) -> date:
    """The `days`-th working day (Monday to Friday) after `start`."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < _SATURDAY:
            days -= 1
    return day


def opinions_due_on(requested_on: date, *, shortened: bool) -> date:
    return add_working_days(requested_on, SHORTENED_OPINION_WORKING_DAYS if shortened else OPINION_WORKING_DAYS)


def report_due_on(signed_on: date) -> date | None:
    """The last day to report the signing, or None when the duty did not apply yet."""
    if signed_on < REPORT_RULE_FROM:
        return None
    return signed_on + timedelta(days=REPORT_DAYS)
