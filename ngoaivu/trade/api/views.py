from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.trade import selectors, services
from ngoaivu.trade.api.serializers import BorderGateStatusChangeSerializer, TradeComparisonSerializer
from ngoaivu.trade.models import BorderGateStatusChange


class BorderGateStatusChangeViewSet(RecordViewSet):
    """A gate's dated statuses: added and removed, never edited (a correction is a new row)."""

    queryset = BorderGateStatusChange.objects.filter(gate__deleted_at__isnull=True).select_related("gate", "province")
    serializer_class = BorderGateStatusChangeSerializer
    filterset_fields = ("gate", "status")
    ordering_fields = ("changed_on",)
    http_method_names = ["get", "post", "delete", "head", "options"]
    create_service = services.border_gate_status_change_add


class TradeFigureRoutes(RecordViewSet):
    """The trade figures' own route besides the record's (ngoaivu.api.records)."""

    @extend_schema(responses=TradeComparisonSerializer)
    @action(detail=True, methods=["get"], url_path="same-period-last-year")
    def same_period_last_year(self, request, pk=None):
        """The figure beside the same period a year earlier, with the change in percent."""
        figure = self.get_object()
        comparison = selectors.trade_figure_compared(
            user=request.user, province=figure.province, flow=figure.flow, start=figure.period_start,
            end=figure.period_end, border_gate=figure.border_gate, commodity=figure.commodity,
        )
        context = self.get_serializer_context()
        return Response(TradeComparisonSerializer(comparison, context=context).data)
