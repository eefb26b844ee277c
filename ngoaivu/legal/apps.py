from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "ngoaivu.legal"
    label = "legal"
    verbose_name = _("Văn bản căn cứ")
    url_prefix = "van-ban"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.legal import views
        from ngoaivu.legal.api.serializers import LegalDocumentSerializer
        from ngoaivu.legal.api.views import LegalDocumentRoutes
        from ngoaivu.legal.filtersets import LegalDocumentFilterSet
        from ngoaivu.legal.forms import LegalDocumentForm
        from ngoaivu.legal.models import LegalDocument
        from ngoaivu.legal.tables import LegalDocumentTable

        register(RecordType(
            model=LegalDocument,
            url_namespace="legal:document",
            group=_("Văn bản, kế hoạch"),
            search_fields=("number", "title", "issuer", "notes"),
            url_path="",
            select_related=("province", "replaced_by"),
            form=LegalDocumentForm, filterset=LegalDocumentFilterSet, table=LegalDocumentTable,
            serializer=LegalDocumentSerializer,
            detail_template="legal/legaldocument_detail.html",
            views={"detail": views.LegalDocumentDetailView},
            api_path="legal-documents", api_basename="legal-document",
            ordering_fields=("number", "issued_on", "created_at"),
            viewset=LegalDocumentRoutes,
        ))
