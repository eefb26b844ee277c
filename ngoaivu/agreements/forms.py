from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.agreements.workflow import Step
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class AgreementForm(RecordForm):
    """Editing an agreement: everything but its status, which only the procedure steps change."""

    class Meta:
        model = Agreement
        fields = ["number", "title", "kind", "level", "vietnamese_party", "inherited_from_district", "partners",
                  "sectors", "legal_basis", "shortened_procedure", "opinions_requested_on", "decision_number",
                  "decided_on", "signed_on", "signed_place", "signed_by", "term_start", "term_end", "reported_on",
                  "notes"]


class AgreementCreateForm(AgreementForm):
    """A new agreement may start in any status, so that one signed years ago can be registered as it is."""

    class Meta(AgreementForm.Meta):
        fields = ["status", *AgreementForm.Meta.fields]


class ChildForm(RecordForm):
    """A review or file of an agreement: the agreement is chosen once, then fixed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["agreement"].disabled = True


class AgreementReviewForm(ChildForm):
    class Meta:
        model = AgreementReview
        fields = ["agreement", "year", "rating", "summary", "next_steps"]


class AgreementDocumentForm(ChildForm):
    class Meta:
        model = AgreementDocument
        fields = ["agreement", "kind", "title", "file"]


class StepForm(RecordFormMixin, forms.Form):
    """What a procedure step records: its date, a note, and the step's own fields (see `step_form`)."""

    on = forms.DateField(label=_("Ngày thực hiện"))
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def step_arguments(self) -> dict:
        """Keyword arguments for services.agreement_take_step."""
        data = dict(self.cleaned_data)
        on, note = data.pop("on"), data.pop("note")
        # A field left empty keeps what the agreement already records (the edit page clears values).
        return {"on": on, "note": note, "details": {k: v for k, v in data.items() if v not in (None, "")}}


def step_form(step: Step, *, data=None, initial=None) -> StepForm:
    fields = forms.fields_for_model(Agreement, fields=step.detail_fields)
    form_class = type(f"{step.name.title().replace('_', '')}StepForm", (StepForm,), fields)
    form = form_class(data=data, initial=initial)
    form.fields["on"].label = step.date_label
    form.order_fields(["on", *step.detail_fields, "note"])
    return form
