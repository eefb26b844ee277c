from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.accounts.forms import ProvinceSettingsForm
from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.roles import Action
from ngoaivu.accounts.services import province_settings_update
from ngoaivu.core.scoping import may_act_in_province
from ngoaivu.ui.forms import apply_validation_error

UI_CHANNEL = "ui"


@login_required
def province_settings(request):
    """The settings of the user's province (the body, its symbol, the report signer, deadlines):
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
    return render(request, "accounts/province_settings.html",
                  {"form": form, "province": province, "editable": editable}, status=status)
