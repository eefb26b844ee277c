import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.partners.models import Partner
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class PartnerTable(RecordTable):
    name = DetailLinkColumn(verbose_name=_("Tên"))
    country = tables.Column(verbose_name=_("Quốc gia"), order_by=("country__name_vi",))

    class Meta(RecordTable.Meta):
        model = Partner
        fields = ("name", "partner_type", "country", "relation_type", "status", "established_on", "province")
