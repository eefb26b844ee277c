from django.contrib import admin

from ngoaivu.delegations.models import Delegation
from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin


@admin.register(Delegation)
class DelegationAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("name", "direction", "start_date", "status", "province")
    list_filter = ("direction", "status", "province")
    search_fields = ("name", "head_name")
