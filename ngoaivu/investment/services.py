"""Writes of FDI projects, their capital adjustments and implemented capital, and of
promotion events where they differ from the ordinary record services (core.services).
Every channel (UI, API, admin, demo) comes through here."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Min, Q, Sum
from django.utils.translation import gettext as _

from ngoaivu.core.services import child_create, child_update, record_update
from ngoaivu.core.vnformat import format_date
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject

# ---------------------------------------------------------------- projects


@transaction.atomic
def fdi_project_update(project: FdiProject, *, actor, data: dict, channel: str = "") -> FdiProject:
    project = record_update(project, actor=actor, data=data, channel=channel)
    _check_rows_fit_project(project)  # raising here rolls the update back
    return project


def _check_rows_fit_project(project: FdiProject) -> None:
    """Adjustments and implemented capital stay inside the project's life and currency."""
    adjustments = project.adjustments.aggregate(first=Min("adjusted_on"), last=Max("adjusted_on"))
    first_implemented = project.implementations.aggregate(first=Min("period_start"))["first"]
    earliest = min(filter(None, [adjustments["first"], first_implemented]), default=None)
    errors = {}
    if earliest and earliest < project.certificate_date:
        errors["certificate_date"] = _("Dự án đã có số liệu điều chỉnh, thực hiện từ ngày %(date)s, "
                                       "trước ngày cấp này.") % {"date": format_date(earliest)}
    if project.terminated_on and adjustments["last"] and adjustments["last"] > project.terminated_on:
        errors["terminated_on"] = _("Dự án có lượt điều chỉnh vốn ngày %(date)s, sau ngày chấm dứt này.") \
            % {"date": format_date(adjustments["last"])}
    other_currency = ~Q(currency=project.capital_currency)
    if project.adjustments.filter(other_currency).exists() or project.implementations.filter(other_currency).exists():
        errors["capital_currency"] = _("Dự án đã có số liệu điều chỉnh, thực hiện bằng loại tiền cũ.")
    if errors:
        raise ValidationError(errors)


# ---------------------------------------------------------------- capital adjustments


def _with_project_currency(data: dict) -> dict:
    project = data.get("project")
    if project is None or data.get("currency"):
        return data
    return {**data, "currency": project.capital_currency}


def _check_capital_stays_positive(project: FdiProject) -> None:
    added = project.adjustments.aggregate(total=Sum("added_capital"))["total"] or 0
    if project.registered_capital + added <= 0:
        raise ValidationError({"added_capital": _("Vốn đăng ký sau điều chỉnh phải lớn hơn 0.")})


# The checks below run after the save, inside the service's transaction: raising rolls
# the write back, and the sums they read already include the row being written.

@transaction.atomic
def fdi_adjustment_create(*, actor, data: dict, channel: str = "") -> FdiCapitalAdjustment:
    adjustment = child_create(FdiCapitalAdjustment, actor=actor, data=_with_project_currency(data), channel=channel)
    _check_capital_stays_positive(adjustment.project)
    return adjustment


@transaction.atomic
def fdi_adjustment_update(adjustment: FdiCapitalAdjustment, *, actor, data: dict,
                          channel: str = "") -> FdiCapitalAdjustment:
    adjustment = child_update(adjustment, actor=actor, data=data, channel=channel)
    _check_capital_stays_positive(adjustment.project)
    return adjustment


# ---------------------------------------------------------------- implemented capital


def _check_no_overlap(implementation: FdiImplementation) -> None:
    """Periods of one project never overlap, so that sums never count a month twice."""
    clash = implementation.project.implementations.exclude(pk=implementation.pk).filter(
        period_start__lte=implementation.period_end, period_end__gte=implementation.period_start).first()
    if clash:
        raise ValidationError({"period_start": _("Kỳ này trùng với số liệu vốn thực hiện đã nhập (%(start)s–%(end)s).")
                               % {"start": format_date(clash.period_start), "end": format_date(clash.period_end)}})


@transaction.atomic
def fdi_implementation_create(*, actor, data: dict, channel: str = "") -> FdiImplementation:
    data = _with_project_currency(data)
    if data.get("project") and not data.get("period_start"):
        data = {**data, "period_start": data["project"].certificate_date}  # blank: cumulative since the certificate
    implementation = child_create(FdiImplementation, actor=actor, data=data, channel=channel)
    _check_no_overlap(implementation)
    return implementation


@transaction.atomic
def fdi_implementation_update(implementation: FdiImplementation, *, actor, data: dict,
                              channel: str = "") -> FdiImplementation:
    if "period_start" in data and not data["period_start"]:
        data = {**data, "period_start": implementation.project.certificate_date}
    implementation = child_update(implementation, actor=actor, data=data, channel=channel)
    _check_no_overlap(implementation)
    return implementation


# ---------------------------------------------------------------- promotion events
