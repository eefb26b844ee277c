from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoundsConfig(AppConfig):
    name = "ngoaivu.rounds"
    label = "rounds"
    verbose_name = _("Đợt báo cáo của Bộ Ngoại giao")

    def ready(self):
        from ngoaivu.core.registry import NavigationPage, register_home_notices, register_page
        from ngoaivu.rounds.selectors import home_notices

        register_page(NavigationPage(_("Số liệu, kế hoạch"), _("Đợt báo cáo gửi Bộ"), "rounds:round_list"))
        register_home_notices(home_notices)
