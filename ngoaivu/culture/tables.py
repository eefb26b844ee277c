import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.culture.models import CulturalEvent
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class CulturalEventTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Hoạt động"))
    country = tables.Column(verbose_name=_("Quốc gia"), order_by=("country__name_vi",))

    class Meta(RecordTable.Meta):
        model = CulturalEvent
        fields = ("title", "kind", "start_date", "venue", "country", "heritage_name", "audience_size", "province")
