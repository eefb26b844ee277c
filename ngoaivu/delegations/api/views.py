from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.delegations import services
from ngoaivu.delegations.api.serializers import DelegationMemberSerializer
from ngoaivu.delegations.models import DelegationMember


class DelegationMemberViewSet(RecordViewSet):
    """Members of the user's province's delegations; the list changes only while the dossier is a draft."""

    queryset = DelegationMember.objects.select_related("province", "delegation", "nationality")
    serializer_class = DelegationMemberSerializer
    filterset_fields = ("delegation", "role", "nationality")
    search_fields = ("full_name", "unit")
    create_service = services.member_create
    update_service = services.member_update
    delete_service = services.member_delete
