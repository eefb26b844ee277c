from django.urls import path

from ngoaivu.plans.api.views import FiguresView

# Plans and targets are routed from their declarations (ngoaivu.api.records).
urlpatterns = [path("figures/", FiguresView.as_view(), name="figures")]
