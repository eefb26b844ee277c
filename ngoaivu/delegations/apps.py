from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

NAVIGATION_GROUP = _("Đoàn, hội nghị")


class DelegationsConfig(AppConfig):
    name = "ngoaivu.delegations"
    label = "delegations"
    verbose_name = _("Đoàn ra, đoàn vào")

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.delegations.models import Delegation
        from ngoaivu.delegations.selectors import delegation_attention

        register(RecordType(
            model=Delegation,
            url_namespace="delegations:delegation",
            group=NAVIGATION_GROUP,
            search_fields=("name", "head_name", "places", "dossier_number", "approval_number"),
            attention=(delegation_attention,),
        ))
