from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.roles import Action
from ngoaivu.core.scoping import may_act_in_province

# Bootstrap colour of each status badge; statuses an app does not use are simply unused.
STATUS_TONES = {
    "draft": "secondary",
    "submitted": "info",
    "approved": "primary",
    "rejected": "danger",
    "completed": "success",
    "held": "success",
    "reported": "success",
    "cancelled": "dark",
}


@dataclass(frozen=True)
class Transition:
    """One step of a workflow: from which statuses, to which, and who may take it."""

    name: str                       # "approve": API route and key of the app's step services
    slug: str                       # "phe-duyet": the UI address segment
    label: str                      # button text
    sources: tuple[str, ...]
    target: str
    action: str                     # role action required (ngoaivu.accounts.roles.Action)
    tone: str = "primary"           # Bootstrap colour of the button
    reason_required: bool = False   # the note is then a reason and may not be empty


def available_transitions(obj, user, transitions) -> list[Transition]:
    """The steps this user may take on this record now (the workflow buttons)."""
    return [
        transition for transition in transitions
        if obj.status in transition.sources and may_act_in_province(user, transition.action, obj.province_id)
    ]


def status_tone(status: str) -> str:
    return STATUS_TONES.get(status, "secondary")


def approval_dossier_transitions(statuses, *, done_status: str, done_slug: str, done_label: str,
                                 cancel_label: str) -> tuple[Transition, ...]:
    """The steps of a dossier that an approver permits (delegations, conferences):
    submit, approve, reject, reopen, mark as carried out, report the result, cancel.

    `statuses` is the app's status choices (with DRAFT, SUBMITTED, APPROVED, REJECTED,
    REPORTED, CANCELLED); what "carried out" is called differs per app.
    """
    s = statuses
    return (
        Transition("submit", "gui-duyet", _("Gửi duyệt"), (s.DRAFT,), s.SUBMITTED, Action.SUBMIT),
        Transition("approve", "phe-duyet", _("Phê duyệt"), (s.SUBMITTED,), s.APPROVED, Action.APPROVE,
                   tone="success"),
        Transition("reject", "tu-choi", _("Từ chối"), (s.SUBMITTED,), s.REJECTED, Action.APPROVE,
                   tone="danger", reason_required=True),
        Transition("reopen", "soan-lai", _("Sửa lại hồ sơ"), (s.REJECTED,), s.DRAFT, Action.CHANGE,
                   tone="outline-primary"),
        Transition("complete", done_slug, done_label, (s.APPROVED,), done_status, Action.SUBMIT),
        Transition("report", "bao-cao-ket-qua", _("Nộp báo cáo kết quả"), (done_status,), s.REPORTED,
                   Action.SUBMIT, tone="success"),
        Transition("cancel", "huy", cancel_label, (s.DRAFT, s.SUBMITTED, s.APPROVED), s.CANCELLED,
                   Action.SUBMIT, tone="outline-danger", reason_required=True),
    )
