from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences import transitions
from ngoaivu.conferences.models import Conference
from ngoaivu.core.workflow.forms import TEXTAREA, ApprovalForm, NoteForm, ReasonForm
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class ConferenceForm(RecordForm):
    class Meta:
        model = Conference
        fields = ["title", "kind", "province_role", "organiser", "co_organisers", "start_date", "end_date", "place",
                  "format", "topics", "participants", "foreign_participants", "countries", "funding_source", "budget",
                  "currency", "needs_prime_minister", "dossier_filed_on"]
        widgets = {"topics": TEXTAREA}



class ConferenceReportForm(RecordFormMixin, forms.Form):
    result_summary = forms.CharField(label=_("Nội dung báo cáo kết quả"), required=False,
                                     widget=forms.Textarea(attrs={"rows": 8}))
    result_file = forms.FileField(label=_("Tệp báo cáo (Mẫu 02, QĐ 06/2020/QĐ-TTg)"), required=False)
    result_reported_on = forms.DateField(label=_("Ngày báo cáo"), required=False,
                                         help_text=_("Để trống nếu báo cáo hôm nay."))


STEP_FORMS = {
    transitions.SUBMIT.name: NoteForm,
    transitions.APPROVE.name: ApprovalForm,
    transitions.REJECT.name: ReasonForm,
    transitions.REOPEN.name: NoteForm,
    transitions.COMPLETE.name: NoteForm,
    transitions.REPORT.name: ConferenceReportForm,
    transitions.CANCEL.name: ReasonForm,
}
