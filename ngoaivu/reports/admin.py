from django.contrib import admin

from ngoaivu.core.admin import ADMIN_CHANNEL, AddThroughPagesAdminMixin, RecordAdmin
from ngoaivu.reports import services
from ngoaivu.reports.models import Report, ReportVersion


@admin.register(Report)
class ReportAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    """Reports are generated from the pages; here only their particulars, through the same rules."""

    list_display = ("display_title", "period_start", "period_end", "status", "province")
    list_filter = ("status", "province")
    search_fields = ("title", "number", "signer_name")
    readonly_fields = ("period_start", "period_end", "status", "issued_on", "created_at", "updated_at")

    def save_model(self, request, obj, form, change):
        data = {name: form.cleaned_data[name] for name in form.changed_data if name in form.cleaned_data}
        services.report_update(obj, actor=request.user, data=data, channel=ADMIN_CHANNEL)

    def delete_model(self, request, obj):
        services.report_delete(obj, actor=request.user, channel=ADMIN_CHANNEL)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(ReportVersion)
class ReportVersionAdmin(RecordAdmin):
    """Versions are a record of what was written: never added, changed or deleted by hand."""

    list_display = ("report", "number", "change", "author", "created_at")
    list_filter = ("change",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
