from rest_framework import serializers

from ngoaivu.geo.models import Province
from ngoaivu.indicators.models import Indicator
from ngoaivu.reports.models import Report
from ngoaivu.rounds.choices import BoardStatus
from ngoaivu.rounds.models import ReportingRound, Submission


class ReportingRoundSerializer(serializers.ModelSerializer):
    provinces = serializers.SlugRelatedField(slug_field="key", many=True, required=False,
                                             queryset=Province.objects.all(),
                                             help_text="Mã các đơn vị được yêu cầu (vn63-…, vn34-…); trống: mọi đơn vị.")
    indicator_codes = serializers.ListField(child=serializers.CharField(max_length=40), required=False,
                                            help_text="Mã chỉ tiêu; trống: các chỉ tiêu của báo cáo toàn quốc.")

    class Meta:
        model = ReportingRound
        fields = ["id", "title", "period_start", "period_end", "due_on", "indicator_codes", "provinces",
                  "instructions", "status", "opened_by", "created_at", "closed_at"]
        read_only_fields = ["status", "opened_by", "created_at", "closed_at"]

    def validate_indicator_codes(self, codes):
        known = set(Indicator.objects.filter(code__in=codes).values_list("code", flat=True))
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise serializers.ValidationError(f"Không có chỉ tiêu: {', '.join(unknown)}.")
        return codes


class SubmissionSerializer(serializers.ModelSerializer):
    province = serializers.SlugRelatedField(slug_field="key", read_only=True)
    report = serializers.PrimaryKeyRelatedField(queryset=Report.objects.none())

    class Meta:
        model = Submission
        fields = ["id", "reporting_round", "province", "report", "report_version", "sequence", "reason",
                  "submitted_at", "submitted_by", "document_sha256", "state", "returned_at", "returned_by",
                  "return_comment"]
        read_only_fields = ["province", "report_version", "sequence", "submitted_at", "submitted_by",
                            "document_sha256", "state", "returned_at", "returned_by", "return_comment"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        if request is not None:
            from ngoaivu.reports.selectors import report_list
            from ngoaivu.rounds.selectors import round_list

            self.fields["report"].queryset = report_list(user=request.user)
            self.fields["reporting_round"].queryset = round_list(user=request.user)


class ReturnSerializer(serializers.Serializer):
    comment = serializers.CharField()


class BoardRowSerializer(serializers.Serializer):
    unit = serializers.CharField(source="unit.key")
    unit_name = serializers.CharField(source="unit.name")
    status = serializers.ChoiceField(choices=BoardStatus.choices)
    days_late = serializers.IntegerField()
    last_activity = serializers.DateTimeField(allow_null=True)
    submission = serializers.IntegerField(source="latest.pk", allow_null=True, default=None)


class CompilationSerializer(serializers.Serializer):
    submitted = serializers.ListField(child=serializers.CharField())
    missing = serializers.ListField(child=serializers.CharField())
    units = serializers.DictField(source="data.units")
    differences = serializers.ListField(child=serializers.DictField())
