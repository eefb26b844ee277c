from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.culture.models import CulturalEvent


@admin.register(CulturalEvent)
class CulturalEventAdmin(RecordAdmin):
    list_display = ("title", "kind", "start_date", "venue", "country", "province")
    list_filter = ("kind", "venue", "province")
    search_fields = ("title", "heritage_name", "product")
