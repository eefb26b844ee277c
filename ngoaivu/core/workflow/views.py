"""The page of a workflow step: its small form (reason, document number…) and a confirm button."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.accounts.roles import Action, can
from ngoaivu.core.workflow.transition import available_transitions, status_tone
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views.records import UI_CHANNEL, RecordMixin


class WorkflowDetailMixin:
    """Context of a detail page with a workflow: buttons, status badge, editability."""

    transitions = ()

    def workflow_context(self, obj) -> dict:
        user = self.request.user
        return {
            "transitions": available_transitions(obj, user, self.transitions),
            "status_tone": status_tone(obj.status),
            "status_changes": obj.status_changes.all(),
            # The record itself is edited only as a draft, and deleted only before it counts.
            "can_change": can(user, Action.CHANGE) and obj.is_editable,
            "can_delete": can(user, Action.DELETE) and obj.is_deletable,
        }


class TransitionView(RecordMixin, View):
    """Subclasses set `transitions`, `forms` ({step name: form class}) and `step_service`
    (service(obj, name, *, actor, channel, **form values))."""

    template_name = "workflow/transition_form.html"
    transitions = ()
    forms: dict = {}
    step_service = None

    def get(self, request, pk, step):
        obj, transition = self.prepare(step)
        return self.render_step(obj, transition, self.forms[transition.name]())

    def post(self, request, pk, step):
        obj, transition = self.prepare(step)
        form = self.forms[transition.name](request.POST, request.FILES)
        if form.is_valid():
            try:
                type(self).step_service(obj, transition.name, actor=request.user, channel=UI_CHANNEL,
                                        **form.cleaned_data)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Đã thực hiện “%(step)s”.") % {"step": transition.label})
                return HttpResponseRedirect(reverse(self.url_name("detail"), args=[obj.pk]))
        return self.render_step(obj, transition, form, status=400)

    def prepare(self, step):
        transition = next((t for t in self.transitions if t.slug == step), None)
        if transition is None:
            raise Http404(_("Không có bước xử lý này."))
        obj = self.get_object()
        if transition not in available_transitions(obj, self.request.user, self.transitions):
            raise PermissionDenied(_("Bạn không thể thực hiện bước này với hồ sơ ở trạng thái hiện tại."))
        return obj, transition

    def render_step(self, obj, transition, form, status=200):
        return render(self.request, self.template_name,
                      self.page_context(object=obj, transition=transition, form=form), status=status)
