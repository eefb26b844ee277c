from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.core.roles import Action, can
from ngoaivu.ui.forms import RecordForm


class AgreementForm(RecordForm):
    """Editing an agreement: everything but its status and what the procedure steps record."""

    class Meta:
        model = Agreement
        fields = ["number", "title", "kind", "level", "vietnamese_party", "inherited_from_district", "partners",
                  "sectors", "legal_basis", "notes"]


class AgreementCreateForm(AgreementForm):
    """A proposal; an approver may also register one signed years ago in its status, with what
    its steps recorded (core.workflow.services.workflow_create)."""

    class Meta(AgreementForm.Meta):
        fields = ["status", *AgreementForm.Meta.fields[:-1], "shortened_procedure", "opinions_requested_on",
                  "decision_number", "decided_on", "signed_on", "signed_place", "signed_by", "term_start",
                  "term_end", "reported_on", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not can(self.user, Action.APPROVE):
            for name in Agreement.workflow.step_fields:
                self.fields.pop(name, None)


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
