from rest_framework import serializers

from ngoaivu.api.serializers import ChoiceLabelField, RecordSerializer
from ngoaivu.api.workflow import StepRecordSerializer
from ngoaivu.delegations.models import Delegation, DelegationMember


class DelegationMemberSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = DelegationMember


class DelegationSerializer(RecordSerializer):
    status_display = ChoiceLabelField("status")
    report_due_on = serializers.DateField(read_only=True)
    report_overdue = serializers.BooleanField(read_only=True)
    members = DelegationMemberSerializer(many=True, read_only=True)
    status_changes = StepRecordSerializer(many=True, read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Delegation
