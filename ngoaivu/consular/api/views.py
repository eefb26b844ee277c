from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.consular import services
from ngoaivu.consular.api.serializers import (
    CitizenCaseSerializer,
    LabourDeploymentSerializer,
    OverseasActivitySerializer,
)
from ngoaivu.consular.filtersets import CitizenCaseFilterSet, LabourDeploymentFilterSet, OverseasActivityFilterSet
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.core.workflow.api import WorkflowRoutes


class CitizenCaseViewSet(WorkflowRoutes, RecordViewSet):
    queryset = CitizenCase.objects.select_related("country", "province")
    serializer_class = CitizenCaseSerializer
    filterset_class = CitizenCaseFilterSet
    ordering_fields = ("opened_on", "closed_on", "created_at")
    create_service = services.citizen_case_create
    update_service = services.citizen_case_update
    delete_service = services.citizen_case_delete


class OverseasActivityViewSet(RecordViewSet):
    queryset = OverseasActivity.objects.select_related("country", "province")
    serializer_class = OverseasActivitySerializer
    filterset_class = OverseasActivityFilterSet
    ordering_fields = ("held_on", "created_at")
    create_service = services.overseas_activity_create
    update_service = services.overseas_activity_update
    delete_service = services.overseas_activity_delete


class LabourDeploymentViewSet(RecordViewSet):
    queryset = LabourDeployment.objects.select_related("country", "partner", "province")
    serializer_class = LabourDeploymentSerializer
    filterset_class = LabourDeploymentFilterSet
    ordering_fields = ("period_start", "period_end", "workers_sent", "created_at")
    create_service = services.labour_deployment_create
    update_service = services.labour_deployment_update
    delete_service = services.labour_deployment_delete
