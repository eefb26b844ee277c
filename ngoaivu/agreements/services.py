"""Writes of agreements, their procedure steps, yearly reviews and files.

Every channel (UI, API, text review, demo) comes through here; the admin writes through the generic
record services and cannot change the status (see admin.py).
"""
from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.agreements.choices import StepName
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview, AgreementStatusChange
from ngoaivu.agreements.workflow import Step, step_named
from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.services import change_record
from ngoaivu.audit.snapshots import snapshot
from ngoaivu.core.services import bump_version, ensure_allowed, record_create, record_delete, record_update
from ngoaivu.core.vnformat import format_date

# Agreements

@transaction.atomic
def agreement_create(*, actor, data: dict, channel: str = "", proposed_on: date | None = None) -> Agreement:
    """A new agreement, in any status: one being proposed, or one signed years ago being registered.

    `proposed_on` dates the first history row when a proposal is entered after the
    fact; a registered agreement's row takes its latest recorded date, else today.
    """
    if not data.get("partners"):
        raise ValidationError({"partners": _("Cần chọn ít nhất một bên nước ngoài.")})
    agreement = record_create(Agreement, actor=actor, data=data, channel=channel)
    happened_on = agreement.signed_on or agreement.decided_on or agreement.opinions_requested_on or proposed_on
    _write_status_change(agreement, actor=actor, step=StepName.CREATE, from_status="",
                         happened_on=happened_on or timezone.localdate(), note="")
    return agreement


def agreement_update(agreement: Agreement, *, actor, data: dict, channel: str = "") -> Agreement:
    if "status" in data and data["status"] != agreement.status:
        raise ValidationError({"status": _("Trạng thái chỉ thay đổi qua các bước xử lý thỏa thuận.")})
    if "partners" in data and not data["partners"]:
        raise ValidationError({"partners": _("Cần chọn ít nhất một bên nước ngoài.")})
    return record_update(agreement, actor=actor, data=data, channel=channel)


def agreement_delete(agreement: Agreement, *, actor, channel: str = "") -> None:
    record_delete(agreement, actor=actor, channel=channel)


@transaction.atomic
def agreement_take_step(agreement: Agreement, *, actor, step: str, on: date, note: str = "",
                        details: dict | None = None, channel: str = "") -> Agreement:
    """Take one step of the procedure (see agreements.workflow), recording it in the status history."""
    definition = step_named(step)
    if definition is None:
        raise ValidationError(_("Bước xử lý không hợp lệ: %(step)s.") % {"step": step})
    ensure_allowed(actor, definition.action, agreement.province_id)
    agreement = Agreement._base_manager.select_for_update().get(pk=agreement.pk)
    _check_step(agreement, definition, on=on, details=details or {})
    changes = dict(details or {})
    if definition.date_field:
        changes[definition.date_field] = on
    if definition.target:
        changes["status"] = definition.target
    from_status = agreement.status
    _save_step(agreement, actor=actor, changes=changes, channel=channel)
    _write_status_change(agreement, actor=actor, step=definition.name, from_status=from_status,
                         happened_on=on, note=note)
    return agreement


def _check_step(agreement: Agreement, step: Step, *, on: date, details: dict) -> None:
    if agreement.status not in step.sources:
        raise ValidationError(_("Không thể “%(step)s” khi thỏa thuận đang ở trạng thái “%(status)s”.") % {
            "step": step.label, "status": agreement.get_status_display()})
    if step.name == StepName.REPORT and agreement.reported_on:
        raise ValidationError(_("Thỏa thuận đã được báo cáo sau ký ngày %(day)s.") % {
            "day": format_date(agreement.reported_on)})
    unexpected = set(details) - set(step.detail_fields)
    if unexpected:
        raise ValidationError(_("Bước “%(step)s” không ghi các trường: %(fields)s.") % {
            "step": step.label, "fields": ", ".join(sorted(unexpected))})
    if on is None:
        raise ValidationError({"on": _("Cần ghi ngày thực hiện.")})
    if on > timezone.localdate():
        raise ValidationError({"on": _("Ngày thực hiện không được sau hôm nay.")})
    latest = _latest_step_day(agreement)
    if latest and on < latest:
        raise ValidationError({"on": _("Ngày thực hiện không được trước ngày %(day)s của bước trước.") % {
            "day": format_date(latest)}})


def _latest_step_day(agreement: Agreement) -> date | None:
    # Records are often entered after the fact, so the day a record was created does not
    # count; the days of the steps taken, and those the agreement records, do.
    days = list(agreement.status_changes.exclude(step=StepName.CREATE).values_list("happened_on", flat=True))
    days += [agreement.opinions_requested_on, agreement.decided_on, agreement.signed_on]
    return max((day for day in days if day), default=None)


def _save_step(agreement: Agreement, *, actor, changes: dict, channel: str) -> None:
    # record_update would demand the "change" right, but a step needs its own right
    # (an approver decides without being allowed to edit), checked by the caller.
    before = snapshot(agreement)
    for name, value in changes.items():
        setattr(agreement, name, value)
    agreement.full_clean()
    agreement.save()
    after = snapshot(agreement)
    bump_version(agreement, before, after)
    change_record(actor=actor, action=ChangeAction.UPDATE, instance=agreement, before=before,
                  after=after, channel=channel)


def _write_status_change(agreement: Agreement, *, actor, step: str, from_status: str, happened_on: date,
                         note: str) -> AgreementStatusChange:
    # Not logged again in the change log: the row is itself the log of the step, and the
    # agreement's own change-log entry records the same transition.
    change = AgreementStatusChange(
        province_id=agreement.province_id, agreement=agreement, step=step, from_status=from_status,
        to_status=agreement.status, happened_on=happened_on, note=note,
        changed_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    change.full_clean()
    change.save()
    return change


# Yearly reviews and files: child rows take the agreement's province.

def _with_agreement_province(data: dict) -> dict:
    agreement = data.get("agreement")
    return {**data, "province": agreement.province} if agreement else data


def _refuse_moving(child, data: dict) -> None:
    if "agreement" in data and data["agreement"] != child.agreement:
        raise ValidationError({"agreement": _("Không được chuyển sang thỏa thuận khác.")})


def review_create(*, actor, data: dict, channel: str = "") -> AgreementReview:
    return record_create(AgreementReview, actor=actor, data=_with_agreement_province(data), channel=channel)


def review_update(review: AgreementReview, *, actor, data: dict, channel: str = "") -> AgreementReview:
    _refuse_moving(review, data)
    return record_update(review, actor=actor, data=data, channel=channel)


def review_delete(review: AgreementReview, *, actor, channel: str = "") -> None:
    record_delete(review, actor=actor, channel=channel)


def document_create(*, actor, data: dict, channel: str = "") -> AgreementDocument:
    data = {**_with_agreement_province(data), "uploaded_by": actor}
    return record_create(AgreementDocument, actor=actor, data=data, channel=channel)


def document_update(document: AgreementDocument, *, actor, data: dict, channel: str = "") -> AgreementDocument:
    _refuse_moving(document, data)
    if data.get("file") and data["file"] != document.file:
        data = {**data, "uploaded_by": actor}
    return record_update(document, actor=actor, data=data, channel=channel)


def document_delete(document: AgreementDocument, *, actor, channel: str = "") -> None:
    record_delete(document, actor=actor, channel=channel)
