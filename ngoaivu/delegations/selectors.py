"""Reads of delegations: scoped lists, report deadlines (due / overdue), statistics."""
import datetime

from django.db.models import Q, QuerySet
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.grouping import count_by
from ngoaivu.core.registry import records
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.delegations.choices import DelegationStatus, Direction
from ngoaivu.delegations.deadlines import report_days_for
from ngoaivu.delegations.models import AWAITING_REPORT_STATUSES, Delegation

DUE_SOON_DAYS = 5
# Delegations that took place (or will): what reports count.
CARRIED_OUT_STATUSES = (DelegationStatus.APPROVED, DelegationStatus.COMPLETED, DelegationStatus.REPORTED)


def delegation_list(*, user, action: str = Action.VIEW) -> QuerySet:
    return records(Delegation, user, action)


def awaiting_approval(queryset: QuerySet) -> QuerySet:
    return queryset.filter(status=DelegationStatus.SUBMITTED).order_by("start_date")


def awaiting_report(queryset: QuerySet) -> QuerySet:
    """Outbound delegations approved or back, whose result report is still to come."""
    return queryset.filter(direction=Direction.OUTBOUND, status__in=AWAITING_REPORT_STATUSES).annotate(
        return_day=Coalesce("returned_on", "end_date"))


def _report_due_between(queryset: QuerySet, first: datetime.date | None, last: datetime.date) -> QuerySet:
    """Awaiting delegations whose report is due in [first, last] (first None: any time up to last).

    The due date is the return date plus the N days of the delegation's province, so the
    window is translated into return dates province by province.
    """
    awaiting = awaiting_report(queryset)
    condition = Q()
    # Every unit's N read at once (deadlines.report_days_for), not two queries a unit.
    provinces = list(awaiting.order_by().values_list("province_id", flat=True).distinct())
    for province_id, days in report_days_for(provinces).items():
        days = datetime.timedelta(days=days)
        window = Q(province_id=province_id, return_day__lte=last - days)
        if first is not None:
            window &= Q(return_day__gte=first - days)
        condition |= window
    if not condition:
        return awaiting.none()
    return awaiting.filter(condition).order_by("return_day")


def report_overdue(queryset: QuerySet, *, today: datetime.date | None = None) -> QuerySet:
    today = today or timezone.localdate()
    return _report_due_between(queryset, None, today - datetime.timedelta(days=1))


def report_due_soon(queryset: QuerySet, *, today: datetime.date | None = None,
                    within_days: int = DUE_SOON_DAYS) -> QuerySet:
    today = today or timezone.localdate()
    return _report_due_between(queryset, today, today + datetime.timedelta(days=within_days))


def delegation_attention(queryset: QuerySet) -> list[tuple]:
    """The home page's due and overdue lists (registered in apps.py)."""
    return [
        (_("Đoàn chờ phê duyệt"), awaiting_approval(queryset), "due"),
        (_("Đoàn ra sắp đến hạn báo cáo kết quả (trong %(days)d ngày)") % {"days": DUE_SOON_DAYS},
         report_due_soon(queryset), "due"),
        (_("Đoàn ra quá hạn báo cáo kết quả"), report_overdue(queryset), "overdue"),
    ]


def delegation_statistics(*, user, date_from: datetime.date | None = None, date_to: datetime.date | None = None,
                          statuses=CARRIED_OUT_STATUSES) -> dict:
    """Counts for reports by direction, country, partner and year of departure, each row
    {"key", "label", "count"}. A delegation to two countries counts once in the total and
    once for each country."""
    queryset = restrict(Delegation.objects.all(), user).filter(status__in=statuses)
    if date_from:
        queryset = queryset.filter(start_date__gte=date_from)
    if date_to:
        queryset = queryset.filter(start_date__lte=date_to)
    return {
        "total": queryset.count(),
        "by_direction": count_by(queryset, "direction", labels=dict(Direction.choices)),
        "by_country": count_by(queryset, "countries", "countries__name_vi"),
        "by_partner": count_by(queryset, "partner", "partner__name"),
        "by_year": count_by(queryset.annotate(year=ExtractYear("start_date")), "year", by_key=True),
    }
