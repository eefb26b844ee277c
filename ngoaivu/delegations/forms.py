from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.workflow.forms import TEXTAREA, ApprovalForm, NoteForm, ReasonForm
from ngoaivu.delegations import transitions
from ngoaivu.delegations.models import Delegation, DelegationMember, destination_errors
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class DelegationForm(RecordForm):
    class Meta:
        model = Delegation
        fields = ["direction", "name", "level", "head_name", "head_title", "start_date", "end_date", "countries",
                  "places", "partner", "host_unit", "purpose", "programme", "funding_source", "cost", "currency",
                  "in_annual_plan", "dossier_number"]
        widgets = {"places": TEXTAREA, "purpose": TEXTAREA, "programme": forms.Textarea(attrs={"rows": 6})}


    def clean(self):
        cleaned = super().clean()
        for field, message in destination_errors(cleaned.get("direction"), cleaned.get("countries")).items():
            self.add_error(field, message)
        return cleaned


class DelegationMemberForm(RecordForm):
    class Meta:
        model = DelegationMember
        fields = ["full_name", "title", "unit", "role", "nationality", "passport_number"]

    def __init__(self, *args, delegation, **kwargs):
        super().__init__(*args, **kwargs)
        # Set before validation so the model's own rule (inbound guests need a nationality) runs.
        self.instance.delegation = delegation


class CompleteForm(NoteForm):
    returned_on = forms.DateField(label=_("Ngày về"), required=False,
                                  help_text=_("Để trống nếu đoàn về đúng ngày kết thúc dự kiến."))

    field_order = ["returned_on", "note"]


class DelegationReportForm(RecordFormMixin, forms.Form):
    report_text = forms.CharField(label=_("Nội dung báo cáo kết quả"), required=False, widget=forms.Textarea(
        attrs={"rows": 8}))
    report_file = forms.FileField(label=_("Tệp báo cáo"), required=False)
    reported_on = forms.DateField(label=_("Ngày nộp báo cáo"), required=False,
                                  help_text=_("Để trống nếu nộp hôm nay."))


STEP_FORMS = {
    transitions.SUBMIT.name: NoteForm,
    transitions.APPROVE.name: ApprovalForm,
    transitions.REJECT.name: ReasonForm,
    transitions.REOPEN.name: NoteForm,
    transitions.COMPLETE.name: CompleteForm,
    transitions.REPORT.name: DelegationReportForm,
    transitions.CANCEL.name: ReasonForm,
}
