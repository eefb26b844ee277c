from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.ui.forms import ChildFormMixin, RecordForm


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
                  "implementing_agency", "proposed_on", "decision_number", "decided_on", "planned_start",
                  "planned_end", "actual_start", "actual_end", "committed_amount", "currency", "counterpart_amount",
                  "counterpart_currency", "description"]


class NgoAidForm(ActivityFormMixin, RecordForm):
    # Status, decision and actual dates are recorded by the workflow steps (aid.workflow).
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
