from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.choices import CaseStatus
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.consular.workflow import next_steps
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class CitizenCaseForm(RecordForm):
    class Meta:
        model = CitizenCase
        fields = ["person_name", "identity_document", "country", "kind", "requester", "opened_on", "summary",
                  "outcome"]


class CaseTransitionForm(RecordFormMixin, forms.Form):
    """The next step of a case, on its page: only the steps the workflow allows are offered."""

    status = forms.ChoiceField(label=_("Bước tiếp theo"))
    changed_on = forms.DateField(label=_("Ngày"))
    outcome = forms.CharField(label=_("Kết quả xử lý"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                              help_text=_("Bắt buộc khi trả lời công dân hoặc đóng vụ việc."))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, case: CitizenCase, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [(step, CaseStatus(step).label) for step in next_steps(case.status)]
        self.fields["changed_on"].initial = timezone.localdate()
        self.fields["outcome"].initial = case.outcome


class OverseasActivityForm(RecordForm):
    class Meta:
        model = OverseasActivity
        fields = ["title", "kind", "status", "held_on", "country", "association_name", "location", "coordinator",
                  "participants_count", "note"]


class LabourDeploymentForm(RecordForm):
    class Meta:
        model = LabourDeployment
        fields = ["period_start", "period_end", "country", "scheme", "workers_sent", "partner", "remittances",
                  "currency", "source", "note"]
