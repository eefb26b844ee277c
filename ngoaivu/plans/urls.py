from django.urls import path

from ngoaivu.plans import views

urlpatterns = [
    path("bang-so-lieu/", views.dashboard_page, name="dashboard"),
]
