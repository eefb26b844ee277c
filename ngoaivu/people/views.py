from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.selectors import tokens_of
from ngoaivu.accounts.services import province_settings_update
from ngoaivu.accounts.tokens import token_issue, token_revoke
from ngoaivu.core.channels import UI_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.people.forms import ApiTokenForm, ProvinceSettingsForm
from ngoaivu.ui.forms import apply_validation_error


@login_required
def province_settings(request):
    """The settings of the user's province (the body, its symbol, the report signer, deadlines, whether
    accept-all on the review leaves the doubtful figures):
    every user of the province reads them, its administrator changes them."""
    province = request.user.province
    if province is None:
        raise PermissionDenied(_("Người dùng cấp Trung ương không có cấu hình tỉnh."))
    editable = may_act_in_province(request.user, Action.MANAGE_USERS, province.pk)
    instance = ProvinceSettings.objects.filter(province=province).first() or ProvinceSettings(province=province)
    form = ProvinceSettingsForm(request.POST if request.method == "POST" else None, instance=instance)
    status = 200
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(_("Chỉ quản trị của tỉnh, thành phố được sửa cấu hình."))
        if form.is_valid():
            try:
                province_settings_update(actor=request.user, province=province, data=form.cleaned_data,
                                         channel=UI_CHANNEL)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Đã lưu cấu hình của tỉnh, thành phố."))
                return HttpResponseRedirect(reverse("accounts:province_settings"))
        status = 400
    if not editable:
        for field in form.fields.values():
            field.disabled = True
    return render(request, "people/province_settings.html",
                  {"form": form, "province": province, "editable": editable}, status=status)


def _profile_page(request, *, token_form=None, issued=None, status=200):
    return render(request, "people/profile.html", {
        "tokens": tokens_of(request.user), "token_form": token_form or ApiTokenForm(), "issued": issued,
        "now": timezone.now()}, status=status)


@login_required
def profile(request):
    """The user's own page: who they are, their password, their API keys."""
    return _profile_page(request)


@login_required
@require_POST
def token_create(request):
    """A new API key, shown on this answer only (only its hash is kept)."""
    form = ApiTokenForm(request.POST)
    if not form.is_valid():
        return _profile_page(request, token_form=form, status=400)
    issued = token_issue(user=request.user, name=form.cleaned_data["name"], days=form.cleaned_data["days"])
    return _profile_page(request, issued=issued)


@login_required
@require_POST
def token_revoke_view(request, pk: int):
    token = get_object_or_404(tokens_of(request.user), pk=pk)
    token_revoke(token, actor=request.user)
    messages.success(request, _("Đã thu hồi khóa API “%(name)s”.") % {"name": token.name or token.prefix})
    return HttpResponseRedirect(reverse("accounts:profile"))
