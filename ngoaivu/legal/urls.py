from django.urls import path

from ngoaivu.legal import views

urlpatterns = [
    path("<int:pk>/tep/", views.LegalDocumentFileView.as_view(), name="document_file"),
]
