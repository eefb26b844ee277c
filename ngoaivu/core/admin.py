"""The Django admin keeps only what the pages do not offer: the national catalogues (ADR 0014).

Province records, users, settings and jobs have their pages; the admin does not list them,
so no rule of theirs can be bypassed here. A catalogue row is written through its services
(audited, channel "admin") by those the role table lets write national rows.
"""
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin  # noqa: F401  registers Group, unregistered below
from django.contrib.auth.models import Group

from ngoaivu.core import services as record_services
from ngoaivu.core.channels import ADMIN_CHANNEL
from ngoaivu.core.roles import Action
from ngoaivu.core.scoping import may_act_in_province

admin.site.unregister(Group)  # roles are the role table's (core.roles), not permission groups


class CatalogueAdmin(admin.ModelAdmin):
    """A national catalogue (no province). An app names its services; without them the
    generic record services (scope, `full_clean`, change log) write the row."""

    create_service = None
    update_service = None

    def _may(self, request, action) -> bool:
        return may_act_in_province(request.user, action, None)

    def has_module_permission(self, request):
        return self._may(request, Action.VIEW)

    def has_view_permission(self, request, obj=None):
        return self._may(request, Action.VIEW)

    def has_add_permission(self, request):
        return self._may(request, Action.ADD)

    def has_change_permission(self, request, obj=None):
        return self._may(request, Action.CHANGE)

    def has_delete_permission(self, request, obj=None):
        return False  # records refer to catalogue rows: deactivate or correct them instead

    def save_model(self, request, obj, form, change):
        names = form.changed_data if change else form.cleaned_data
        data = {name: form.cleaned_data[name] for name in names if name in form.cleaned_data}
        if change:
            update = type(self).update_service or record_services.record_update
            saved = update(obj, actor=request.user, data=data, channel=ADMIN_CHANNEL)
        else:
            create = type(self).create_service or (
                lambda **kwargs: record_services.record_create(type(obj), **kwargs))
            saved = create(actor=request.user, data=data, channel=ADMIN_CHANNEL)
        obj.pk = saved.pk

    def save_related(self, request, form, formsets, change):
        pass  # catalogues have no many-to-many fields nor inlines; `save_model` wrote everything
