from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.accounts.roles import Action
from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.consular import selectors, services
from ngoaivu.consular.api.serializers import (
    CaseTransitionSerializer,
    CitizenCaseSerializer,
    CitizenCaseStepSerializer,
    LabourDeploymentSerializer,
    OverseasActivitySerializer,
)
from ngoaivu.consular.filtersets import CitizenCaseFilterSet, LabourDeploymentFilterSet, OverseasActivityFilterSet
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity


class CitizenCaseViewSet(RecordViewSet):
    queryset = CitizenCase.objects.select_related("country", "province")
    serializer_class = CitizenCaseSerializer
    filterset_class = CitizenCaseFilterSet
    ordering_fields = ("opened_on", "closed_on", "created_at")
    create_service = services.citizen_case_create
    update_service = services.citizen_case_update
    delete_service = services.citizen_case_delete
    # Set per route by @action: a workflow step is a change, not an addition.
    required_action = None

    @extend_schema(request=CaseTransitionSerializer, responses=CitizenCaseSerializer)
    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def transition(self, request, pk=None):
        """Move the case to its next step (chuyển Cục Lãnh sự, chờ kết quả, trả lời, đóng)."""
        case = self.get_object()
        step = CaseTransitionSerializer(data=request.data)
        step.is_valid(raise_exception=True)
        case = services.citizen_case_transition(case, actor=request.user, channel=API_CHANNEL, **step.validated_data)
        return Response(self.get_serializer(case).data)

    @extend_schema(responses=CitizenCaseStepSerializer(many=True))
    @action(detail=True, methods=["get"])
    def steps(self, request, pk=None):
        """The steps the case went through, oldest first."""
        history = selectors.citizen_case_history(user=request.user, case=self.get_object())
        return Response(CitizenCaseStepSerializer(history, many=True, context=self.get_serializer_context()).data)


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
