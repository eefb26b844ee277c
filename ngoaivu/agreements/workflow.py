"""The procedure of an agreement, declared once (core.workflow.steps).

Luật 70/2020/QH14 and NĐ 64/2021/NĐ-CP: đề xuất → lấy ý kiến → trình → được cho phép /
không được cho phép → đã ký (báo cáo trong 15 ngày) → đang hiệu lực ⇄ sửa đổi, gia hạn
→ chấm dứt, tạm đình chỉ. Only approvers decide; recording what happened afterwards
(signing, taking effect, ending) is a specialist's data entry.
"""
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements.choices import SIGNED_STATUSES, AgreementStatus, StepName
from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.steps import Step, Workflow

S, N = AgreementStatus, StepName


def _step(name, sources, target, action, date_label, date_field=None, fields=(), **options) -> Step:
    return Step(name.value, name.label, frozenset(sources), target, action, date_label=date_label,
                date_field=date_field, fields=fields, **options)


WORKFLOW = Workflow(states=S, initial=S.PROPOSED, steps=(
    _step(N.REQUEST_OPINIONS, {S.PROPOSED}, S.CONSULTING, Action.SUBMIT, _("Ngày gửi lấy ý kiến"),
          "opinions_requested_on", ("shortened_procedure",)),
    _step(N.SUBMIT, {S.CONSULTING}, S.SUBMITTED, Action.SUBMIT, _("Ngày trình")),
    _step(N.PERMIT, {S.SUBMITTED}, S.PERMITTED, Action.APPROVE, _("Ngày quyết định"), "decided_on",
          ("decision_number",), tone="success"),
    _step(N.REFUSE, {S.SUBMITTED}, S.REFUSED, Action.APPROVE, _("Ngày quyết định"), "decided_on",
          ("decision_number",), tone="danger", reason_required=True),
    _step(N.SIGN, {S.PERMITTED}, S.SIGNED, Action.CHANGE, _("Ngày ký"), "signed_on", ("signed_place", "signed_by")),
    # The report after signing leaves the status as it is, and is made once.
    _step(N.REPORT, SIGNED_STATUSES, None, Action.CHANGE, _("Ngày gửi báo cáo"), "reported_on", once=True),
    _step(N.TAKE_EFFECT, {S.SIGNED}, S.IN_FORCE, Action.CHANGE, _("Ngày có hiệu lực"), "term_start", ("term_end",)),
    _step(N.AMEND, {S.IN_FORCE}, S.AMENDING, Action.CHANGE, _("Ngày bắt đầu sửa đổi, gia hạn")),
    _step(N.FINISH_AMENDMENT, {S.AMENDING}, S.IN_FORCE, Action.CHANGE, _("Ngày sửa đổi, gia hạn có hiệu lực"),
          None, ("term_end",)),
    _step(N.SUSPEND, {S.IN_FORCE}, S.SUSPENDED, Action.CHANGE, _("Ngày tạm đình chỉ")),
    _step(N.RESUME, {S.SUSPENDED}, S.IN_FORCE, Action.CHANGE, _("Ngày tiếp tục thực hiện")),
    _step(N.TERMINATE, {S.IN_FORCE, S.AMENDING, S.SUSPENDED}, S.TERMINATED, Action.CHANGE, _("Ngày chấm dứt"),
          tone="outline-danger"),
))
