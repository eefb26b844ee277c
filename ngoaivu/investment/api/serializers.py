from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.investment.models import FdiImplementation


class FdiImplementationSerializer(RecordSerializer):
    period_start = serializers.DateField(required=False, allow_null=True,
                                         help_text=_("Để trống: lũy kế từ ngày cấp dự án."))

    class Meta(RecordSerializer.Meta):
        model = FdiImplementation
