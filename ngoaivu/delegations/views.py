from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import restrict
from ngoaivu.delegations import services
from ngoaivu.delegations.forms import DelegationMemberForm
from ngoaivu.delegations.models import Delegation, DelegationMember
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views import records
from ngoaivu.ui.views.workflow import WorkflowDetailMixin

DETAIL_FIELDS = (
    "direction", "name", "level", "head_name", "head_title", "start_date", "end_date", "countries", "places",
    "partner", "host_unit", "purpose", "programme", "funding_source", "cost", "currency", "in_annual_plan",
    "dossier_number", "approval_number", "approval_date", "returned_on", "reported_on", "report_text",
    "report_file", "province",
)


class DelegationDetailView(WorkflowDetailMixin, records.RecordDetailView):
    def extra_context(self, obj) -> dict:
        user = self.request.user
        return {
            **self.workflow_context(obj),
            "members": obj.members.select_related("nationality"),
            # The member list changes only while the dossier is a draft.
            "member_rights": {action: obj.is_editable and can(user, action)
                              for action in (Action.ADD, Action.CHANGE, Action.DELETE)},
        }


class MemberView(records.RecordMixin, View):
    """Add, edit or remove one member from the delegation's page (small forms, no formset)."""

    model = Delegation
    template_name = "delegations/member_form.html"

    def member(self, member_pk: int, action: str) -> DelegationMember:
        members = restrict(DelegationMember.objects.select_related("delegation"), self.request.user, action)
        return get_object_or_404(members, pk=member_pk, delegation_id=self.kwargs["pk"])

    def back_to_delegation(self, message: str, level=messages.SUCCESS):
        messages.add_message(self.request, level, message)
        return HttpResponseRedirect(reverse("delegations:delegation_detail", args=[self.kwargs["pk"]]))

    def save_or_render(self, form, save, delegation, member=None):
        if form.is_valid():
            try:
                saved = save(form.cleaned_data)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                return self.back_to_delegation(_("Đã lưu “%(member)s”.") % {"member": saved})
        return self.render_member_form(form, delegation, member, status=400)

    def render_member_form(self, form, delegation, member=None, status=200):
        return render(self.request, self.template_name,
                      self.page_context(form=form, object=delegation, member=member), status=status)


class MemberCreateView(MemberView):
    def get(self, request, pk):
        delegation = self.get_object(Action.ADD)
        return self.render_member_form(DelegationMemberForm(delegation=delegation), delegation)

    def post(self, request, pk):
        delegation = self.get_object(Action.ADD)
        form = DelegationMemberForm(request.POST, delegation=delegation)
        return self.save_or_render(form, lambda data: services.member_create(
            actor=request.user, data={**data, "delegation": delegation}, channel=records.UI_CHANNEL), delegation)


class MemberUpdateView(MemberView):
    def get(self, request, pk, member_pk):
        member = self.member(member_pk, Action.CHANGE)
        form = DelegationMemberForm(instance=member, delegation=member.delegation)
        return self.render_member_form(form, member.delegation, member)

    def post(self, request, pk, member_pk):
        member = self.member(member_pk, Action.CHANGE)
        form = DelegationMemberForm(request.POST, instance=member, delegation=member.delegation)
        return self.save_or_render(form, lambda data: services.member_update(
            member, actor=request.user, data=data, channel=records.UI_CHANNEL), member.delegation, member)


class MemberDeleteView(MemberView):
    def post(self, request, pk, member_pk):
        member = self.member(member_pk, Action.DELETE)
        try:
            services.member_delete(member, actor=request.user, channel=records.UI_CHANNEL)
        except ValidationError as error:
            return self.back_to_delegation(" ".join(error.messages), level=messages.ERROR)
        return self.back_to_delegation(_("Đã xóa “%(member)s” khỏi danh sách đoàn.") % {"member": member})
