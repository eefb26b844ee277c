from django.urls import path

from ngoaivu.reports import views

urlpatterns = [
    path("<int:pk>/tao-lai/", views.ReportRegenerateView.as_view(), name="report_regenerate"),
    path("<int:pk>/hoan-thanh/", views.ReportFinalizeView.as_view(), name="report_finalize"),
    path("<int:pk>/soan-thao/", views.ReportEditorView.as_view(), name="report_editor"),
    path("<int:pk>/doan/<str:key>/", views.ParagraphEditView.as_view(), name="report_paragraph"),
    path("<int:pk>/phien-ban/", views.ReportVersionsView.as_view(), name="report_versions"),
    path("<int:pk>/tai/<str:fmt>/", views.ReportDownloadView.as_view(), name="report_download"),
    path("toan-quoc/", views.national_report, name="national"),
    path("toan-quoc/tai/<str:fmt>/", views.national_download, name="national_download"),
]
