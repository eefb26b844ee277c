"""The steps of a delegation's dossier: who may take each, from which status to which."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.roles import Action
from ngoaivu.core.workflow.transition import Transition
from ngoaivu.delegations.choices import DelegationStatus as S

SUBMIT = Transition("submit", "gui-duyet", _("Gửi duyệt"), (S.DRAFT,), S.SUBMITTED, Action.SUBMIT)
APPROVE = Transition("approve", "phe-duyet", _("Phê duyệt"), (S.SUBMITTED,), S.APPROVED, Action.APPROVE,
                     tone="success")
REJECT = Transition("reject", "tu-choi", _("Từ chối"), (S.SUBMITTED,), S.REJECTED, Action.APPROVE,
                    tone="danger", reason_required=True)
REOPEN = Transition("reopen", "soan-lai", _("Sửa lại hồ sơ"), (S.REJECTED,), S.DRAFT, Action.CHANGE,
                    tone="outline-primary")
COMPLETE = Transition("complete", "da-ve", _("Đánh dấu đã về"), (S.APPROVED,), S.COMPLETED, Action.SUBMIT)
REPORT = Transition("report", "bao-cao-ket-qua", _("Nộp báo cáo kết quả"), (S.COMPLETED,), S.REPORTED,
                    Action.SUBMIT, tone="success")
CANCEL = Transition("cancel", "huy", _("Hủy đoàn"), (S.DRAFT, S.SUBMITTED, S.APPROVED), S.CANCELLED,
                    Action.SUBMIT, tone="outline-danger", reason_required=True)

TRANSITIONS = (SUBMIT, APPROVE, REJECT, REOPEN, COMPLETE, REPORT, CANCEL)
