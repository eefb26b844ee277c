import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.indicators.models import Observation
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class ObservationTable(RecordTable):
    indicator = DetailLinkColumn(verbose_name=_("Chỉ tiêu"), order_by=("indicator_position",))
    period = tables.Column(verbose_name=_("Kỳ"), accessor="period_end", order_by=("period_end", "period_start"))
    value = tables.Column(verbose_name=_("Giá trị"), attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    counts = tables.BooleanColumn(verbose_name=_("Được dùng"), yesno="✔,")

    class Meta(RecordTable.Meta):
        model = Observation
        fields = ("indicator", "period", "value", "is_estimate", "counterpart", "source", "counts", "province")

    def render_period(self, record):
        return record.period.label

    def render_value(self, record):
        return record.display_value
