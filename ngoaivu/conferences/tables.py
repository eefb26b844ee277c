import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences.models import Conference
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class ConferenceTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tên hội nghị, hội thảo"))
    countries = tables.ManyToManyColumn(verbose_name=_("Quốc gia"), orderable=False)
    foreign_participants = tables.Column(verbose_name=_("Đại biểu nước ngoài"), attrs={"td": {"class": "num"}})

    class Meta(RecordTable.Meta):
        model = Conference
        fields = ("title", "kind", "province_role", "start_date", "end_date", "format", "foreign_participants",
                  "countries", "status", "province")
        row_attrs = {"data-status": lambda record: record.status}
