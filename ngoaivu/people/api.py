"""/api/province-settings/: the settings of the user's province; its administrator changes them."""
from django.core.exceptions import PermissionDenied
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.services import SETTINGS_FIELDS, province_settings_update
from ngoaivu.api.viewsets import API_CHANNEL


class ProvinceSettingsSerializer(serializers.ModelSerializer):
    province = serializers.CharField(source="province.key", read_only=True)

    class Meta:
        model = ProvinceSettings
        fields = ("province", *SETTINGS_FIELDS)


class ProvinceSettingsView(APIView):
    permission_classes = [IsAuthenticated]
    serializer_class = ProvinceSettingsSerializer

    def current(self, request) -> ProvinceSettings:
        province = request.user.province
        if province is None:
            raise PermissionDenied("Người dùng cấp Trung ương không có cấu hình tỉnh.")
        return ProvinceSettings.objects.filter(province=province).first() or ProvinceSettings(province=province)

    @extend_schema(responses=ProvinceSettingsSerializer)
    def get(self, request):
        return Response(ProvinceSettingsSerializer(self.current(request)).data)

    @extend_schema(request=ProvinceSettingsSerializer, responses=ProvinceSettingsSerializer)
    def patch(self, request):
        body = ProvinceSettingsSerializer(self.current(request), data=request.data, partial=True)
        body.is_valid(raise_exception=True)
        saved = province_settings_update(actor=request.user, province=request.user.province,
                                         data=body.validated_data, channel=API_CHANNEL)
        return Response(ProvinceSettingsSerializer(saved).data)
