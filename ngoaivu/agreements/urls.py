from django.urls import path

from ngoaivu.agreements import views

urlpatterns = [
    path("tai-lieu/<int:pk>/tep/", views.DocumentFileView.as_view(), name="document_file"),
]
