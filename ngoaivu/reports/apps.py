from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "ngoaivu.reports"
    label = "reports"
    verbose_name = _("Báo cáo công tác đối ngoại")

    def ready(self):
        from ngoaivu.core.registry import NavigationPage, RecordType, register, register_page
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
        ))
        register_page(NavigationPage(_("Số liệu, kế hoạch"), _("Báo cáo toàn quốc"), "reports:national",
                                     visible=lambda user: user.is_superuser or user.province_id is None))
        from ngoaivu.jobs.registry import register_kind
        from ngoaivu.reports.jobs import PDF_KIND

        register_kind(PDF_KIND)
