from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConferencesConfig(AppConfig):
    name = "ngoaivu.conferences"
    label = "conferences"
    verbose_name = _("Hội nghị, hội thảo quốc tế")

    def ready(self):
        from ngoaivu.conferences.models import Conference
        from ngoaivu.conferences.selectors import conference_attention
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.delegations.apps import NAVIGATION_GROUP

        register(RecordType(
            model=Conference,
            url_namespace="conferences:conference",
            group=NAVIGATION_GROUP,
            search_fields=("title", "organiser", "place", "approval_number"),
            attention=(conference_attention,),
        ))
