from drf_spectacular.utils import extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.core.roles import Action
from ngoaivu.indicators import services
from ngoaivu.indicators.api.schema import NationalSchema
from ngoaivu.indicators.api.serializers import (
    ExchangeRateSerializer,
    IndicatorSerializer,
    NationalQuerySerializer,
    comparison_data,
)
from ngoaivu.indicators.selectors import exchange_rate_list, indicator_list, national_comparison


class CatalogueViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Read by everyone signed in; written by system administrators only (the services check)."""

    create_service = update_service = None

    def perform_create(self, serializer):
        serializer.instance = type(self).create_service(actor=self.request.user, data=dict(serializer.validated_data),
                                                        channel=API_CHANNEL)

    def perform_update(self, serializer):
        serializer.instance = type(self).update_service(serializer.instance, actor=self.request.user,
                                                        data=dict(serializer.validated_data), channel=API_CHANNEL)


class IndicatorViewSet(CatalogueViewSet):
    queryset = indicator_list()
    serializer_class = IndicatorSerializer
    lookup_field = "code"
    filterset_fields = ("group", "unit", "aggregation")
    search_fields = ("code", "name_vi", "name_en")
    create_service = services.indicator_create
    update_service = services.indicator_update


class ExchangeRateViewSet(CatalogueViewSet):
    queryset = exchange_rate_list()
    serializer_class = ExchangeRateSerializer
    filterset_fields = ("currency", "valid_on")
    ordering_fields = ("valid_on",)
    create_service = services.exchange_rate_create
    update_service = services.exchange_rate_update


class ObservationRoutes(RecordViewSet):
    """The observations' own route besides the record's (ngoaivu.api.records)."""

    required_action = None  # set per action below (RolePermission reads it)

    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def choose(self, request, pk=None):
        """Make this observation the value that counts for its indicator, period and province."""
        chosen = services.observation_choose(self.get_object(), actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(chosen).data)


class NationalView(APIView):
    """All provinces on one indicator and period: value, same period last year, change, rank.

    A provincial user gets their own province only.
    """

    @extend_schema(parameters=[NationalQuerySerializer], responses=NationalSchema)
    def get(self, request):
        query = NationalQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        rows = national_comparison(user=request.user, indicator=query.validated_data["indicator"],
                                   period=query.validated_data["period"],
                                   historic=query.validated_data["historic"])
        return Response({"indicator": query.validated_data["indicator"].code,
                         "historic": query.validated_data["historic"],
                         "results": [{"rank": row.rank, "province": row.unit.key, "province_name": row.unit.name,
                                      **comparison_data(row.comparison)} for row in rows]})
