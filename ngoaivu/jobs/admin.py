from django.contrib import admin

from ngoaivu.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ("title", "kind", "status", "progress", "user", "province", "created_at", "finished_at")
    list_filter = ("status", "kind")
    readonly_fields = [field.name for field in Job._meta.fields]

    def has_add_permission(self, request):
        return False  # jobs are started by the application, never by hand
