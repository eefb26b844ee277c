"""The steps of an international conference's dossier (QĐ 06/2020/QĐ-TTg)."""
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences.choices import ConferenceStatus as S
from ngoaivu.core.roles import Action
from ngoaivu.core.workflow.steps import Step, dossier_workflow

WORKFLOW = dossier_workflow(
    S, cancel_label=_("Hủy hội nghị"), approval_date_label=_("Ngày văn bản cho phép"), filed_on="dossier_filed_on",
    done=Step("complete", _("Đánh dấu đã tổ chức"), frozenset({S.APPROVED}), S.HELD, Action.SUBMIT,
              date_label=_("Ngày kết thúc tổ chức"), initial_on="end_date"),
    report=Step("report", _("Nộp báo cáo kết quả"), frozenset({S.HELD}), S.REPORTED, Action.SUBMIT, tone="success",
                date_label=_("Ngày báo cáo kết quả"), date_field="reported_on",
                fields=("report_text", "report_file")),
)
