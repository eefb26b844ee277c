from django.contrib import admin

from ngoaivu.core.admin import AddThroughPagesAdminMixin, RecordAdmin
from ngoaivu.plans.models import Plan, Target


@admin.register(Plan)
class PlanAdmin(RecordAdmin):
    list_display = ("name", "legal_document", "start_year", "end_year", "province")
    search_fields = ("name", "legal_document__number")


@admin.register(Target)
class TargetAdmin(AddThroughPagesAdminMixin, RecordAdmin):
    list_display = ("indicator", "plan", "kind", "value", "value_min", "value_max", "scope", "year", "province")
    list_filter = ("kind", "scope", "province")
    search_fields = ("indicator__name_vi", "plan__name")
