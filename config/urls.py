from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.authtoken.views import obtain_auth_token

from config.app_urls import domain_api_urls, domain_ui_urls

urlpatterns = [
    path("", include("ngoaivu.ui.urls")),
    path("tai-khoan/", include("ngoaivu.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/auth/token/", obtain_auth_token, name="api-token"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("api/", include(domain_api_urls())),
    *domain_ui_urls(),
]
# Uploaded files are never served from MEDIA_URL: each app serves its files through a
# view that checks the province (ngoaivu.core.uploads.file_response).
