from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidConfig(AppConfig):
    name = "ngoaivu.aid"
    label = "aid"
    verbose_name = _("ODA và viện trợ phi chính phủ nước ngoài")

    def ready(self):
        from ngoaivu.aid import selectors
        from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
        from ngoaivu.core.registry import RecordType, register

        group = _("Ngoại giao kinh tế")
        register(RecordType(model=OdaProject, url_namespace="aid:oda", group=group,
                            search_fields=("title", "local_code", "iati_identifier", "donor__name")))
        register(RecordType(
            model=NgoAid, url_namespace="aid:ngoaid", group=group,
            search_fields=("title", "local_code", "iati_identifier", "ngo__name"),
            attention=(selectors.appraisal_attention, selectors.periodic_report_attention,
                       selectors.closing_report_attention),
        ))
        # Transactions: reached from their activity's page, registered for the trash and history.
        register(RecordType(model=OdaTransaction, url_namespace="aid:odatransaction", group=group,
                            in_navigation=False))
        register(RecordType(model=NgoAidTransaction, url_namespace="aid:ngotransaction", group=group,
                            in_navigation=False))
