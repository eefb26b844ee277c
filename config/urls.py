from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import SimpleRouter

from config.app_urls import domain_api_urls, domain_ui_urls
from ngoaivu.api.docs import DocsView, SchemaView
from ngoaivu.jobs.api import JobViewSet
from ngoaivu.jobs.views import healthz
from ngoaivu.people.api import ProvinceSettingsView
from ngoaivu.people.api_tokens import OwnTokenDetailView, OwnTokenListView, TokenObtainView
from ngoaivu.people.api_users import UserViewSet

# The API of the apps that are not domain apps (domain apps' come by convention).
platform_api = SimpleRouter()
platform_api.register("users", UserViewSet, basename="user")
platform_api.register("jobs", JobViewSet, basename="job")

urlpatterns = [
    path("", include("ngoaivu.ui.urls")),
    path("tai-khoan/", include("ngoaivu.people.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("cong-viec/", include("ngoaivu.jobs.urls")),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/auth/token/", TokenObtainView.as_view(), name="api-token"),
    path("api/auth/tokens/", OwnTokenListView.as_view(), name="api-token-list"),
    path("api/auth/tokens/<int:pk>/", OwnTokenDetailView.as_view(), name="api-token-detail"),
    path("api/province-settings/", ProvinceSettingsView.as_view(), name="province-settings"),
    path("api/schema/", SchemaView.as_view(), name="schema"),
    path("api/docs/", DocsView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/", include(platform_api.urls)),
    path("api/", include(domain_api_urls())),
    *domain_ui_urls(),
]
# Uploaded files are never served from MEDIA_URL: each app serves its files through a
# view that checks the province (ngoaivu.core.uploads.file_response).

# JSON errors under /api/, the site's pages elsewhere (ngoaivu.api.errors).
handler404 = "ngoaivu.api.errors.not_found"
handler500 = "ngoaivu.api.errors.server_error"
