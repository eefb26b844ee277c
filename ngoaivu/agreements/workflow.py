"""The procedure of an agreement as data: which step leads from which status to which, and who may take it.

Luật 70/2020/QH14 and NĐ 64/2021/NĐ-CP: đề xuất → lấy ý kiến → trình → được cho phép /
không được cho phép → đã ký (báo cáo trong 15 ngày) → đang hiệu lực ⇄ sửa đổi, gia hạn
→ chấm dứt, tạm đình chỉ. Only approvers decide; recording what happened afterwards
(signing, taking effect, ending) is a specialist's data entry.
"""
from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.roles import Action, can
from ngoaivu.agreements.choices import SIGNED_STATUSES, AgreementStatus, StepName

S = AgreementStatus


@dataclass(frozen=True)
class Step:
    name: str
    sources: frozenset[str]
    target: str | None              # None: the status stays (the report after signing)
    action: str                     # what the role must allow (ngoaivu.accounts.roles.Action)
    date_label: str
    date_field: str | None = None   # the agreement field the step's date is written to
    detail_fields: tuple[str, ...] = ()  # other agreement fields the step records

    @property
    def label(self) -> str:
        return StepName(self.name).label


STEPS: dict[str, Step] = {step.name: step for step in (
    Step(StepName.REQUEST_OPINIONS, frozenset({S.PROPOSED}), S.CONSULTING, Action.SUBMIT,
         _("Ngày gửi lấy ý kiến"), "opinions_requested_on", ("shortened_procedure",)),
    Step(StepName.SUBMIT, frozenset({S.CONSULTING}), S.SUBMITTED, Action.SUBMIT, _("Ngày trình")),
    Step(StepName.PERMIT, frozenset({S.SUBMITTED}), S.PERMITTED, Action.APPROVE,
         _("Ngày quyết định"), "decided_on", ("decision_number",)),
    Step(StepName.REFUSE, frozenset({S.SUBMITTED}), S.REFUSED, Action.APPROVE,
         _("Ngày quyết định"), "decided_on", ("decision_number",)),
    Step(StepName.SIGN, frozenset({S.PERMITTED}), S.SIGNED, Action.CHANGE,
         _("Ngày ký"), "signed_on", ("signed_place", "signed_by")),
    Step(StepName.REPORT, SIGNED_STATUSES, None, Action.CHANGE, _("Ngày gửi báo cáo"), "reported_on"),
    Step(StepName.TAKE_EFFECT, frozenset({S.SIGNED}), S.IN_FORCE, Action.CHANGE,
         _("Ngày có hiệu lực"), "term_start", ("term_end",)),
    Step(StepName.AMEND, frozenset({S.IN_FORCE}), S.AMENDING, Action.CHANGE, _("Ngày bắt đầu sửa đổi, gia hạn")),
    Step(StepName.FINISH_AMENDMENT, frozenset({S.AMENDING}), S.IN_FORCE, Action.CHANGE,
         _("Ngày sửa đổi, gia hạn có hiệu lực"), None, ("term_end",)),
    Step(StepName.SUSPEND, frozenset({S.IN_FORCE}), S.SUSPENDED, Action.CHANGE, _("Ngày tạm đình chỉ")),
    Step(StepName.RESUME, frozenset({S.SUSPENDED}), S.IN_FORCE, Action.CHANGE, _("Ngày tiếp tục thực hiện")),
    Step(StepName.TERMINATE, frozenset({S.IN_FORCE, S.AMENDING, S.SUSPENDED}), S.TERMINATED, Action.CHANGE,
         _("Ngày chấm dứt")),
)}


def step_named(name: str) -> Step | None:
    return STEPS.get(name)


def available_steps(agreement, user) -> list[Step]:
    """The steps the agreement's status allows and the user's role may take, in procedure order."""
    return [step for step in STEPS.values()
            if agreement.status in step.sources and can(user, step.action) and _applies(step, agreement)]


def _applies(step: Step, agreement) -> bool:
    # The report is made once; the other steps only depend on the status.
    return not (step.name == StepName.REPORT and agreement.reported_on)
