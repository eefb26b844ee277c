from ngoaivu.legal.models import LegalDocument
from ngoaivu.ui.forms import RecordForm


class LegalDocumentForm(RecordForm):
    class Meta:
        model = LegalDocument
        fields = ["number", "doc_type", "title", "issuer", "issued_on", "effective_from", "status", "replaced_by",
                  "file", "notes"]
