from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.conferences.models import Conference
from ngoaivu.core.workflow.api import StatusChangeSerializer


class ConferenceSerializer(RecordSerializer):
    status_display = serializers.CharField(source="get_status_display", read_only=True)
    approval_authority = serializers.CharField(read_only=True)
    dossier_due_on = serializers.DateField(read_only=True)
    dossier_filed_late = serializers.BooleanField(read_only=True)
    report_due_on = serializers.DateField(read_only=True)
    report_overdue = serializers.BooleanField(read_only=True)
    status_changes = StatusChangeSerializer(many=True, read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Conference


class ConferenceReportInput(serializers.Serializer):
    result_summary = serializers.CharField(required=False, allow_blank=True, default="")
    result_file = serializers.FileField(required=False, allow_null=True, default=None)
    result_reported_on = serializers.DateField(required=False, allow_null=True, default=None)
