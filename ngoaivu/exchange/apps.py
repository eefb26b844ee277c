from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    name = "ngoaivu.exchange"
    label = "exchange"
    verbose_name = _("Nhập, xuất dữ liệu và sao lưu")

    def ready(self):
        from ngoaivu.api.exports import register_exporter
        from ngoaivu.exchange.api.views import export_list_file
        from ngoaivu.exchange.jobs import KINDS
        from ngoaivu.jobs.registry import register_kind

        for kind in KINDS:
            register_kind(kind)
        register_exporter(export_list_file)
