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
from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core.workflow.api import WorkflowRoutes


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


class NgoAidViewSet(WorkflowRoutes, RecordViewSet):
    queryset = NgoAid.objects.select_related("ngo", "province")
    serializer_class = NgoAidSerializer
    filterset_class = NgoAidFilterSet
    search_fields = ("title", "local_code", "iati_identifier")
    ordering_fields = ("title", "actual_start", "planned_start", "committed_amount", "created_at")
    create_service = services.ngo_aid_create
    update_service = services.ngo_aid_update
    delete_service = services.ngo_aid_delete


class NgoAidTransactionViewSet(RecordViewSet):
    """Transactions of NGO aid; `?aid=<id>` lists those of one programme."""

    queryset = NgoAidTransaction.objects.select_related("aid", "province")
    serializer_class = NgoAidTransactionSerializer
    filterset_class = NgoAidTransactionFilterSet
    ordering_fields = ("transaction_date", "amount", "created_at")
    create_service = services.ngo_aid_transaction_create
    update_service = services.ngo_aid_transaction_update
    delete_service = services.ngo_aid_transaction_delete
