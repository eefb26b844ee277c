"""Writes of consular records where they differ from the ordinary ones (core.services,
core.workflow.services): a citizen case's reception date moves its first step."""
from django.core.exceptions import ValidationError
from django.db import transaction

from ngoaivu.consular.models import (
    RECEIVED_AFTER_STEPS,
    CitizenCase,
    CitizenCaseStatusChange,
)
from ngoaivu.core.workflow.services import workflow_update
from ngoaivu.core.workflow.steps import CREATE_STEP


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
