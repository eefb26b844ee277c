from django import forms

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.accounts.services import SETTINGS_FIELDS
from ngoaivu.ui.forms import RecordFormMixin


class ProvinceSettingsForm(RecordFormMixin, forms.ModelForm):
    """The province's settings as its administrator edits them."""

    class Meta:
        model = ProvinceSettings
        fields = list(SETTINGS_FIELDS)
