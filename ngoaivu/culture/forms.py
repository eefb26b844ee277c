from django import forms

from ngoaivu.culture.models import CulturalEvent
from ngoaivu.ui.forms import RecordForm


class CulturalEventForm(RecordForm):
    class Meta:
        model = CulturalEvent
        fields = ["title", "kind", "start_date", "end_date", "venue", "place", "country", "partners",
                  "heritage_name", "product", "audience_size", "note"]
        widgets = {"partners": forms.SelectMultiple(attrs={"size": 6})}
