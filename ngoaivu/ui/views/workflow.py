"""The pages of a workflow: the buttons and history on the record's page, and the one step page
at `<pk>/buoc/<step>/` (its small form, then services.take_step)."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action, can
from ngoaivu.core.workflow.services import default_day, take_step
from ngoaivu.core.workflow.steps import status_tone
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views.records import UI_CHANNEL, RecordMixin
from ngoaivu.ui.workflow_forms import step_form


class WorkflowDetailMixin:
    """Context of a detail page with a workflow: buttons, status badge, history, editability."""

    def workflow_context(self, obj) -> dict:
        user = self.request.user
        return {
            "steps": obj.workflow.available_steps(obj, user),
            "status_tone": status_tone(getattr(obj, obj.workflow.state_field)),
            "status_changes": obj.status_changes.all(),
            "can_change": can(user, Action.CHANGE) and obj.is_editable,
            "can_delete": can(user, Action.DELETE) and obj.is_deletable,
        }


class StepView(RecordMixin, View):
    """One step of a record's workflow; the model's `workflow` declares what it records."""

    template_name = "workflow/step_form.html"

    def get(self, request, pk, step):
        obj, definition = self.prepare(step)
        initial = {"on": default_day(obj, definition), **{name: getattr(obj, name) for name in definition.fields}}
        return self.render_step(obj, definition, step_form(self.model, definition, initial=initial))

    def post(self, request, pk, step):
        obj, definition = self.prepare(step)
        form = step_form(self.model, definition, data=request.POST, files=request.FILES)
        if form.is_valid():
            try:
                take_step(obj, definition.name, actor=request.user, channel=UI_CHANNEL, **form.step_arguments())
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Đã thực hiện “%(step)s”.") % {"step": definition.label})
                return HttpResponseRedirect(reverse(self.url_name("detail"), args=[obj.pk]))
        return self.render_step(obj, definition, form, status=400)

    def prepare(self, name):
        definition = self.model.workflow.step(name)
        if definition is None:
            raise Http404(_("Không có bước xử lý này."))
        obj = self.get_object()
        if definition not in obj.workflow.available_steps(obj, self.request.user):
            raise PermissionDenied(_("Bạn không thể thực hiện bước này với hồ sơ ở trạng thái hiện tại."))
        return obj, definition

    def render_step(self, obj, definition, form, status=200):
        return render(self.request, self.template_name,
                      self.page_context(object=obj, step=definition, form=form), status=status)
