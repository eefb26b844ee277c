from django.utils.translation import gettext as _
from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.geo.models import Province
from ngoaivu.indicators.computations import all_computations
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import indicator_list


class IndicatorSerializer(serializers.ModelSerializer):
    growth_of = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.all(), required=False,
                                             allow_null=True)
    computable = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = "__all__"

    def get_computable(self, indicator) -> dict | None:
        """How the indicator is computed from the records, or why that is skipped here."""
        for computation in all_computations():
            if computation.indicator == indicator.code:
                return {"model": computation.model, "kind": computation.kind,
                        "skipped_reason": computation.skipped_reason}
        return None


class ExchangeRateSerializer(serializers.ModelSerializer):
    class Meta:
        model = ExchangeRate
        fields = "__all__"


class ObservationSerializer(RecordSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.filter(is_active=True))
    period_label = serializers.CharField(source="period.label", read_only=True)
    display_value = serializers.CharField(read_only=True)
    province_key = serializers.CharField(source="province.key", read_only=True)
    reporting_unit = serializers.SlugRelatedField(
        slug_field="key", queryset=Province.objects.all(), write_only=True, required=False,
        help_text="Đơn vị hành chính của thời kỳ (ví dụ vn63-19), khi thời kỳ thuộc nhiều đơn vị cũ.")

    class Meta(RecordSerializer.Meta):
        model = Observation
        exclude = (*RecordSerializer.Meta.exclude, "indicator_position")   # the indicator's, copied for ordering


def figure_data(figure) -> dict:
    """A resolved figure with its provenance, for the API."""
    return {
        "indicator": figure.indicator.code,
        "period": {"start": figure.period.start, "end": figure.period.end, "label": figure.period.label},
        "value": figure.value,
        "unit": figure.indicator.unit,
        "currency": figure.currency,
        "display": figure.display,
        "is_estimate": figure.is_estimate,
        "as_of": figure.as_of,
        "parts": [_part(part) for part in figure.parts],
        "conversions": [conversion.as_dict() for conversion in figure.conversions],
        "missing_units": [unit.key for unit in figure.missing_units],
        "notes": figure.notes,
        # Records of the territory filed under another unit, shown and not added (ADR 0020).
        "uncounted": [_part(part) for part in figure.uncounted],
    }


def _part(part) -> dict:
    return {
        "unit": part.unit.key, "unit_name": part.unit.name,
        "period": {"start": part.period.start, "end": part.period.end},
        "value": part.value, "method": part.method,
        "used": [_candidate(candidate) for candidate in part.used],
        "alternatives": [_candidate(candidate) for candidate in part.alternatives],
    }


def _candidate(candidate) -> dict:
    observation = candidate.observation
    return {"amounts": [{"currency": currency, "value": value} for currency, value in candidate.amounts],
            "source": candidate.source,
            "observation": observation.pk if observation else None,
            "counts": bool(observation and observation.counts), "is_estimate": candidate.is_estimate}


def comparison_data(comparison) -> dict:
    return {**figure_data(comparison.current), "change_pct": comparison.change_pct,
            "same_period_last_year": figure_data(comparison.previous)}


class PeriodQuerySerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()

    def validate(self, data):
        if data["end"] < data["start"]:
            raise serializers.ValidationError({"end": _("Ngày kết thúc phải sau ngày bắt đầu.")})
        data["period"] = Period(data["start"], data["end"])
        return data


class NationalQuerySerializer(PeriodQuerySerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=indicator_list())
    historic = serializers.BooleanField(default=False)
