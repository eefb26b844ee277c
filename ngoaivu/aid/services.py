"""Writes of ODA projects, foreign NGO aid and their transactions, and the NGO-aid
workflow. Every channel (UI, API, admin, demo) comes through here."""
from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.accounts.roles import Action
from ngoaivu.aid.choices import NgoAidStatus
from ngoaivu.aid.iati import activity_identifier
from ngoaivu.aid.models import AidActivity, NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.core.services import (
    child_create,
    child_update,
    ensure_allowed,
    record_create,
    record_delete,
    record_update,
)

# ---------------------------------------------------------------- activities (ODA and NGO aid)


def _next_local_code(model: type[AidActivity], province, year: int) -> str:
    stem = f"{model.code_prefix}-{year}-"
    taken = set(model.all_objects.filter(province=province, local_code__startswith=stem)
                .values_list("local_code", flat=True))
    number = len(taken) + 1
    while f"{stem}{number:03d}" in taken:
        number += 1
    return f"{stem}{number:03d}"


def _activity_create(model: type[AidActivity], *, actor, data: dict, channel: str) -> AidActivity:
    """Give the activity its local code (generated when blank) and its permanent IATI identifier."""
    province = data.get("province")
    if province is not None:
        year = (data.get("planned_start") or timezone.localdate()).year
        local_code = data.get("local_code") or _next_local_code(model, province, year)
        identifier = activity_identifier(province, local_code)
        if model.all_objects.filter(iati_identifier=identifier).exists():
            raise ValidationError({"local_code": _("Mã “%(code)s” đã được dùng (kể cả bản ghi trong Thùng rác).")
                                   % {"code": local_code}})
        data = {**data, "local_code": local_code, "iati_identifier": identifier}
    return record_create(model, actor=actor, data=data, channel=channel)


def _check_unchanged(activity: AidActivity, data: dict, fields, message: str) -> None:
    changed = [name for name in fields if name in data and data[name] != getattr(activity, name)]
    if changed:
        raise ValidationError({name: message for name in changed})


IDENTITY_FIELDS = ("local_code",)
IDENTITY_MESSAGE = gettext_lazy("Mã chương trình, dự án không đổi được sau khi lưu (mã định danh IATI đã cấp).")


# ---------------------------------------------------------------- ODA projects


def oda_project_create(*, actor, data: dict, channel: str = "") -> OdaProject:
    return _activity_create(OdaProject, actor=actor, data=data, channel=channel)


def oda_project_update(project: OdaProject, *, actor, data: dict, channel: str = "") -> OdaProject:
    _check_unchanged(project, data, IDENTITY_FIELDS, IDENTITY_MESSAGE)
    return record_update(project, actor=actor, data=data, channel=channel)


def oda_project_delete(project: OdaProject, *, actor, channel: str = "") -> None:
    record_delete(project, actor=actor, channel=channel)  # its transactions are hidden with it


def oda_transaction_create(*, actor, data: dict, channel: str = "") -> OdaTransaction:
    return child_create(OdaTransaction, actor=actor, data=data, channel=channel)


def oda_transaction_update(row: OdaTransaction, *, actor, data: dict, channel: str = "") -> OdaTransaction:
    return child_update(row, actor=actor, data=data, channel=channel)


def oda_transaction_delete(row: OdaTransaction, *, actor, channel: str = "") -> None:
    record_delete(row, actor=actor, channel=channel)


# ---------------------------------------------------------------- NGO aid


# Recorded by the workflow steps below, never by a plain edit.
WORKFLOW_FIELDS = ("status", "appraisal_started_on", "decision_number", "decision_date", "approval_authority",
                   "refusal_reason", "actual_start", "actual_end")
WORKFLOW_MESSAGE = gettext_lazy("Thông tin này được ghi qua các bước thẩm định, phê duyệt, thực hiện.")


def ngo_aid_create(*, actor, data: dict, channel: str = "") -> NgoAid:
    _check_unchanged(NgoAid(), data, WORKFLOW_FIELDS, WORKFLOW_MESSAGE)  # a new programme starts at the beginning
    return _activity_create(NgoAid, actor=actor, data=data, channel=channel)


def ngo_aid_update(aid: NgoAid, *, actor, data: dict, channel: str = "") -> NgoAid:
    _check_unchanged(aid, data, IDENTITY_FIELDS, IDENTITY_MESSAGE)
    _check_unchanged(aid, data, WORKFLOW_FIELDS, WORKFLOW_MESSAGE)
    return record_update(aid, actor=actor, data=data, channel=channel)


def ngo_aid_delete(aid: NgoAid, *, actor, channel: str = "") -> None:
    record_delete(aid, actor=actor, channel=channel)


def ngo_aid_transaction_create(*, actor, data: dict, channel: str = "") -> NgoAidTransaction:
    return child_create(NgoAidTransaction, actor=actor, data=data, channel=channel)


def ngo_aid_transaction_update(row: NgoAidTransaction, *, actor, data: dict, channel: str = "") -> NgoAidTransaction:
    return child_update(row, actor=actor, data=data, channel=channel)


def ngo_aid_transaction_delete(row: NgoAidTransaction, *, actor, channel: str = "") -> None:
    record_delete(row, actor=actor, channel=channel)


# ---------------------------------------------------------------- NGO-aid workflow (NĐ 80/2020/NĐ-CP)


@dataclass(frozen=True)
class Transition:
    label: str
    action: str              # the role verb it takes (accounts.roles.Action)
    sources: frozenset[str]  # statuses it starts from
    target: str


NGO_AID_TRANSITIONS = {
    "submit": Transition(gettext_lazy("Nhận đủ hồ sơ, chuyển thẩm định"), Action.SUBMIT,
                         frozenset({NgoAidStatus.MOBILISING}), NgoAidStatus.APPRAISING),
    "approve": Transition(gettext_lazy("Phê duyệt"), Action.APPROVE,
                          frozenset({NgoAidStatus.APPRAISING}), NgoAidStatus.APPROVED),
    "refuse": Transition(gettext_lazy("Không tiếp nhận"), Action.APPROVE,
                         frozenset({NgoAidStatus.APPRAISING}), NgoAidStatus.REFUSED),
    "start": Transition(gettext_lazy("Bắt đầu thực hiện"), Action.CHANGE,
                        frozenset({NgoAidStatus.APPROVED}), NgoAidStatus.IMPLEMENTING),
    "complete": Transition(gettext_lazy("Kết thúc"), Action.CHANGE,
                           frozenset({NgoAidStatus.IMPLEMENTING}), NgoAidStatus.COMPLETED),
}


def ngo_aid_available_transitions(aid: NgoAid, *, user) -> list[tuple[str, Transition]]:
    """The steps the user may take on this programme now (the buttons on its page)."""
    return [(name, transition) for name, transition in NGO_AID_TRANSITIONS.items()
            if aid.status in transition.sources and may_act_in_province(user, transition.action, aid.province_id)]


@transaction.atomic
def _apply_transition(aid: NgoAid, name: str, *, actor, changes: dict, channel: str) -> NgoAid:
    transition = NGO_AID_TRANSITIONS[name]
    ensure_allowed(actor, transition.action, aid.province_id)
    aid = NgoAid.all_objects.select_for_update().get(pk=aid.pk)  # the status is checked under the lock
    if aid.status not in transition.sources:
        message = _("Không thể “%(step)s” khi chương trình, dự án đang ở trạng thái “%(status)s”.")
        raise ValidationError({"status": message % {"step": transition.label, "status": aid.get_status_display()}})
    # A step takes its own role verb (approvers may approve, not edit).
    return record_update(aid, actor=actor, data={**changes, "status": transition.target}, channel=channel,
                         action=transition.action)


def ngo_aid_submit(aid: NgoAid, *, actor, received_on, channel: str = "") -> NgoAid:
    """The complete dossier is received: the 20-day appraisal starts (Điều 10)."""
    return _apply_transition(aid, "submit", actor=actor, channel=channel,
                             changes={"appraisal_started_on": received_on})


def ngo_aid_approve(aid: NgoAid, *, actor, decision_number, decision_date, approval_authority,
                    channel: str = "") -> NgoAid:
    return _apply_transition(aid, "approve", actor=actor, channel=channel, changes={
        "decision_number": decision_number, "decision_date": decision_date, "approval_authority": approval_authority})


def ngo_aid_refuse(aid: NgoAid, *, actor, decision_number, decision_date, approval_authority, refusal_reason,
                   channel: str = "") -> NgoAid:
    return _apply_transition(aid, "refuse", actor=actor, channel=channel, changes={
        "decision_number": decision_number, "decision_date": decision_date, "approval_authority": approval_authority,
        "refusal_reason": refusal_reason})


def ngo_aid_start(aid: NgoAid, *, actor, started_on, channel: str = "") -> NgoAid:
    return _apply_transition(aid, "start", actor=actor, channel=channel, changes={"actual_start": started_on})


def ngo_aid_complete(aid: NgoAid, *, actor, ended_on, channel: str = "") -> NgoAid:
    """The programme ends: the closing report is due within 6 months (Điều 14)."""
    return _apply_transition(aid, "complete", actor=actor, channel=channel, changes={"actual_end": ended_on})


NGO_AID_STEP_SERVICES = {"submit": ngo_aid_submit, "approve": ngo_aid_approve, "refuse": ngo_aid_refuse,
                         "start": ngo_aid_start, "complete": ngo_aid_complete}
