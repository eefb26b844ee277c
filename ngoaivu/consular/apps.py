from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsularConfig(AppConfig):
    name = "ngoaivu.consular"
    label = "consular"
    verbose_name = _("Lãnh sự, người Việt Nam ở nước ngoài")
    url_prefix = "lanh-su"

    def ready(self):
        from ngoaivu.consular import filtersets, forms, selectors, services, tables, views
        from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
        from ngoaivu.core.registry import RecordType, register

        group = _("Lãnh sự, người Việt Nam ở nước ngoài")
        register(RecordType(
            model=CitizenCase,
            url_namespace="consular:case",
            group=group,
            search_fields=("person_name", "identity_document", "requester", "summary"),
            attention=(selectors.citizen_cases_open_too_long,),
            url_path="bao-ho-cong-dan", select_related=("country", "province"),
            form=forms.CitizenCaseForm, filterset=filtersets.CitizenCaseFilterSet, table=tables.CitizenCaseTable,
            detail_fields=views.CASE_FIELDS, detail_template="consular/citizencase_detail.html",
            views={"detail": views.CitizenCaseDetailView},
            update=services.citizen_case_update,
            api_path="citizen-cases", api_basename="citizen-case",
            ordering_fields=("opened_on", "closed_on", "created_at"),
        ))
        register(RecordType(
            model=OverseasActivity,
            url_namespace="consular:overseas",
            group=group,
            search_fields=("title", "association_name", "location", "coordinator", "note"),
            attention=(selectors.overseas_activities_to_follow,),
            url_path="kieu-bao", select_related=("country", "province"),
            form=forms.OverseasActivityForm, filterset=filtersets.OverseasActivityFilterSet,
            table=tables.OverseasActivityTable,
            api_path="overseas-activities", api_basename="overseas-activity",
            ordering_fields=("held_on", "created_at"),
        ))
        register(RecordType(
            model=LabourDeployment,
            url_namespace="consular:labour",
            group=group,
            search_fields=("source", "note", "partner__name"),
            url_path="lao-dong-ngoai-nuoc", select_related=("country", "partner__country", "province"),
            form=forms.LabourDeploymentForm, filterset=filtersets.LabourDeploymentFilterSet,
            table=tables.LabourDeploymentTable,
            api_path="labour-deployments", api_basename="labour-deployment",
            ordering_fields=("period_start", "period_end", "workers_sent", "created_at"),
        ))
