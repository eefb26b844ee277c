from django.urls import path
from rest_framework.routers import DefaultRouter

from ngoaivu.indicators.api.views import ExchangeRateViewSet, IndicatorViewSet, NationalView

# Observations are routed from their declaration (ngoaivu.api.records).
router = DefaultRouter()
router.include_root_view = False
router.register("indicators", IndicatorViewSet, basename="indicator")
router.register("exchange-rates", ExchangeRateViewSet, basename="exchange-rate")
urlpatterns = [*router.urls, path("national/", NationalView.as_view(), name="national")]
