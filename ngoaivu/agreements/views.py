from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.accounts.roles import Action, can
from ngoaivu.agreements import services
from ngoaivu.agreements.filtersets import AgreementDocumentFilterSet, AgreementFilterSet, AgreementReviewFilterSet
from ngoaivu.agreements.forms import (
    AgreementCreateForm,
    AgreementDocumentForm,
    AgreementForm,
    AgreementReviewForm,
)
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.agreements.tables import AgreementDocumentTable, AgreementReviewTable, AgreementTable
from ngoaivu.core.uploads import file_response
from ngoaivu.core.workflow.views import WorkflowDetailMixin
from ngoaivu.ui.views import records

# Agreements

class AgreementMixin:
    model = Agreement
    select_related = ("province", "legal_basis")
    prefetch_related = ("partners", "sectors")


class AgreementListView(AgreementMixin, records.RecordListView):
    filterset_class = AgreementFilterSet
    table_class = AgreementTable


class AgreementDetailView(AgreementMixin, WorkflowDetailMixin, records.RecordDetailView):
    template_name = "agreements/agreement_detail.html"

    def extra_context(self, obj) -> dict:
        user = self.request.user
        return {
            **self.workflow_context(obj),
            "reviews": obj.reviews.all(),
            "documents": obj.documents.select_related("uploaded_by"),
            "today": timezone.localdate(),
            "can_add_child": can(user, Action.ADD),
        }


class AgreementCreateView(AgreementMixin, records.RecordCreateView):
    form_class = AgreementCreateForm
    create_service = services.agreement_create

    def dispatch(self, request, *args, **kwargs):
        # An approver registers agreements already signed (the form then offers the status).
        if can(request.user, Action.APPROVE):
            return super(records.RecordCreateView, self).dispatch(request, *args, **kwargs)
        return super().dispatch(request, *args, **kwargs)


class AgreementUpdateView(AgreementMixin, records.RecordUpdateView):
    form_class = AgreementForm
    update_service = services.agreement_update


class AgreementDeleteView(AgreementMixin, records.RecordDeleteView):
    delete_service = services.agreement_delete


class AgreementHistoryView(AgreementMixin, records.RecordHistoryView):
    pass


# Yearly reviews and files: pages of their own, reached from the agreement's page.

class ChildMixin:
    select_related = ("agreement", "province")

    def form_kwargs(self, obj=None) -> dict:
        kwargs = super().form_kwargs(obj)
        if obj is None:
            kwargs["initial"] = {"agreement": self.request.GET.get("agreement")}
        return kwargs

    def success(self, obj):
        messages.success(self.request, _("Đã lưu “%(obj)s”.") % {"obj": obj})
        return HttpResponseRedirect(reverse("agreements:agreement_detail", args=[obj.agreement_id]))


class ReviewMixin(ChildMixin):
    model = AgreementReview


class ReviewListView(ReviewMixin, records.RecordListView):
    filterset_class = AgreementReviewFilterSet
    table_class = AgreementReviewTable


class ReviewDetailView(ReviewMixin, records.RecordDetailView):
    def detail_rows(self, obj):
        # A year names a period, it is not a quantity: "2024", never "2.024".
        year_label = str(AgreementReview._meta.get_field("year").verbose_name).capitalize()
        return [(label, str(obj.year) if label == year_label else value) for label, value in super().detail_rows(obj)]


class ReviewCreateView(ReviewMixin, records.RecordCreateView):
    form_class = AgreementReviewForm
    create_service = services.review_create


class ReviewUpdateView(ReviewMixin, records.RecordUpdateView):
    form_class = AgreementReviewForm
    update_service = services.review_update


class ReviewDeleteView(ReviewMixin, records.RecordDeleteView):
    delete_service = services.review_delete


class ReviewHistoryView(ReviewMixin, records.RecordHistoryView):
    pass


class DocumentMixin(ChildMixin):
    model = AgreementDocument
    select_related = ("agreement", "province", "uploaded_by")


class DocumentListView(DocumentMixin, records.RecordListView):
    filterset_class = AgreementDocumentFilterSet
    table_class = AgreementDocumentTable


class DocumentDetailView(DocumentMixin, records.RecordDetailView):
    template_name = "agreements/agreementdocument_detail.html"


class DocumentCreateView(DocumentMixin, records.RecordCreateView):
    form_class = AgreementDocumentForm
    create_service = services.document_create


class DocumentUpdateView(DocumentMixin, records.RecordUpdateView):
    form_class = AgreementDocumentForm
    update_service = services.document_update


class DocumentDeleteView(DocumentMixin, records.RecordDeleteView):
    delete_service = services.document_delete


class DocumentHistoryView(DocumentMixin, records.RecordHistoryView):
    pass


class DocumentFileView(DocumentMixin, records.RecordMixin, View):
    def get(self, request, pk):
        return file_response(self.get_object().file)
