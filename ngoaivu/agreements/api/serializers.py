from rest_framework import serializers

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview, AgreementStatusChange
from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.legal.api.serializers import FileLinkMixin


class AgreementSerializer(RecordSerializer):
    opinions_due_on = serializers.DateField(read_only=True)
    report_due_on = serializers.DateField(read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Agreement


class AgreementStatusChangeSerializer(serializers.ModelSerializer):
    changed_by_name = serializers.CharField(source="changed_by", default=None, read_only=True)

    class Meta:
        model = AgreementStatusChange
        fields = ("id", "step", "from_status", "to_status", "happened_on", "changed_by", "changed_by_name", "note",
                  "created_at")


class AgreementReviewSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = AgreementReview


class AgreementDocumentSerializer(FileLinkMixin, RecordSerializer):
    file_route = "agreement-document-file"

    class Meta(RecordSerializer.Meta):
        model = AgreementDocument
        extra_kwargs = {"file": {"use_url": False}}
