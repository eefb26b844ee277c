from django.contrib import admin

from ngoaivu.core.admin import AddThroughPagesAdminMixin, RecordAdmin
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent


@admin.register(FdiProject)
class FdiProjectAdmin(RecordAdmin):
    list_display = ("name", "investor_name", "investor_country", "certificate_date", "registered_capital",
                    "capital_currency", "status", "province")
    list_filter = ("status", "sector", "province")
    search_fields = ("name", "investor_name", "certificate_number")


@admin.register(FdiCapitalAdjustment)
class FdiCapitalAdjustmentAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("project", "adjusted_on", "added_capital", "currency", "province")
    search_fields = ("project__name", "certificate_number")


@admin.register(FdiImplementation)
class FdiImplementationAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("project", "period_start", "period_end", "amount", "currency", "province")
    search_fields = ("project__name",)


@admin.register(PromotionEvent)
class PromotionEventAdmin(RecordAdmin):
    list_display = ("title", "kind", "location_kind", "country", "start_date", "province")
    list_filter = ("kind", "location_kind", "province")
    search_fields = ("title", "organiser")
