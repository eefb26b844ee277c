from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "ngoaivu.plans"
    label = "plans"
    verbose_name = _("Kế hoạch, chỉ tiêu")

    def ready(self):
        from django.utils import timezone

        from ngoaivu.core.registry import NavigationPage, RecordType, register, register_page
        from ngoaivu.plans.models import Plan, Target
        from ngoaivu.plans.selectors import plans_behind

        def attention(queryset):
            yield _("Kế hoạch có mục tiêu chậm tiến độ hoặc có nguy cơ không đạt"), plans_behind(
                queryset, as_of=timezone.localdate()), "due"

        group = _("Số liệu, kế hoạch")
        register(RecordType(model=Plan, url_namespace="plans:plan", group=group,
                            search_fields=("name", "legal_document__number", "notes"), attention=(attention,)))
        # Targets are reached from their plan's page; their own list serves search and the trash.
        register(RecordType(model=Target, url_namespace="plans:target", group=group,
                            search_fields=("indicator__name_vi", "note"), in_navigation=False))
        register_page(NavigationPage(group, _("Bảng số liệu của tỉnh"), "plans:dashboard"))
