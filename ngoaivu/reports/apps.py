from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "ngoaivu.reports"
    label = "reports"
    verbose_name = _("Báo cáo công tác đối ngoại")
    url_prefix = "bao-cao"

    def ready(self):
        from django.db.models import Max

        from ngoaivu.core.registry import NavigationPage, RecordType, register, register_page
        from ngoaivu.reports import filtersets, forms, services, tables, views
        from ngoaivu.reports.api.serializers import ReportSerializer
        from ngoaivu.reports.api.views import ReportRoutes
        from ngoaivu.reports.models import Report
        from ngoaivu.reports.selectors import drafts_to_finish

        def attention(queryset):
            yield _("Báo cáo nháp chưa hoàn thành"), drafts_to_finish(queryset), "due"

        register(RecordType(
            model=Report,
            url_namespace="reports:report",
            group=_("Số liệu, kế hoạch"),
            search_fields=("title", "number", "signer_name"),
            attention=(attention,),
            url_path="", select_related=("province",), annotate={"latest_version": Max("versions__number")},
            form=forms.ReportForm, filterset=filtersets.ReportFilterSet, table=tables.ReportTable,
            serializer=ReportSerializer,
            detail_fields=("period_start", "period_end", "status", "number", "symbol", "issued_on",
                           "signer_authority", "signer_title", "signer_name", "recipients"),
            detail_template="reports/report_detail.html",
            views={"list": views.ReportListView, "detail": views.ReportDetailView, "add": views.ReportCreateView,
                   "edit": views.ReportUpdateView},
            create=services.report_create, update=services.report_update, delete=services.report_delete,
            api_path="reports", api_basename="report", ordering_fields=("period_end", "created_at"),
            viewset=ReportRoutes,
        ))
        register_page(NavigationPage(_("Số liệu, kế hoạch"), _("Báo cáo toàn quốc"), "reports:national",
                                     visible=lambda user: user.is_superuser or user.province_id is None))
        from ngoaivu.jobs.registry import register_kind
        from ngoaivu.reports.jobs import PDF_KIND

        register_kind(PDF_KIND)
