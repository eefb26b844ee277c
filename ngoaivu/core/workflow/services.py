"""The one executor of workflow steps, and the guards of a workflow record's plain writes.

A record type declares its steps once (core.workflow.steps.Workflow, set on the model);
every channel — page, API, demo, import — takes a step through `take_step`, which writes
through the ordinary record path (core.services.record_update: lock, validation, version,
change log) with the step's own role action, then adds the row of the step history.
"""
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.channels import IMPORT_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.services import ensure_allowed, record_create, record_delete, record_update
from ngoaivu.core.vnformat import format_date
from ngoaivu.core.workflow.steps import CREATE_STEP, Step

# The channel of exchange's importer: an import may register records in any state (audited
# in the change log under this channel), like an approver.


def _given(value) -> bool:
    # False, "", None and an empty file mean "not recorded"; step fields hold no numbers.
    return bool(value.strip() if isinstance(value, str) else value)


def record_step(obj, *, actor, step: str, from_state: str, happened_on: date, note: str = ""):
    """A row of the record's step history (the record's province, so it is scoped alike).

    Not written through record_create: an approver may approve without the "add" right,
    and the record's own change-log entry already audits the step.
    """
    user = actor if getattr(actor, "is_authenticated", False) else None
    history = obj.status_changes.model
    row = history(**{history.parent_field: obj}, province_id=obj.province_id, step=step, from_state=from_state,
                  to_state=getattr(obj, obj.workflow.state_field), happened_on=happened_on, note=note,
                  actor=user, actor_name=(user.get_full_name() or user.get_username()) if user else "hệ thống")
    row.save()
    return row


def refuse_step_fields(model, data: dict) -> None:
    fields = sorted(set(data) & model.workflow.step_fields)
    if fields:
        raise ValidationError({name: _("Trường này chỉ thay đổi qua các bước xử lý hồ sơ.") for name in fields})


def _locked(obj):
    """The row as stored, locked until the transaction ends: a step cannot slip in meanwhile."""
    return type(obj)._base_manager.select_for_update().get(pk=obj.pk)


def ensure_editable(obj) -> None:
    if not obj.is_editable:
        raise ValidationError(_("Hồ sơ ở trạng thái “%(state)s” không sửa được; hãy dùng các bước xử lý.") % {
            "state": obj.workflow.state_label(getattr(obj, obj.workflow.state_field))})


@transaction.atomic
def workflow_update(obj, *, actor, data: dict, channel: str = ""):
    """A plain edit: never a step field, and only in the states the workflow lets edit."""
    ensure_allowed(actor, Action.CHANGE, obj.province_id)
    refuse_step_fields(type(obj), data)
    ensure_editable(_locked(obj))
    return record_update(obj, actor=actor, data=data, channel=channel)


def registers_later_state(model, data: dict) -> bool:
    """Does `data` register the record past its first state (or with what only steps record)?"""
    workflow = model.workflow
    if data.get(workflow.state_field, workflow.initial) not in ("", None, workflow.initial):
        return True
    return any(_given(data.get(name)) for name in workflow.step_fields - {workflow.state_field})


@transaction.atomic
def workflow_create(model, *, actor, data: dict, channel: str = "", on: date | None = None):
    """Register a record. In its first state anyone who may add does it; in a later state, or
    with what the steps record, it skips the approver's steps, so it is an approver's action
    (or an import's, logged under its channel). `on` dates the first history row."""
    workflow = model.workflow
    later = registers_later_state(model, data)
    if later and channel != IMPORT_CHANNEL and not _may_register(actor, data):
        raise ValidationError({workflow.state_field: _(
            "Chỉ lãnh đạo phê duyệt mới được đăng ký hồ sơ ở trạng thái sau bước đầu (đã qua các bước phê duyệt); "
            "hãy tạo hồ sơ ở trạng thái “%(initial)s” rồi thực hiện các bước xử lý.") % {
            "initial": workflow.state_label(workflow.initial)}})
    obj = record_create(model, actor=actor, data=data, channel=channel,
                        action=Action.APPROVE if later and channel != IMPORT_CHANNEL else Action.ADD)
    recorded = [getattr(obj, name) for name in workflow.date_fields if getattr(obj, name)]
    start = getattr(obj, workflow.start_field) if workflow.start_field else None
    happened_on = on or start or (max(recorded) if recorded else None) or timezone.localdate()
    record_step(obj, actor=actor, step=CREATE_STEP, from_state="", happened_on=happened_on)
    return obj


def _may_register(actor, data: dict) -> bool:
    from ngoaivu.core.scoping import may_act_in_province

    province = data.get("province")
    return may_act_in_province(actor, Action.APPROVE, getattr(province, "pk", province))


@transaction.atomic
def workflow_delete(obj, *, actor, channel: str = "") -> None:
    """Delete a record in a state its workflow lets delete (a dossier that never counted)."""
    ensure_allowed(actor, Action.DELETE, obj.province_id)
    if not _locked(obj).is_deletable:
        raise ValidationError(_("Chỉ xóa được hồ sơ nháp, bị từ chối hoặc đã hủy; "
                                "hồ sơ đã được phê duyệt được giữ lại để theo dõi, thống kê."))
    record_delete(obj, actor=actor, channel=channel)


def latest_step_day(obj) -> date | None:
    """The day a new step may not precede: the last step taken, the dates the record holds.

    The first row does not count by itself (a record is often entered after the fact); the
    workflow's `start_field` (a case's reception day) does.
    """
    workflow = obj.workflow
    days = list(obj.status_changes.exclude(step=CREATE_STEP).values_list("happened_on", flat=True))
    days += [getattr(obj, name) for name in workflow.date_fields]
    if workflow.start_field:
        days.append(getattr(obj, workflow.start_field))
    return max((day for day in days if day), default=None)


def _check_step(obj, step: Step, *, on: date, note: str, values: dict) -> None:
    workflow = obj.workflow
    state = getattr(obj, workflow.state_field)
    if state not in step.sources:
        raise ValidationError({workflow.state_field: _("Không thể “%(step)s” khi hồ sơ đang ở trạng thái “%(state)s”.")
                               % {"step": step.label, "state": workflow.state_label(state)}})
    if step not in workflow.open_steps(obj):
        raise ValidationError(_("Bước “%(step)s” đã được thực hiện.") % {"step": step.label})
    unexpected = sorted(set(values) - set(step.fields))
    if unexpected:
        raise ValidationError({name: _("Bước “%(step)s” không ghi trường này.") % {"step": step.label}
                               for name in unexpected})
    errors = {name: _("Bước này cần thông tin này.") for name in step.required if not _given(values.get(name))}
    if step.reason_required and not note:
        errors["note"] = _("Cần nêu lý do.")
    today = timezone.localdate()
    if on > today:
        errors["on"] = _("Ngày thực hiện không được sau hôm nay.")
    latest = latest_step_day(obj)
    if latest and on < latest:
        errors["on"] = _("Ngày thực hiện không được trước ngày %(day)s của bước trước.") % {"day": format_date(latest)}
    if errors:
        raise ValidationError(errors)


def default_day(obj, step: Step) -> date:
    """The date a step proposes: the record's `initial_on` attribute (a trip's planned end) when
    past and not before the last step, else today."""
    today = timezone.localdate()
    proposed = getattr(obj, step.initial_on, None) if step.initial_on else None
    if not proposed:
        return today
    latest = latest_step_day(obj)
    return max(min(proposed, today), latest) if latest else min(proposed, today)


@transaction.atomic
def take_step(obj, name: str, *, actor, on: date | None = None, note: str = "", values: dict | None = None,
              channel: str = ""):
    """Take the step `name` on `obj`, dated `on` (default: default_day), recording `values`."""
    workflow = type(obj).workflow
    step = workflow.step(name)
    if step is None:
        raise ValidationError(_("Không có bước xử lý “%(step)s”.") % {"step": name})
    ensure_allowed(actor, step.action, obj.province_id)
    # Two approvers clicking at once must not both approve: the state is checked under the lock.
    obj = _locked(obj)
    values, note = dict(values or {}), (note or "").strip()
    on = on or default_day(obj, step)
    _check_step(obj, step, on=on, note=note, values=values)
    # A field left empty keeps what the record already holds.
    changes = {key: value.strip() if isinstance(value, str) else value
               for key, value in values.items() if _given(value)}
    if step.date_field:
        changes[step.date_field] = on
    if step.target:
        changes[workflow.state_field] = step.target
    from_state = getattr(obj, workflow.state_field)
    obj = record_update(obj, actor=actor, data=changes, channel=channel, action=step.action)
    record_step(obj, actor=actor, step=step.name, from_state=from_state, happened_on=on, note=note)
    return obj
