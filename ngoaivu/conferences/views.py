from django.contrib import messages
from django.utils.translation import gettext_lazy as _

from ngoaivu.ui.display import display_value
from ngoaivu.ui.views import records
from ngoaivu.ui.views.workflow import WorkflowDetailMixin

DETAIL_FIELDS = (
    "title", "kind", "province_role", "organiser", "co_organisers", "start_date", "end_date", "place", "format",
    "topics", "participants", "foreign_participants", "countries", "funding_source", "budget", "currency",
    "needs_prime_minister", "dossier_filed_on", "approval_number", "approval_date", "reported_on",
    "report_text", "report_file", "province",
)


class ConferenceDetailView(WorkflowDetailMixin, records.RecordDetailView):
    def detail_rows(self, obj):
        return [*super().detail_rows(obj), (str(_("Thẩm quyền cho phép")), obj.approval_authority),
                (str(_("Hạn nộp hồ sơ")), display_value(obj.dossier_due_on))]

    def extra_context(self, obj) -> dict:
        return self.workflow_context(obj)


class ConferenceUpdateView(records.RecordUpdateView):
    def render_form(self, form, obj=None, status=200):
        # The deadline of QĐ 06/2020 is a warning, never a refusal: it is shown on the form.
        if obj is not None and obj.dossier_warning:
            messages.warning(self.request, obj.dossier_warning)
        return super().render_form(form, obj, status)
