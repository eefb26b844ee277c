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
    """Selected rows of a list: export them, change their status or delete them (each through the type's services)."""
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
    if action == "status":
        from ngoaivu.exchange.services import bulk_set_status

        try:
            changed = bulk_set_status(spec, user=request.user, ids=ids, status=request.POST.get("status", ""))
        except PermissionDenied as error:
            messages.error(request, str(error))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã đổi trạng thái %(count)s bản ghi.") % {"count": changed})
        return HttpResponseRedirect(list_url)
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


# --- imports ----------------------------------------------------------------------------

def _batch(request, pk):
    from ngoaivu.exchange.models import ImportBatch

    batch = ImportBatch.objects.filter(pk=pk, user=request.user).select_related("job").first()
    if batch is None:
        raise Http404(_("Không tìm thấy lượt nhập."))
    return batch


def _while_running(batch) -> str | None:
    """The job's page (progress, then back here) while a background job checks or writes the batch."""
    from ngoaivu.exchange.models import ImportStatus
    from ngoaivu.jobs.services import job_url

    if batch.status in (ImportStatus.CHECKING, ImportStatus.WRITING) and batch.job and not batch.job.is_finished:
        return job_url(batch.job)
    return None


@login_required
@require_GET
def import_template(request, slug):
    from ngoaivu.exchange.templates_xlsx import template_file

    return file_response(template_file(_spec(slug), user=request.user))


@login_required
def import_upload(request, slug):
    from django.shortcuts import render

    from ngoaivu.exchange.forms import ImportForm
    from ngoaivu.exchange.services import import_preview

    spec = _spec(slug)
    if not spec.importable:
        raise Http404(_("Loại hồ sơ này không nhập được từ bảng tính."))
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = import_preview(spec, user=request.user, file_name=upload.name, content=upload.read(),
                                   mode=form.cleaned_data["mode"], background=True)
        except PermissionDenied as error:
            raise PermissionDenied(str(error)) from error
        return HttpResponseRedirect(_while_running(batch) or reverse("exchange:import_detail", args=[batch.pk]))
    return render(request, "exchange/import_upload.html", {"spec": spec, "form": form},
                  status=400 if form.errors else 200)


@login_required
def import_detail(request, pk):
    """The dry run's preview (confirm) or an applied import's result (undo)."""
    from django.shortcuts import render

    from ngoaivu.exchange.services import import_confirm, import_undo
    from ngoaivu.exchange.specs import spec_for

    batch = _batch(request, pk)
    if request.method == "POST":
        confirm = request.POST.get("action") == "confirm"
        try:
            if confirm:
                batch = import_confirm(batch, user=request.user, background=True)
            else:
                import_undo(batch, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            running = _while_running(batch) if confirm else None
            if running:
                return HttpResponseRedirect(running)
            messages.success(request, _("Đã ghi dữ liệu nhập.") if confirm else _("Đã hoàn tác lượt nhập."))
        return HttpResponseRedirect(reverse("exchange:import_detail", args=[batch.pk]))
    running = _while_running(batch)
    if running:
        return HttpResponseRedirect(running)
    spec = spec_for(batch.record_type)
    rows = batch.report.get("rows", [])
    return render(request, "exchange/import_detail.html", {
        "batch": batch, "spec": spec, "report": batch.report, "rows": rows[:2000], "hidden_rows": max(0, len(rows) - 2000),
        "errors": [error for row in rows for error in row["errors"]][:500],
    })


@login_required
@require_GET
def iati_download(request):
    """The province's ODA and NGO aid as an IATI 2.03 activity file (a national user names ?province=)."""
    from ngoaivu.exchange.iati import iati_file
    from ngoaivu.geo.models import Province

    province = request.user.province
    if province is None:
        province = Province.objects.filter(key=request.GET.get("province", "")).first()
        if province is None:
            return HttpResponseBadRequest(_("Hãy chọn tỉnh, thành phố (?province=mã, ví dụ vn34-42)."))
    result = iati_file(request.user, province)
    response = HttpResponse(result.content, content_type="application/xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="iati-activities-{province.key}.xml"'
    response["X-IATI-Provisional-Identifier"] = "1" if result.provisional else "0"
    return response
