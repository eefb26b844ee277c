"""Writes of citizen cases (with their workflow), overseas-Vietnamese activities and labour deployments."""
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.accounts.roles import Action
from ngoaivu.consular.choices import CaseStatus
from ngoaivu.consular.models import (
    NOT_IN_FUTURE,
    RECEIVED_AFTER_STEPS,
    CitizenCase,
    CitizenCaseStatusChange,
    LabourDeployment,
    OverseasActivity,
)
from ngoaivu.consular.workflow import next_steps
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.core.vnformat import format_date

WORKFLOW_FIELDS = ("status", "forwarded_to_consular_dept_on", "closed_on")


def _refuse_workflow_fields(data: dict) -> None:
    for field in WORKFLOW_FIELDS:
        if field in data:
            raise ValidationError({field: _(
                "Trạng thái và các ngày chuyển, đóng vụ việc chỉ thay đổi qua các bước xử lý.")})


def _log_step(case: CitizenCase, *, actor, status: str, on: date, note: str, channel: str) -> None:
    record_create(CitizenCaseStatusChange, actor=actor, channel=channel, data={
        "province": case.province, "case": case, "status": status, "changed_on": on, "note": note})


@transaction.atomic
def citizen_case_create(*, actor, data: dict, channel: str = "") -> CitizenCase:
    _refuse_workflow_fields(data)
    case = record_create(CitizenCase, actor=actor, data=data, channel=channel)
    _log_step(case, actor=actor, status=CaseStatus.RECEIVED, on=case.opened_on, note="", channel=channel)
    return case


@transaction.atomic
def citizen_case_update(case: CitizenCase, *, actor, data: dict, channel: str = "") -> CitizenCase:
    """Edit the case's facts; a corrected reception date moves the first step of its history too."""
    _refuse_workflow_fields(data)
    case = record_update(case, actor=actor, data=data, channel=channel)
    history = CitizenCaseStatusChange.objects.filter(case=case).order_by("changed_on", "pk")
    received = history.first()
    if received is not None and received.changed_on != case.opened_on:
        if history.exclude(pk=received.pk).filter(changed_on__lt=case.opened_on).exists():
            raise ValidationError({"opened_on": RECEIVED_AFTER_STEPS})
        record_update(received, actor=actor, data={"changed_on": case.opened_on}, channel=channel)
    return case


def citizen_case_delete(case: CitizenCase, *, actor, channel: str = "") -> None:
    record_delete(case, actor=actor, channel=channel)


@transaction.atomic
def citizen_case_transition(case: CitizenCase, *, actor, status: str, changed_on: date, note: str = "",
                            outcome: str = "", channel: str = "") -> CitizenCase:
    """Move the case one step on, dated, and write the step into its history."""
    ensure_allowed(actor, Action.CHANGE, case.province_id)
    case = CitizenCase.all_objects.select_for_update().get(pk=case.pk)
    if status not in next_steps(case.status):
        raise ValidationError({"status": _("Không thể chuyển vụ việc từ “%(current)s” sang “%(next)s”.") % {
            "current": case.get_status_display(), "next": dict(CaseStatus.choices).get(status, status)}})
    last_step_on = CitizenCaseStatusChange.objects.filter(case=case).aggregate(last=Max("changed_on"))["last"]
    if changed_on > timezone.localdate():
        raise ValidationError({"changed_on": NOT_IN_FUTURE})
    if last_step_on and changed_on < last_step_on:
        raise ValidationError({"changed_on": _("Ngày này không được trước bước xử lý trước đó (%(date)s).") % {
            "date": format_date(last_step_on)}})
    data = {"status": status}
    if outcome.strip():
        data["outcome"] = outcome.strip()
    if status == CaseStatus.FORWARDED:
        data["forwarded_to_consular_dept_on"] = changed_on
    if status == CaseStatus.CLOSED:
        data["closed_on"] = changed_on
    case = record_update(case, actor=actor, data=data, channel=channel)
    _log_step(case, actor=actor, status=status, on=changed_on, note=note, channel=channel)
    return case


def overseas_activity_create(*, actor, data: dict, channel: str = "") -> OverseasActivity:
    return record_create(OverseasActivity, actor=actor, data=data, channel=channel)


def overseas_activity_update(activity: OverseasActivity, *, actor, data: dict, channel: str = "") -> OverseasActivity:
    return record_update(activity, actor=actor, data=data, channel=channel)


def overseas_activity_delete(activity: OverseasActivity, *, actor, channel: str = "") -> None:
    record_delete(activity, actor=actor, channel=channel)


def labour_deployment_create(*, actor, data: dict, channel: str = "") -> LabourDeployment:
    return record_create(LabourDeployment, actor=actor, data=data, channel=channel)


def labour_deployment_update(deployment: LabourDeployment, *, actor, data: dict, channel: str = "") -> LabourDeployment:
    return record_update(deployment, actor=actor, data=data, channel=channel)


def labour_deployment_delete(deployment: LabourDeployment, *, actor, channel: str = "") -> None:
    record_delete(deployment, actor=actor, channel=channel)
