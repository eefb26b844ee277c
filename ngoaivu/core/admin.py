"""Django admin for province records: the same scoping and services as the UI and API."""
from django.contrib import admin

from ngoaivu.accounts.roles import Action
from ngoaivu.core import services as record_services
from ngoaivu.core.scoping import may_act_in_province, restrict

ADMIN_CHANNEL = "admin"


class RecordAdmin(admin.ModelAdmin):
    """Admin pages of a record type. An app routes the admin through its own services (and
    so its own rules) by naming them; without them the generic record services are used."""

    list_filter = ("province",)
    readonly_fields = ("created_at", "updated_at")
    create_service = None
    update_service = None
    delete_service = None

    def get_queryset(self, request):
        return restrict(super().get_queryset(request), request.user, Action.VIEW)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not may_act_in_province(request.user, Action.CHANGE, obj.province_id):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and not may_act_in_province(request.user, Action.DELETE, obj.province_id):
            return False
        return super().has_delete_permission(request, obj)

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in form.cleaned_data if name in {
            f.name for f in obj._meta.concrete_fields if f.editable}}
        if change:
            update = type(self).update_service or (
                lambda instance, **kwargs: record_services.record_update(instance, **kwargs))
            saved = update(obj, actor=request.user, data=data, channel=ADMIN_CHANNEL)
        else:
            create = type(self).create_service or (
                lambda **kwargs: record_services.record_create(type(obj), **kwargs))
            saved = create(actor=request.user, data=data, channel=ADMIN_CHANNEL)
        obj.pk = saved.pk

    def save_related(self, request, form, formsets, change):
        # Many-to-many values go through the service too, so they are logged.
        m2m = {f.name: form.cleaned_data[f.name] for f in form.instance._meta.many_to_many if f.name in form.cleaned_data}
        if m2m:
            instance = type(form.instance)._base_manager.get(pk=form.instance.pk)
            record_services.record_update(instance, actor=request.user, data=m2m, channel=ADMIN_CHANNEL)
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

    def delete_model(self, request, obj):
        delete = type(self).delete_service or record_services.record_delete
        delete(obj, actor=request.user, channel=ADMIN_CHANNEL)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


class AddThroughPagesAdminMixin:
    """Rows whose creation needs a service (a generated identifier, the parent's province)
    are added from the app's pages, not from the admin."""

    def has_add_permission(self, request):
        return False
