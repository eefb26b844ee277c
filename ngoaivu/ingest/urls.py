from django.urls import path

from ngoaivu.ingest import views

urlpatterns = [
    path("<int:pk>/doc-lai/", views.DocumentRerunView.as_view(), name="document_rerun"),
    path("<int:pk>/chap-nhan-tat-ca/", views.DocumentAcceptAllView.as_view(), name="document_accept_all"),
    path("lan-doc/<int:pk>/", views.RunDetailView.as_view(), name="run_detail"),
    path("lan-doc/<int:pk>/tien-do/", views.RunProgressView.as_view(), name="run_progress"),
    path("lan-doc/<int:pk>/chay/", views.RunExecuteView.as_view(), name="run_execute"),
    path("du-kien/<int:pk>/chap-nhan/", views.FactAcceptView.as_view(), name="fact_accept"),
    path("du-kien/<int:pk>/sua/", views.FactCorrectView.as_view(), name="fact_correct"),
    path("du-kien/<int:pk>/bo-qua/", views.FactRejectView.as_view(), name="fact_reject"),
]
