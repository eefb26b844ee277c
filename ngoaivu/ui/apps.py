from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UiConfig(AppConfig):
    name = "ngoaivu.ui"
    label = "ui"
    verbose_name = _("Giao diện")

    def ready(self):
        from ngoaivu.core.registry import NavigationPage, register_page

        register_page(NavigationPage(_("Đối tác, thỏa thuận"), _("Bản đồ đối tác, cửa khẩu"), "ui:map"))
