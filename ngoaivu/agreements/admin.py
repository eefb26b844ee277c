from django.contrib import admin

from ngoaivu.agreements.models import Agreement, AgreementDocument, AgreementReview, CooperationField
from ngoaivu.core.admin import RecordAdmin
from ngoaivu.core.workflow.admin import ReadOnlyWorkflowAdmin


@admin.register(CooperationField)
class CooperationFieldAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "position")


@admin.register(Agreement)
class AgreementAdmin(ReadOnlyWorkflowAdmin):
    list_display = ("title", "kind", "level", "signed_on", "status", "province")
    list_filter = ("kind", "level", "status", "province")
    search_fields = ("number", "title", "vietnamese_party")
    filter_horizontal = ("partners", "sectors")
    raw_id_fields = ("legal_basis",)


@admin.register(AgreementReview)
class AgreementReviewAdmin(RecordAdmin):
    list_display = ("agreement", "year", "rating", "province")
    list_filter = ("rating", "province")
    raw_id_fields = ("agreement",)


@admin.register(AgreementDocument)
class AgreementDocumentAdmin(RecordAdmin):
    list_display = ("agreement", "kind", "title", "uploaded_by", "province")
    list_filter = ("kind", "province")
    raw_id_fields = ("agreement",)
