from django.urls import path

from ngoaivu.agreements import views
from ngoaivu.core.workflow.views import step_urls
from ngoaivu.ui.urls_helpers import record_urls

app_name = "agreements"
url_prefix = "thoa-thuan"
urlpatterns = [
    *record_urls(
        "agreement", "",
        list_view=views.AgreementListView, detail_view=views.AgreementDetailView,
        create_view=views.AgreementCreateView, update_view=views.AgreementUpdateView,
        delete_view=views.AgreementDeleteView, history_view=views.AgreementHistoryView,
    ),
    *step_urls("agreement", "", views.AgreementMixin),
    *record_urls(
        "review", "danh-gia",
        list_view=views.ReviewListView, detail_view=views.ReviewDetailView, create_view=views.ReviewCreateView,
        update_view=views.ReviewUpdateView, delete_view=views.ReviewDeleteView,
        history_view=views.ReviewHistoryView,
    ),
    *record_urls(
        "document", "tai-lieu",
        list_view=views.DocumentListView, detail_view=views.DocumentDetailView, create_view=views.DocumentCreateView,
        update_view=views.DocumentUpdateView, delete_view=views.DocumentDeleteView,
        history_view=views.DocumentHistoryView,
    ),
    path("tai-lieu/<int:pk>/tep/", views.DocumentFileView.as_view(), name="document_file"),
]
