from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.aid.choices import ApprovalAuthority
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.ui.forms import ChildFormMixin, RecordForm, RecordFormMixin


class ActivityFormMixin:
    """The local code makes the IATI identifier: chosen once, then shown but not editable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["local_code"].disabled = True


class OdaProjectForm(ActivityFormMixin, RecordForm):
    class Meta:
        model = OdaProject
        fields = ["title", "local_code", "donor", "instrument", "project_type", "stage", "sector", "line_agency",
                  "implementing_agency", "proposed_on", "decision_number", "decision_date", "planned_start",
                  "planned_end", "actual_start", "actual_end", "committed_amount", "currency", "counterpart_amount",
                  "counterpart_currency", "description"]


class NgoAidForm(ActivityFormMixin, RecordForm):
    # Status, decision and actual dates are recorded by the workflow steps (NGO_AID_STEP_FORMS).
    class Meta:
        model = NgoAid
        fields = ["title", "local_code", "ngo", "kind", "sector", "beneficiary_area", "line_agency",
                  "implementing_agency", "planned_start", "planned_end", "committed_amount", "currency",
                  "last_report_period_end", "closing_report_on", "description"]


class OdaTransactionForm(ChildFormMixin, RecordForm):
    class Meta:
        model = OdaTransaction
        fields = ["project", "transaction_type", "transaction_date", "amount", "currency", "note"]


class NgoAidTransactionForm(ChildFormMixin, RecordForm):
    class Meta:
        model = NgoAidTransaction
        fields = ["aid", "transaction_type", "transaction_date", "amount", "currency", "note"]


# ---------------------------------------------------------------- NGO-aid workflow steps
# Field names are the keyword arguments of the matching service (services.NGO_AID_STEP_SERVICES).


class StepForm(RecordFormMixin, forms.Form):
    pass


class SubmitForm(StepForm):
    received_on = forms.DateField(label=_("Ngày nhận đủ hồ sơ hợp lệ"))


class DecisionForm(StepForm):
    decision_number = forms.CharField(label=_("Số quyết định, văn bản"), max_length=100)
    decision_date = forms.DateField(label=_("Ngày quyết định"))
    approval_authority = forms.ChoiceField(label=_("Cấp quyết định"), choices=ApprovalAuthority.choices)


class RefuseForm(DecisionForm):
    refusal_reason = forms.CharField(label=_("Lý do không tiếp nhận"), widget=forms.Textarea(attrs={"rows": 3}))


class StartForm(StepForm):
    started_on = forms.DateField(label=_("Ngày bắt đầu thực hiện"))


class CompleteForm(StepForm):
    ended_on = forms.DateField(label=_("Ngày kết thúc"))


NGO_AID_STEP_FORMS = {"submit": SubmitForm, "approve": DecisionForm, "refuse": RefuseForm, "start": StartForm,
                      "complete": CompleteForm}
