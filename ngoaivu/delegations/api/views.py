from django.db.models import Prefetch

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core.workflow.api import WorkflowRoutes
from ngoaivu.delegations import services
from ngoaivu.delegations.api.serializers import DelegationMemberSerializer, DelegationSerializer
from ngoaivu.delegations.filtersets import DelegationFilterSet
from ngoaivu.delegations.models import Delegation, DelegationMember


class DelegationViewSet(WorkflowRoutes, RecordViewSet):
    queryset = Delegation.objects.select_related("province", "partner").prefetch_related(
        "countries", "status_changes", Prefetch("members", DelegationMember.objects.select_related("province")))
    serializer_class = DelegationSerializer
    filterset_class = DelegationFilterSet
    search_fields = ("name", "head_name", "purpose")
    ordering_fields = ("start_date", "end_date", "created_at")
    create_service = services.delegation_create
    update_service = services.delegation_update
    delete_service = services.delegation_delete


class DelegationMemberViewSet(RecordViewSet):
    queryset = DelegationMember.objects.select_related("province", "delegation", "nationality")
    serializer_class = DelegationMemberSerializer
    filterset_fields = ("delegation", "role", "nationality")
    search_fields = ("full_name", "unit")
    create_service = services.member_create
    update_service = services.member_update
    delete_service = services.member_delete
