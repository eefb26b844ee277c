from django.views import View

from ngoaivu.core.uploads import file_response
from ngoaivu.legal import services
from ngoaivu.legal.filtersets import LegalDocumentFilterSet
from ngoaivu.legal.forms import LegalDocumentForm
from ngoaivu.legal.models import LegalDocument
from ngoaivu.legal.tables import LegalDocumentTable
from ngoaivu.ui.views import records


class LegalDocumentMixin:
    model = LegalDocument
    select_related = ("province", "replaced_by")


class LegalDocumentListView(LegalDocumentMixin, records.RecordListView):
    filterset_class = LegalDocumentFilterSet
    table_class = LegalDocumentTable


class LegalDocumentDetailView(LegalDocumentMixin, records.RecordDetailView):
    template_name = "legal/legaldocument_detail.html"

    def extra_context(self, obj) -> dict:
        return {"replaced_documents": obj.replaces.all()}


class LegalDocumentCreateView(LegalDocumentMixin, records.RecordCreateView):
    form_class = LegalDocumentForm
    create_service = services.legal_document_create


class LegalDocumentUpdateView(LegalDocumentMixin, records.RecordUpdateView):
    form_class = LegalDocumentForm
    update_service = services.legal_document_update


class LegalDocumentDeleteView(LegalDocumentMixin, records.RecordDeleteView):
    delete_service = services.legal_document_delete


class LegalDocumentHistoryView(LegalDocumentMixin, records.RecordHistoryView):
    pass


class LegalDocumentFileView(LegalDocumentMixin, records.RecordMixin, View):
    def get(self, request, pk):
        return file_response(self.get_object().file)
