from django.contrib import admin

from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.core.admin import RecordAdmin


@admin.register(CitizenCase)
class CitizenCaseAdmin(RecordAdmin):
    list_display = ("person_name", "kind", "country", "opened_on", "status", "province")
    list_filter = ("status", "kind", "province")
    search_fields = ("person_name", "identity_document")
    # The workflow moves a case on; the admin only reads where it stands.
    readonly_fields = (*RecordAdmin.readonly_fields, "status", "forwarded_to_consular_dept_on", "closed_on")


@admin.register(OverseasActivity)
class OverseasActivityAdmin(RecordAdmin):
    list_display = ("title", "kind", "status", "held_on", "country", "province")
    list_filter = ("kind", "status", "province")
    search_fields = ("title", "association_name")


@admin.register(LabourDeployment)
class LabourDeploymentAdmin(RecordAdmin):
    list_display = ("period_start", "period_end", "country", "scheme", "workers_sent", "remittances", "province")
    list_filter = ("scheme", "province")
