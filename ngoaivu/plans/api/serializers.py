from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.geo.models import Province
from ngoaivu.indicators.api.serializers import comparison_data
from ngoaivu.indicators.models import Indicator
from ngoaivu.plans.models import Plan, Target


class PlanSerializer(RecordSerializer):
    reporting_unit = serializers.SlugRelatedField(
        slug_field="key", queryset=Province.objects.all(), write_only=True, required=False,
        help_text="Đơn vị hành chính của năm đầu kỳ (ví dụ vn63-19), khi năm đó thuộc nhiều đơn vị cũ.")

    class Meta(RecordSerializer.Meta):
        model = Plan


class TargetSerializer(RecordSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.filter(is_active=True))
    wording = serializers.CharField(read_only=True)

    class Meta(RecordSerializer.Meta):
        model = Target


def progress_data(progress) -> dict:
    target = progress.target
    return {
        "target": target.pk, "indicator": target.indicator.code, "wording": target.wording,
        "kind": target.kind, "scope": target.scope, "year": target.year,
        "value": progress.value, "measure": progress.measure, "display": progress.show(progress.value),
        "covered": ({"start": progress.covered.start, "end": progress.covered.end}
                    if progress.covered else None),
        "pct": progress.pct, "pct_max": progress.pct_max, "change_pct": progress.change_pct,
        "pace_needed": progress.pace_needed, "forecast": progress.forecast, "status": progress.status,
        "years": [{"start": year.period.start, "end": year.period.end, "value": year.value, "pct": year.pct}
                  for year in progress.years],
        "notes": progress.notes,
    }


def statement_data(statement) -> dict:
    target = statement.target
    return {
        **comparison_data(statement.comparison),
        "plan": {
            "target": target.pk, "plan": target.plan_id, "plan_name": target.plan.name, "wording": target.wording,
            "scope": statement.plan_scope, "value": statement.plan_value, "value_max": statement.plan_value_max,
            "pct": statement.plan_pct, "pct_max": statement.plan_pct_max,
            "conversion": statement.conversion.as_dict() if statement.conversion else None,
        } if target else None,
    }
