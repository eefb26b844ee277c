from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.models import ProvinceSettings, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ("username", "get_full_name", "province", "role", "is_active")
    list_filter = ("role", "province", "is_active")
    fieldsets = DjangoUserAdmin.fieldsets + ((_("Phạm vi và vai trò"), {"fields": ("province", "role")}),)
    add_fieldsets = DjangoUserAdmin.add_fieldsets + ((_("Phạm vi và vai trò"), {"fields": ("province", "role")}),)


@admin.register(ProvinceSettings)
class ProvinceSettingsAdmin(admin.ModelAdmin):
    list_display = ("province", "responsible_body", "delegation_report_days")
