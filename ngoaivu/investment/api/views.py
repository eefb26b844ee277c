from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.investment import services
from ngoaivu.investment.api.serializers import (
    FdiCapitalAdjustmentSerializer,
    FdiImplementationSerializer,
    FdiProjectSerializer,
    PromotionEventSerializer,
)
from ngoaivu.investment.filtersets import (
    FdiCapitalAdjustmentFilterSet,
    FdiImplementationFilterSet,
    FdiProjectFilterSet,
    PromotionEventFilterSet,
)
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent


class FdiProjectViewSet(RecordViewSet):
    queryset = FdiProject.objects.select_related("investor_country", "province")
    serializer_class = FdiProjectSerializer
    filterset_class = FdiProjectFilterSet
    search_fields = ("name", "investor_name", "certificate_number")
    ordering_fields = ("name", "certificate_date", "registered_capital", "created_at")
    create_service = services.fdi_project_create
    update_service = services.fdi_project_update
    delete_service = services.fdi_project_delete


class FdiCapitalAdjustmentViewSet(RecordViewSet):
    """Capital adjustments; `?project=<id>` lists those of one project."""

    queryset = FdiCapitalAdjustment.objects.select_related("project", "province")
    serializer_class = FdiCapitalAdjustmentSerializer
    filterset_class = FdiCapitalAdjustmentFilterSet
    ordering_fields = ("adjusted_on", "added_capital", "created_at")
    create_service = services.fdi_adjustment_create
    update_service = services.fdi_adjustment_update
    delete_service = services.fdi_adjustment_delete


class FdiImplementationViewSet(RecordViewSet):
    """Implemented capital; `?project=<id>` lists that of one project."""

    queryset = FdiImplementation.objects.select_related("project", "province")
    serializer_class = FdiImplementationSerializer
    filterset_class = FdiImplementationFilterSet
    ordering_fields = ("period_end", "amount", "created_at")
    create_service = services.fdi_implementation_create
    update_service = services.fdi_implementation_update
    delete_service = services.fdi_implementation_delete


class PromotionEventViewSet(RecordViewSet):
    queryset = PromotionEvent.objects.select_related("country", "partner", "province")
    serializer_class = PromotionEventSerializer
    filterset_class = PromotionEventFilterSet
    search_fields = ("title", "organiser")
    ordering_fields = ("start_date", "title", "created_at")
    create_service = services.promotion_event_create
    update_service = services.promotion_event_update
    delete_service = services.promotion_event_delete
