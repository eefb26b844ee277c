"""Reads of FDI projects and promotion events, including the figures the indicators
layer computes from them. Amounts come per original currency (CountedAmounts)."""
from __future__ import annotations

from datetime import date

from django.db.models import Count, QuerySet, Sum

from ngoaivu.core.amounts import CountedAmounts, add_amounts, totals_by_currency
from ngoaivu.core.registry import records
from ngoaivu.core.scoping import restrict
from ngoaivu.indicators.periods import Period
from ngoaivu.investment.indicators import ACTIVE_PROJECTS
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent


def _scoped(queryset: QuerySet, user, provinces) -> QuerySet:
    """The user's rows, narrowed to some province units when the caller asks."""
    queryset = restrict(queryset, user)
    return queryset if provinces is None else queryset.filter(province__in=provinces)


def fdi_project_list(*, user) -> QuerySet:
    return records(FdiProject, user)


def fdi_new_projects(*, user, start: date, end: date, provinces=None) -> CountedAmounts:
    """Projects certified in the period and their initial registered capital."""
    projects = _scoped(FdiProject.objects, user, provinces).filter(certificate_date__range=(start, end))
    return CountedAmounts(projects.count(), totals_by_currency(projects, "registered_capital", "capital_currency"))


def fdi_capital_adjustments(*, user, start: date, end: date, provinces=None,
                            increases_only: bool = True) -> CountedAmounts:
    """"Lượt điều chỉnh tăng vốn" in the period and the capital they added."""
    adjustments = _scoped(FdiCapitalAdjustment.objects, user, provinces).filter(adjusted_on__range=(start, end))
    if increases_only:
        adjustments = adjustments.filter(added_capital__gt=0)
    return CountedAmounts(adjustments.count(), totals_by_currency(adjustments, "added_capital"))


def fdi_active_projects(*, user, on: date, provinces=None) -> QuerySet:
    """Projects "còn hiệu lực" at the end of the day: certified and not terminated.

    Suspended projects keep their certificate and count; the date, not today's status,
    decides, so past figures stay right after a project ends.
    """
    return _scoped(FdiProject.objects, user, provinces).filter(ACTIVE_PROJECTS.condition(Period.day(on)))


def fdi_registered_capital_at(*, user, on: date, provinces=None) -> CountedAmounts:
    """Active projects at a date and their registered capital, adjustments to that date included."""
    active = fdi_active_projects(user=user, on=on, provinces=provinces)
    adjustments = FdiCapitalAdjustment.objects.filter(project__in=active, adjusted_on__lte=on)
    return CountedAmounts(active.count(), add_amounts(
        totals_by_currency(active, "registered_capital", "capital_currency"),
        totals_by_currency(adjustments, "added_capital"),
    ))


def fdi_implemented_capital_to(*, user, on: date, provinces=None) -> CountedAmounts:
    """Capital implemented up to a date by the projects active at that date (as reports
    state it: "N dự án còn hiệu lực ..., vốn thực hiện đạt ...")."""
    active = fdi_active_projects(user=user, on=on, provinces=provinces)
    rows = FdiImplementation.objects.filter(project__in=active, period_end__lte=on)
    return CountedAmounts(active.count(), totals_by_currency(rows, "amount"))


def fdi_project_capital(project: FdiProject) -> dict:
    """One project's registered capital with its adjustments, and its implemented capital."""
    added = project.adjustments.aggregate(total=Sum("added_capital"))["total"] or 0
    implemented = project.implementations.aggregate(total=Sum("amount"))["total"] or 0
    return {"registered": project.registered_capital + added, "implemented": implemented,
            "currency": project.capital_currency}


def promotion_event_list(*, user) -> QuerySet:
    return records(PromotionEvent, user)


def promotion_event_counts(*, user, start: date, end: date, provinces=None) -> dict[str, int]:
    """Events starting in the period, by where they were held (LocationKind)."""
    events = _scoped(PromotionEvent.objects, user, provinces).filter(start_date__range=(start, end))
    rows = events.order_by().values("location_kind").annotate(count=Count("pk"))
    return {row["location_kind"]: row["count"] for row in rows}
