"""ISO 8601 text of dates and datetimes, equal to their `isoformat()` (issue 13).

CPython writes `date.isoformat()` and `datetime.isoformat()` through a printf-style routine,
some 4.000 and 10.000 machine instructions each; a page of 50 delegations has 200 of them
(start and end dates, creation and change times), about 4 % of the request. Here the parts
come from a table of two-digit numbers and the offset's text is made once per offset.
Years before 1000 (four digits, zero-padded) and naive datetimes are left to `isoformat()`.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from datetime import timezone as fixed_offset

_TWO = tuple(f"{number:02d}" for number in range(100))
_OFFSETS: dict[timedelta, str] = {}   # a UTC offset's text ("+07:00"); a handful in all


def date_iso(value: date) -> str:
    """`value.isoformat()` of a date (not a datetime)."""
    year = value.year
    if year < 1000:
        return value.isoformat()
    return f"{year}-{_TWO[value.month]}-{_TWO[value.day]}"


def datetime_iso(value: datetime) -> str:
    """`value.isoformat()` of a datetime."""
    year, offset = value.year, value.utcoffset()
    if year < 1000 or offset is None:
        return value.isoformat()
    suffix = _OFFSETS.get(offset)
    if suffix is None:
        # isoformat's own text of the offset ("+05:45", "-03:30", with seconds if any)
        suffix = _OFFSETS.setdefault(offset, datetime(2000, 1, 1, tzinfo=fixed_offset(offset)).isoformat()[19:])
    text = f"{year}-{_TWO[value.month]}-{_TWO[value.day]}T{_TWO[value.hour]}:{_TWO[value.minute]}:{_TWO[value.second]}"
    microsecond = value.microsecond
    if microsecond:
        return f"{text}.{str(1_000_000 + microsecond)[1:]}{suffix}"
    return text + suffix
