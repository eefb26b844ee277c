from rest_framework.decorators import action

from ngoaivu.agreements import services
from ngoaivu.agreements.api.serializers import (
    AgreementDocumentSerializer,
    AgreementReviewSerializer,
    AgreementSerializer,
)
from ngoaivu.agreements.filtersets import AgreementDocumentFilterSet, AgreementFilterSet, AgreementReviewFilterSet
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.api.viewsets import RecordViewSet
from ngoaivu.core.uploads import file_response
from ngoaivu.core.workflow.api import WorkflowRoutes


class AgreementViewSet(WorkflowRoutes, RecordViewSet):
    """Agreements; `POST …/{id}/steps/{step}/` takes a step of the procedure (agreements.workflow),
    `GET …/{id}/steps/` lists the steps taken."""

    queryset = Agreement.objects.select_related("province").prefetch_related("partners", "sectors")
    serializer_class = AgreementSerializer
    filterset_class = AgreementFilterSet
    search_fields = ("number", "title", "vietnamese_party")
    ordering_fields = ("title", "signed_on", "term_end", "created_at")
    create_service = services.agreement_create
    update_service = services.agreement_update
    delete_service = services.agreement_delete


class AgreementReviewViewSet(RecordViewSet):
    queryset = AgreementReview.objects.select_related("province", "agreement")
    serializer_class = AgreementReviewSerializer
    filterset_class = AgreementReviewFilterSet
    ordering_fields = ("year", "created_at")
    create_service = services.review_create
    update_service = services.review_update
    delete_service = services.review_delete


class AgreementDocumentViewSet(RecordViewSet):
    queryset = AgreementDocument.objects.select_related("province", "agreement")
    serializer_class = AgreementDocumentSerializer
    filterset_class = AgreementDocumentFilterSet
    ordering_fields = ("kind", "created_at")
    create_service = services.document_create
    update_service = services.document_update
    delete_service = services.document_delete

    @action(detail=True, methods=["get"], url_path="file")
    def file(self, request, pk=None):
        return file_response(self.get_object().file)
