from rest_framework import serializers

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.trade.choices import GateStatus
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure


class BorderGateSerializer(RecordSerializer):
    current_status = serializers.ChoiceField(choices=GateStatus.choices, read_only=True, allow_null=True)
    current_status_since = serializers.DateField(read_only=True, allow_null=True)

    class Meta(RecordSerializer.Meta):
        model = BorderGate


class BorderGateStatusChangeSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = BorderGateStatusChange


class TradeFigureSerializer(RecordSerializer):
    class Meta(RecordSerializer.Meta):
        model = TradeFigure


class TradeComparisonSerializer(serializers.Serializer):
    current = TradeFigureSerializer(read_only=True)
    previous = TradeFigureSerializer(read_only=True, allow_null=True,
                                     help_text="The earlier figure when one record states it.")
    previous_parts = TradeFigureSerializer(read_only=True, many=True,
                                           help_text="The earlier period's figures: the unit's own, or those "
                                                     "of the units it was merged from.")
    previous_value = serializers.DecimalField(max_digits=20, decimal_places=2, read_only=True, allow_null=True)
    change_pct = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True, allow_null=True)
