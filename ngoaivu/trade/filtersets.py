import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.choices import Currency
from ngoaivu.geo.models import Country
from ngoaivu.trade.choices import Commodity, GateClass, GateStatus, TradeFlow
from ngoaivu.trade.models import LAND_NEIGHBOURS, BorderGate, TradeFigure
from ngoaivu.ui.filtersets import PeriodYearFilter, RecordFilterSet, scoped_choices


class BorderGateFilterSet(RecordFilterSet):
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.filter(code__in=LAND_NEIGHBOURS),
                                               label=_("Nước láng giềng"))
    gate_class = django_filters.ChoiceFilter(choices=GateClass.choices, label=_("Loại cửa khẩu"))
    status = django_filters.ChoiceFilter(field_name="current_status", choices=GateStatus.choices,
                                         label=_("Trạng thái hiện tại"))

    class Meta:
        model = BorderGate
        fields = ["q", "country", "gate_class", "status"]


class TradeFigureFilterSet(RecordFilterSet):
    flow = django_filters.ChoiceFilter(choices=TradeFlow.choices, label=_("Chỉ tiêu"))
    year = PeriodYearFilter(start_field="period_start", end_field="period_end")
    border_gate = django_filters.ModelChoiceFilter(queryset=scoped_choices(BorderGate), label=_("Cửa khẩu"))
    commodity = django_filters.ChoiceFilter(choices=Commodity.choices, label=_("Mặt hàng"))
    currency = django_filters.ChoiceFilter(choices=Currency.choices, label=_("Đơn vị tiền tệ"))
    is_estimate = django_filters.BooleanFilter(label=_("Số ước đạt"))

    class Meta:
        model = TradeFigure
        fields = ["q", "flow", "year", "border_gate", "commodity", "currency", "is_estimate"]
