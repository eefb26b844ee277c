from django.contrib import admin

from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.core.admin import RecordAdmin
from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin


@admin.register(CitizenCase)
class CitizenCaseAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("person_name", "kind", "country", "opened_on", "status", "province")
    list_filter = ("status", "kind", "province")
    search_fields = ("person_name", "identity_document")


@admin.register(OverseasActivity)
class OverseasActivityAdmin(RecordAdmin):
    list_display = ("title", "kind", "status", "held_on", "country", "province")
    list_filter = ("kind", "status", "province")
    search_fields = ("title", "association_name")


@admin.register(LabourDeployment)
class LabourDeploymentAdmin(RecordAdmin):
    list_display = ("period_start", "period_end", "country", "scheme", "workers_sent", "remittances", "province")
    list_filter = ("scheme", "province")
