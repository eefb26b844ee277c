from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.partners import services
from ngoaivu.partners.models import Partner


@admin.register(Partner)
class PartnerAdmin(RecordAdmin):
    list_display = ("name", "partner_type", "country", "status", "province")
    list_filter = ("partner_type", "status", "province")
    search_fields = ("name", "name_original")
    create_service = services.partner_create
    update_service = services.partner_update
    delete_service = services.partner_delete
