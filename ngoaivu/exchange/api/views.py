"""The API side of exchange: `GET /api/<type>/export/?format=xlsx|csv` on every record viewset
(the viewset's own filters), and imports: POST a file for a dry run, then confirm or undo."""
from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import api_view, parser_classes, renderer_classes
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from ngoaivu.exchange.exports import ExportFormatError, export_file
from ngoaivu.exchange.models import ImportBatch, ImportMode
from ngoaivu.exchange.specs import spec_for


def export_list_file(viewset, request) -> HttpResponse:
    """The viewset's filtered rows as a file, with the columns of the record type (the route
    is RecordViewSet.export; ngoaivu.exchange.apps registers this as its exporter)."""
    spec = spec_for(viewset.queryset.model._meta.label_lower)
    if spec is None:      # rows of a record (a delegation's members) export with their record's page
        return Response({"detail": "Danh sách này không xuất ra tệp được; hãy xuất loại hồ sơ chứa nó."},
                        status=status.HTTP_404_NOT_FOUND)
    queryset = viewset.filter_queryset(viewset.get_queryset())
    try:
        export = export_file(spec, user=request.user, fmt=request.query_params.get("format", "xlsx"),
                             base=queryset)
    except ExportFormatError as error:
        return Response({"format": [str(error)]}, status=status.HTTP_400_BAD_REQUEST)
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


class ImportRequestSerializer(serializers.Serializer):
    record_type = serializers.CharField(help_text="Ví dụ partners.partner")
    file = serializers.FileField()
    mode = serializers.ChoiceField(choices=ImportMode.choices, default=ImportMode.VALID_ROWS)


def _batch_json(batch, request) -> dict:
    """The import as the API shows it; while its job runs, the job's progress (poll the import's url)."""
    from ngoaivu.jobs.services import job_url

    job = batch.job
    return {"id": batch.pk, "url": request.build_absolute_uri(reverse("import-detail", args=[batch.pk])),
            "record_type": batch.record_type, "file_name": batch.file_name, "mode": batch.mode,
            "status": batch.status, "status_label": batch.get_status_display(),
            "job": None if job is None else {
                "id": job.pk, "status": job.status, "progress": job.progress, "message": job.message,
                "error": job.error, "finished": job.is_finished, "page_url": request.build_absolute_uri(job_url(job))},
            "file_errors": [], "rows": [], "counts": {}, "written": False, **batch.report}


def _accepted(batch, request) -> Response:
    """202 while a background job works on the batch (Location: the import to poll), else 200."""
    from ngoaivu.exchange.models import ImportStatus

    body = _batch_json(batch, request)
    if batch.status in (ImportStatus.CHECKING, ImportStatus.WRITING):
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})
    return Response(body)


def _error_response(error) -> Response:
    if isinstance(error, PermissionDenied):
        return Response({"detail": str(error)}, status=status.HTTP_403_FORBIDDEN)
    return Response({"detail": error.messages}, status=status.HTTP_400_BAD_REQUEST)


@extend_schema(request={"multipart/form-data": ImportRequestSerializer},
               responses={202: OpenApiTypes.OBJECT, 200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT,
                          403: OpenApiTypes.OBJECT})
@api_view(["POST"])
@parser_classes([MultiPartParser, FormParser])
@renderer_classes([JSONRenderer])
def import_create(request):
    """Upload a sheet for a dry run in the background worker: 202 with the import to poll
    (`url`, also the Location; `job.progress`); when checked, its status is "preview" and it
    lists every row and every error. Nothing is written yet. (200 when already checked.)"""
    from ngoaivu.exchange.services import import_preview

    serializer = ImportRequestSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    spec = spec_for(serializer.validated_data["record_type"])
    if spec is None:
        return Response({"record_type": ["Không có loại hồ sơ này."]}, status=status.HTTP_400_BAD_REQUEST)
    upload = serializer.validated_data["file"]
    try:
        batch = import_preview(spec, user=request.user, file_name=upload.name, content=upload.read(),
                               mode=serializer.validated_data["mode"], background=True)
    except (ValidationError, PermissionDenied) as error:
        return _error_response(error)
    return _accepted(batch, request)


def _own_batch(request, pk):
    return ImportBatch.objects.filter(pk=pk, user=request.user).select_related("job").first()


def _not_found() -> Response:
    return Response({"detail": "Không tìm thấy lượt nhập."}, status=status.HTTP_404_NOT_FOUND)


@extend_schema(responses={200: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT})
@api_view(["GET"])
@renderer_classes([JSONRenderer])
def import_detail(request, pk):
    """An import: its status, its job's progress while one runs, and its rows and errors."""
    batch = _own_batch(request, pk)
    return _not_found() if batch is None else Response(_batch_json(batch, request))


def _step(request, pk, step):
    batch = _own_batch(request, pk)
    if batch is None:
        return _not_found()
    try:
        batch = step(batch, user=request.user)
    except (ValidationError, PermissionDenied) as error:
        return _error_response(error)
    return _accepted(batch, request)


@extend_schema(request=None, responses={202: OpenApiTypes.OBJECT, 200: OpenApiTypes.OBJECT,
                                        400: OpenApiTypes.OBJECT, 403: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT})
@api_view(["POST"])
@renderer_classes([JSONRenderer])
def import_confirm(request, pk):
    """Write a previewed import in the background worker: 202 with the import to poll."""
    from ngoaivu.exchange.services import import_confirm as confirm

    return _step(request, pk, lambda batch, user: confirm(batch, user=user, background=True))


@extend_schema(request=None, responses={200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT,
                                        403: OpenApiTypes.OBJECT, 404: OpenApiTypes.OBJECT})
@api_view(["POST"])
@renderer_classes([JSONRenderer])
def import_undo(request, pk):
    """Undo an applied import as a whole."""
    from ngoaivu.exchange.services import import_undo as undo

    return _step(request, pk, undo)


class BulkStatusSerializer(serializers.Serializer):
    record_type = serializers.CharField(help_text="Ví dụ partners.partner")
    ids = serializers.ListField(child=serializers.IntegerField(min_value=1), min_length=1, max_length=5000)
    status = serializers.CharField(help_text="Mã trạng thái mới, ví dụ lapsed")


@extend_schema(request=BulkStatusSerializer, responses={200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT,
                                                        403: OpenApiTypes.OBJECT})
@api_view(["POST"])
@renderer_classes([JSONRenderer])
def bulk_status(request):
    """Give the selected records of a type the same plain status (not a workflow's: its steps
    set that), all or none, each change in the change log. Answers how many changed."""
    from ngoaivu.exchange.services import bulk_set_status

    serializer = BulkStatusSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    data = serializer.validated_data
    spec = spec_for(data["record_type"])
    if spec is None or spec.list_view is None:
        return Response({"record_type": ["Không có loại hồ sơ này."]}, status=status.HTTP_400_BAD_REQUEST)
    try:
        changed = bulk_set_status(spec, user=request.user, ids=data["ids"], status=data["status"], channel="api")
    except PermissionDenied as error:
        return Response({"detail": str(error)}, status=status.HTTP_403_FORBIDDEN)
    except ValidationError as error:
        detail = error.message_dict if hasattr(error, "error_dict") else {"detail": error.messages}
        return Response(detail, status=status.HTTP_400_BAD_REQUEST)
    return Response({"changed": changed})


@extend_schema(parameters=[OpenApiParameter("province", str, description="Mã tỉnh (người dùng cấp Trung ương)")],
               responses={(200, "application/xml"): OpenApiTypes.BINARY, 400: OpenApiTypes.OBJECT})
@api_view(["GET"])
@renderer_classes([JSONRenderer])
def iati(request):
    """The province's ODA and NGO aid as an IATI 2.03 activity file."""
    from ngoaivu.exchange.iati import iati_file
    from ngoaivu.geo.models import Province

    province = getattr(request.user, "province", None)
    if province is None:
        province = Province.objects.filter(key=request.query_params.get("province", "")).first()
        if province is None:
            return Response({"province": ["Hãy chọn tỉnh, thành phố (mã, ví dụ vn34-42)."]},
                            status=status.HTTP_400_BAD_REQUEST)
    result = iati_file(request.user, province)
    response = HttpResponse(result.content, content_type="application/xml")
    response["Content-Disposition"] = f'attachment; filename="iati-activities-{province.key}.xml"'
    response["X-IATI-Provisional-Identifier"] = "1" if result.provisional else "0"
    return response
