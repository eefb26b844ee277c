"""The steps of a delegation's dossier: who may take each, from which status to which."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.steps import Step, dossier_workflow
from ngoaivu.delegations.choices import DelegationStatus as S

WORKFLOW = dossier_workflow(
    S, cancel_label=_("Hủy đoàn"), approval_date_label=_("Ngày văn bản cho phép"),
    done=Step("complete", _("Đánh dấu đã về"), frozenset({S.APPROVED}), S.COMPLETED, Action.SUBMIT,
              date_label=_("Ngày về"), date_field="returned_on", initial_on="end_date"),
    report=Step("report", _("Nộp báo cáo kết quả"), frozenset({S.COMPLETED}), S.REPORTED, Action.SUBMIT,
                tone="success", date_label=_("Ngày nộp báo cáo kết quả"), date_field="reported_on",
                fields=("report_text", "report_file")),
)
