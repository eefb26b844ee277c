from django.urls import path

from ngoaivu.jobs import views

app_name = "jobs"
urlpatterns = [
    path("<int:pk>/", views.job_detail, name="job_detail"),
    path("<int:pk>/trang-thai/", views.job_status, name="job_status"),
    path("<int:pk>/tai/", views.job_download, name="job_download"),
]
