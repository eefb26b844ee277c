from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TradeConfig(AppConfig):
    name = "ngoaivu.trade"
    label = "trade"
    verbose_name = _("Thương mại, cửa khẩu")
    url_prefix = "thuong-mai"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.trade import filtersets, forms, services, tables, views
        from ngoaivu.trade.api import serializers
        from ngoaivu.trade.api.views import TradeFigureRoutes
        from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
        from ngoaivu.trade.selectors import gates_temporarily_closed

        group = _("Thương mại, cửa khẩu")
        register(RecordType(
            model=BorderGate,
            url_namespace="trade:gate",
            group=group,
            search_fields=("name_vn", "name_foreign", "location", "notes"),
            attention=(gates_temporarily_closed,),
            url_path="cua-khau", select_related=("country", "province"),
            form=forms.BorderGateForm, filterset=filtersets.BorderGateFilterSet, table=tables.BorderGateTable,
            serializer=serializers.BorderGateSerializer,
            detail_template="trade/bordergate_detail.html", views={"detail": views.BorderGateDetailView},
            create=services.border_gate_create, update=services.border_gate_update, delete=services.border_gate_delete,
            api_path="border-gates", api_basename="border-gate",
            ordering_fields=("name_vn", "current_status_since", "created_at"),
        ))
        # Listed only so that a deleted status change can be restored from the trash.
        register(RecordType(model=BorderGateStatusChange, url_namespace="trade:gate", group=group,
                            in_navigation=False))
        register(RecordType(
            model=TradeFigure,
            url_namespace="trade:figure",
            group=group,
            search_fields=("source", "note", "border_gate__name_vn"),
            url_path="kim-ngach", select_related=("border_gate", "province"),
            form=forms.TradeFigureForm, filterset=filtersets.TradeFigureFilterSet, table=tables.TradeFigureTable,
            serializer=serializers.TradeFigureSerializer,
            detail_template="trade/tradefigure_detail.html", views={"detail": views.TradeFigureDetailView},
            api_path="trade-figures", api_basename="trade-figure",
            ordering_fields=("period_start", "period_end", "value", "created_at"),
            viewset=TradeFigureRoutes,
        ))
