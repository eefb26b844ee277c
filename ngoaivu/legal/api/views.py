from rest_framework.decorators import action

from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core.uploads import file_response
from ngoaivu.legal import services
from ngoaivu.legal.api.serializers import LegalDocumentSerializer
from ngoaivu.legal.filtersets import LegalDocumentFilterSet
from ngoaivu.legal.models import LegalDocument


class LegalDocumentViewSet(RecordViewSet):
    queryset = LegalDocument.objects.select_related("province")
    serializer_class = LegalDocumentSerializer
    filterset_class = LegalDocumentFilterSet
    search_fields = ("number", "title", "issuer")
    ordering_fields = ("number", "issued_on", "created_at")
    create_service = services.legal_document_create
    update_service = services.legal_document_update
    delete_service = services.legal_document_delete

    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request, pk=None):
        return file_response(self.get_object().file)
