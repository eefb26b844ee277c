from django.contrib import admin

from ngoaivu.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    """Every job of every user, for the operator: the pages show a job to its starter only. Read-only."""

    list_display = ("title", "kind", "status", "progress", "user", "province", "created_at", "finished_at")
    list_filter = ("status", "kind")
    readonly_fields = [field.name for field in Job._meta.fields]

    def has_add_permission(self, request):
        return False  # jobs are started by the application, never by hand

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # old jobs go with `jobs_purge` (scheduled), not by hand
