from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TradeConfig(AppConfig):
    name = "ngoaivu.trade"
    label = "trade"
    verbose_name = _("Thương mại, cửa khẩu")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.trade.models import BorderGate, BorderGateStatusChange, TradeFigure
        from ngoaivu.trade.selectors import gates_temporarily_closed

        group = _("Thương mại, cửa khẩu")
        register(RecordType(
            model=BorderGate,
            url_namespace="trade:gate",
            group=group,
            search_fields=("name_vn", "name_foreign"),
            attention=(gates_temporarily_closed,),
        ))
        # Listed only so that a deleted status change can be restored from the trash.
        register(RecordType(model=BorderGateStatusChange, url_namespace="trade:gate", group=group,
                            in_navigation=False))
        register(RecordType(
            model=TradeFigure,
            url_namespace="trade:figure",
            group=group,
            search_fields=("source", "note"),
        ))
