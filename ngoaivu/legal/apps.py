from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LegalConfig(AppConfig):
    name = "ngoaivu.legal"
    label = "legal"
    verbose_name = _("Văn bản căn cứ")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.legal.models import LegalDocument

        register(RecordType(
            model=LegalDocument,
            url_namespace="legal:document",
            group=_("Văn bản, kế hoạch"),
            search_fields=("number", "title", "issuer"),
        ))
