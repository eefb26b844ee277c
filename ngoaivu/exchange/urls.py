from django.urls import path

from ngoaivu.exchange import views

app_name = "exchange"
url_prefix = "du-lieu"
urlpatterns = [
    path("iati/", views.iati_download, name="iati"),
    path("nhap/<int:pk>/", views.import_detail, name="import_detail"),
    path("<slug:slug>/xuat/", views.export_list, name="export"),
    path("<slug:slug>/chon/", views.bulk_action, name="bulk"),
    path("<slug:slug>/mau/", views.import_template, name="template"),
    path("<slug:slug>/nhap/", views.import_upload, name="import"),
]
