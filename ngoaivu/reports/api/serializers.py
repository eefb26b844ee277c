from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.geo.models import Province
from ngoaivu.reports.builder.national_compose import NationalSigning
from ngoaivu.reports.forms import NationalUnits
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
    """The compilation's period, units ("period": those of the period, the default; "today":
    the 34 units with earlier figures rolled up; "historic": the 63 before 1/7/2025) and
    particulars."""

    start = serializers.DateField()
    end = serializers.DateField()
    units = serializers.ChoiceField(choices=NationalUnits.choices, default=NationalUnits.PERIOD)
    historic = serializers.BooleanField(required=False, allow_null=True, default=None,
                                        help_text="Cũ: true như units=historic, false như units=today.")
    number = serializers.CharField(required=False, allow_blank=True, max_length=20, default="")
    issued_on = serializers.DateField(required=False, allow_null=True, default=None)
    signer_authority = serializers.CharField(required=False, max_length=60, default=NationalSigning.signer_authority)
    signer_title = serializers.CharField(required=False, max_length=100, default=NationalSigning.signer_title)
    signer_name = serializers.CharField(required=False, allow_blank=True, max_length=100, default="")

    def validate(self, attrs):
        if attrs["end"] < attrs["start"]:
            raise serializers.ValidationError({"end": "Ngày cuối kỳ phải sau ngày đầu kỳ."})
        return attrs

    def units_historic(self) -> bool | None:
        data = self.validated_data
        if data["historic"] is not None:
            return data["historic"]
        return None if data["units"] == NationalUnits.PERIOD else data["units"] == NationalUnits.HISTORIC

    def signing(self) -> NationalSigning:
        data = self.validated_data
        return NationalSigning(number=data["number"], issued_on=data["issued_on"],
                               signer_authority=data["signer_authority"], signer_title=data["signer_title"],
                               signer_name=data["signer_name"])
