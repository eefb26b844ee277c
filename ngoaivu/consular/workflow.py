"""The steps of a citizen case, declared once (core.workflow.steps).

tiếp nhận → chuyển Cục Lãnh sự → chờ kết quả → đã trả lời → đóng. A case may be
answered without a separate "awaiting" step, and closed at any step (the family
withdraws the request, the person comes home). Moving a case is a specialist's work;
a contributor registers it.
"""
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.choices import CaseStatus as S
from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.steps import Step, Workflow

OPEN_STATUSES = (S.RECEIVED, S.FORWARDED, S.AWAITING, S.ANSWERED)
# Answering or closing a case reports what happened to the person.
NEEDS_OUTCOME = (S.ANSWERED, S.CLOSED)

WORKFLOW = Workflow(states=S, initial=S.RECEIVED, start_field="opened_on", steps=(
    Step("forward", _("Chuyển Cục Lãnh sự"), frozenset({S.RECEIVED}), S.FORWARDED, Action.SUBMIT,
         date_label=_("Ngày chuyển Cục Lãnh sự"), date_field="forwarded_to_consular_dept_on"),
    Step("await", _("Chờ kết quả"), frozenset({S.FORWARDED}), S.AWAITING, Action.SUBMIT, tone="outline-primary"),
    Step("answer", _("Trả lời công dân"), frozenset({S.FORWARDED, S.AWAITING}), S.ANSWERED, Action.SUBMIT,
         date_label=_("Ngày trả lời"), fields=("outcome",), required=("outcome",), tone="success"),
    Step("close", _("Đóng vụ việc"), frozenset(OPEN_STATUSES), S.CLOSED, Action.SUBMIT, date_label=_("Ngày đóng"),
         date_field="closed_on", fields=("outcome",), tone="outline-danger"),
))
