from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.geo.models import Province
from ngoaivu.indicators.api.schema import FiguresSchema
from ngoaivu.indicators.api.serializers import PeriodQuerySerializer
from ngoaivu.indicators.selectors import indicator_list
from ngoaivu.plans.api.serializers import progress_data, statement_data
from ngoaivu.plans.selectors import figure_statement, progress_of


class PlanRoutes(RecordViewSet):
    """The plans' own route besides the record's (ngoaivu.api.records)."""

    @action(detail=True, methods=["get"])
    def progress(self, request, pk=None):
        """Each target with the value so far, % of plan, change, pace needed, forecast and status.

        `?as_of=YYYY-MM-DD` evaluates the plan as it stood that day (default: today)."""
        query = AsOfQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        as_of = query.validated_data.get("as_of") or timezone.localdate()
        plan = self.get_object()
        return Response({"plan": plan.pk, "name": plan.name, "as_of": as_of,
                         "targets": [progress_data(item) for item in progress_of(plan, as_of=as_of)]})


class AsOfQuerySerializer(serializers.Serializer):
    as_of = serializers.DateField(required=False)


class FigureQuerySerializer(PeriodQuerySerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=indicator_list())
    province = serializers.SlugRelatedField(slug_field="key", queryset=Province.objects.all(), required=False,
                                            help_text="Mã đơn vị, ví dụ vn34-42; mặc định là tỉnh của người dùng.")

    def validate(self, data):
        data = super().validate(data)
        user = self.context["request"].user
        data.setdefault("province", user.province)
        if data["province"] is None:
            raise serializers.ValidationError({"province": _("Cần chọn tỉnh, thành phố.")})
        return data


class FiguresView(APIView):
    """One indicator of one province over a period: value, change on the same period last
    year and share of the plan, with where each number comes from. Another province than
    the user's is refused (403), as on every endpoint."""

    @extend_schema(parameters=[FigureQuerySerializer], responses=FiguresSchema)
    def get(self, request):
        query = FigureQuerySerializer(data=request.query_params, context={"request": request})
        query.is_valid(raise_exception=True)
        data = query.validated_data
        statement = figure_statement(user=request.user, unit=data["province"], indicator=data["indicator"],
                                     period=data["period"])
        return Response({"province": data["province"].key, "province_name": data["province"].name,
                         **statement_data(statement)})
