"""The calendar of the demo: its deadlines on the page, the same in the iCal feed, the reminders."""
import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from icalendar import Calendar

from ngoaivu.accounts.demo import load_demo
from ngoaivu.agenda.models import FeedToken
from ngoaivu.agenda.selectors import calendar_events
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
FIRST, LAST = datetime.date(2019, 1, 1), datetime.date(2027, 12, 31)


@pytest.fixture
def demo():
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    return load_demo()


def test_demo_deadlines_of_every_kind(demo):
    events = calendar_events(user=demo.specialist("hatinh"), first=FIRST, last=LAST)
    kinds = {event.kind for event in events}
    assert {"delegation", "result_report", "annual"} <= kinds
    assert {event.province for event in events if event.kind != "annual"} <= {"Hà Tĩnh"}
    assert {event.state for event in events} >= {"done", "event"}


def test_national_calendar_names_every_province(demo, client_for):
    events = calendar_events(user=demo.national, first=FIRST, last=LAST)
    assert len({event.province for event in events}) >= 4
    event = next(e for e in events if e.kind == "result_report")
    page = client_for(demo.national).get(reverse("agenda:calendar"), {"thang": event.day.strftime("%Y-%m")})
    assert f"<strong>{event.province}:</strong>" in page.content.decode()


def test_month_and_agenda_views_and_filters(demo, client_for):
    user = demo.specialist("hatinh")
    event = next(e for e in calendar_events(user=user, first=FIRST, last=LAST) if e.kind == "result_report")
    client = client_for(user)
    month = event.day.strftime("%Y-%m")
    body = client.get(reverse("agenda:calendar"), {"thang": month}).content.decode()
    assert event.title in body and f"cal-{event.state}" in body
    body = client.get(reverse("agenda:calendar"), {"thang": month, "xem": "danh-sach"}).content.decode()
    assert event.day.strftime("%d/%m/%Y") in body and event.title in body
    body = client.get(reverse("agenda:calendar"), {"thang": month, "loai": "delegation"}).content.decode()
    assert event.title not in body
    page = client.get(reverse("agenda:calendar"), {"thang": "2023-13", "loai": "xyz"})
    assert page.status_code == 200 and "2023-13" in page.content.decode() and "xyz" in page.content.decode()


def test_ical_feed_has_the_same_events_and_can_be_revoked(demo, client):
    user = demo.specialist("hatinh")
    token = FeedToken.objects.create(user=user)
    response = client.get(reverse("agenda:ical", args=[token.token]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    parsed = Calendar.from_ical(response.content)
    uids = {str(component["uid"]) for component in parsed.walk("VEVENT")}
    import django.utils.timezone as tz
    today = tz.localdate()
    expected = calendar_events(user=user, first=today - datetime.timedelta(days=365),
                               last=today + datetime.timedelta(days=550))
    assert uids == {event.uid for event in expected} and uids
    from ngoaivu.agenda.services import feed_token_revoke

    feed_token_revoke(user)
    assert client.get(reverse("agenda:ical", args=[token.token])).status_code == 404


def test_feed_page_makes_an_address(users, client_for):
    page = client_for(users[Role.VIEWER]).get(reverse("agenda:feed"))
    token = FeedToken.objects.get(user=users[Role.VIEWER])
    assert token.token in page.content.decode()


def test_reminders_are_mailed_once(demo):
    """The demo specialist's mail lists every deadline of the province overdue (up to a
    year back) and every one due within the next 30 days, each with its date and link."""
    user = demo.specialist("hatinh")
    today = datetime.date.today()
    events = calendar_events(user=user, first=today - datetime.timedelta(days=365),
                             last=today + datetime.timedelta(days=30), today=today)
    overdue = [e for e in events if e.state == "overdue"]
    due = [e for e in events if e.state == "due" and e.kind != "annual"]
    assert overdue and due  # the demo has both
    call_command("send_reminders", "--days", "30")
    first = len(mail.outbox)
    [message] = [m for m in mail.outbox if m.to == [user.email]]
    body = message.body
    assert "ĐÃ QUÁ HẠN" in body and "SẮP ĐẾN HẠN (trong 30 ngày tới)" in body
    for event in overdue + due:
        assert f"{event.day:%d/%m/%Y} · {event.province} · {event.title}" in body, event.title
    assert body.index("ĐÃ QUÁ HẠN") < body.index(overdue[0].title) < body.index("SẮP ĐẾN HẠN")
    assert body.index("SẮP ĐẾN HẠN") < body.index(due[0].title)
    call_command("send_reminders", "--days", "30")
    assert len(mail.outbox) == first  # nothing new: every deadline was already mailed


def test_a_crowded_day_shows_a_few_and_counts_the_rest(demo, client_for):
    from collections import Counter

    from ngoaivu.agenda.views import DAY_LIMIT

    user = demo.national
    days = Counter(e.day for e in calendar_events(user=user, first=FIRST, last=LAST))
    day, count = days.most_common(1)[0]
    assert count > DAY_LIMIT  # the demo has one: every NGO programme reports on the same date
    page = client_for(user).get(reverse("agenda:calendar"), {"thang": day.strftime("%Y-%m")})
    assert f"+{count - DAY_LIMIT} việc nữa" in page.content.decode()
