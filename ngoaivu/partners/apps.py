from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "ngoaivu.partners"
    label = "partners"
    verbose_name = _("Đối tác nước ngoài")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.partners.models import Partner

        register(RecordType(
            model=Partner,
            url_namespace="partners:partner",
            group=_("Đối tác, thỏa thuận"),
            search_fields=("name", "name_original", "country__name_vi"),
        ))
