from django.urls import path
from rest_framework.routers import DefaultRouter

from ngoaivu.plans.api.views import FiguresView, PlanViewSet, TargetViewSet

router = DefaultRouter()
router.register("plans", PlanViewSet, basename="plan")
router.register("targets", TargetViewSet, basename="target")
urlpatterns = [*router.urls, path("figures/", FiguresView.as_view(), name="figures")]
