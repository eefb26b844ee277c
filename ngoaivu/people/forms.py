from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.services import SETTINGS_FIELDS
from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Province
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


class _PasswordPairMixin:
    """Two password fields that must match (the validators run in the service)."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("password1") and cleaned.get("password1") != cleaned.get("password2"):
            self.add_error("password2", _("Hai mật khẩu không giống nhau."))
        return cleaned


def _password_fields():
    return (forms.CharField(label=_("Mật khẩu"), strip=False, widget=forms.PasswordInput(render_value=False),
                            help_text=_("Ít nhất 8 ký tự, không toàn chữ số, không quá giống tên đăng nhập.")),
            forms.CharField(label=_("Nhập lại mật khẩu"), strip=False, widget=forms.PasswordInput(render_value=False)))


class UserDetailsForm(RecordFormMixin, forms.Form):
    first_name = forms.CharField(label=_("Tên"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Họ và tên đệm"), max_length=150, required=False)
    email = forms.EmailField(label=_("Thư điện tử"), required=False,
                             help_text=_("Để người dùng tự đặt lại mật khẩu khi quên."))
    role = forms.ChoiceField(label=_("Vai trò"), choices=Role.choices)
    field_order = ("last_name", "first_name", "email", "role")  # Vietnamese names: family name first


class UserCreateForm(_PasswordPairMixin, UserDetailsForm):
    username = forms.CharField(label=_("Tên đăng nhập"), max_length=150,
                               validators=[UnicodeUsernameValidator()])
    province = forms.ModelChoiceField(label=_("Tỉnh, thành phố"), required=False, queryset=Province.objects.none(),
                                      help_text=_("Để trống cho người dùng cấp Trung ương."))
    password1, password2 = _password_fields()
    field_order = ("username", "last_name", "first_name", "email", "province", "role", "password1", "password2")

    def __init__(self, *args, every_province: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if every_province:
            self.fields["province"].queryset = Province.objects.filter(valid_to__isnull=True).order_by("name")
        else:
            del self.fields["province"]  # a province's administrator adds users of their province


class UserPasswordForm(_PasswordPairMixin, RecordFormMixin, forms.Form):
    password1, password2 = _password_fields()
