from django.urls import path

from ngoaivu.ingest import views
from ngoaivu.ui.urls_helpers import record_urls

app_name = "ingest"
url_prefix = "van-ban-nguon"
urlpatterns = [
    *record_urls(
        "document", "",
        list_view=views.SourceDocumentListView, detail_view=views.SourceDocumentDetailView,
        create_view=views.SourceDocumentCreateView, update_view=views.SourceDocumentUpdateView,
        delete_view=views.SourceDocumentDeleteView, history_view=views.SourceDocumentHistoryView,
    ),
    path("<int:pk>/doc-lai/", views.DocumentRerunView.as_view(), name="document_rerun"),
    path("<int:pk>/chap-nhan-tat-ca/", views.DocumentAcceptAllView.as_view(), name="document_accept_all"),
    path("lan-doc/<int:pk>/", views.RunDetailView.as_view(), name="run_detail"),
    path("lan-doc/<int:pk>/tien-do/", views.RunProgressView.as_view(), name="run_progress"),
    path("lan-doc/<int:pk>/chay/", views.RunExecuteView.as_view(), name="run_execute"),
    path("du-kien/<int:pk>/chap-nhan/", views.FactAcceptView.as_view(), name="fact_accept"),
    path("du-kien/<int:pk>/sua/", views.FactCorrectView.as_view(), name="fact_correct"),
    path("du-kien/<int:pk>/bo-qua/", views.FactRejectView.as_view(), name="fact_reject"),
]
