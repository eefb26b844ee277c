from django.contrib import admin

from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
from ngoaivu.core.admin import AddThroughPagesAdminMixin, RecordAdmin
from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin


@admin.register(OdaProject)
class OdaProjectAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("title", "donor", "instrument", "project_type", "stage", "province")
    list_filter = ("stage", "instrument", "project_type", "province")
    search_fields = ("title", "local_code", "iati_identifier")
    readonly_fields = (*RecordAdmin.readonly_fields, "iati_identifier", "local_code")


@admin.register(NgoAid)
class NgoAidAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("title", "ngo", "kind", "status", "province")
    list_filter = ("status", "kind", "province")
    search_fields = ("title", "local_code", "iati_identifier")


@admin.register(OdaTransaction)
class OdaTransactionAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("project", "transaction_type", "transaction_date", "amount", "currency", "province")
    list_filter = ("transaction_type", "province")


@admin.register(NgoAidTransaction)
class NgoAidTransactionAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("aid", "transaction_type", "transaction_date", "amount", "currency", "province")
    list_filter = ("transaction_type", "province")
