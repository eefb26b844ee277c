"""Pages of data exchange: export of a list, import templates and imports, IATI, bulk actions.

Reads go through `export_queryset` (scoped with `restrict`), writes through the import
services, which write through each record type's own services.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ngoaivu.exchange.exports import ExportFile, ExportFormatError, export_file
from ngoaivu.exchange.specs import ExchangeSpec, spec_by_slug


def _spec(slug: str) -> ExchangeSpec:
    spec = spec_by_slug(slug)
    if spec is None or spec.list_view is None:
        raise Http404(_("Không có loại hồ sơ này."))
    return spec


def file_response(export: ExportFile) -> HttpResponse:
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


@login_required
@require_GET
def export_list(request, slug):
    """The list page's rows with its filters and search (?format=xlsx|csv)."""
    spec = _spec(slug)
    try:
        export = export_file(spec, user=request.user, fmt=request.GET.get("format", "xlsx"), params=request.GET,
                             request=request)
    except (ExportFormatError, ValidationError) as error:
        return HttpResponseBadRequest(" ".join(getattr(error, "messages", [str(error)])))
    return file_response(export)


@login_required
@require_POST
def bulk_action(request, slug):
    """Selected rows of a list: export them, or delete them (each through the type's service)."""
    from ngoaivu.exchange.services import bulk_delete

    spec = _spec(slug)
    ids = [int(pk) for pk in request.POST.getlist("ids") if pk.isdigit()]
    list_url = reverse(spec.record_type.url_name("list"))
    if not ids:
        messages.error(request, _("Chưa chọn bản ghi nào."))
        return HttpResponseRedirect(list_url)
    action = request.POST.get("action")
    if action in ("xlsx", "csv"):
        return file_response(export_file(spec, user=request.user, fmt=action, ids=ids))
    if action == "delete":
        try:
            deleted = bulk_delete(spec, user=request.user, ids=ids)
        except PermissionDenied as error:
            messages.error(request, str(error))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã xóa %(count)s bản ghi. Có thể khôi phục trong Thùng rác.")
                             % {"count": deleted})
        return HttpResponseRedirect(list_url)
    return HttpResponseBadRequest(_("Thao tác không hợp lệ."))
