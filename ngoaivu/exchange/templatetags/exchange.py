"""The export, import and IATI buttons of a record list page."""
from django import template

from ngoaivu.core.roles import Action, can
from ngoaivu.exchange.specs import spec_for

register = template.Library()
IATI_TYPES = {"aid.odaproject", "aid.ngoaid"}


@register.inclusion_tag("exchange/list_actions.html", takes_context=True)
def exchange_actions(context, record_type):
    request = context["request"]
    spec = spec_for(record_type.key)
    query = request.GET.copy()
    for name in ("page", "format"):
        query.pop(name, None)
    return {
        "spec": spec,
        "query": query.urlencode(),
        "can_import": spec is not None and spec.importable and can(request.user, Action.ADD),
        "iati": record_type.key in IATI_TYPES,
        "can_delete": can(request.user, Action.DELETE),
        "status_column": spec.status_column() if spec is not None and can(request.user, Action.CHANGE) else None,
    }
