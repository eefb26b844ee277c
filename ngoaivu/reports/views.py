from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.jobs.services import job_url, start_job
from ngoaivu.reports import services
from ngoaivu.reports.builder.national import collect_national
from ngoaivu.reports.builder.national_compose import compose_national
from ngoaivu.reports.exports import FORMATS, PDF_ERRORS, attachment
from ngoaivu.reports.forms import NationalReportForm, ParagraphForm, ReportCreateForm
from ngoaivu.reports.jobs import PDF_JOB
from ngoaivu.reports.models import Report
from ngoaivu.reports.preview import PARAGRAPH_STATES, document_preview, paragraph_state
from ngoaivu.reports.rendering.pdf import PdfConversionUnavailable, pdf_available
from ngoaivu.reports.selectors import report_text, report_version, requested_version, version_list
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views import records

UI_CHANNEL = records.UI_CHANNEL
VERSION_PARAMETER = "phien-ban"


class ReportMixin:
    model = Report

    def detail_url(self, report: Report) -> str:
        return reverse("reports:report_detail", args=[report.pk])

    def chosen_version(self, report: Report):
        """The version asked for with ?phien-ban=N, else the latest."""
        version = requested_version(report, self.request.GET.get(VERSION_PARAMETER))
        if version is None:
            raise Http404(_("Báo cáo không có phiên bản này."))
        return version


class ReportListView(ReportMixin, records.RecordListView):
    template_name = "reports/report_list.html"

    def get_queryset(self):
        return self.scoped_queryset()  # in the reports' own order (latest period first)


class ReportDetailView(ReportMixin, records.RecordDetailView):
    """The report's particulars and, below, the text of a version with its edit links."""


    def extra_context(self, obj):
        version = self.chosen_version(obj)
        text = report_text(obj, version)
        is_latest = version.pk == report_version(obj).pk
        user = self.request.user
        editable = not obj.is_final and may_act_in_province(user, Action.CHANGE, obj.province_id)
        return {
            "text": text, "version": version, "is_latest": is_latest,
            "preview": document_preview(text.document, text.paragraphs),
            "removed": [paragraph for paragraph in text.paragraphs if paragraph.removed],
            "can_edit_text": editable and is_latest,
            "can_finalize": not obj.is_final and may_act_in_province(user, Action.SUBMIT, obj.province_id),
            # A locked report is neither edited nor deleted; the generic buttons follow.
            "can_change": editable, "can_delete": editable and can(user, Action.DELETE),
            "formats": list(FORMATS), "pdf_available": pdf_available(), "version_parameter": VERSION_PARAMETER,
        }


class ReportCreateView(ReportMixin, records.RecordCreateView):
    form_class = ReportCreateForm
    template_name = "reports/report_create.html"

    def form_kwargs(self, obj=None) -> dict:
        return {"user": self.request.user}

    def form_data(self, form) -> dict:
        data = form.report_data()
        if form.cleaned_data.get("province") is not None:  # a national administrator chose it
            data["province"] = form.cleaned_data["province"]
        return data


class ReportUpdateView(ReportMixin, records.RecordUpdateView):

    def get(self, request, pk):
        obj = self.get_object(Action.CHANGE)
        if obj.is_final:
            messages.error(request, _("Báo cáo đã hoàn thành và đã khóa, không sửa được."))
            return HttpResponseRedirect(self.detail_url(obj))
        return self.render_form(self.build_form(obj=obj), obj)


class ReportRegenerateView(ReportMixin, records.RecordMixin, View):
    def post(self, request, pk):
        report = self.get_object(Action.CHANGE)
        try:
            version = services.report_regenerate(report, actor=request.user, channel=UI_CHANNEL)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã cập nhật số liệu (phiên bản %(number)s); các đoạn đã sửa được giữ "
                                        "nguyên.") % {"number": version.number})
        return HttpResponseRedirect(self.detail_url(report))


class ReportFinalizeView(ReportMixin, records.RecordMixin, View):
    def post(self, request, pk):
        report = self.get_object(Action.SUBMIT)
        try:
            services.report_finalize(report, actor=request.user, channel=UI_CHANNEL)
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        else:
            messages.success(request, _("Đã hoàn thành và khóa báo cáo."))
        return HttpResponseRedirect(self.detail_url(report))


class ReportEditorView(ReportMixin, records.RecordMixin, View):
    """The whole report on one page, each keyed paragraph in a form of its own (posted to
    ParagraphEditView; static/reports/editor.js saves in place), badged as drafted from
    the data, edited, to be written, or with figures changed since it was edited."""

    template_name = "reports/report_editor.html"

    def get(self, request, pk):
        report = self.get_object(Action.CHANGE)
        if report.is_final:
            messages.error(request, _("Báo cáo đã hoàn thành và đã khóa, không sửa được."))
            return HttpResponseRedirect(self.detail_url(report))
        text = report_text(report)
        # Every keyed paragraph, also those taken out, in the order of the generated text.
        preview = document_preview(text.generated, text.paragraphs, charts=False)
        return render(request, self.template_name, self.page_context(
            object=report, text=text, preview=preview, editor=True))


class ParagraphEditView(ReportMixin, records.RecordMixin, View):
    """Reword one paragraph; the generated wording is shown beside it and can be restored.
    Asked for JSON (the editor's script), it answers with the paragraph as saved; posted
    from the editor without script, it goes back to the editor."""

    template_name = "reports/paragraph_form.html"

    def get(self, request, pk, key):
        report, paragraph = self.load(key)
        return self.render_page(report, paragraph, ParagraphForm(initial={"text": paragraph.text}))

    def post(self, request, pk, key):
        report, paragraph = self.load(key)
        form = ParagraphForm(request.POST)
        if form.is_valid():
            text = paragraph.generated if "restore" in request.POST else form.cleaned_data["text"]
            try:
                services.report_edit_paragraph(report, actor=request.user, key=key, text=text, channel=UI_CHANNEL)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                if wants_json(request):
                    return JsonResponse(paragraph_data(report_text(report).paragraph(key)))
                messages.success(request, _("Đã lưu đoạn văn."))
                back = reverse("reports:report_editor", args=[report.pk]) if request.POST.get("next") == "editor" \
                    else self.detail_url(report)
                return HttpResponseRedirect(f"{back}#p-{key}")
        if wants_json(request):
            return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
        return self.render_page(report, paragraph, form, status=400)

    def load(self, key: str):
        report = self.get_object(Action.CHANGE)
        paragraph = report_text(report).paragraph(key)
        if paragraph is None:
            raise Http404(_("Báo cáo không có đoạn văn này."))
        if report.is_final:
            raise PermissionDenied(_("Báo cáo đã hoàn thành và đã khóa, không sửa được."))
        return report, paragraph

    def render_page(self, report, paragraph, form, status=200):
        return render(self.request, self.template_name,
                      self.page_context(object=report, paragraph=paragraph, form=form), status=status)


def wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def paragraph_data(paragraph) -> dict:
    """A paragraph as the editor shows it: its text and its state."""
    return {"key": paragraph.key, "text": paragraph.text, "generated": paragraph.generated,
            "state": paragraph_state(paragraph), "label": str(PARAGRAPH_STATES[paragraph_state(paragraph)])}


class ReportVersionsView(ReportMixin, records.RecordMixin, View):
    template_name = "reports/report_versions.html"

    def get(self, request, pk):
        report = self.get_object()
        return render(request, self.template_name, self.page_context(
            object=report, versions=version_list(report), version_parameter=VERSION_PARAMETER))


class ReportDownloadView(ReportMixin, records.RecordMixin, View):
    def get(self, request, pk, fmt):
        report = self.get_object()
        version = self.chosen_version(report)
        if fmt == "pdf":
            return pdf_job(request, fallback=self.detail_url(report), province=report.province,
                           params={"report": report.pk, "version": version.number},
                           title=_("Bản PDF: %(report)s") % {"report": report})
        document = report_text(report, version).document
        return download(request, document, fmt, fallback=self.detail_url(report))


def pdf_job(request, *, fallback: str, province, params: dict, title: str) -> HttpResponse:
    """A PDF is made by LibreOffice in the background worker: start it, open its waiting page."""
    if not pdf_available():
        messages.error(request, str(PdfConversionUnavailable()))
        return HttpResponseRedirect(fallback)
    job = start_job(PDF_JOB, user=request.user, province=province, params={**params, "back": fallback}, title=title)
    return HttpResponseRedirect(job_url(job))


def download(request, document, fmt: str, *, fallback: str, subject: str = "") -> HttpResponse:
    """The document as a file; without LibreOffice, back to the page with the reason."""
    if fmt not in FORMATS:
        raise Http404(_("Không có định dạng này."))
    try:
        return attachment(document, fmt, subject)
    except PDF_ERRORS as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(fallback)


NATIONAL_SUBJECT = "toan quoc"


@login_required
def national_report(request):
    """The Ministry's compilation across provinces, previewed; national users only."""
    if request.user.province_id is not None:
        raise PermissionDenied(_("Báo cáo tổng hợp toàn quốc dành cho người dùng cấp Trung ương."))
    form = NationalReportForm(request.GET or None)
    context = {"form": form, "formats": list(FORMATS), "pdf_available": pdf_available()}
    if request.GET and form.is_valid():
        document = national_document(request.user, form)
        context.update(preview=document_preview(document, []), query=request.GET.urlencode())
    return render(request, "reports/national.html", context)


@login_required
def national_download(request, fmt: str):
    if request.user.province_id is not None:
        raise PermissionDenied(_("Báo cáo tổng hợp toàn quốc dành cho người dùng cấp Trung ương."))
    form = NationalReportForm(request.GET)
    fallback = f"{reverse('reports:national')}?{request.GET.urlencode()}"
    if not form.is_valid():
        return HttpResponseRedirect(fallback)
    if fmt == "pdf":
        return pdf_job(request, fallback=fallback, province=None, params={"national": request.GET.dict()},
                       title=_("Bản PDF: báo cáo tổng hợp toàn quốc"))
    return download(request, national_document(request.user, form), fmt, fallback=fallback,
                    subject=NATIONAL_SUBJECT)


def national_document(user, form: NationalReportForm):
    return compose_national(collect_national(user=user, period=form.period(), historic=form.historic()),
                            form.signing())
