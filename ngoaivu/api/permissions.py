from rest_framework.permissions import SAFE_METHODS, BasePermission

from ngoaivu.core.roles import Action, can

_METHOD_ACTIONS = {"POST": Action.ADD, "PUT": Action.CHANGE, "PATCH": Action.CHANGE, "DELETE": Action.DELETE}


class RolePermission(BasePermission):
    """The role table decides the verb; the scoped queryset and services decide the province."""

    def has_permission(self, request, view):
        user = request.user
        if not user or not user.is_authenticated:
            return False
        if request.method in SAFE_METHODS:
            return can(user, Action.VIEW)
        action = getattr(view, "required_action", None) or _METHOD_ACTIONS.get(request.method, Action.CHANGE)
        return can(user, action)
