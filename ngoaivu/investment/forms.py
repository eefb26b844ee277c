from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.ui.forms import ChildFormMixin, RecordForm


class FdiProjectForm(RecordForm):
    class Meta:
        model = FdiProject
        fields = ["name", "investor_name", "investor_country", "certificate_kind", "certificate_number",
                  "certificate_date", "registered_capital", "capital_currency", "location", "sector", "status",
                  "terminated_on", "notes"]


class FdiCapitalAdjustmentForm(ChildFormMixin, RecordForm):
    class Meta:
        model = FdiCapitalAdjustment
        fields = ["project", "adjusted_on", "added_capital", "currency", "certificate_number", "note"]


class FdiImplementationForm(ChildFormMixin, RecordForm):
    class Meta:
        model = FdiImplementation
        fields = ["project", "period_start", "period_end", "amount", "currency", "note"]


class PromotionEventForm(RecordForm):
    class Meta:
        model = PromotionEvent
        fields = ["title", "kind", "location_kind", "country", "venue", "partner", "start_date", "end_date",
                  "organiser", "outcomes", "agreements_signed", "commitments_value", "commitments_currency"]
