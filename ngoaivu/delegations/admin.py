from django.contrib import admin

from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin
from ngoaivu.delegations.models import Delegation


@admin.register(Delegation)
class DelegationAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("name", "direction", "start_date", "status", "province")
    list_filter = ("direction", "status", "province")
    search_fields = ("name", "head_name")
