"""One error shape for the API: DRF's JSON naming the field, also for service errors, and
JSON for what never reaches a viewset (an unknown /api/ address, an unhandled exception)."""
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from ngoaivu.core.errors import StaleRecord

API_PREFIX = "/api/"


def exception_handler(exc, context):
    if isinstance(exc, StaleRecord):
        # 412: the If-Match (or body version) no longer names the stored version; nothing was saved.
        return Response({"detail": exc.messages[0], "version": exc.current_version,
                         "changes": [{**change, "time": change["time"].isoformat()} for change in exc.changes]},
                        status=status.HTTP_412_PRECONDITION_FAILED, headers={"ETag": f'"{exc.current_version}"'})
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        detail = {("non_field_errors" if key == "__all__" else key): value for key, value in detail.items()}
        exc = exceptions.ValidationError(detail)
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    elif isinstance(exc, exceptions.Throttled):
        wait = exc.wait
        exc = exceptions.Throttled(detail=_(  # DRF's text would add an English sentence
            "Quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau %(seconds)d giây.") % {"seconds": wait or 1})
        exc.wait = wait  # the Retry-After header
    return drf_exception_handler(exc, context)


def _is_api(request) -> bool:
    return request.path.startswith(API_PREFIX)


def not_found(request, exception=None):
    """handler404: JSON under /api/ (clients parse it), the site's page elsewhere."""
    if _is_api(request):
        return JsonResponse({"detail": _("Không tìm thấy.")}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """handler500: Django has already logged the exception (logger django.request) with its
    traceback; the API client gets JSON it can parse instead of an HTML page."""
    if _is_api(request):
        return JsonResponse({"detail": _("Lỗi máy chủ. Lỗi đã được ghi lại; hãy thử lại sau.")}, status=500)
    return defaults.server_error(request)
