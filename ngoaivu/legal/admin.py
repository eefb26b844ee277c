from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.legal import services
from ngoaivu.legal.models import LegalDocument


@admin.register(LegalDocument)
class LegalDocumentAdmin(RecordAdmin):
    list_display = ("number", "doc_type", "issuer", "issued_on", "status", "province")
    list_filter = ("doc_type", "status", "province")
    search_fields = ("number", "title", "issuer")
    raw_id_fields = ("replaced_by",)
    create_service = services.legal_document_create
    update_service = services.legal_document_update
    delete_service = services.legal_document_delete
