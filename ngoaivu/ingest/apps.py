from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "ngoaivu.ingest"
    label = "ingest"
    verbose_name = _("Đọc văn bản")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.ingest.models import SourceDocument
        from ngoaivu.ingest.selectors import documents_awaiting_review

        register(RecordType(
            model=SourceDocument,
            url_namespace="ingest:document",
            group=_("Đọc văn bản"),
            search_fields=("title", "url", "detected_province"),
            attention=(documents_awaiting_review,),
        ))

        from ngoaivu.ingest.jobs import KINDS
        from ngoaivu.jobs.registry import register_kind

        for kind in KINDS:
            register_kind(kind)
