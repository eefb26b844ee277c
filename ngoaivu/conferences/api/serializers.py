from rest_framework import serializers

from ngoaivu.api.serializers import ChoiceLabelField, RecordSerializer
from ngoaivu.api.workflow import StepRecordSerializer
from ngoaivu.conferences.models import Conference


class ConferenceSerializer(RecordSerializer):
    status_display = ChoiceLabelField("status")
    approval_authority = serializers.CharField(read_only=True)
    dossier_due_on = serializers.DateField(read_only=True)
    dossier_filed_late = serializers.BooleanField(read_only=True)
    report_due_on = serializers.DateField(read_only=True)
    report_overdue = serializers.BooleanField(read_only=True)
    status_changes = StepRecordSerializer(many=True, read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Conference
