from django import forms

from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
from ngoaivu.ui.forms import RecordForm, RecordFormMixin


class BorderGateForm(RecordForm):
    class Meta:
        model = BorderGate
        fields = ["name_vn", "name_foreign", "country", "gate_class", "location", "legal_basis", "notes"]


class BorderGateStatusChangeForm(RecordFormMixin, forms.ModelForm):
    """The small form on a gate's page; the gate and province come from the page."""

    class Meta:
        model = BorderGateStatusChange
        fields = ["changed_on", "status", "reason", "document"]


class TradeFigureForm(RecordForm):
    class Meta:
        model = TradeFigure
        fields = ["flow", "period_start", "period_end", "value", "currency", "is_estimate", "border_gate",
                  "commodity", "source", "note"]
