from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AidConfig(AppConfig):
    name = "ngoaivu.aid"
    label = "aid"
    verbose_name = _("ODA và viện trợ phi chính phủ nước ngoài")
    url_prefix = "vien-tro"

    def ready(self):
        from ngoaivu.aid import filtersets as f
        from ngoaivu.aid import forms, selectors, services, views
        from ngoaivu.aid import tables as t
        from ngoaivu.aid.api import serializers as s
        from ngoaivu.aid.models import NgoAid, NgoAidTransaction, OdaProject, OdaTransaction
        from ngoaivu.core.registry import RecordType, register

        group = _("Ngoại giao kinh tế")
        activity_order = ("title", "actual_start", "planned_start", "committed_amount", "created_at")
        register(RecordType(
            model=OdaProject, url_namespace="aid:oda_project", group=group,
            search_fields=("title", "local_code", "iati_identifier", "donor__name", "line_agency",
                           "implementing_agency"),
            url_path="du-an-oda", select_related=("donor__country", "province"),
            form=forms.OdaProjectForm, filterset=f.OdaProjectFilterSet, table=t.OdaProjectTable,
            serializer=s.OdaProjectSerializer,
            detail_fields=views.ODA_DETAIL_FIELDS, detail_template="aid/odaproject_detail.html",
            views={"detail": views.OdaProjectDetailView},
            create=services.oda_project_create, update=services.oda_project_update,
            api_path="oda-projects", api_basename="oda-project", ordering_fields=activity_order,
        ))
        register(RecordType(
            model=NgoAid, url_namespace="aid:ngo_aid", group=group,
            search_fields=("title", "local_code", "iati_identifier", "ngo__name", "beneficiary_area",
                           "implementing_agency"),
            attention=(selectors.appraisal_attention, selectors.periodic_report_attention,
                       selectors.closing_report_attention),
            url_path="pcpnn", select_related=("ngo__country", "province"),
            form=forms.NgoAidForm, filterset=f.NgoAidFilterSet, table=t.NgoAidTable, serializer=s.NgoAidSerializer,
            detail_fields=views.NGO_AID_DETAIL_FIELDS, detail_template="aid/ngoaid_detail.html",
            views={"detail": views.NgoAidDetailView},
            create=services.ngo_aid_create, update=services.ngo_aid_update,
            api_path="ngo-aid", api_basename="ngo-aid", ordering_fields=activity_order,
        ))
        # Transactions: reached from their activity's page (not in the navigation nor the global search).
        register(RecordType(
            model=OdaTransaction, url_namespace="aid:oda_transaction", group=group, in_navigation=False,
            in_search=False, search_fields=("project__title", "note"),
            url_path="giao-dich-oda", select_related=("project", "province"),
            form=forms.OdaTransactionForm, filterset=f.OdaTransactionFilterSet, table=t.OdaTransactionTable,
            serializer=s.OdaTransactionSerializer,
            api_path="oda-transactions", api_basename="oda-transaction",
            ordering_fields=("transaction_date", "amount", "created_at"),
        ))
        register(RecordType(
            model=NgoAidTransaction, url_namespace="aid:ngo_aid_transaction", group=group, in_navigation=False,
            in_search=False, search_fields=("aid__title", "note"),
            url_path="giao-dich-pcpnn", select_related=("aid", "province"),
            form=forms.NgoAidTransactionForm, filterset=f.NgoAidTransactionFilterSet,
            table=t.NgoAidTransactionTable, serializer=s.NgoAidTransactionSerializer,
            api_path="ngo-aid-transactions", api_basename="ngo-aid-transaction",
            ordering_fields=("transaction_date", "amount", "created_at"),
        ))
