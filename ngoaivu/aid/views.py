from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.accounts.roles import Action, can
from ngoaivu.aid import selectors, services
from ngoaivu.aid.choices import TransactionType
from ngoaivu.aid.filtersets import (
    NgoAidFilterSet,
    NgoAidTransactionFilterSet,
    OdaProjectFilterSet,
    OdaTransactionFilterSet,
)
from ngoaivu.aid.forms import NGO_AID_STEP_FORMS, NgoAidForm, NgoAidTransactionForm, OdaProjectForm, OdaTransactionForm
from ngoaivu.aid.iati import activity_summary
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.aid.tables import NgoAidTable, NgoAidTransactionTable, OdaProjectTable, OdaTransactionTable
from ngoaivu.ui.forms import apply_validation_error, inline_child_form
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


class NgoAidDetailView(NgoAidMixin, records.RecordDetailView):
    template_name = "aid/ngoaid_detail.html"
    # The workflow's fields are not editable, so they are listed to be shown.
    detail_fields = ("local_code", "title", "ngo", "kind", "sector", "beneficiary_area", "line_agency",
                     "implementing_agency", "status", "appraisal_started_on", "approval_authority", "decision_number",
                     "decision_date", "refusal_reason", "planned_start", "planned_end", "actual_start", "actual_end",
                     "committed_amount", "currency", "last_report_period_end", "closing_report_on", "description",
                     "province")

    def extra_context(self, aid):
        return {**activity_context(self.request, aid, NgoAidTransactionForm, selectors.ngo_aid_totals(aid)),
                "steps": services.ngo_aid_available_transitions(aid, user=self.request.user)}


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


class NgoAidStepView(NgoAidMixin, records.RecordMixin, View):
    """One workflow step (submit, approve, refuse, start, complete): its small form, then the service."""

    template_name = "aid/ngoaid_step.html"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["step"] not in services.NGO_AID_TRANSITIONS:
            raise Http404(_("Không có bước này."))
        return super().dispatch(request, *args, **kwargs)

    def step_object(self, step):
        return self.get_object(services.NGO_AID_TRANSITIONS[step].action)

    def render_step(self, aid, step, form, status=200):
        return render(self.request, self.template_name, self.page_context(
            object=aid, form=form, step=services.NGO_AID_TRANSITIONS[step]), status=status)

    def get(self, request, pk, step):
        return self.render_step(self.step_object(step), step, NGO_AID_STEP_FORMS[step]())

    def post(self, request, pk, step):
        aid = self.step_object(step)
        form = NGO_AID_STEP_FORMS[step](request.POST)
        if not form.is_valid():
            return self.render_step(aid, step, form, status=400)
        try:
            aid = services.NGO_AID_STEP_SERVICES[step](aid, actor=request.user, channel=records.UI_CHANNEL,
                                                      **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
            return self.render_step(aid, step, form, status=400)
        messages.success(request, _("“%(obj)s”: %(status)s.") % {"obj": aid, "status": aid.get_status_display()})
        return HttpResponseRedirect(reverse(self.url_name("detail"), args=[aid.pk]))


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
