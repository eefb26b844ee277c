from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "ngoaivu.ingest"
    label = "ingest"
    verbose_name = _("Đọc văn bản")
    url_prefix = "van-ban-nguon"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.ingest import filtersets, forms, services, tables, views
        from ngoaivu.ingest.models import SourceDocument
        from ngoaivu.ingest.selectors import OPEN_FACT_COUNT, documents_awaiting_review

        register(RecordType(
            model=SourceDocument,
            url_namespace="ingest:document",
            group=_("Đọc văn bản"),
            search_fields=("title", "url", "detected_province"),
            attention=(documents_awaiting_review,),
            url_path="", select_related=("province",), annotate={"open_fact_count": OPEN_FACT_COUNT},
            form=forms.SourceDocumentForm, filterset=filtersets.SourceDocumentFilterSet,
            table=tables.SourceDocumentTable,
            detail_fields=("source_format", "url", "published", "detected_province", "file"),
            detail_template="ingest/document_detail.html",
            views={"list": views.SourceDocumentListView, "detail": views.SourceDocumentDetailView,
                   "add": views.SourceDocumentCreateView},
            update=services.document_update,
        ))

        from ngoaivu.ingest.jobs import KINDS
        from ngoaivu.jobs.registry import register_kind

        for kind in KINDS:
            register_kind(kind)
