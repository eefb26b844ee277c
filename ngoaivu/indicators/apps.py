from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "ngoaivu.indicators"
    label = "indicators"
    verbose_name = _("Chỉ tiêu, số liệu")
    url_prefix = "so-lieu"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        autodiscover_modules("indicators")  # each domain app registers its computations (its indicators.py)
        from django.db.models.signals import post_migrate

        from ngoaivu.indicators.stamps import after_migrate

        # The record stamps' triggers, on every table the figures read (ADR 0026).
        post_migrate.connect(after_migrate, dispatch_uid="ngoaivu-record-stamps")
        from ngoaivu.core.registry import NavigationPage, RecordType, register, register_page
        from ngoaivu.indicators import filtersets, forms, services, tables, views
        from ngoaivu.indicators.api.serializers import ObservationSerializer
        from ngoaivu.indicators.api.views import ObservationRoutes
        from ngoaivu.indicators.models import Observation
        from ngoaivu.indicators.selectors import conflicting_observations

        def attention(queryset):
            yield _("Số liệu có nhiều nguồn khác nhau, chưa chọn số được dùng"), conflicting_observations(
                queryset), "due"

        register(RecordType(
            model=Observation,
            url_namespace="indicators:observation",
            group=_("Số liệu, kế hoạch"),
            search_fields=("indicator__name_vi", "counterpart", "source_document", "note"),
            attention=(attention,),
            url_path="", select_related=("indicator", "province"),
            form=forms.ObservationForm, filterset=filtersets.ObservationFilterSet, table=tables.ObservationTable,
            serializer=ObservationSerializer,
            detail_template="indicators/observation_detail.html",
            views={"list": views.ObservationListView, "detail": views.ObservationDetailView,
                   "add": views.ObservationCreateView},
            create=services.observation_create, update=services.observation_update,
            api_path="observations", api_basename="observation",
            ordering_fields=("period_end", "period_start", "value", "updated_at"),
            viewset=ObservationRoutes,
        ))
        group = _("Số liệu, kế hoạch")
        register_page(NavigationPage(group, _("So sánh toàn quốc"), "indicators:national"))
        register_page(NavigationPage(group, _("Tỷ giá"), "indicators:exchange_rates"))
