"""`GET /api/<type>/export/?format=xlsx|csv` of every record viewset (RecordViewSet.export).

The route, its renderers and its schema are api's; what writes the file is registered by
the app that knows each type's columns (ngoaivu.exchange, in its AppConfig.ready, as job
kinds are), so api imports nothing above it. With none registered the route answers 404.
"""
from __future__ import annotations

from collections.abc import Callable

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.renderers import BaseRenderer
from rest_framework.response import Response

from ngoaivu.api.renderers import JSONRenderer

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class _FileRenderer(BaseRenderer):
    """Lets `?format=xlsx|csv` through DRF's content negotiation; the exporter returns the file itself."""

    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class XlsxRenderer(_FileRenderer):
    media_type, format = XLSX_TYPE, "xlsx"


class CsvRenderer(_FileRenderer):
    media_type, format = "text/csv", "csv"


EXPORT_RENDERERS = [XlsxRenderer, CsvRenderer, JSONRenderer]
EXPORT_SCHEMA = extend_schema(
    parameters=[OpenApiParameter("format", str, enum=["xlsx", "csv"], description="Định dạng tệp")],
    responses={(200, XLSX_TYPE): OpenApiTypes.BINARY, (200, "text/csv"): OpenApiTypes.BINARY})

_exporter: Callable | None = None


def register_exporter(function: Callable) -> None:
    """`function(viewset, request)` answers every export route from now on."""
    global _exporter
    _exporter = function


def export_response(viewset, request):
    if _exporter is None:
        return Response({"detail": "Chưa có chức năng xuất tệp."}, status=status.HTTP_404_NOT_FOUND)
    return _exporter(viewset, request)
