from rest_framework import serializers
from rest_framework.fields import empty

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.jobs.api import JobSerializer


class ExtractionRunSerializer(RecordSerializer):
    status_label = serializers.CharField(source="get_status_display", read_only=True)

    class Meta(RecordSerializer.Meta):
        model = ExtractionRun
        exclude = ("deleted_at", "requested_by")
        read_only_fields = [field.name for field in ExtractionRun._meta.concrete_fields]


class SourceDocumentSerializer(RecordSerializer):
    latest_run = ExtractionRunSerializer(read_only=True)

    class Meta(RecordSerializer.Meta):
        model = SourceDocument
        read_only_fields = (*RecordSerializer.Meta.read_only_fields, "file", "source_format", "text",
                            "content_hash", "detected_province")


class DocumentIngestSerializer(serializers.Serializer):
    """POST /api/documents/: a file (multipart) or a text (JSON), with its description."""

    file = serializers.FileField(required=False, allow_empty_file=True)
    text = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    title = serializers.CharField(required=False, allow_blank=True, max_length=300)
    url = serializers.URLField(required=False, allow_blank=True, max_length=500)
    published = serializers.DateField(required=False, allow_null=True)


class DocumentSubmittedSerializer(serializers.Serializer):
    """The 202 of POST /api/documents/ (documents the answer; never parses input)."""

    job = JobSerializer(read_only=True)
    document = SourceDocumentSerializer(read_only=True, allow_null=True)


class ExtractedFactSerializer(RecordSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    summary = serializers.CharField(source="__str__", read_only=True)
    effective_payload = serializers.JSONField(read_only=True)
    record_model = serializers.SerializerMethodField()

    class Meta(RecordSerializer.Meta):
        model = ExtractedFact
        exclude = ("deleted_at", "record_type")
        read_only_fields = [field.name for field in ExtractedFact._meta.concrete_fields]

    def get_record_model(self, fact) -> str | None:
        """The record type the fact became, as "app.model" (with `record_id`)."""
        return fact.record_type.natural_key()[0] + "." + fact.record_type.model if fact.record_type_id else None


class FactDecisionSerializer(serializers.Serializer):
    corrected_payload = serializers.DictField(required=False)


class _UnsetBooleanField(serializers.BooleanField):
    """Left out of a form-encoded body too, the field is unset (not a checkbox's false)."""

    default_empty_html = empty


class AcceptAllSerializer(serializers.Serializer):
    # Unset: the province's default (ProvinceSettings.accept_all_skips_doubtful), resolved by the service.
    skip_doubtful = _UnsetBooleanField(required=False, help_text=(
        "Để lại các số liệu cần kiểm tra kỹ (độ tin cậy dưới 0,9) chờ duyệt. Không gửi: theo cấu hình của tỉnh "
        "(“Khi chấp nhận tất cả, bỏ qua số liệu cần kiểm tra”, mặc định không bỏ qua)."))
