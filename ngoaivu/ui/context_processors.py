from django.urls import reverse

from ngoaivu.core.registry import navigation_pages, record_types


def navigation(request):
    """Menu groups built from the registry: record lists, then the group's other pages."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    groups: dict[str, list[dict]] = {}
    for record_type in record_types():
        if record_type.in_navigation:
            groups.setdefault(str(record_type.group), []).append(
                {"label": record_type.label, "url": reverse(record_type.url_name("list"))})
    for page in navigation_pages():
        if page.visible is not None and not page.visible(request.user):
            continue
        groups.setdefault(str(page.group), []).append({"label": page.label, "url": reverse(page.url_name)})
    return {"nav_groups": groups}
