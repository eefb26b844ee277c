from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.culture import services
from ngoaivu.culture.api.serializers import CulturalEventSerializer
from ngoaivu.culture.filtersets import CulturalEventFilterSet
from ngoaivu.culture.models import CulturalEvent


class CulturalEventViewSet(RecordViewSet):
    queryset = CulturalEvent.objects.select_related("country", "province").prefetch_related("partners")
    serializer_class = CulturalEventSerializer
    filterset_class = CulturalEventFilterSet
    ordering_fields = ("start_date", "audience_size", "created_at")
    create_service = services.cultural_event_create
    update_service = services.cultural_event_update
    delete_service = services.cultural_event_delete
