from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.ingest.models import ExtractedFact, SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(RecordAdmin):
    list_display = ("title", "source_format", "published", "detected_province", "province", "created_at")
    list_filter = ("source_format", "province")
    search_fields = ("title", "url")


@admin.register(ExtractedFact)
class ExtractedFactAdmin(RecordAdmin):
    list_display = ("__str__", "kind", "status", "attached", "document", "province")
    list_filter = ("kind", "status", "attached", "province")
    readonly_fields = ("document", "run", "kind", "payload", "evidence", "start", "end", "created_at", "updated_at")
