"""Reads of ODA projects and NGO aid: lists, the figures the indicators layer computes
(amounts per original currency), and the due and overdue lists of the home page."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.aid import deadlines
from ngoaivu.aid.choices import NgoAidStatus, OdaStage, TransactionType
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.amounts import CountedAmounts, totals_by_currency
from ngoaivu.core.scoping import restrict


def _scoped(queryset: QuerySet, user, provinces) -> QuerySet:
    """The user's rows, narrowed to some province units when the caller asks."""
    queryset = restrict(queryset, user)
    return queryset if provinces is None else queryset.filter(province__in=provinces)


def _running_at(queryset: QuerySet, on: date) -> QuerySet:
    """Activities under way at the end of that day, from their actual dates."""
    return queryset.filter(actual_start__lte=on).filter(Q(actual_end__isnull=True) | Q(actual_end__gte=on))


def _transactions(queryset: QuerySet, start: date, end: date, kind: str) -> QuerySet:
    return queryset.filter(transaction_type=kind, transaction_date__range=(start, end))


# ---------------------------------------------------------------- ODA


def oda_implementing_at(*, user, on: date, provinces=None) -> QuerySet:
    """Projects being implemented at a date (started, not yet ended)."""
    return _running_at(_scoped(OdaProject.objects, user, provinces), on)


def oda_mobilising_in_period(*, user, start: date, end: date, provinces=None) -> QuerySet:
    """Projects being mobilised at some time in the period: proposed by its end, not
    approved before it starts. Cancelled ones are left out."""
    return _scoped(OdaProject.objects, user, provinces).exclude(stage=OdaStage.CANCELLED) \
        .filter(proposed_on__lte=end).filter(Q(decided_on__isnull=True) | Q(decided_on__gte=start))


def oda_committed(*, user, start: date, end: date, provinces=None) -> dict[str, Decimal]:
    rows = _scoped(OdaTransaction.objects, user, provinces)
    return totals_by_currency(_transactions(rows, start, end, TransactionType.COMMITMENT), "amount")


def oda_disbursed(*, user, start: date, end: date, provinces=None) -> dict[str, Decimal]:
    rows = _scoped(OdaTransaction.objects, user, provinces)
    return totals_by_currency(_transactions(rows, start, end, TransactionType.DISBURSEMENT), "amount")


def oda_project_totals(project: OdaProject) -> dict[str, dict[str, Decimal]]:
    """One project's transactions summed by type, then by currency."""
    return {kind: totals_by_currency(project.transactions.filter(transaction_type=kind), "amount")
            for kind in TransactionType.values}


# ---------------------------------------------------------------- NGO aid


def ngo_aid_active_at(*, user, on: date, provinces=None) -> QuerySet:
    """Programmes, projects and non-project aid being implemented at a date."""
    return _running_at(_scoped(NgoAid.objects, user, provinces), on)


def ngo_new_commitments(*, user, start: date, end: date, provinces=None) -> CountedAmounts:
    """Programmes with a commitment signed in the period, and the value committed."""
    rows = _transactions(_scoped(NgoAidTransaction.objects, user, provinces), start, end, TransactionType.COMMITMENT)
    return CountedAmounts(rows.values("aid").distinct().count(), totals_by_currency(rows, "amount"))


def ngo_disbursed(*, user, start: date, end: date, provinces=None) -> dict[str, Decimal]:
    rows = _scoped(NgoAidTransaction.objects, user, provinces)
    return totals_by_currency(_transactions(rows, start, end, TransactionType.DISBURSEMENT), "amount")


def ngo_donors_active_at(*, user, on: date, provinces=None) -> dict[str, int]:
    """Distinct donors with a programme under way, by partner type (ngo, organization)."""
    active = ngo_aid_active_at(user=user, on=on, provinces=provinces)
    rows = active.order_by().values("ngo__partner_type").annotate(donors=Count("ngo", distinct=True))
    return {row["ngo__partner_type"]: row["donors"] for row in rows}


def ngo_aid_totals(aid: NgoAid) -> dict[str, dict[str, Decimal]]:
    return {kind: totals_by_currency(aid.transactions.filter(transaction_type=kind), "amount")
            for kind in (TransactionType.COMMITMENT, TransactionType.DISBURSEMENT)}


# ---------------------------------------------------------------- due and overdue (home page)


def appraisal_attention(queryset: QuerySet, *, today: date | None = None):
    """Dossiers under appraisal: due within 20 days of receipt, then overdue (Điều 10)."""
    today = today or timezone.localdate()
    appraising = queryset.filter(status=NgoAidStatus.APPRAISING)
    late = Q(appraisal_started_on__lt=today - timedelta(days=deadlines.APPRAISAL_DAYS))
    yield _("Viện trợ PCPNN thẩm định quá 20 ngày"), appraising.filter(late), "overdue"
    yield _("Viện trợ PCPNN đang thẩm định"), appraising.exclude(late), "due"


def _behind_on_reports(implementing: QuerySet, period_end: date) -> QuerySet:
    return implementing.filter(actual_start__lte=period_end).filter(
        Q(last_report_period_end__isnull=True) | Q(last_report_period_end__lt=period_end))


def periodic_report_attention(queryset: QuerySet, *, today: date | None = None):
    """Programmes under way owing their 6-monthly or yearly report (Điều 14 khoản 4)."""
    today = today or timezone.localdate()
    implementing = queryset.filter(status=NgoAidStatus.IMPLEMENTING)
    overdue = _behind_on_reports(implementing, deadlines.latest_overdue_period(today))
    yield _("Viện trợ PCPNN quá hạn báo cáo định kỳ"), overdue, "overdue"
    period_end = deadlines.period_due(today)
    if period_end:
        due = _behind_on_reports(implementing, period_end).exclude(pk__in=overdue.values("pk"))
        yield _("Viện trợ PCPNN đến hạn báo cáo định kỳ"), due, "due"


def closing_report_attention(queryset: QuerySet, *, today: date | None = None):
    """Ended programmes without their closing report, due within 6 months (Điều 14 khoản 4)."""
    today = today or timezone.localdate()
    pending = queryset.filter(status=NgoAidStatus.COMPLETED, closing_report_on__isnull=True)
    # Month arithmetic does not invert (30/6 + 6 months = 30/12, 31/12 − 6 months = 30/6),
    # so each deadline is computed forward; the pending programmes are few.
    late = [pk for pk, ended_on in pending.values_list("pk", "actual_end")
            if deadlines.closing_report_deadline(ended_on) < today]
    yield _("Viện trợ PCPNN quá hạn báo cáo kết thúc"), pending.filter(pk__in=late), "overdue"
    yield _("Viện trợ PCPNN chờ báo cáo kết thúc"), pending.exclude(pk__in=late), "due"
