from rest_framework import serializers

from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.api.serializers import RecordSerializer


class ParticipatingOrgSerializer(serializers.Serializer):
    role = serializers.CharField()
    role_name = serializers.CharField()
    name = serializers.CharField()


class ActivitySerializer(RecordSerializer):
    """An activity with its IATI reading (codes from the official codelists)."""

    iati_activity_status = serializers.CharField(read_only=True)
    iati_finance_type = serializers.CharField(read_only=True)
    iati_flow_type = serializers.CharField(read_only=True)
    participating_orgs = ParticipatingOrgSerializer(many=True, read_only=True)


class OdaProjectSerializer(ActivitySerializer):
    class Meta(RecordSerializer.Meta):
        model = OdaProject


class NgoAidSerializer(ActivitySerializer):
    class Meta(RecordSerializer.Meta):
        model = NgoAid
        # Recorded by the workflow steps (/steps/{step}/), not by a plain write.
        read_only_fields = (*RecordSerializer.Meta.read_only_fields, *sorted(NgoAid.workflow.step_fields))


class TransactionSerializer(RecordSerializer):
    year = serializers.IntegerField(read_only=True)
    iati_transaction_type = serializers.CharField(read_only=True)


class OdaTransactionSerializer(TransactionSerializer):
    class Meta(RecordSerializer.Meta):
        model = OdaTransaction


class NgoAidTransactionSerializer(TransactionSerializer):
    class Meta(RecordSerializer.Meta):
        model = NgoAidTransaction
