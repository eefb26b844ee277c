from ngoaivu.aid import selectors
from ngoaivu.aid.choices import TransactionType
from ngoaivu.aid.forms import NgoAidTransactionForm, OdaTransactionForm
from ngoaivu.aid.iati import activity_summary
from ngoaivu.core.roles import Action, can
from ngoaivu.ui.forms import inline_child_form
from ngoaivu.ui.views import records
from ngoaivu.ui.views.workflow import WorkflowDetailMixin


def activity_context(request, activity, transaction_form_class, totals) -> dict:
    """What the page of an ODA project or NGO-aid programme shows below its fields."""
    context = {"iati_rows": activity_summary(activity), "transactions": activity.transactions.all(),
               "totals": {TransactionType(kind).label: amounts for kind, amounts in totals.items() if amounts}}
    if can(request.user, Action.ADD):
        context["transaction_form"] = inline_child_form(transaction_form_class, request.user, activity,
                                                        currency=activity.currency)
    return context


class OdaProjectDetailView(records.RecordDetailView):
    def extra_context(self, project):
        return activity_context(self.request, project, OdaTransactionForm, selectors.oda_project_totals(project))


class NgoAidDetailView(WorkflowDetailMixin, records.RecordDetailView):
    def extra_context(self, aid):
        return {**activity_context(self.request, aid, NgoAidTransactionForm, selectors.ngo_aid_totals(aid)),
                **self.workflow_context(aid)}


ODA_DETAIL_FIELDS = ("local_code", "title", "donor", "instrument", "project_type", "stage", "sector", "line_agency",
                     "implementing_agency", "proposed_on", "decision_number", "decided_on", "planned_start",
                     "planned_end", "actual_start", "actual_end", "committed_amount", "currency", "counterpart_amount",
                     "counterpart_currency", "description", "province")
# The workflow's fields are not editable, so they are listed to be shown.
NGO_AID_DETAIL_FIELDS = ("local_code", "title", "ngo", "kind", "sector", "beneficiary_area", "line_agency",
                         "implementing_agency", "status", "appraisal_started_on", "approval_authority",
                         "decision_number", "decided_on", "refusal_reason", "planned_start", "planned_end",
                         "actual_start", "actual_end", "committed_amount", "currency", "last_report_period_end",
                         "closing_report_on", "description", "province")
