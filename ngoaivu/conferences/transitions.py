"""The steps of a conference's dossier (QĐ 06/2020/QĐ-TTg): who may take each, from where to where."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.roles import Action
from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.core.workflow.transition import Transition

SUBMIT = Transition("submit", "gui-duyet", _("Gửi duyệt"), (S.DRAFT,), S.SUBMITTED, Action.SUBMIT)
APPROVE = Transition("approve", "phe-duyet", _("Phê duyệt"), (S.SUBMITTED,), S.APPROVED, Action.APPROVE,
                     tone="success")
REJECT = Transition("reject", "tu-choi", _("Từ chối"), (S.SUBMITTED,), S.REJECTED, Action.APPROVE,
                    tone="danger", reason_required=True)
REOPEN = Transition("reopen", "soan-lai", _("Sửa lại hồ sơ"), (S.REJECTED,), S.DRAFT, Action.CHANGE,
                    tone="outline-primary")
COMPLETE = Transition("complete", "da-to-chuc", _("Đánh dấu đã tổ chức"), (S.APPROVED,), S.HELD, Action.SUBMIT)
REPORT = Transition("report", "bao-cao-ket-qua", _("Nộp báo cáo kết quả"), (S.HELD,), S.REPORTED,
                    Action.SUBMIT, tone="success")
CANCEL = Transition("cancel", "huy", _("Hủy hội nghị"), (S.DRAFT, S.SUBMITTED, S.APPROVED), S.CANCELLED,
                    Action.SUBMIT, tone="outline-danger", reason_required=True)

TRANSITIONS = (SUBMIT, APPROVE, REJECT, REOPEN, COMPLETE, REPORT, CANCEL)
