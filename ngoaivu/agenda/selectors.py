"""Reads of the calendar: the entries of a user's scope between two days."""
from __future__ import annotations

import datetime

from django.utils import timezone

from ngoaivu.agenda.events import Event
from ngoaivu.agenda.sources import SOURCES
from ngoaivu.core.collation import sort_key


def calendar_events(*, user, first: datetime.date, last: datetime.date, kinds=None,
                    today: datetime.date | None = None) -> list[Event]:
    """Every deadline and event the user may see, by day, then province, then title."""
    today = today or timezone.localdate()
    events = [event for source in SOURCES for event in source(user, first, last, today)]
    if kinds:
        events = [event for event in events if event.kind in kinds]
    return sorted(events, key=lambda event: (event.day, sort_key(event.province), sort_key(event.title)))


def latest_event_day(*, user, today: datetime.date | None = None) -> datetime.date | None:
    """The latest day with a deadline in the two years up to today (to open the calendar on
    a month with data when the current one is empty)."""
    today = today or timezone.localdate()
    events = calendar_events(user=user, first=today - datetime.timedelta(days=730), last=today, today=today)
    events = [event for event in events if event.kind != "annual"]
    return events[-1].day if events else None
