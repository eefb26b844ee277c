from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action, can
from ngoaivu.partners import selectors, services
from ngoaivu.partners.forms import PartnerMergeForm
from ngoaivu.partners.models import Partner
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views import records


class PartnerDetailView(records.RecordDetailView):
    def extra_context(self, obj) -> dict:
        user = self.request.user
        return {
            "duplicates": list(selectors.partner_duplicates(obj, user=user)),
            "namesakes": selectors.partner_namesakes(obj),
            "can_merge": can(user, Action.CHANGE) and can(user, Action.DELETE),
        }


class PartnerMergeView(records.RecordMixin, View):
    """Choose a duplicate of this partner and merge it into this one."""

    model = Partner
    template_name = "partners/partner_merge.html"

    def get(self, request, pk):
        partner = self.get_object(Action.CHANGE)
        return self.render_form(partner, self.form(partner, initial=self.suggested(partner)))

    def post(self, request, pk):
        partner = self.get_object(Action.CHANGE)
        form = self.form(partner, data=request.POST)
        if form.is_valid():
            duplicate = form.cleaned_data["duplicate"]
            try:
                services.partner_merge(partner, duplicate, actor=request.user, channel=records.UI_CHANNEL)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Đã gộp “%(duplicate)s” vào “%(partner)s”.")
                                 % {"duplicate": duplicate, "partner": partner})
                return HttpResponseRedirect(reverse("partners:partner_detail", args=[partner.pk]))
        return self.render_form(partner, form, status=400)

    def form(self, partner, **kwargs) -> PartnerMergeForm:
        return PartnerMergeForm(choices=selectors.partner_merge_choices(partner, user=self.request.user), **kwargs)

    def suggested(self, partner) -> dict:
        duplicate = selectors.partner_duplicates(partner, user=self.request.user).first()
        return {"duplicate": duplicate.pk} if duplicate else {}

    def render_form(self, partner, form, status=200):
        return render(self.request, self.template_name, self.page_context(object=partner, form=form), status=status)
