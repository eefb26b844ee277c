from ngoaivu.ui.views import records
from ngoaivu.ui.views.workflow import WorkflowDetailMixin

# The workflow fields are not editable, so they are named to be shown.
CASE_FIELDS = ("person_name", "identity_document", "country", "kind", "requester", "summary", "opened_on",
               "status", "forwarded_to_consular_dept_on", "closed_on", "outcome", "province")


class CitizenCaseDetailView(WorkflowDetailMixin, records.RecordDetailView):
    def extra_context(self, obj) -> dict:
        return self.workflow_context(obj)
