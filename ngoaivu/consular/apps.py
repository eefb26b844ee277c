from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsularConfig(AppConfig):
    name = "ngoaivu.consular"
    label = "consular"
    verbose_name = _("Lãnh sự, người Việt Nam ở nước ngoài")

    def ready(self):
        from ngoaivu.consular import selectors
        from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
        from ngoaivu.core.registry import RecordType, register

        group = _("Lãnh sự, người Việt Nam ở nước ngoài")
        register(RecordType(
            model=CitizenCase,
            url_namespace="consular:case",
            group=group,
            search_fields=("person_name", "identity_document"),
            attention=(selectors.citizen_cases_open_too_long,),
        ))
        register(RecordType(
            model=OverseasActivity,
            url_namespace="consular:overseas",
            group=group,
            search_fields=("title", "association_name"),
            attention=(selectors.overseas_activities_to_follow,),
        ))
        register(RecordType(
            model=LabourDeployment,
            url_namespace="consular:labour",
            group=group,
            search_fields=("note", "partner__name"),
        ))
