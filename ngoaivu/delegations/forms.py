from django import forms

from ngoaivu.delegations.models import Delegation, DelegationMember, destination_errors
from ngoaivu.ui.forms import RecordForm

TEXTAREA = forms.Textarea(attrs={"rows": 3})


class DelegationForm(RecordForm):
    class Meta:
        model = Delegation
        fields = ["direction", "name", "level", "head_name", "head_title", "start_date", "end_date", "countries",
                  "places", "partner", "host_unit", "purpose", "programme", "funding_source", "cost", "currency",
                  "in_annual_plan", "dossier_number"]
        widgets = {"places": TEXTAREA, "purpose": TEXTAREA, "programme": forms.Textarea(attrs={"rows": 6})}


    def clean(self):
        cleaned = super().clean()
        for field, message in destination_errors(cleaned.get("direction"), cleaned.get("countries")).items():
            self.add_error(field, message)
        return cleaned


class DelegationMemberForm(RecordForm):
    class Meta:
        model = DelegationMember
        fields = ["full_name", "title", "unit", "role", "nationality", "passport_number"]

    def __init__(self, *args, delegation, **kwargs):
        super().__init__(*args, **kwargs)
        # Set before validation so the model's own rule (inbound guests need a nationality) runs.
        self.instance.delegation = delegation
