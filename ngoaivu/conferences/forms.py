from django import forms

from ngoaivu.conferences.models import Conference
from ngoaivu.ui.forms import RecordForm


class ConferenceForm(RecordForm):
    class Meta:
        model = Conference
        fields = ["title", "kind", "province_role", "organiser", "co_organisers", "start_date", "end_date", "place",
                  "format", "topics", "participants", "foreign_participants", "countries", "funding_source", "budget",
                  "currency", "needs_prime_minister"]
        widgets = {"topics": forms.Textarea(attrs={"rows": 3})}
