from django.urls import path

from ngoaivu.exchange.api import views

urlpatterns = [
    path("imports/", views.import_create, name="import-create"),
    path("imports/<int:pk>/", views.import_detail, name="import-detail"),
    path("imports/<int:pk>/confirm/", views.import_confirm, name="import-confirm"),
    path("imports/<int:pk>/undo/", views.import_undo, name="import-undo"),
    path("bulk-status/", views.bulk_status, name="bulk-status"),
    path("iati/", views.iati, name="iati"),
]
