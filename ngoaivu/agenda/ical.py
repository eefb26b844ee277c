"""The calendar as iCalendar (RFC 5545), for Outlook and Google Calendar to subscribe to."""
from __future__ import annotations

import datetime

from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as IcsEvent

from ngoaivu.agenda.events import Event


def to_ical(events: list[Event], *, name: str, base_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//ngoaivu//Lich cong tac doi ngoai//VI")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    stamp = timezone.now()
    for event in events:
        entry = IcsEvent()
        entry.add("uid", event.uid)
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.day)  # all-day: a DATE, no time
        entry.add("dtend", event.day + datetime.timedelta(days=1))
        entry.add("summary", f"[{event.state_label}] {event.title}")
        entry.add("categories", [event.kind_label])
        description = [event.kind_label, event.province, event.note]
        if event.url:
            entry.add("url", base_url + event.url)
            description.append(base_url + event.url)
        entry.add("description", "\n".join(part for part in description if part))
        if event.province:
            entry.add("location", event.province)
        calendar.add_component(entry)
    return calendar.to_ical()
