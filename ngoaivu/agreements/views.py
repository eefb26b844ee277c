from django.utils import timezone
from django.views import View

from ngoaivu.agreements.forms import AgreementCreateForm
from ngoaivu.agreements.models import AgreementDocument, AgreementReview
from ngoaivu.core.roles import Action, can
from ngoaivu.core.uploads import file_response
from ngoaivu.ui.views import records
from ngoaivu.ui.views.workflow import WorkflowDetailMixin


class AgreementDetailView(WorkflowDetailMixin, records.RecordDetailView):
    def extra_context(self, obj) -> dict:
        user = self.request.user
        return {
            **self.workflow_context(obj),
            "reviews": obj.reviews.all(),
            "documents": obj.documents.select_related("uploaded_by"),
            "today": timezone.localdate(),
            "can_add_child": can(user, Action.ADD),
        }


class AgreementCreateView(records.RecordCreateView):
    form_class = AgreementCreateForm

    def dispatch(self, request, *args, **kwargs):
        # An approver registers agreements already signed (the form then offers the status).
        if can(request.user, Action.APPROVE):
            return super(records.RecordCreateView, self).dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class ReviewDetailView(records.RecordDetailView):
    def detail_rows(self, obj):
        # A year names a period, it is not a quantity: "2024", never "2.024".
        year_label = str(AgreementReview._meta.get_field("year").verbose_name).capitalize()
        return [(label, str(obj.year) if label == year_label else value) for label, value in super().detail_rows(obj)]


class DocumentFileView(records.RecordMixin, View):
    model = AgreementDocument

    def get(self, request, pk):
        return file_response(self.get_object().file)
