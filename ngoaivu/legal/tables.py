import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.legal.models import LegalDocument
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class LegalDocumentTable(RecordTable):
    number = DetailLinkColumn(verbose_name=_("Số, ký hiệu"))
    title = tables.Column(verbose_name=_("Trích yếu"), attrs={"td": {"class": "text-wrap"}})

    class Meta(RecordTable.Meta):
        model = LegalDocument
        fields = ("number", "doc_type", "title", "issuer", "issued_on", "status", "province")
