from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.partners import services
from ngoaivu.partners.api.serializers import PartnerSerializer
from ngoaivu.partners.filtersets import PartnerFilterSet
from ngoaivu.partners.models import Partner


class PartnerViewSet(RecordViewSet):
    queryset = Partner.objects.select_related("country", "province")
    serializer_class = PartnerSerializer
    filterset_class = PartnerFilterSet
    search_fields = ("name", "name_original")
    ordering_fields = ("name", "established_on", "created_at")
    create_service = services.partner_create
    update_service = services.partner_update
    delete_service = services.partner_delete
