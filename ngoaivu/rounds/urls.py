from django.urls import path

from ngoaivu.rounds import views

app_name = "rounds"
url_prefix = "dot-bao-cao"
urlpatterns = [
    path("", views.round_list_view, name="round_list"),
    path("mo/", views.round_create_view, name="round_create"),
    path("<int:pk>/", views.round_detail_view, name="round_detail"),
    path("<int:pk>/dong/", views.round_close_view, name="round_close"),
    path("<int:pk>/gui/<int:unit_pk>/", views.submission_create_view, name="submission_create"),
    path("<int:pk>/tong-hop/", views.compilation_view, name="compilation"),
    path("<int:pk>/tong-hop/tai/<str:fmt>/", views.compilation_view, name="compilation_download"),
    path("da-gui/<int:pk>/tra-lai/", views.submission_return_view, name="submission_return"),
    path("da-gui/<int:pk>/van-ban/", views.submission_document_view, name="submission_document"),
]
