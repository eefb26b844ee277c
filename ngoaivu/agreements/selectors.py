"""Reads of agreements: scoped lists, the counts reports use, and the home page's due/overdue rules."""
from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements import deadlines
from ngoaivu.agreements.choices import AgreementStatus
from ngoaivu.agreements.models import Agreement
from ngoaivu.core.registry import records

# How long before its term ends an agreement in force is flagged for renewal or ending.
TERM_ENDING_NOTICE_DAYS = 90


def agreement_list(*, user):
    return records(Agreement, user)


def agreements_signed_between(queryset, start: date, end: date):
    """Agreements signed in the period, of every kind and level: the "ký kết N thỏa thuận" of reports.

    Memoranda and cooperation agreements count too: all are international agreements
    in the sense of Law 70/2020. Refused or merely proposed ones have no signing date.
    """
    return queryset.filter(signed_on__range=(start, end))


# Home-page rules: each takes the user's scoped agreements and yields (label, queryset, severity).

def awaiting_report(agreements):
    """Signed since Law 70 took effect and not yet reported to the Prime Minister and MOFA (15 days)."""
    today = timezone.localdate()
    unreported = agreements.filter(signed_on__gte=deadlines.REPORT_RULE_FROM, reported_on__isnull=True)
    last_day_to_sign_in_time = today - timedelta(days=deadlines.REPORT_DAYS)
    yield (_("Thỏa thuận quá hạn báo cáo sau ký (15 ngày)"),
           unreported.filter(signed_on__lt=last_day_to_sign_in_time).order_by("signed_on"), "overdue")
    yield (_("Thỏa thuận cần báo cáo sau ký (trong 15 ngày)"),
           unreported.filter(signed_on__gte=last_day_to_sign_in_time).order_by("signed_on"), "due")


def awaiting_opinions(agreements):
    """Sent for opinions, still waiting: the consulted bodies answer within 7 working days (3 if shortened)."""
    today = timezone.localdate()
    waiting = list(agreements.filter(status=AgreementStatus.CONSULTING).only(
        "pk", "opinions_requested_on", "shortened_procedure"))
    # Working days cannot be counted in SQL; the few agreements under consultation are sorted here.
    late = [a.pk for a in waiting if a.opinions_due_on and a.opinions_due_on < today]
    pending = [a.pk for a in waiting if a.pk not in late]
    yield (_("Quá hạn trả lời ý kiến về dự thảo thỏa thuận"),
           agreements.filter(pk__in=late).order_by("opinions_requested_on"), "overdue")
    yield (_("Đang chờ ý kiến về dự thảo thỏa thuận"),
           agreements.filter(pk__in=pending).order_by("opinions_requested_on"), "due")


def term_ending(agreements):
    """In force with a term that has ended, or ends soon: to extend or to end."""
    today = timezone.localdate()
    in_force = agreements.filter(status=AgreementStatus.IN_FORCE, term_end__isnull=False).order_by("term_end")
    yield (_("Thỏa thuận đã hết thời hạn nhưng chưa gia hạn hoặc chấm dứt"),
           in_force.filter(term_end__lt=today), "overdue")
    yield (_("Thỏa thuận sắp hết thời hạn (90 ngày)"),
           in_force.filter(term_end__gte=today, term_end__lte=today + timedelta(days=TERM_ENDING_NOTICE_DAYS)),
           "due")
