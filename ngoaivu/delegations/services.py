"""Writes of delegations: the dossier, its members and its workflow steps.

Every channel (UI, API, admin, demo) comes through here. The dossier is edited only as
a draft; its status and the values each step records change only through the steps.
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.accounts.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.core.workflow.services import (
    check_draft_edit,
    create_draft,
    delete_uncounted,
    ensure_editable,
    run_transition,
)
from ngoaivu.delegations import transitions
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation, DelegationMember, destination_errors


def _check_destination(direction: str, countries) -> None:
    errors = destination_errors(direction, countries)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def delegation_create(*, actor, data: dict, channel: str = "") -> Delegation:
    _check_destination(data.get("direction"), data.get("countries"))
    return create_draft(Delegation, actor=actor, data=data, channel=channel)


@transaction.atomic
def delegation_update(delegation: Delegation, *, actor, data: dict, channel: str = "") -> Delegation:
    check_draft_edit(delegation, actor=actor, data=data)
    direction = data.get("direction", delegation.direction)
    _check_destination(direction, data["countries"] if "countries" in data else delegation.countries.all())
    if direction == Direction.INBOUND and delegation.members.filter(nationality__isnull=True).exists():
        raise ValidationError({"direction": _("Đoàn vào: mọi khách trong danh sách thành viên phải có quốc tịch. "
                                              "Hãy bổ sung quốc tịch trước khi đổi loại đoàn.")})
    return record_update(delegation, actor=actor, data=data, channel=channel)


def delegation_delete(delegation: Delegation, *, actor, channel: str = "") -> None:
    delete_uncounted(delegation, actor=actor, channel=channel)


# Members: the province is the delegation's; the list changes only while the dossier is a draft.

def _lock_draft(delegation_id: int) -> None:
    """Lock the delegation so it cannot be submitted while its member list changes."""
    ensure_editable(Delegation._base_manager.select_for_update().get(pk=delegation_id))


@transaction.atomic
def member_create(*, actor, data: dict, channel: str = "") -> DelegationMember:
    delegation = data["delegation"]
    ensure_allowed(actor, Action.ADD, delegation.province_id)
    _lock_draft(delegation.pk)
    return record_create(DelegationMember, actor=actor, data={**data, "province": delegation.province},
                         channel=channel)


@transaction.atomic
def member_update(member: DelegationMember, *, actor, data: dict, channel: str = "") -> DelegationMember:
    ensure_allowed(actor, Action.CHANGE, member.province_id)
    if "delegation" in data and data["delegation"].pk != member.delegation_id:
        raise ValidationError({"delegation": _("Không chuyển thành viên sang đoàn khác; hãy xóa và thêm lại.")})
    _lock_draft(member.delegation_id)
    return record_update(member, actor=actor, data=data, channel=channel)


@transaction.atomic
def member_delete(member: DelegationMember, *, actor, channel: str = "") -> None:
    ensure_allowed(actor, Action.DELETE, member.province_id)
    _lock_draft(member.delegation_id)
    record_delete(member, actor=actor, channel=channel)


# Workflow steps. Keyword names match the step forms and API inputs.

def delegation_submit(delegation, *, actor, note: str = "", channel: str = "") -> Delegation:
    return run_transition(delegation, transitions.SUBMIT, actor=actor, note=note, channel=channel)


def delegation_approve(delegation, *, actor, approval_number: str = "", approval_date=None, note: str = "",
                       channel: str = "") -> Delegation:
    values = {"approval_number": approval_number.strip(), "approval_date": approval_date or timezone.localdate()}
    return run_transition(delegation, transitions.APPROVE, actor=actor, note=note, values=values, channel=channel)


def delegation_reject(delegation, *, actor, reason: str = "", channel: str = "") -> Delegation:
    return run_transition(delegation, transitions.REJECT, actor=actor, note=reason, channel=channel)


def delegation_reopen(delegation, *, actor, note: str = "", channel: str = "") -> Delegation:
    return run_transition(delegation, transitions.REOPEN, actor=actor, note=note, channel=channel)


def delegation_complete(delegation, *, actor, returned_on=None, note: str = "", channel: str = "") -> Delegation:
    values = {"returned_on": returned_on or delegation.end_date}
    return run_transition(delegation, transitions.COMPLETE, actor=actor, note=note, values=values, channel=channel)


def delegation_report(delegation, *, actor, report_text: str = "", report_file=None, reported_on=None,
                      channel: str = "") -> Delegation:
    values = {"report_text": report_text.strip(), "reported_on": reported_on or timezone.localdate()}
    if report_file:
        values["report_file"] = report_file
    return run_transition(delegation, transitions.REPORT, actor=actor, values=values, channel=channel)


def delegation_cancel(delegation, *, actor, reason: str = "", channel: str = "") -> Delegation:
    return run_transition(delegation, transitions.CANCEL, actor=actor, note=reason, channel=channel)


STEP_SERVICES = {
    transitions.SUBMIT.name: delegation_submit,
    transitions.APPROVE.name: delegation_approve,
    transitions.REJECT.name: delegation_reject,
    transitions.REOPEN.name: delegation_reopen,
    transitions.COMPLETE.name: delegation_complete,
    transitions.REPORT.name: delegation_report,
    transitions.CANCEL.name: delegation_cancel,
}


def delegation_step(delegation, name: str, *, actor, channel: str = "", **params) -> Delegation:
    """Take the workflow step `name` (the generic step page and API route call this)."""
    return STEP_SERVICES[name](delegation, actor=actor, channel=channel, **params)
