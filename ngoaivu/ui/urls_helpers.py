"""URL patterns of a record type's pages, named <prefix>_list, _detail, _add, _edit, _delete, _history."""
from django.urls import path


def record_urls(prefix: str, segment: str, *, list_view, detail_view, create_view, update_view, delete_view,
                history_view) -> list:
    base = f"{segment}/" if segment else ""
    return [
        path(base, list_view.as_view(), name=f"{prefix}_list"),
        path(f"{base}them/", create_view.as_view(), name=f"{prefix}_add"),
        path(f"{base}<int:pk>/", detail_view.as_view(), name=f"{prefix}_detail"),
        path(f"{base}<int:pk>/sua/", update_view.as_view(), name=f"{prefix}_edit"),
        path(f"{base}<int:pk>/xoa/", delete_view.as_view(), name=f"{prefix}_delete"),
        path(f"{base}<int:pk>/lich-su/", history_view.as_view(), name=f"{prefix}_history"),
    ]
