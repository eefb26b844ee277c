from django.contrib import admin

from ngoaivu.agreements.models import CooperationField
from ngoaivu.core.admin import CatalogueAdmin


@admin.register(CooperationField)
class CooperationFieldAdmin(CatalogueAdmin):
    list_display = ("name", "code", "position")
