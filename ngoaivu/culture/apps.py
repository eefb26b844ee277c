from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CultureConfig(AppConfig):
    name = "ngoaivu.culture"
    label = "culture"
    verbose_name = _("Văn hóa, thông tin đối ngoại")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.culture.models import CulturalEvent

        register(RecordType(
            model=CulturalEvent,
            url_namespace="culture:event",
            group=_("Văn hóa, thông tin đối ngoại"),
            search_fields=("title", "heritage_name", "product"),
        ))
