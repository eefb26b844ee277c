from django.core.exceptions import PermissionDenied
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from ngoaivu.api.viewsets import API_CHANNEL, RecordViewSet
from ngoaivu.core.roles import Action
from ngoaivu.indicators.periods import Period
from ngoaivu.reports import services
from ngoaivu.reports.api.serializers import (
    NationalQuerySerializer,
    ParagraphSerializer,
    ReportSerializer,
    ReportVersionSerializer,
)
from ngoaivu.reports.builder.national import collect_national
from ngoaivu.reports.builder.national_compose import compose_national
from ngoaivu.reports.exports import PDF_ERRORS, attachment
from ngoaivu.reports.rendering.model import Chart, Heading, Paragraph, ReportDocument, Table, heading_numbers
from ngoaivu.reports.selectors import report_text, requested_version, version_list

FORMAT_PATTERN = r"(?P<fmt>docx|xlsx|pdf)"
# The files a download answers with, one media type per format.
FILE_RESPONSES = {(200, media_type): bytes for media_type in (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf",
)}
VERSION_QUERY = OpenApiParameter("version", int, description="Số phiên bản; mặc định phiên bản mới nhất.")


class ReportRoutes(RecordViewSet):
    """Reports: creating one generates its text from the figures. Actions regenerate the
    figures, reword paragraphs, finalise (lock), list versions and download DOCX/XLSX/PDF."""

    def perform_create(self, serializer):
        super().perform_create(serializer)
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)  # with its version number

    def perform_update(self, serializer):
        super().perform_update(serializer)
        serializer.instance = self.get_queryset().get(pk=serializer.instance.pk)

    @extend_schema(request=None, responses=ReportSerializer)
    @action(detail=True, methods=["post"], required_action=Action.CHANGE)
    def regenerate(self, request, pk=None):
        services.report_regenerate(self.get_object(), actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(request=None, responses=ReportSerializer)
    @action(detail=True, methods=["post"], required_action=Action.SUBMIT)
    def finalize(self, request, pk=None):
        services.report_finalize(self.get_object(), actor=request.user, channel=API_CHANNEL)
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(methods=["GET"], responses=ParagraphSerializer(many=True), parameters=[VERSION_QUERY])
    @extend_schema(methods=["POST"], request=ParagraphSerializer, responses=ParagraphSerializer(many=True),
                   description="Reword a paragraph; an empty text takes it out, the generated text restores it.")
    @action(detail=True, methods=["get", "post"], required_action=Action.CHANGE, filter_backends=[],
            pagination_class=None)
    def paragraphs(self, request, pk=None):
        report = self.get_object()
        if request.method == "POST":
            body = ParagraphSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            services.report_edit_paragraph(report, actor=request.user, key=body.validated_data["key"],
                                           text=body.validated_data["text"], channel=API_CHANNEL)
        text = report_text(report, self._version(report))
        return Response(ParagraphSerializer(text.paragraphs, many=True).data)

    @extend_schema(responses=ReportVersionSerializer(many=True))
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def versions(self, request, pk=None):
        return Response(ReportVersionSerializer(version_list(self.get_object()), many=True).data)

    @extend_schema(parameters=[VERSION_QUERY], description="The report as a document: sections, paragraphs, tables.")
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def document(self, request, pk=None):
        report = self.get_object()
        return Response(document_data(report_text(report, self._version(report)).document))

    @extend_schema(parameters=[VERSION_QUERY], responses=FILE_RESPONSES)
    @action(detail=True, methods=["get"], url_path=f"download/{FORMAT_PATTERN}", filter_backends=[],
            pagination_class=None)
    def download(self, request, pk=None, fmt=None):
        report = self.get_object()
        return file_response(report_text(report, self._version(report)).document, fmt)

    @extend_schema(parameters=[NationalQuerySerializer], description="The Ministry's compilation (national users).")
    @action(detail=False, methods=["get"], filter_backends=[], pagination_class=None)
    def national(self, request):
        return Response(document_data(self._national_document(request)))

    @extend_schema(parameters=[NationalQuerySerializer], responses=FILE_RESPONSES)
    @action(detail=False, methods=["get"], url_path=f"national/download/{FORMAT_PATTERN}", filter_backends=[],
            pagination_class=None)
    def national_download(self, request, fmt=None):
        return file_response(self._national_document(request), fmt, subject="toan quoc")

    def _version(self, report):
        version = requested_version(report, self.request.query_params.get("version"))
        if version is None:
            raise Http404("Báo cáo không có phiên bản này.")
        return version

    def _national_document(self, request) -> ReportDocument:
        if request.user.province_id is not None:
            raise PermissionDenied("Báo cáo tổng hợp toàn quốc dành cho người dùng cấp Trung ương.")
        query = NationalQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        period = Period(query.validated_data["start"], query.validated_data["end"])
        return compose_national(collect_national(user=request.user, period=period, historic=query.units_historic()),
                                query.signing())


def file_response(document: ReportDocument, fmt: str, subject: str = ""):
    try:
        return attachment(document, fmt, subject)
    except PDF_ERRORS as error:
        return Response({"detail": str(error)}, status=503)


def document_data(doc: ReportDocument) -> dict:
    """A document as JSON: its particulars and its sections' blocks, numbers as printed."""
    sections = []
    for number, section in doc.numbered_sections():
        numbers = heading_numbers(section.blocks)
        blocks = []
        for position, block in enumerate(section.blocks):
            if isinstance(block, Heading):
                blocks.append({"type": "heading", "number": numbers[position], "text": block.text})
            elif isinstance(block, Paragraph):
                blocks.append({"type": "paragraph", "key": block.editable_key, "text": block.text})
            elif isinstance(block, Table):
                blocks.append({"type": "table", "caption": block.caption, "unit": block.unit, "columns": block.columns,
                               "column_codes": block.column_codes,
                               "rows": [[block.cell_text(column, value) for column, value in enumerate(row)]
                                        for row in block.rows]})
            elif isinstance(block, Chart):
                blocks.append({"type": "chart", "title": block.title, "unit": block.unit,
                               "categories": block.categories,
                               "series": {name: [None if value is None else str(value) for value in values]
                                          for name, values in block.series.items()}})
        sections.append({"number": number, "heading": section.heading, "blocks": blocks})
    return {"issuer_parent": doc.issuer_parent, "issuer": doc.issuer, "reference": doc.reference(),
            "place": doc.place, "date": doc.date, "title": doc.title, "sections": sections,
            "recipients": doc.recipient_lines(), "signer": [doc.signer_authority, doc.signer_title, doc.signer_name]}
