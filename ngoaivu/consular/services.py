"""Writes of citizen cases (their steps: consular.workflow), overseas-Vietnamese activities and labour
deployments."""
from django.core.exceptions import ValidationError
from django.db import transaction

from ngoaivu.consular.models import (
    RECEIVED_AFTER_STEPS,
    CitizenCase,
    CitizenCaseStatusChange,
    LabourDeployment,
    OverseasActivity,
)
from ngoaivu.core.services import record_bulk_create, record_create, record_delete, record_update
from ngoaivu.core.workflow.services import workflow_create, workflow_delete, workflow_update
from ngoaivu.core.workflow.steps import CREATE_STEP


def citizen_case_create(*, actor, data: dict, channel: str = "") -> CitizenCase:
    return workflow_create(CitizenCase, actor=actor, data=data, channel=channel)


@transaction.atomic
def citizen_case_update(case: CitizenCase, *, actor, data: dict, channel: str = "") -> CitizenCase:
    """Edit the case's facts; a corrected reception date moves the first step of its history too."""
    case = workflow_update(case, actor=actor, data=data, channel=channel)
    history = CitizenCaseStatusChange.objects.filter(case=case)
    received = history.filter(step=CREATE_STEP).first()
    if received is not None and received.happened_on != case.opened_on:
        if history.exclude(pk=received.pk).filter(happened_on__lt=case.opened_on).exists():
            raise ValidationError({"opened_on": RECEIVED_AFTER_STEPS})
        history.filter(pk=received.pk).update(happened_on=case.opened_on)
    return case


def citizen_case_delete(case: CitizenCase, *, actor, channel: str = "") -> None:
    workflow_delete(case, actor=actor, channel=channel)


def overseas_activity_create(*, actor, data: dict, channel: str = "") -> OverseasActivity:
    return record_create(OverseasActivity, actor=actor, data=data, channel=channel)


def overseas_activity_bulk_create(*, actor, rows: list[dict], channel: str = "") -> list[OverseasActivity]:
    """overseas_activity_create for many rows at once (imports)."""
    return record_bulk_create(OverseasActivity, actor=actor, rows=rows, channel=channel)


def overseas_activity_update(activity: OverseasActivity, *, actor, data: dict, channel: str = "") -> OverseasActivity:
    return record_update(activity, actor=actor, data=data, channel=channel)


def overseas_activity_delete(activity: OverseasActivity, *, actor, channel: str = "") -> None:
    record_delete(activity, actor=actor, channel=channel)


def labour_deployment_create(*, actor, data: dict, channel: str = "") -> LabourDeployment:
    return record_create(LabourDeployment, actor=actor, data=data, channel=channel)


def labour_deployment_bulk_create(*, actor, rows: list[dict], channel: str = "") -> list[LabourDeployment]:
    """labour_deployment_create for many rows at once (imports)."""
    return record_bulk_create(LabourDeployment, actor=actor, rows=rows, channel=channel)


def labour_deployment_update(deployment: LabourDeployment, *, actor, data: dict, channel: str = "") -> LabourDeployment:
    return record_update(deployment, actor=actor, data=data, channel=channel)


def labour_deployment_delete(deployment: LabourDeployment, *, actor, channel: str = "") -> None:
    record_delete(deployment, actor=actor, channel=channel)
