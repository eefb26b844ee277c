from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgreementsConfig(AppConfig):
    name = "ngoaivu.agreements"
    label = "agreements"
    verbose_name = _("Thỏa thuận quốc tế")
    url_prefix = "thoa-thuan"

    def ready(self):
        from ngoaivu.agreements import filtersets as f
        from ngoaivu.agreements import forms, selectors, services, views
        from ngoaivu.agreements import tables as t
        from ngoaivu.agreements.api import serializers as s
        from ngoaivu.agreements.api.views import AgreementDocumentRoutes
        from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview
        from ngoaivu.core.registry import RecordType, register

        group = _("Đối tác, thỏa thuận")
        register(RecordType(
            model=Agreement,
            url_namespace="agreements:agreement",
            group=group,
            search_fields=("number", "title", "vietnamese_party", "notes", "partners__name",
                           "partners__name_original"),
            attention=(selectors.awaiting_report, selectors.awaiting_opinions, selectors.term_ending),
            url_path="",
            select_related=("province", "legal_basis"), prefetch_related=("partners__country", "sectors"),
            form=forms.AgreementForm, filterset=f.AgreementFilterSet, table=t.AgreementTable,
            serializer=s.AgreementSerializer,
            detail_template="agreements/agreement_detail.html",
            views={"detail": views.AgreementDetailView, "add": views.AgreementCreateView},
            create=services.agreement_create, update=services.agreement_update,
            api_path="agreements", api_basename="agreement",
            ordering_fields=("title", "signed_on", "term_end", "created_at"),
        ))
        # Reviews and files are reached from their agreement's page (not in the navigation).
        register(RecordType(
            model=AgreementReview, url_namespace="agreements:review", group=group, in_navigation=False, in_search=False,
            search_fields=("summary", "next_steps", "agreement__title"),
            url_path="danh-gia", select_related=("agreement", "province"),
            form=forms.AgreementReviewForm, filterset=f.AgreementReviewFilterSet, table=t.AgreementReviewTable,
            serializer=s.AgreementReviewSerializer,
            views={"detail": views.ReviewDetailView},
            api_path="agreement-reviews", api_basename="agreement-review", ordering_fields=("year", "created_at"),
        ))
        register(RecordType(
            model=AgreementDocument, url_namespace="agreements:document", group=group, in_navigation=False,
            in_search=False,
            search_fields=("title", "agreement__title"),
            url_path="tai-lieu", select_related=("agreement", "province", "uploaded_by"),
            form=forms.AgreementDocumentForm, filterset=f.AgreementDocumentFilterSet, table=t.AgreementDocumentTable,
            serializer=s.AgreementDocumentSerializer,
            detail_template="agreements/agreementdocument_detail.html",
            create=services.document_create, update=services.document_update,
            api_path="agreement-documents", api_basename="agreement-document", ordering_fields=("kind", "created_at"),
            viewset=AgreementDocumentRoutes,
        ))
