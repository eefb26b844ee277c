
from ngoaivu.accounts.roles import Action, can
from ngoaivu.aid import selectors, services
from ngoaivu.aid.choices import TransactionType
from ngoaivu.aid.filtersets import (
    NgoAidFilterSet,
    NgoAidTransactionFilterSet,
    OdaProjectFilterSet,
    OdaTransactionFilterSet,
)
from ngoaivu.aid.forms import NgoAidForm, NgoAidTransactionForm, OdaProjectForm, OdaTransactionForm
from ngoaivu.aid.iati import activity_summary
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.aid.tables import NgoAidTable, NgoAidTransactionTable, OdaProjectTable, OdaTransactionTable
from ngoaivu.core.workflow.views import WorkflowDetailMixin
from ngoaivu.ui.forms import inline_child_form
from ngoaivu.ui.views import records


def activity_context(request, activity, transaction_form_class, totals) -> dict:
    """What the page of an ODA project or NGO-aid programme shows below its fields."""
    context = {"iati_rows": activity_summary(activity), "transactions": activity.transactions.all(),
               "totals": {TransactionType(kind).label: amounts for kind, amounts in totals.items() if amounts}}
    if can(request.user, Action.ADD):
        context["transaction_form"] = inline_child_form(transaction_form_class, request.user, activity,
                                                        currency=activity.currency)
    return context


# ---------------------------------------------------------------- ODA projects


class OdaProjectMixin:
    model = OdaProject
    select_related = ("donor", "province")


class OdaProjectListView(OdaProjectMixin, records.RecordListView):
    filterset_class = OdaProjectFilterSet
    table_class = OdaProjectTable


class OdaProjectDetailView(OdaProjectMixin, records.RecordDetailView):
    template_name = "aid/odaproject_detail.html"
    detail_fields = ("local_code", "title", "donor", "instrument", "project_type", "stage", "sector", "line_agency",
                     "implementing_agency", "proposed_on", "decision_number", "decision_date", "planned_start",
                     "planned_end", "actual_start", "actual_end", "committed_amount", "currency", "counterpart_amount",
                     "counterpart_currency", "description", "province")

    def extra_context(self, project):
        return activity_context(self.request, project, OdaTransactionForm, selectors.oda_project_totals(project))


class OdaProjectCreateView(OdaProjectMixin, records.RecordCreateView):
    form_class = OdaProjectForm
    create_service = services.oda_project_create


class OdaProjectUpdateView(OdaProjectMixin, records.RecordUpdateView):
    form_class = OdaProjectForm
    update_service = services.oda_project_update


class OdaProjectDeleteView(OdaProjectMixin, records.RecordDeleteView):
    delete_service = services.oda_project_delete


class OdaProjectHistoryView(OdaProjectMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- ODA transactions


class OdaTransactionMixin:
    model = OdaTransaction
    select_related = ("project", "province")


class OdaTransactionListView(OdaTransactionMixin, records.RecordListView):
    filterset_class = OdaTransactionFilterSet
    table_class = OdaTransactionTable


class OdaTransactionDetailView(OdaTransactionMixin, records.RecordDetailView):
    pass


class OdaTransactionCreateView(OdaTransactionMixin, records.ChildFormViewMixin, records.RecordCreateView):
    form_class = OdaTransactionForm
    create_service = services.oda_transaction_create


class OdaTransactionUpdateView(OdaTransactionMixin, records.ChildFormViewMixin, records.RecordUpdateView):
    form_class = OdaTransactionForm
    update_service = services.oda_transaction_update


class OdaTransactionDeleteView(OdaTransactionMixin, records.RecordDeleteView):
    delete_service = services.oda_transaction_delete


class OdaTransactionHistoryView(OdaTransactionMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- NGO aid


class NgoAidMixin:
    model = NgoAid
    select_related = ("ngo", "province")


class NgoAidListView(NgoAidMixin, records.RecordListView):
    filterset_class = NgoAidFilterSet
    table_class = NgoAidTable


class NgoAidDetailView(NgoAidMixin, WorkflowDetailMixin, records.RecordDetailView):
    template_name = "aid/ngoaid_detail.html"
    # The workflow's fields are not editable, so they are listed to be shown.
    detail_fields = ("local_code", "title", "ngo", "kind", "sector", "beneficiary_area", "line_agency",
                     "implementing_agency", "status", "appraisal_started_on", "approval_authority", "decision_number",
                     "decision_date", "refusal_reason", "planned_start", "planned_end", "actual_start", "actual_end",
                     "committed_amount", "currency", "last_report_period_end", "closing_report_on", "description",
                     "province")

    def extra_context(self, aid):
        return {**activity_context(self.request, aid, NgoAidTransactionForm, selectors.ngo_aid_totals(aid)),
                **self.workflow_context(aid)}


class NgoAidCreateView(NgoAidMixin, records.RecordCreateView):
    form_class = NgoAidForm
    create_service = services.ngo_aid_create


class NgoAidUpdateView(NgoAidMixin, records.RecordUpdateView):
    form_class = NgoAidForm
    update_service = services.ngo_aid_update


class NgoAidDeleteView(NgoAidMixin, records.RecordDeleteView):
    delete_service = services.ngo_aid_delete


class NgoAidHistoryView(NgoAidMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- NGO-aid transactions


class NgoAidTransactionMixin:
    model = NgoAidTransaction
    select_related = ("aid", "province")


class NgoAidTransactionListView(NgoAidTransactionMixin, records.RecordListView):
    filterset_class = NgoAidTransactionFilterSet
    table_class = NgoAidTransactionTable


class NgoAidTransactionDetailView(NgoAidTransactionMixin, records.RecordDetailView):
    pass


class NgoAidTransactionCreateView(NgoAidTransactionMixin, records.ChildFormViewMixin, records.RecordCreateView):
    form_class = NgoAidTransactionForm
    create_service = services.ngo_aid_transaction_create


class NgoAidTransactionUpdateView(NgoAidTransactionMixin, records.ChildFormViewMixin, records.RecordUpdateView):
    form_class = NgoAidTransactionForm
    update_service = services.ngo_aid_transaction_update


class NgoAidTransactionDeleteView(NgoAidTransactionMixin, records.RecordDeleteView):
    delete_service = services.ngo_aid_transaction_delete


class NgoAidTransactionHistoryView(NgoAidTransactionMixin, records.RecordHistoryView):
    pass
