"""Writes of the calendar: the secret feed address, and the reminder mails."""
from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from ngoaivu.agenda.models import FeedToken, ReminderSent
from ngoaivu.agenda.selectors import calendar_events
from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.core.roles import Action, can

OVERDUE_LOOKBACK = datetime.timedelta(days=365)  # older overdue work is not mailed about


@transaction.atomic
def feed_token_for(user) -> FeedToken:
    token, created = FeedToken.objects.get_or_create(user=user)
    if created:  # the log says an address exists, never the secret itself
        change_record(actor=user, action=ChangeAction.CREATE, instance=token, before=None,
                      after={"user_id": user.pk}, channel="ui")
    return token


@transaction.atomic
def feed_token_revoke(user) -> None:
    """The old address stops answering; the next visit to the page makes a new one."""
    token = FeedToken.objects.filter(user=user).first()
    if token is not None:
        change_record(actor=user, action=ChangeAction.DELETE, instance=token, before={"user_id": user.pk},
                      after=None, channel="ui")
        token.delete()


def _recipients():
    users = get_user_model().objects.filter(is_active=True).exclude(email="").select_related("province")
    # Those who do the work; viewers read the calendar and subscribe to the feed instead.
    return [user for user in users if can(user, Action.CHANGE)]


def send_reminders(*, today: datetime.date | None = None, days_before: int | None = None) -> dict:
    """One mail per user listing deadlines due within `days_before` days and those overdue,
    each deadline mailed once as "due" and once as "overdue". Returns the counts."""
    today = today or timezone.localdate()
    days_before = settings.NGOAIVU_REMINDER_DAYS if days_before is None else days_before
    counts = {"mails": 0, "due": 0, "overdue": 0}
    for user in _recipients():
        events = calendar_events(user=user, first=today - OVERDUE_LOOKBACK,
                                 last=today + datetime.timedelta(days=days_before), today=today)
        sent = set(ReminderSent.objects.filter(user=user).values_list("event_uid", "kind"))
        due = [e for e in events if e.state == "due" and e.kind != "annual" and (e.uid, "due") not in sent]
        overdue = [e for e in events if e.state == "overdue" and (e.uid, "overdue") not in sent]
        if not due and not overdue:
            continue
        with translation.override(getattr(user, "language", "") or settings.LANGUAGE_CODE):
            context = {"user": user, "due": due, "overdue": overdue, "total": len(due) + len(overdue), "today": today,
                       "days": days_before,
                       "site": settings.NGOAIVU_SITE_URL}
            subject = render_to_string("agenda/reminder_subject.txt", context).strip()
            body = render_to_string("agenda/reminder.txt", context)
        with transaction.atomic():
            ReminderSent.objects.bulk_create(
                [ReminderSent(user=user, event_uid=e.uid, kind="due") for e in due]
                + [ReminderSent(user=user, event_uid=e.uid, kind="overdue") for e in overdue],
                ignore_conflicts=True)
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        counts["mails"] += 1
        counts["due"] += len(due)
        counts["overdue"] += len(overdue)
    return counts


def reminders_job(job, progress):
    """The daily task of the queue (registered in apps.py): the same as the command."""
    from ngoaivu.jobs.registry import JobOutcome

    counts = send_reminders()
    return JobOutcome(message=f"{counts['mails']} thư, {counts['due']} việc sắp đến hạn, "
                              f"{counts['overdue']} việc quá hạn.")
