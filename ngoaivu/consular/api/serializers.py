from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.consular.choices import CaseStatus
from ngoaivu.consular.models import CitizenCase, CitizenCaseStatusChange, LabourDeployment, OverseasActivity


class CitizenCaseSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = CitizenCase


class CitizenCaseStepSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = CitizenCaseStatusChange


class CaseTransitionSerializer(serializers.Serializer):
    """The body of a workflow step; whether the step is allowed is the service's business."""

    status = serializers.ChoiceField(choices=CaseStatus.choices)
    changed_on = serializers.DateField()
    outcome = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")


class OverseasActivitySerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = OverseasActivity


class LabourDeploymentSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = LabourDeployment
