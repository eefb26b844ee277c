from django.urls import path

from ngoaivu.exchange import views

app_name = "exchange"
url_prefix = "du-lieu"
urlpatterns = [
    path("<slug:slug>/xuat/", views.export_list, name="export"),
    path("<slug:slug>/chon/", views.bulk_action, name="bulk"),
]
