from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.geo.models import Province
from ngoaivu.reports.models import Report, ReportVersion


class ReportSerializer(RecordSerializer):
    """A report's particulars. On creation, `unit` (a province key such as "vn63-46") names a
    unit before 1/7/2025 that the report is about; by default it is the user's province."""

    unit = serializers.SlugRelatedField(slug_field="key", queryset=Province.objects.all(), write_only=True,
                                        required=False)
    display_title = serializers.CharField(read_only=True)
    latest_version = serializers.IntegerField(read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Report
        read_only_fields = (*RecordSerializer.Meta.read_only_fields, "status")


class ReportVersionSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()

    class Meta:
        model = ReportVersion
        fields = ("number", "change", "note", "author", "created_at", "edits")


class ParagraphSerializer(serializers.Serializer):
    key = serializers.CharField()
    section = serializers.CharField(read_only=True)
    heading = serializers.CharField(read_only=True)
    text = serializers.CharField(allow_blank=True, trim_whitespace=False)
    generated = serializers.CharField(read_only=True)
    edited = serializers.BooleanField(read_only=True)
    stale = serializers.BooleanField(read_only=True)
    placeholder = serializers.BooleanField(read_only=True)


class NationalQuerySerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()
    historic = serializers.BooleanField(default=False)

    def validate(self, attrs):
        if attrs["end"] < attrs["start"]:
            raise serializers.ValidationError({"end": "Ngày cuối kỳ phải sau ngày đầu kỳ."})
        return attrs
