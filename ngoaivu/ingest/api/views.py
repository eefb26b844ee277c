"""API of the text review: documents in, runs and their progress, facts and decisions on them."""
from django.db.models import Prefetch
from django.urls import reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import restrict
from ngoaivu.ingest import services
from ngoaivu.ingest.api.serializers import (
    AcceptAllSerializer,
    DocumentIngestSerializer,
    DocumentSubmittedSerializer,
    ExtractedFactSerializer,
    ExtractionRunSerializer,
    FactDecisionSerializer,
    SourceDocumentSerializer,
)
from ngoaivu.ingest.filtersets import ExtractedFactFilterSet, SourceDocumentFilterSet
from ngoaivu.ingest.models import ExtractedFact, ExtractionRun, SourceDocument
from ngoaivu.ingest.records import existing_partner, partner_namesakes
from ngoaivu.jobs.api import JobSerializer


class DocumentViewSet(RecordViewSet):
    queryset = SourceDocument.objects.select_related("province").prefetch_related(
        Prefetch("runs", queryset=ExtractionRun.objects.order_by("-pk"), to_attr="runs_newest_first"))
    serializer_class = SourceDocumentSerializer
    filterset_class = SourceDocumentFilterSet
    search_fields = ("title", "url")
    ordering_fields = ("created_at", "published", "title")
    update_service = services.document_update
    required_action = None  # set per action: deciding on facts is a change, not an addition

    @extend_schema(request=DocumentIngestSerializer, responses={202: DocumentSubmittedSerializer,
                                                               200: SourceDocumentSerializer})
    def create(self, request, *args, **kwargs):
        """A text to read, as a file (multipart) or pasted (JSON). The reading runs in the
        background worker: 202 with the job to poll (`job.url`: status, progress, and when
        done `result_api_url`, the document) and the document when it is already stored
        (a pasted text or .txt). A file is checked (type, size, what it unpacks into)
        before anything is stored. A text the province already has: 200 with it."""
        incoming = DocumentIngestSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        submission = services.document_submit(actor=request.user, province=request.user.province,
                                              channel=API_CHANNEL, **incoming.validated_data)
        result = submission.result
        if result is not None and not result.created:
            body = {**self.get_serializer(result.document).data, "repeat_of": self._repeat_of(request, result)}
            return Response(body, status=status.HTTP_200_OK)
        job = submission.job or submission.run_job
        job.refresh_from_db()  # in-process (no broker) it may be done already
        context = self.get_serializer_context()
        body = {"job": JobSerializer(job, context=context).data,
                "document": self.get_serializer(self.get_queryset().get(pk=result.document.pk)).data if result else None}
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["job"]["url"]})

    @staticmethod
    def _repeat_of(request, result) -> dict | None:
        """For a text read before: the message and the earlier run, in the API and on the pages."""
        if result.created:
            return None
        run = result.run
        return {
            "detail": result.repeat_notice,
            "run": run.pk if run else None,
            "run_url": request.build_absolute_uri(reverse("run-detail", args=[run.pk])) if run else None,
            "page_url": request.build_absolute_uri(reverse("ingest:run_detail", args=[run.pk])) if run else None,
        }

    @action(detail=True, methods=["get"])
    def facts(self, request, pk=None):
        """The document's facts, filtered by `kind` and `status`."""
        facts = restrict(ExtractedFact.objects.filter(document=self.get_object()).select_related("record_type"),
                         request.user)
        page = self.paginate_queryset(ExtractedFactFilterSet(request.query_params, queryset=facts).qs)
        return self.get_paginated_response(ExtractedFactSerializer(page, many=True).data)

    @extend_schema(request=None, responses={202: ExtractionRunSerializer})
    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def rerun(self, request, pk=None):
        """Read the document again in the background worker: 202 with the run (poll /api/runs/{id}/)."""
        run = services.run_start(self.get_object(), actor=request.user, channel=API_CHANNEL)
        run.refresh_from_db()
        return Response(ExtractionRunSerializer(run).data, status=status.HTTP_202_ACCEPTED,
                        headers={"Location": request.build_absolute_uri(reverse("run-detail", args=[run.pk]))})

    @extend_schema(request=AcceptAllSerializer)
    @action(detail=True, methods=["post"], url_path="accept-all", required_action=Action.CHANGE)
    def accept_all(self, request, pk=None):
        """Accept every open fact (`skip_doubtful`: but the figures worth a closer look, counted in `skipped`;
        left out: as the province's settings say, `accept_all_skips_doubtful`)."""
        options = AcceptAllSerializer(data=request.data)
        options.is_valid(raise_exception=True)
        result = services.facts_accept_all(self.get_object(), actor=request.user, channel=API_CHANNEL,
                                           skip_doubtful=options.validated_data.get("skip_doubtful"))
        return Response({"accepted": result.accepted, "skipped": result.skipped, "refused": [
            {"fact": fact.pk, "errors": error.message_dict if hasattr(error, "error_dict") else error.messages}
            for fact, error in result.refused]})


class ScopedReadOnlyViewSet(viewsets.ReadOnlyModelViewSet):
    required_action = None
    def get_queryset(self):
        return restrict(super().get_queryset(), self.request.user, Action.VIEW)


class FactViewSet(ScopedReadOnlyViewSet):
    queryset = ExtractedFact.objects.select_related("record_type")
    serializer_class = ExtractedFactSerializer
    filterset_class = ExtractedFactFilterSet

    def _decided(self, decide, **extra):
        fact = decide(self.get_object(), actor=self.request.user, channel=API_CHANNEL, **extra)
        return Response(self.get_serializer(fact).data)

    @extend_schema(responses=inline_serializer("FactPartnerMatch", {
        "existing": inline_serializer("ExistingPartner", {"id": serializers.IntegerField(), "name": serializers.CharField(),
                                                         "url": serializers.URLField()}, allow_null=True),
        "namesakes": serializers.ListField(child=serializers.CharField()),
    }))
    @action(detail=True, methods=["get"], url_path="partner-match")
    def partner_match(self, request, pk=None):
        """For a partner fact, what the review screen says: the partner of the records accepting it attaches to
        (`existing`, null when a new one would be made) and the places an ambiguous name may mean (`namesakes`)."""
        fact = self.get_object()
        existing = existing_partner(fact, actor=request.user) if fact.is_open else None
        return Response({
            "existing": existing and {"id": existing.pk, "name": existing.name,
                                      "url": request.build_absolute_uri(reverse("partner-detail", args=[existing.pk]))},
            "namesakes": partner_namesakes(fact) if fact.is_open else [],
        })

    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def accept(self, request, pk=None):
        """Accept into a record, matched or created; an optional `corrected_payload` corrects it first."""
        decision = FactDecisionSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        return self._decided(services.fact_accept, corrected_payload=decision.validated_data.get("corrected_payload"))

    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def correct(self, request, pk=None):
        decision = FactDecisionSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        return self._decided(services.fact_correct,
                             corrected_payload=decision.validated_data.get("corrected_payload") or {})

    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def reject(self, request, pk=None):
        return self._decided(services.fact_reject)


class RunViewSet(ScopedReadOnlyViewSet):
    queryset = ExtractionRun.objects.select_related("document")
    serializer_class = ExtractionRunSerializer
