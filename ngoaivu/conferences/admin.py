from django.contrib import admin

from ngoaivu.conferences.models import Conference
from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin


@admin.register(Conference)
class ConferenceAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("title", "kind", "start_date", "status", "province")
    list_filter = ("kind", "status", "province")
    search_fields = ("title", "organiser")
