from django.contrib import admin

from ngoaivu.core.admin import RecordAdmin
from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure


@admin.register(BorderGate)
class BorderGateAdmin(RecordAdmin):
    list_display = ("name_vn", "name_foreign", "country", "gate_class", "province")
    list_filter = ("gate_class", "country", "province")
    search_fields = ("name_vn", "name_foreign")


@admin.register(BorderGateStatusChange)
class BorderGateStatusChangeAdmin(RecordAdmin):
    list_display = ("gate", "changed_on", "status", "province")
    list_filter = ("status", "province")


@admin.register(TradeFigure)
class TradeFigureAdmin(RecordAdmin):
    list_display = ("flow", "period_start", "period_end", "value", "currency", "is_estimate", "border_gate",
                    "commodity", "province")
    list_filter = ("flow", "currency", "is_estimate", "province")
    search_fields = ("source", "note")
