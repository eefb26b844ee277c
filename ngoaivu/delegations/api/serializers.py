from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.core.workflow.api import NoteInput, StatusChangeSerializer
from ngoaivu.delegations.models import Delegation, DelegationMember


class DelegationMemberSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = DelegationMember


class DelegationSerializer(RecordSerializer):
    status_display = serializers.CharField(source="get_status_display", read_only=True)
    report_due_on = serializers.DateField(read_only=True)
    report_overdue = serializers.BooleanField(read_only=True)
    members = DelegationMemberSerializer(many=True, read_only=True)
    status_changes = StatusChangeSerializer(many=True, read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Delegation


class CompleteInput(NoteInput):
    returned_on = serializers.DateField(required=False, allow_null=True, default=None)


class DelegationReportInput(serializers.Serializer):
    report_text = serializers.CharField(required=False, allow_blank=True, default="")
    report_file = serializers.FileField(required=False, allow_null=True, default=None)
    reported_on = serializers.DateField(required=False, allow_null=True, default=None)
