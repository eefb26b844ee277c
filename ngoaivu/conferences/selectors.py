"""Reads of conferences: scoped lists, the deadlines of QĐ 06/2020 (due / late), statistics."""
import datetime

from django.db.models import DurationField, ExpressionWrapper, F, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences import deadlines
from ngoaivu.conferences.choices import ConferenceFormat, ConferenceKind, ConferenceStatus, ProvinceRole
from ngoaivu.conferences.models import AWAITING_REPORT_STATUSES, FILED_STATUSES, Conference
from ngoaivu.core.grouping import count_by
from ngoaivu.core.registry import records
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict

S = ConferenceStatus
# Conferences that took place (or will): what reports count.
CARRIED_OUT_STATUSES = (S.APPROVED, S.HELD, S.REPORTED)


def _days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def conference_list(*, user, action: str = Action.VIEW) -> QuerySet:
    return records(Conference, user, action)


def organised(queryset: QuerySet) -> QuerySet:
    return queryset.exclude(province_role=ProvinceRole.PARTICIPANT)


def _by_lead_days(condition) -> Q:
    """`condition(days)` with the lead time that applies: 40 days if the Prime Minister decides, else 30."""
    return (Q(needs_prime_minister=True) & condition(deadlines.DOSSIER_LEAD_DAYS_PRIME_MINISTER)) | \
        (Q(needs_prime_minister=False) & condition(deadlines.DOSSIER_LEAD_DAYS))


def awaiting_approval(queryset: QuerySet) -> QuerySet:
    return queryset.filter(status=S.SUBMITTED).order_by("start_date")


def dossier_due_soon(queryset: QuerySet, *, today: datetime.date | None = None) -> QuerySet:
    """Drafts whose dossier is due within the reminder window (the deadline not yet passed)."""
    today = today or timezone.localdate()
    window = _by_lead_days(lambda days: Q(
        start_date__gte=today + _days(days), start_date__lte=today + _days(days + deadlines.DOSSIER_REMINDER_DAYS)))
    return organised(queryset).filter(window, status=S.DRAFT).order_by("start_date")


def dossier_late(queryset: QuerySet, *, today: datetime.date | None = None) -> QuerySet:
    """Upcoming conferences whose dossier missed its deadline: drafts past it, or filed after it."""
    today = today or timezone.localdate()
    unfiled = Q(status=S.DRAFT) & _by_lead_days(lambda days: Q(start_date__lt=today + _days(days)))
    filed_late = Q(status__in=FILED_STATUSES) & _by_lead_days(lambda days: Q(lead_time__lt=_days(days)))
    lead_time = ExpressionWrapper(F("start_date") - F("dossier_filed_on"), output_field=DurationField())
    return (organised(queryset).filter(start_date__gte=today).annotate(lead_time=lead_time)
            .filter(unfiled | filed_late).order_by("start_date"))


def report_due_soon(queryset: QuerySet, *, today: datetime.date | None = None) -> QuerySet:
    today = today or timezone.localdate()
    first = today - _days(deadlines.RESULT_REPORT_DAYS)
    last = first + _days(deadlines.REPORT_REMINDER_DAYS)
    return organised(queryset).filter(status__in=AWAITING_REPORT_STATUSES, end_date__gte=first,
                                      end_date__lte=last).order_by("end_date")


def report_overdue(queryset: QuerySet, *, today: datetime.date | None = None) -> QuerySet:
    today = today or timezone.localdate()
    return organised(queryset).filter(status__in=AWAITING_REPORT_STATUSES,
                                      end_date__lt=today - _days(deadlines.RESULT_REPORT_DAYS)).order_by("end_date")


def conference_attention(queryset: QuerySet) -> list[tuple]:
    """The home page's due and overdue lists (registered in apps.py)."""
    return [
        (_("Hội nghị, hội thảo chờ phê duyệt"), awaiting_approval(queryset), "due"),
        (_("Hội nghị, hội thảo sắp đến hạn nộp hồ sơ xin phép"), dossier_due_soon(queryset), "due"),
        (_("Hội nghị, hội thảo nộp hồ sơ muộn hoặc quá hạn nộp"), dossier_late(queryset), "overdue"),
        (_("Hội nghị, hội thảo sắp đến hạn báo cáo kết quả"), report_due_soon(queryset), "due"),
        (_("Hội nghị, hội thảo quá hạn báo cáo kết quả"), report_overdue(queryset), "overdue"),
    ]


def conference_statistics(*, user, date_from: datetime.date | None = None, date_to: datetime.date | None = None,
                          statuses=CARRIED_OUT_STATUSES) -> dict:
    """Counts for reports ("tổ chức 11 hội nghị, hội thảo quốc tế"), each row {"key", "label", "count"}.

    `organised` counts what the province organised or co-organised, `total` also what it attended.
    """
    queryset = restrict(Conference.objects.all(), user).filter(status__in=statuses)
    if date_from:
        queryset = queryset.filter(start_date__gte=date_from)
    if date_to:
        queryset = queryset.filter(start_date__lte=date_to)
    return {
        "total": queryset.count(),
        "organised": organised(queryset).count(),
        "foreign_participants": organised(queryset).aggregate(total=Sum("foreign_participants"))["total"] or 0,
        "by_kind": count_by(queryset, "kind", labels=dict(ConferenceKind.choices)),
        "by_format": count_by(queryset, "format", labels=dict(ConferenceFormat.choices)),
        "by_role": count_by(queryset, "province_role", labels=dict(ProvinceRole.choices)),
        "by_country": count_by(queryset, "countries", "countries__name_vi"),
        "by_year": count_by(queryset.annotate(year=ExtractYear("start_date")), "year", by_key=True),
    }
