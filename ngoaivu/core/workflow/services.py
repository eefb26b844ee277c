"""Writes of a workflow record: its draft, its steps and their history.

A workflow model declares `step_fields` (what only the steps set) and the properties
`is_editable` and `is_deletable`; the app's services call these with their own rules.
"""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ngoaivu.accounts.roles import Action
from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.services import bump_version, ensure_allowed, record_create, record_delete


def record_status_change(obj, *, actor, from_status: str, note: str = ""):
    """A row of the record's status history (the record's province, so it is scoped alike).

    Written here rather than through record_create: an approver may approve without
    having the `add` action, and the history row is itself the audit of the step.
    """
    user = actor if getattr(actor, "is_authenticated", False) else None
    return obj.status_changes.create(
        province_id=obj.province_id, from_status=from_status, to_status=obj.status, note=note,
        actor=user, actor_name=(user.get_full_name() or user.get_username()) if user else "hệ thống",
    )


def refuse_step_fields(model, data: dict) -> None:
    fields = sorted(set(data) & set(model.step_fields))
    if fields:
        raise ValidationError({name: _("Trường này chỉ thay đổi qua các bước xử lý hồ sơ.") for name in fields})


def ensure_editable(obj) -> None:
    if not obj.is_editable:
        raise ValidationError(_("Chỉ sửa được hồ sơ ở trạng thái nháp. "
                                "Hồ sơ bị từ chối cần chọn “Sửa lại hồ sơ” trước."))


def _locked(obj):
    """The row as stored, locked until the transaction ends: a step cannot slip in meanwhile."""
    return type(obj)._base_manager.select_for_update().get(pk=obj.pk)


def check_draft_edit(obj, *, actor, data: dict) -> None:
    """May `actor` change `obj` with `data` now? (Call inside the update's transaction.)"""
    ensure_allowed(actor, Action.CHANGE, obj.province_id)
    refuse_step_fields(type(obj), data)
    ensure_editable(_locked(obj))


@transaction.atomic
def create_draft(model, *, actor, data: dict, channel: str = ""):
    refuse_step_fields(model, data)
    obj = record_create(model, actor=actor, data=data, channel=channel)
    record_status_change(obj, actor=actor, from_status="")
    return obj


@transaction.atomic
def delete_uncounted(obj, *, actor, channel: str = "") -> None:
    """Delete a dossier that never counted (draft, rejected, cancelled); approved ones stay."""
    ensure_allowed(actor, Action.DELETE, obj.province_id)
    if not _locked(obj).is_deletable:
        raise ValidationError(_("Chỉ xóa được hồ sơ nháp, bị từ chối hoặc đã hủy; "
                                "hồ sơ đã được phê duyệt được giữ lại để theo dõi, thống kê."))
    record_delete(obj, actor=actor, channel=channel)


@transaction.atomic
def run_transition(obj, transition, *, actor, note: str = "", values: dict | None = None, channel: str = ""):
    """Move `obj` along `transition`, recording `values` (approval number, report…) with it."""
    ensure_allowed(actor, transition.action, obj.province_id)
    # Two approvers clicking at once must not both approve.
    obj = _locked(obj)
    if obj.status not in transition.sources:
        raise ValidationError({"status": _("Không thể “%(step)s” khi hồ sơ đang ở trạng thái “%(status)s”.") % {
            "step": transition.label, "status": obj.get_status_display()}})
    note = (note or "").strip()
    if transition.reason_required and not note:
        raise ValidationError({"reason": _("Cần nêu lý do.")})
    before, from_status = snapshot(obj), obj.status
    for name, value in (values or {}).items():
        setattr(obj, name, value)
    obj.status = transition.target
    obj.full_clean()
    obj.save()
    after = snapshot(obj)
    # An edit form opened before the step is now stale (it would undo the step's values).
    bump_version(obj, before, after)
    change_record(actor=actor, action=ChangeAction.UPDATE, instance=obj, before=before, after=after,
                  channel=channel)
    record_status_change(obj, actor=actor, from_status=from_status, note=note)
    return obj
