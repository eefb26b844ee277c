from django.views import View

from ngoaivu.core.uploads import file_response
from ngoaivu.legal.models import LegalDocument
from ngoaivu.ui.views import records


class LegalDocumentDetailView(records.RecordDetailView):
    def extra_context(self, obj) -> dict:
        return {"replaced_documents": obj.replaces.all()}


class LegalDocumentFileView(records.RecordMixin, View):
    model = LegalDocument

    def get(self, request, pk):
        return file_response(self.get_object().file)
