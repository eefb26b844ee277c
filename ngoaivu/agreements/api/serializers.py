from rest_framework import serializers

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.legal.api.serializers import FileLinkMixin


class AgreementSerializer(RecordSerializer):
    opinions_due_on = serializers.DateField(read_only=True)
    report_due_on = serializers.DateField(read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Agreement


class AgreementReviewSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = AgreementReview


class AgreementDocumentSerializer(FileLinkMixin, RecordSerializer):
    file_route = "agreement-document-file"

    class Meta(RecordSerializer.Meta):
        model = AgreementDocument
        extra_kwargs = {"file": {"use_url": False}}
