from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.services import SETTINGS_FIELDS
from ngoaivu.ui.forms import RecordFormMixin


class ProvinceSettingsForm(RecordFormMixin, forms.ModelForm):
    """The province's settings as its administrator edits them."""

    class Meta:
        model = ProvinceSettings
        fields = list(SETTINGS_FIELDS)


class StyledFormMixin:
    """The site's input style on Django's own auth forms (they take `user` their own way)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            css = "form-select" if isinstance(field.widget, forms.Select) else "form-control"
            field.widget.attrs["class"] = css


class PasswordChangeForm(StyledFormMixin, auth_forms.PasswordChangeForm):
    pass


class PasswordResetForm(StyledFormMixin, auth_forms.PasswordResetForm):
    pass


class SetPasswordForm(StyledFormMixin, auth_forms.SetPasswordForm):
    pass


class ApiTokenForm(StyledFormMixin, forms.Form):
    name = forms.CharField(label=_("Tên khóa"), max_length=100, required=False,
                           help_text=_("Để nhớ khóa dùng ở đâu, ví dụ: “Kịch bản nhập số liệu hằng tháng”."))
    days = forms.IntegerField(label=_("Số ngày hiệu lực"), min_value=1, max_value=settings.NGOAIVU_API_TOKEN_MAX_DAYS,
                              initial=settings.NGOAIVU_API_TOKEN_DAYS)
