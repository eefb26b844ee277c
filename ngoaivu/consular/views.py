
from ngoaivu.consular import services
from ngoaivu.consular.filtersets import CitizenCaseFilterSet, LabourDeploymentFilterSet, OverseasActivityFilterSet
from ngoaivu.consular.forms import CitizenCaseForm, LabourDeploymentForm, OverseasActivityForm
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.consular.tables import CitizenCaseTable, LabourDeploymentTable, OverseasActivityTable
from ngoaivu.core.workflow.views import WorkflowDetailMixin
from ngoaivu.ui.views import records

CASE_FIELDS = ("person_name", "identity_document", "country", "kind", "requester", "summary", "opened_on",
               "status", "forwarded_to_consular_dept_on", "closed_on", "outcome", "province")


class CitizenCaseMixin:
    model = CitizenCase
    select_related = ("country", "province")


class CitizenCaseListView(CitizenCaseMixin, records.RecordListView):
    filterset_class = CitizenCaseFilterSet
    table_class = CitizenCaseTable


class CitizenCaseDetailView(CitizenCaseMixin, WorkflowDetailMixin, records.RecordDetailView):
    template_name = "consular/citizencase_detail.html"
    # The workflow fields are not editable, so they are named to be shown.
    detail_fields = CASE_FIELDS

    def extra_context(self, obj) -> dict:
        return self.workflow_context(obj)


class CitizenCaseCreateView(CitizenCaseMixin, records.RecordCreateView):
    form_class = CitizenCaseForm
    create_service = services.citizen_case_create


class CitizenCaseUpdateView(CitizenCaseMixin, records.RecordUpdateView):
    form_class = CitizenCaseForm
    update_service = services.citizen_case_update


class CitizenCaseDeleteView(CitizenCaseMixin, records.RecordDeleteView):
    delete_service = services.citizen_case_delete


class CitizenCaseHistoryView(CitizenCaseMixin, records.RecordHistoryView):
    pass


class OverseasActivityMixin:
    model = OverseasActivity
    select_related = ("country", "province")


class OverseasActivityListView(OverseasActivityMixin, records.RecordListView):
    filterset_class = OverseasActivityFilterSet
    table_class = OverseasActivityTable


class OverseasActivityDetailView(OverseasActivityMixin, records.RecordDetailView):
    pass


class OverseasActivityCreateView(OverseasActivityMixin, records.RecordCreateView):
    form_class = OverseasActivityForm
    create_service = services.overseas_activity_create


class OverseasActivityUpdateView(OverseasActivityMixin, records.RecordUpdateView):
    form_class = OverseasActivityForm
    update_service = services.overseas_activity_update


class OverseasActivityDeleteView(OverseasActivityMixin, records.RecordDeleteView):
    delete_service = services.overseas_activity_delete


class OverseasActivityHistoryView(OverseasActivityMixin, records.RecordHistoryView):
    pass


class LabourDeploymentMixin:
    model = LabourDeployment
    select_related = ("country", "partner", "province")


class LabourDeploymentListView(LabourDeploymentMixin, records.RecordListView):
    filterset_class = LabourDeploymentFilterSet
    table_class = LabourDeploymentTable


class LabourDeploymentDetailView(LabourDeploymentMixin, records.RecordDetailView):
    pass


class LabourDeploymentCreateView(LabourDeploymentMixin, records.RecordCreateView):
    form_class = LabourDeploymentForm
    create_service = services.labour_deployment_create


class LabourDeploymentUpdateView(LabourDeploymentMixin, records.RecordUpdateView):
    form_class = LabourDeploymentForm
    update_service = services.labour_deployment_update


class LabourDeploymentDeleteView(LabourDeploymentMixin, records.RecordDeleteView):
    delete_service = services.labour_deployment_delete


class LabourDeploymentHistoryView(LabourDeploymentMixin, records.RecordHistoryView):
    pass
