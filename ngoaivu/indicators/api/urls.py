from django.urls import path
from rest_framework.routers import DefaultRouter

from ngoaivu.indicators.api.views import ExchangeRateViewSet, IndicatorViewSet, NationalView, ObservationViewSet

router = DefaultRouter()
router.register("indicators", IndicatorViewSet, basename="indicator")
router.register("observations", ObservationViewSet, basename="observation")
router.register("exchange-rates", ExchangeRateViewSet, basename="exchange-rate")
urlpatterns = [*router.urls, path("national/", NationalView.as_view(), name="national")]
