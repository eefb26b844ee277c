"""/api/schema/ and /api/docs/: for logged-in users (session or API key) unless
NGOAIVU_API_DOCS_PUBLIC opens them (a public sandbox, a partner's integration)."""
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny, IsAuthenticated


def docs_public() -> bool:
    return settings.NGOAIVU_API_DOCS_PUBLIC


class SchemaView(SpectacularAPIView):
    """The OpenAPI schema; anonymous: 401/403 JSON unless the docs are public."""

    def get_permissions(self):
        return [AllowAny() if docs_public() else IsAuthenticated()]


class DocsView(SpectacularSwaggerSplitView):
    """The interactive docs (a page): anonymous users are sent to the login page."""

    permission_classes = [AllowAny]
    schema = None  # a page, not an operation of the API

    def get(self, request, *args, **kwargs):
        if not docs_public() and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().get(request, *args, **kwargs)
