import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from ngoaivu.ingest.models import SourceDocument
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


class SourceDocumentTable(RecordTable):
    title = DetailLinkColumn(verbose_name=_("Tiêu đề"))
    open_facts = tables.Column(verbose_name=_("Chờ duyệt"), accessor="open_fact_count", orderable=True,
                               attrs={"td": {"class": "num"}, "th": {"class": "num"}})
    created_at = tables.DateTimeColumn(verbose_name=_("Tải lên lúc"), format="d/m/Y H:i")

    class Meta(RecordTable.Meta):
        model = SourceDocument
        fields = ("title", "source_format", "published", "detected_province", "open_facts", "created_at", "province")
