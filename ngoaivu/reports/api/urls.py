from django.urls import path
from rest_framework.routers import DefaultRouter

from ngoaivu.accounts.api import ProvinceSettingsView
from ngoaivu.reports.api.views import ReportViewSet

router = DefaultRouter()
router.register("reports", ReportViewSet, basename="report")
# The province's settings name the report's issuer, symbol and default signer.
urlpatterns = [*router.urls, path("province-settings/", ProvinceSettingsView.as_view(), name="province-settings")]
