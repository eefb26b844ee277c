"""Each domain app's UI and API routes: its record types' pages and viewsets derived from their
declarations (ngoaivu.core.registry), then the app's own routes (urls.py, api/urls.py) if it has any."""
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.urls import include, path


def _has_module(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def domain_ui_urls() -> list:
    from ngoaivu.core.registry import record_types
    from ngoaivu.ui.records import record_urls

    patterns = []
    for app in settings.DOMAIN_APPS:
        config = apps.get_app_config(app.rsplit(".", 1)[-1])
        module = import_module(f"{app}.urls") if _has_module(f"{app}.urls") else None
        namespace = config.label
        declared = [pattern for record_type in record_types()
                    if record_type.app_label == namespace and record_type.url_path is not None
                    for pattern in record_urls(record_type)]
        own = list(getattr(module, "urlpatterns", []))
        if declared or own:
            prefix = getattr(config, "url_prefix", None) or getattr(module, "url_prefix", namespace)
            patterns.append(path(f"{prefix}/", include(([*declared, *own], namespace))))
    return patterns


def domain_api_urls() -> list:
    from ngoaivu.api.records import record_router

    patterns = [path("", include(record_router().urls))]
    for app in settings.DOMAIN_APPS:
        module = f"{app}.api.urls"
        if _has_module(module):
            patterns.append(path("", include(module)))
    return patterns
