import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.delegations.models import Delegation
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class DelegationTable(RecordTable):
    name = DetailLinkColumn(verbose_name=_("Tên đoàn"))
    countries = tables.ManyToManyColumn(verbose_name=_("Quốc gia"), orderable=False)
    partner = tables.Column(verbose_name=_("Đối tác"), order_by=("partner__name",))

    class Meta(RecordTable.Meta):
        model = Delegation
        fields = ("name", "direction", "level", "start_date", "end_date", "countries", "partner", "status",
                  "province")
        row_attrs = {"data-status": lambda record: record.status}
