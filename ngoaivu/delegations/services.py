"""Writes of delegations: the dossier and its members.

Every channel (UI, API, admin, demo) comes through here. The dossier is edited only as
a draft; its status and the values each step records change only through the steps
(delegations.workflow, taken by core.workflow.services.take_step).
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.core.workflow.services import ensure_editable, workflow_create, workflow_update
from ngoaivu.delegations.choices import Direction
from ngoaivu.delegations.models import Delegation, DelegationMember, destination_errors


def _check_destination(direction: str, countries) -> None:
    errors = destination_errors(direction, countries)
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def delegation_create(*, actor, data: dict, channel: str = "") -> Delegation:
    _check_destination(data.get("direction"), data.get("countries"))
    return workflow_create(Delegation, actor=actor, data=data, channel=channel)


@transaction.atomic
def delegation_update(delegation: Delegation, *, actor, data: dict, channel: str = "") -> Delegation:
    direction = data.get("direction", delegation.direction)
    _check_destination(direction, data["countries"] if "countries" in data else delegation.countries.all())
    if direction == Direction.INBOUND and delegation.members.filter(nationality__isnull=True).exists():
        raise ValidationError({"direction": _("Đoàn vào: mọi khách trong danh sách thành viên phải có quốc tịch. "
                                              "Hãy bổ sung quốc tịch trước khi đổi loại đoàn.")})
    return workflow_update(delegation, actor=actor, data=data, channel=channel)


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
