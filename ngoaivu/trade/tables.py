import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.trade.models import BorderGate, TradeFigure
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class BorderGateTable(RecordTable):
    name_vn = DetailLinkColumn(verbose_name=_("Cửa khẩu phía Việt Nam"))
    country = tables.Column(verbose_name=_("Nước láng giềng"), order_by=("country__name_vi",))
    current_status = tables.Column(verbose_name=_("Trạng thái hiện tại"), accessor="current_status_label",
                                   order_by=("current_status",))
    current_status_since = tables.DateColumn(verbose_name=_("Từ ngày"))

    class Meta(RecordTable.Meta):
        model = BorderGate
        fields = ("name_vn", "name_foreign", "country", "gate_class", "current_status", "current_status_since",
                  "province")


class TradeFigureTable(RecordTable):
    flow = DetailLinkColumn(verbose_name=_("Chỉ tiêu"), accessor="get_flow_display", order_by=("flow",))
    period = tables.Column(verbose_name=_("Kỳ"), accessor="period_label", order_by=("period_start", "period_end"))
    value = tables.Column(verbose_name=_("Giá trị"), accessor="value_display", order_by=("value",),
                          attrs={"td": {"class": "text-end"}})

    class Meta(RecordTable.Meta):
        model = TradeFigure
        fields = ("flow", "period", "value", "is_estimate", "border_gate", "commodity",
                  "source", "province")
