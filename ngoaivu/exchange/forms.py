from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.exchange.models import ImportMode


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx) hoặc CSV"),
                           widget=forms.ClearableFileInput(attrs={"class": "form-control", "accept": ".xlsx,.csv"}))
    mode = forms.ChoiceField(label=_("Cách ghi"), choices=ImportMode.choices, initial=ImportMode.VALID_ROWS,
                             widget=forms.RadioSelect)
