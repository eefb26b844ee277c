from ngoaivu.core.registry import record_types


def navigation(request):
    """Navigation groups built from the record registry (only for signed-in users)."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    groups: dict[str, list] = {}
    for record_type in record_types():
        if record_type.in_navigation:
            groups.setdefault(record_type.group, []).append(record_type)
    return {"nav_groups": groups}
