from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.indicators.models import ExchangeRate, Indicator, Observation


@admin.register(Observation)
class ObservationAdmin(RecordAdmin):
    list_display = ("indicator", "period_start", "period_end", "value", "currency", "source", "counts", "province")
    list_filter = ("indicator", "source", "counts", "province")
    search_fields = ("indicator__name_vi", "counterpart", "source_document")


class CatalogueAdmin(RecordAdmin):
    """National catalogues: no province; written through the record services (audited), which
    let only system administrators write rows without a province."""

    list_filter = ()
    readonly_fields = ()

    def get_queryset(self, request):
        return admin.ModelAdmin.get_queryset(self, request)

    def has_change_permission(self, request, obj=None):
        return admin.ModelAdmin.has_change_permission(self, request, obj)

    def has_delete_permission(self, request, obj=None):
        return False  # figures and plans refer to them: deactivate or correct instead


@admin.register(Indicator)
class IndicatorAdmin(CatalogueAdmin):
    list_display = ("code", "name_vi", "unit", "currency", "aggregation", "group", "is_active")
    list_filter = ("group", "aggregation", "unit", "is_active")
    search_fields = ("code", "name_vi", "name_en")


@admin.register(ExchangeRate)
class ExchangeRateAdmin(CatalogueAdmin):
    list_display = ("currency", "valid_on", "rate_to_vnd", "source")
    list_filter = ("currency",)
    date_hierarchy = "valid_on"
