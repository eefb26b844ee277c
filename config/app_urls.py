"""Each domain app's UI and API routes, found by convention (urls.py and api/urls.py)."""
from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.urls import include, path


def _has_module(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def domain_ui_urls() -> list:
    patterns = []
    for app in settings.DOMAIN_APPS:
        module = f"{app}.urls"
        if _has_module(module):
            namespace = app.rsplit(".", 1)[-1]
            patterns.append(path(f"{getattr(import_module(module), 'url_prefix', namespace)}/", include(module)))
    return patterns


def domain_api_urls() -> list:
    patterns = []
    for app in settings.DOMAIN_APPS:
        module = f"{app}.api.urls"
        if _has_module(module):
            patterns.append(path("", include(module)))
    return patterns
