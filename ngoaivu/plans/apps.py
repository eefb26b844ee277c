from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "ngoaivu.plans"
    label = "plans"
    verbose_name = _("Kế hoạch, chỉ tiêu")
    url_prefix = "ke-hoach"

    def ready(self):
        from django.utils import timezone

        from ngoaivu.core.registry import NavigationPage, RecordType, register, register_page
        from ngoaivu.plans import filtersets, forms, services, tables, views
        from ngoaivu.plans.api import serializers
        from ngoaivu.plans.api.views import PlanRoutes
        from ngoaivu.plans.models import Plan, Target
        from ngoaivu.plans.selectors import plans_behind

        def attention(queryset):
            yield _("Kế hoạch có mục tiêu chậm tiến độ hoặc có nguy cơ không đạt"), plans_behind(
                queryset, as_of=timezone.localdate()), "due"

        group = _("Số liệu, kế hoạch")
        register(RecordType(
            model=Plan, url_namespace="plans:plan", group=group,
            search_fields=("name", "legal_document__number", "notes"), attention=(attention,),
            url_path="", select_related=("province", "legal_document"),
            form=forms.PlanForm, filterset=filtersets.PlanFilterSet, table=tables.PlanTable,
            serializer=serializers.PlanSerializer,
            detail_fields=("province", "name", "legal_document", "notes"), detail_template="plans/plan_detail.html",
            views={"list": views.PlanListView, "detail": views.PlanDetailView},
            create=services.plan_create, update=services.plan_update,
            api_path="plans", api_basename="plan", ordering_fields=("start_year", "end_year", "name"),
            viewset=PlanRoutes,
        ))
        # Targets are reached from their plan's page; their own list serves search and the trash.
        register(RecordType(
            model=Target, url_namespace="plans:target", group=group,
            search_fields=("indicator__name_vi", "plan__name", "note"), in_navigation=False,
            url_path="muc-tieu", select_related=("plan", "indicator", "province"),
            form=forms.TargetForm, filterset=filtersets.TargetFilterSet, table=tables.TargetTable,
            serializer=serializers.TargetSerializer,
            detail_fields=("province", "plan", "indicator", "kind", "value", "value_min", "value_max", "currency",
                           "scope", "counts_increase", "note"),
            detail_template="plans/target_detail.html", views={"detail": views.TargetDetailView},
            api_path="targets", api_basename="target", ordering_fields=("year", "indicator__position"),
        ))
        register_page(NavigationPage(group, _("Bảng số liệu của tỉnh"), "plans:dashboard"))
