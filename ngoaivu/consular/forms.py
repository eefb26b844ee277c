from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.ui.forms import RecordForm


class CitizenCaseForm(RecordForm):
    class Meta:
        model = CitizenCase
        fields = ["person_name", "identity_document", "country", "kind", "requester", "opened_on", "summary"]


class OverseasActivityForm(RecordForm):
    class Meta:
        model = OverseasActivity
        fields = ["title", "kind", "status", "held_on", "country", "association_name", "location", "coordinator",
                  "participants_count", "note"]


class LabourDeploymentForm(RecordForm):
    class Meta:
        model = LabourDeployment
        fields = ["period_start", "period_end", "country", "scheme", "workers_sent", "partner", "remittances",
                  "currency", "source", "note"]
