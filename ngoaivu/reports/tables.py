import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.reports.models import Report
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class ReportTable(RecordTable):
    display_title = DetailLinkColumn(verbose_name=_("Báo cáo"), order_by=("title", "-period_end"))
    latest_version = tables.Column(verbose_name=_("Phiên bản"))

    class Meta(RecordTable.Meta):
        model = Report
        fields = ("display_title", "period_start", "period_end", "status", "number", "latest_version", "updated_at",
                  "province")
