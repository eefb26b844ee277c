from ngoaivu.partners.models import Partner
from ngoaivu.ui.forms import RecordForm


class PartnerForm(RecordForm):
    class Meta:
        model = Partner
        fields = ["name", "name_original", "partner_type", "country", "relation_type", "status",
                  "established_on", "ended_on", "notes"]
