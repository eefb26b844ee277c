from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.aid import services
from ngoaivu.aid.api.serializers import (
    NgoAidSerializer,
    NgoAidTransactionSerializer,
    OdaProjectSerializer,
    OdaTransactionSerializer,
)
from ngoaivu.aid.filtersets import (
    NgoAidFilterSet,
    NgoAidTransactionFilterSet,
    OdaProjectFilterSet,
    OdaTransactionFilterSet,
)
from ngoaivu.aid.forms import NGO_AID_STEP_FORMS
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet

STEP_PATTERN = "|".join(services.NGO_AID_TRANSITIONS)


class OdaProjectViewSet(RecordViewSet):
    queryset = OdaProject.objects.select_related("donor", "province")
    serializer_class = OdaProjectSerializer
    filterset_class = OdaProjectFilterSet
    search_fields = ("title", "local_code", "iati_identifier")
    ordering_fields = ("title", "actual_start", "planned_start", "committed_amount", "created_at")
    create_service = services.oda_project_create
    update_service = services.oda_project_update
    delete_service = services.oda_project_delete


class OdaTransactionViewSet(RecordViewSet):
    """Transactions of ODA projects; `?project=<id>` lists those of one project."""

    queryset = OdaTransaction.objects.select_related("project", "province")
    serializer_class = OdaTransactionSerializer
    filterset_class = OdaTransactionFilterSet
    ordering_fields = ("transaction_date", "amount", "created_at")
    create_service = services.oda_transaction_create
    update_service = services.oda_transaction_update
    delete_service = services.oda_transaction_delete


class NgoAidViewSet(RecordViewSet):
    queryset = NgoAid.objects.select_related("ngo", "province")
    serializer_class = NgoAidSerializer
    filterset_class = NgoAidFilterSet
    search_fields = ("title", "local_code", "iati_identifier")
    ordering_fields = ("title", "actual_start", "planned_start", "committed_amount", "created_at")
    create_service = services.ngo_aid_create
    update_service = services.ngo_aid_update
    delete_service = services.ngo_aid_delete

    @property
    def required_action(self):
        """The role verb a workflow step takes (approve, submit…); None leaves the HTTP method's."""
        step = self.kwargs.get("step") if self.action == "step" else None
        return services.NGO_AID_TRANSITIONS[step].action if step else None

    @extend_schema(operation_id="ngo_aid_step", request=OpenApiTypes.OBJECT, responses=NgoAidSerializer)
    @action(detail=True, methods=["post"], url_path=rf"(?P<step>{STEP_PATTERN})", url_name="step")
    def step(self, request, pk=None, step=None):
        """A workflow step: submit (received_on), approve (decision_number, decision_date,
        approval_authority), refuse (the same and refusal_reason), start (started_on), complete (ended_on)."""
        form = NGO_AID_STEP_FORMS[step](data=request.data)
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        aid = services.NGO_AID_STEP_SERVICES[step](self.get_object(), actor=request.user, channel=API_CHANNEL,
                                                   **form.cleaned_data)
        return Response(self.get_serializer(aid).data)


class NgoAidTransactionViewSet(RecordViewSet):
    """Transactions of NGO aid; `?aid=<id>` lists those of one programme."""

    queryset = NgoAidTransaction.objects.select_related("aid", "province")
    serializer_class = NgoAidTransactionSerializer
    filterset_class = NgoAidTransactionFilterSet
    ordering_fields = ("transaction_date", "amount", "created_at")
    create_service = services.ngo_aid_transaction_create
    update_service = services.ngo_aid_transaction_update
    delete_service = services.ngo_aid_transaction_delete
