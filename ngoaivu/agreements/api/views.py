from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from ngoaivu.agreements import selectors, services
from ngoaivu.agreements.api.serializers import (
    AgreementDocumentSerializer,
    AgreementReviewSerializer,
    AgreementSerializer,
    AgreementStatusChangeSerializer,
)
from ngoaivu.agreements.filtersets import AgreementDocumentFilterSet, AgreementFilterSet, AgreementReviewFilterSet
from ngoaivu.agreements.forms import step_form
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.agreements.workflow import STEPS, step_named
from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.core.uploads import file_response


class AgreementViewSet(RecordViewSet):
    """Agreements; `POST …/{id}/steps/{step}/` takes a step of the procedure (see agreements.workflow)."""

    queryset = Agreement.objects.select_related("province").prefetch_related("partners", "sectors")
    serializer_class = AgreementSerializer
    filterset_class = AgreementFilterSet
    search_fields = ("number", "title", "vietnamese_party")
    ordering_fields = ("title", "signed_on", "term_end", "created_at")
    create_service = services.agreement_create
    update_service = services.agreement_update
    delete_service = services.agreement_delete

    @property
    def required_action(self):
        """A step needs the right its definition names (approve, submit…); other routes go by method."""
        step = step_named(getattr(self, "kwargs", {}).get("step", ""))
        return step.action if step else None

    @extend_schema(
        description="Take a step of the procedure. Besides `on` and `note`, a step takes its own fields: "
                    + "; ".join(f"{name}: {', '.join(step.detail_fields)}" for name, step in STEPS.items()
                                if step.detail_fields) + ".",
        parameters=[OpenApiParameter("step", str, OpenApiParameter.PATH, enum=list(STEPS))],
        request=inline_serializer("AgreementStep", {"on": serializers.DateField(),
                                                    "note": serializers.CharField(required=False)}),
        responses=AgreementSerializer,
    )
    @action(detail=True, methods=["post"], url_path=r"steps/(?P<step>[a-z_]+)")
    def step(self, request, pk=None, step=None):
        definition = step_named(step)
        if definition is None:
            raise Http404
        agreement = self.get_object()
        form = step_form(definition, data=request.data)
        if not form.is_valid():
            raise ValidationError(_form_errors(form))
        agreement = services.agreement_take_step(agreement, actor=request.user, step=definition.name,
                                                 channel=API_CHANNEL, **form.step_arguments())
        return Response(self.get_serializer(agreement).data)

    @extend_schema(responses=AgreementStatusChangeSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="status-history", filter_backends=[], pagination_class=None)
    def status_history(self, request, pk=None):
        changes = selectors.status_history(self.get_object())
        return Response(AgreementStatusChangeSerializer(changes, many=True).data)


def _form_errors(form) -> dict:
    """A form's errors in the API's shape: {"field": ["message", …]}, "non_field_errors" for the rest."""
    return {("non_field_errors" if field == "__all__" else field): [error["message"] for error in errors]
            for field, errors in form.errors.get_json_data().items()}


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
