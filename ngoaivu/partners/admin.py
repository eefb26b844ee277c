from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.partners.models import Partner


@admin.register(Partner)
class PartnerAdmin(RecordAdmin):
    list_display = ("name", "partner_type", "country", "status", "province")
    list_filter = ("partner_type", "status", "province")
    search_fields = ("name", "name_original")
