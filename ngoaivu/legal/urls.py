from django.urls import path

from ngoaivu.legal import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "legal"
url_prefix = "van-ban"
urlpatterns = record_urls(
    "document", "",
    list_view=views.LegalDocumentListView, detail_view=views.LegalDocumentDetailView,
    create_view=views.LegalDocumentCreateView, update_view=views.LegalDocumentUpdateView,
    delete_view=views.LegalDocumentDeleteView, history_view=views.LegalDocumentHistoryView,
) + [
    path("<int:pk>/tep/", views.LegalDocumentFileView.as_view(), name="document_file"),
]
