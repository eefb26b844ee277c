from django.urls import path

from ngoaivu.accounts.api import ProvinceSettingsView

# Reports are routed from their declaration (ngoaivu.api.records); the province's settings
# name the report's issuer, symbol and default signer.
urlpatterns = [path("province-settings/", ProvinceSettingsView.as_view(), name="province-settings")]
