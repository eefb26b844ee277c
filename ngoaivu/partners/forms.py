from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.partners.models import Partner
from ngoaivu.ui.forms import RecordForm


class PartnerForm(RecordForm):
    class Meta:
        model = Partner
        fields = ["name", "name_original", "partner_type", "country", "relation_type", "status",
                  "established_on", "ended_on", "notes"]


class PartnerMergeForm(forms.Form):
    duplicate = forms.ModelChoiceField(
        label=_("Đối tác trùng (sẽ được gộp vào đối tác này và chuyển vào Thùng rác)"), queryset=Partner.objects.none(),
    )

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = choices
