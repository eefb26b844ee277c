"""The declaration of a record type's workflow: its states, its steps and who may take each.

Each workflow app declares one `Workflow` in its `workflow.py` and sets it on the model
(`Delegation.workflow = WORKFLOW`); the executor (services.take_step), the step page, the
API routes, the plain-edit guard and the history table all read that one declaration.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from ngoaivu.core.scoping import may_act_in_province

# Bootstrap colour of each status badge; a state not named here is grey.
STATUS_TONES = {
    "draft": "secondary", "submitted": "info", "approved": "primary", "rejected": "danger",
    "completed": "success", "held": "success", "reported": "success", "cancelled": "dark",
    "permitted": "primary", "refused": "danger", "signed": "success", "in_force": "success",
    "terminated": "dark", "closed": "dark", "answered": "success", "refusing": "danger",
    "implementing": "primary",
}
CREATE_STEP = "create"  # the first history row: the record was registered in its first state


@dataclass(frozen=True)
class Step:
    """One step: from which states, to which, the role action it needs and what it records."""

    name: str                        # API route segment, UI route segment, history value
    label: str                       # button text and history label
    sources: frozenset[str]
    target: str | None               # None: the state stays (a report after signing)
    action: str                      # role action required (ngoaivu.core.roles.Action)
    date_label: str = _("Ngày thực hiện")
    date_field: str | None = None    # the record field the step's date is written to
    fields: tuple[str, ...] = ()     # other record fields the step records
    required: tuple[str, ...] = ()   # of `fields`, those the step cannot go without
    reason_required: bool = False    # the note is then a reason and may not be empty
    once: bool = False               # taken once: refused when `date_field` is already set
    tone: str = "primary"            # Bootstrap colour of the button
    initial_on: str | None = None    # record attribute proposing the date on the form (else today)


@dataclass(frozen=True)
class Workflow:
    """All steps of one record type. `start_field` dates the first history row (else the day
    it was registered); `editable`/`deletable` are the states a plain edit/delete accepts
    (None: any)."""

    states: type                     # the TextChoices of the state field
    initial: str
    steps: tuple[Step, ...]
    state_field: str = "status"
    start_field: str | None = None
    editable: tuple[str, ...] | None = None
    deletable: tuple[str, ...] | None = None
    _by_name: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "_by_name", {step.name: step for step in self.steps})

    def step(self, name: str) -> Step | None:
        return self._by_name.get(name)

    @property
    def step_fields(self) -> frozenset[str]:
        """What only the steps set: the state and every field a step records."""
        names = {self.state_field}
        for step in self.steps:
            names.update(step.fields)
            if step.date_field:
                names.add(step.date_field)
        return frozenset(names)

    @property
    def date_fields(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(step.date_field for step in self.steps if step.date_field))

    def step_label(self, name: str) -> str:
        step = self.step(name)
        return step.label if step else (_("Lập hồ sơ") if name == CREATE_STEP else name)

    def state_label(self, value: str) -> str:
        return dict(self.states.choices).get(value, value)

    def open_steps(self, obj) -> list[Step]:
        """The steps the record's state allows now, whoever takes them."""
        state = getattr(obj, self.state_field)
        return [step for step in self.steps if state in step.sources
                and not (step.once and step.date_field and getattr(obj, step.date_field))]

    def available_steps(self, obj, user) -> list[Step]:
        """The steps this user may take on this record now (the buttons on its page)."""
        return [step for step in self.open_steps(obj) if may_act_in_province(user, step.action, obj.province_id)]


def status_tone(status: str) -> str:
    return STATUS_TONES.get(status, "secondary")


def dossier_workflow(states, *, done: Step, report: Step, cancel_label: str, approval_date_label: str,
                     filed_on: str | None = None) -> Workflow:
    """The workflow of a dossier an approver permits (delegations, conferences): submit,
    approve, reject, reopen, carry out (`done`), report the result (`report`), cancel.
    `states` has DRAFT, SUBMITTED, APPROVED, REJECTED, CANCELLED; a draft alone is edited,
    and a dossier that never counted alone is deleted. `filed_on` is the field that dates the
    filing of the dossier, which submitting it is."""
    from ngoaivu.core.roles import Action

    s = states
    return Workflow(states=s, initial=s.DRAFT, editable=(s.DRAFT,), deletable=(s.DRAFT, s.REJECTED, s.CANCELLED),
                    steps=(
        Step("submit", _("Gửi duyệt"), frozenset({s.DRAFT}), s.SUBMITTED, Action.SUBMIT, date_field=filed_on,
             initial_on=filed_on, date_label=_("Ngày nộp hồ sơ") if filed_on else _("Ngày thực hiện")),
        Step("approve", _("Phê duyệt"), frozenset({s.SUBMITTED}), s.APPROVED, Action.APPROVE, tone="success",
             date_label=approval_date_label, date_field="approval_date", fields=("approval_number",)),
        Step("reject", _("Từ chối"), frozenset({s.SUBMITTED}), s.REJECTED, Action.APPROVE, tone="danger",
             reason_required=True),
        Step("reopen", _("Sửa lại hồ sơ"), frozenset({s.REJECTED}), s.DRAFT, Action.CHANGE, tone="outline-primary"),
        done,
        report,
        Step("cancel", cancel_label, frozenset({s.DRAFT, s.SUBMITTED, s.APPROVED}), s.CANCELLED, Action.SUBMIT,
             tone="outline-danger", reason_required=True),
    ))
