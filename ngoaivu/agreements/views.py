from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.accounts.roles import Action, can
from ngoaivu.agreements import selectors, services
from ngoaivu.agreements.filtersets import AgreementDocumentFilterSet, AgreementFilterSet, AgreementReviewFilterSet
from ngoaivu.agreements.forms import (
    AgreementCreateForm,
    AgreementDocumentForm,
    AgreementForm,
    AgreementReviewForm,
    step_form,
)
from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
from ngoaivu.agreements.tables import AgreementDocumentTable, AgreementReviewTable, AgreementTable
from ngoaivu.agreements.workflow import available_steps, step_named
from ngoaivu.core.uploads import file_response
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.views import records

# Agreements

class AgreementMixin:
    model = Agreement
    select_related = ("province", "legal_basis")
    prefetch_related = ("partners", "sectors")


class AgreementListView(AgreementMixin, records.RecordListView):
    filterset_class = AgreementFilterSet
    table_class = AgreementTable


class AgreementDetailView(AgreementMixin, records.RecordDetailView):
    template_name = "agreements/agreement_detail.html"

    def extra_context(self, obj) -> dict:
        user = self.request.user
        return {
            "steps": available_steps(obj, user),
            "status_history": selectors.status_history(obj),
            "reviews": obj.reviews.all(),
            "documents": obj.documents.select_related("uploaded_by"),
            "today": timezone.localdate(),
            "can_add_child": can(user, Action.ADD),
        }


class AgreementCreateView(AgreementMixin, records.RecordCreateView):
    form_class = AgreementCreateForm
    create_service = services.agreement_create


class AgreementUpdateView(AgreementMixin, records.RecordUpdateView):
    form_class = AgreementForm
    update_service = services.agreement_update


class AgreementDeleteView(AgreementMixin, records.RecordDeleteView):
    delete_service = services.agreement_delete


class AgreementHistoryView(AgreementMixin, records.RecordHistoryView):
    pass


class AgreementStepView(AgreementMixin, records.RecordMixin, View):
    """One step of the procedure: a small form with the step's date, fields and note."""

    template_name = "agreements/agreement_step.html"

    def get(self, request, pk, step):
        agreement, definition = self.load(step)
        initial = {"on": timezone.localdate(), **{name: getattr(agreement, name) for name in definition.detail_fields}}
        return self.render_step(agreement, definition, step_form(definition, initial=initial))

    def post(self, request, pk, step):
        agreement, definition = self.load(step)
        form = step_form(definition, data=request.POST)
        if form.is_valid():
            try:
                services.agreement_take_step(agreement, actor=request.user, step=definition.name,
                                             channel=records.UI_CHANNEL, **form.step_arguments())
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Đã ghi nhận bước “%(step)s”.") % {"step": definition.label})
                return HttpResponseRedirect(reverse("agreements:agreement_detail", args=[agreement.pk]))
        return self.render_step(agreement, definition, form, status=400)

    def load(self, step):
        definition = step_named(step)
        if definition is None:
            raise Http404(_("Không có bước xử lý này."))
        return self.get_object(definition.action), definition

    def render_step(self, agreement, definition, form, status=200):
        context = self.page_context(object=agreement, step=definition, form=form)
        return render(self.request, self.template_name, context, status=status)


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
