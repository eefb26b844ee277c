"""The steps of foreign NGO aid (NĐ 80/2020/NĐ-CP), declared once (core.workflow.steps):
vận động → nhận đủ hồ sơ, thẩm định (20 ngày, Điều 10) → phê duyệt / không tiếp nhận →
thực hiện → kết thúc (báo cáo kết thúc trong 6 tháng, Điều 14)."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.aid.choices import NgoAidStatus as S
from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.steps import Step, Workflow

DECISION = ("decision_number", "approval_authority")

WORKFLOW = Workflow(states=S, initial=S.MOBILISING, steps=(
    Step("submit", _("Nhận đủ hồ sơ, chuyển thẩm định"), frozenset({S.MOBILISING}), S.APPRAISING, Action.SUBMIT,
         date_label=_("Ngày nhận đủ hồ sơ hợp lệ"), date_field="appraisal_started_on"),
    Step("approve", _("Phê duyệt"), frozenset({S.APPRAISING}), S.APPROVED, Action.APPROVE, tone="success",
         date_label=_("Ngày quyết định"), date_field="decided_on", fields=DECISION, required=DECISION),
    Step("refuse", _("Không tiếp nhận"), frozenset({S.APPRAISING}), S.REFUSED, Action.APPROVE, tone="danger",
         date_label=_("Ngày quyết định"), date_field="decided_on", fields=(*DECISION, "refusal_reason"),
         required=(*DECISION, "refusal_reason")),
    Step("start", _("Bắt đầu thực hiện"), frozenset({S.APPROVED}), S.IMPLEMENTING, Action.CHANGE,
         date_label=_("Ngày bắt đầu thực hiện"), date_field="actual_start", initial_on="planned_start"),
    Step("complete", _("Kết thúc"), frozenset({S.IMPLEMENTING}), S.COMPLETED, Action.CHANGE,
         date_label=_("Ngày kết thúc"), date_field="actual_end", initial_on="planned_end"),
))
