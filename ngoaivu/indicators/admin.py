from django.contrib import admin

from ngoaivu.core.admin import CatalogueAdmin
from ngoaivu.indicators import services
from ngoaivu.indicators.models import ExchangeRate, Indicator


@admin.register(Indicator)
class IndicatorAdmin(CatalogueAdmin):
    list_display = ("code", "name_vi", "unit", "currency", "aggregation", "group", "is_active")
    list_filter = ("group", "aggregation", "unit", "is_active")
    search_fields = ("code", "name_vi", "name_en")
    create_service = services.indicator_create
    update_service = services.indicator_update


@admin.register(ExchangeRate)
class ExchangeRateAdmin(CatalogueAdmin):
    list_display = ("currency", "valid_on", "rate_to_vnd", "source")
    list_filter = ("currency",)
    date_hierarchy = "valid_on"
    create_service = services.exchange_rate_create
    update_service = services.exchange_rate_update
