import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.plans.models import Plan, Target
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class PlanTable(RecordTable):
    name = DetailLinkColumn(verbose_name=_("Tên kế hoạch"))
    term = tables.Column(verbose_name=_("Kỳ"), accessor="start_year", order_by=("start_year", "end_year"))

    class Meta(RecordTable.Meta):
        model = Plan
        fields = ("name", "legal_document", "term", "province")

    def render_term(self, record):
        return record.period.label


class TargetTable(RecordTable):
    indicator = DetailLinkColumn(verbose_name=_("Chỉ tiêu"), order_by=("indicator__position",))
    wording = tables.Column(verbose_name=_("Mục tiêu"), accessor="kind", orderable=False)

    class Meta(RecordTable.Meta):
        model = Target
        fields = ("indicator", "wording", "plan", "province")

    def render_wording(self, record):
        return record.wording
