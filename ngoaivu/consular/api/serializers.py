from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity


class CitizenCaseSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = CitizenCase


class OverseasActivitySerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = OverseasActivity


class LabourDeploymentSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = LabourDeployment
