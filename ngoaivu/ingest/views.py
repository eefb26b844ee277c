"""Pages of the text review. Reads come from the scoped selectors, writes go through the services."""
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.ingest import selectors, services
from ngoaivu.ingest.choices import RunStatus
from ngoaivu.ingest.forms import SourceDocumentUploadForm
from ngoaivu.ingest.payloads import page_form_class
from ngoaivu.ingest.records import partner_namesakes
from ngoaivu.ingest.review import review_context
from ngoaivu.jobs.services import job_url
from ngoaivu.plans.selectors import plan_list
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views import records
from ngoaivu.ui.views.records import UI_CHANNEL


def _document_url(document_id: int, fact_id: int | None = None) -> str:
    url = reverse("ingest:document_detail", args=[document_id])
    return f"{url}#fact-{fact_id}" if fact_id else url


def _run_url(run) -> str:
    return reverse("ingest:run_detail", args=[run.pk])


class SourceDocumentListView(records.RecordListView):
    def get_queryset(self):
        return self.scoped_queryset()  # newest first, not by title


class SourceDocumentDetailView(records.RecordDetailView):
    """The review screen: the text with each fact's span highlighted, the facts beside it."""

    def extra_context(self, document) -> dict:
        user = self.request.user
        facts = selectors.document_facts(user=user, document=document).prefetch_related("record")
        return {
            **review_context(document, facts, user),
            "latest_run": document.latest_run,
            "can_review": may_act_in_province(user, Action.CHANGE, document.province_id),
            # the province's choice: the main "accept all" button leaves the doubtful figures
            "skips_doubtful_by_default": selectors.accept_all_skips_doubtful(document.province),
        }


class SourceDocumentCreateView(records.RecordCreateView):
    """Upload or paste a text; the background worker reads it while the job's or run's page shows the progress."""

    form_class = SourceDocumentUploadForm

    def form_kwargs(self, obj=None) -> dict:
        return {}

    def create(self, data):
        return services.document_submit(
            actor=self.request.user, province=data["province"], file=data.get("file"),
            text=data.get("text") or None, title=data.get("title", ""), url=data.get("url", ""),
            published=data.get("published"), channel=UI_CHANNEL,
        )

    def success(self, submission):
        if submission.job is not None:  # a file: read in the worker, its page polls the job
            return HttpResponseRedirect(job_url(submission.job))
        result = submission.result
        if not result.created:
            # the same content was read before: show that reading rather than a new one
            messages.info(self.request, result.repeat_notice)
            return HttpResponseRedirect(_run_url(result.run) if result.run else _document_url(result.document.pk))
        return HttpResponseRedirect(_run_url(result.run))


# --- actions on a document or a fact --------------------------------------------------

class ReviewActionView(LoginRequiredMixin, View):
    """A POST on a record of the review; another province's record is "not found"."""

    def scoped(self, get, pk: int):
        obj = get(user=self.request.user, pk=pk)
        if obj is None:
            raise Http404(_("Không tìm thấy bản ghi."))
        if not may_act_in_province(self.request.user, Action.CHANGE, obj.province_id):
            raise PermissionDenied(_("Bạn không có quyền duyệt dữ kiện của văn bản này."))
        return obj


class DocumentRerunView(ReviewActionView):
    def post(self, request, pk):
        document = self.scoped(selectors.document_get, pk)
        run = services.run_start(document, actor=request.user, channel=UI_CHANNEL)
        return HttpResponseRedirect(_run_url(run))


def _yes_no(value: str | None) -> bool | None:
    """A form's yes/no ("1"/"0"); left out, None: the default applies."""
    return None if value is None else value.strip().lower() in ("1", "true", "on")


class DocumentAcceptAllView(ReviewActionView):
    def post(self, request, pk):
        document = self.scoped(selectors.document_get, pk)
        # left out: as the province's settings say (ProvinceSettings.accept_all_skips_doubtful)
        result = services.facts_accept_all(document, actor=request.user, channel=UI_CHANNEL,
                                           skip_doubtful=_yes_no(request.POST.get("skip_doubtful")))
        messages.success(request, _("Đã chấp nhận %(count)s dữ kiện.") % {"count": result.accepted})
        if result.skipped:
            messages.info(request, _("Còn %(count)s số liệu cần kiểm tra kỹ chờ duyệt.") % {"count": result.skipped})
        for fact, error in result.refused:
            messages.warning(request, _("Chưa chấp nhận “%(fact)s”: %(error)s")
                             % {"fact": fact, "error": " ".join(error.messages)})
        return HttpResponseRedirect(_document_url(document.pk))


class FactRejectView(ReviewActionView):
    def post(self, request, pk):
        fact = self.scoped(selectors.fact_get, pk)
        try:
            services.fact_reject(fact, actor=request.user, channel=UI_CHANNEL)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return HttpResponseRedirect(_document_url(fact.document_id, fact.pk))


class FactFormMixin:
    template_name = "ingest/fact_form.html"

    def form(self, fact, data=None):
        form_class = page_form_class(fact.kind)
        form = form_class(data=data, initial=form_class.initial_from(fact.effective_payload))
        if "plan" in form.fields:  # only the plans the reviewer can see
            form.fields["plan"].queryset = plan_list(user=self.request.user)
        form.namesakes = partner_namesakes(fact)
        if form.namesakes:
            # "Viêng Chăn": the places the name may mean, offered as the name to choose
            form.fields["name"].help_text = _("Tên này có thể chỉ: %(places)s.") % {"places": ", ".join(form.namesakes)}
            form.fields["name"].widget.attrs["list"] = "name-namesakes"
        return form

    def render_form(self, fact, form, status=200):
        return render(self.request, self.template_name, {"fact": fact, "form": form, "document": fact.document},
                      status=status)


class FactCorrectView(FactFormMixin, ReviewActionView):
    """The fact's values in a form: save the correction, or save and accept at once."""

    def get(self, request, pk):
        fact = self.scoped(selectors.fact_get, pk)
        return self.render_form(fact, self.form(fact))

    def post(self, request, pk):
        fact = self.scoped(selectors.fact_get, pk)
        form = self.form(fact, request.POST)
        if not form.is_valid():
            return self.render_form(fact, form, status=400)
        save = services.fact_accept if "accept" in request.POST else services.fact_correct
        try:
            save(fact, actor=request.user, corrected_payload=form.to_payload(), channel=UI_CHANNEL)
        except ValidationError as error:
            apply_validation_error(form, error)
            return self.render_form(fact, form, status=400)
        return HttpResponseRedirect(_document_url(fact.document_id, fact.pk))


class FactAcceptView(FactFormMixin, ReviewActionView):
    """Accept as read; when the record refuses the values, the form shows why beside the field."""

    def post(self, request, pk):
        fact = self.scoped(selectors.fact_get, pk)
        try:
            services.fact_accept(fact, actor=request.user, channel=UI_CHANNEL)
        except ValidationError as error:
            form = self.form(fact, data=page_form_class(fact.kind).initial_from(fact.effective_payload))
            form.is_valid()  # bound, so the record's refusal can sit beside the field it names
            apply_validation_error(form, error)
            return self.render_form(fact, form, status=400)
        return HttpResponseRedirect(_document_url(fact.document_id, fact.pk))


# --- runs -----------------------------------------------------------------------------

def _visible_run(request, pk: int):
    run = selectors.run_get(user=request.user, pk=pk)
    if run is None:
        raise Http404(_("Không tìm thấy lần đọc văn bản."))
    return run


def run_state(run) -> dict:
    return {
        "id": run.pk, "status": run.status, "status_label": run.get_status_display(), "progress": run.progress,
        "step": run.step, "finished": run.is_finished, "facts_found": run.facts_found, "facts_new": run.facts_new,
        "error": run.error, "document_url": _document_url(run.document_id),
    }


class RunDetailView(LoginRequiredMixin, View):
    """The waiting page: the background worker runs the reading, the browser polls its progress."""

    def get(self, request, pk):
        run = _visible_run(request, pk)
        return render(request, "ingest/run_detail.html", {
            "run": run, "document": run.document, "state": run_state(run),
            "can_review": may_act_in_province(request.user, Action.CHANGE, run.province_id),
        })


class RunProgressView(LoginRequiredMixin, View):
    def get(self, request, pk):
        return JsonResponse(run_state(_visible_run(request, pk)))


class RunExecuteView(ReviewActionView):
    """Hand a run still waiting (its worker was down) to the background worker again."""

    def post(self, request, pk):
        run = self.scoped(selectors.run_get, pk)
        if run.status == RunStatus.QUEUED:
            services.run_queue(run)
            run.refresh_from_db()
        if request.accepts("application/json") and not request.accepts("text/html"):
            return JsonResponse(run_state(run))
        return HttpResponseRedirect(_run_url(run))
