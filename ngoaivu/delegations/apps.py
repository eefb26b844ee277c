from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

NAVIGATION_GROUP = _("Đoàn, hội nghị")


class DelegationsConfig(AppConfig):
    name = "ngoaivu.delegations"
    label = "delegations"
    verbose_name = _("Đoàn ra, đoàn vào")
    url_prefix = "doan-ra-doan-vao"

    def ready(self):
        from django.db.models import Prefetch

        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.delegations import services, views
        from ngoaivu.delegations.api.serializers import DelegationSerializer
        from ngoaivu.delegations.filtersets import DelegationFilterSet
        from ngoaivu.delegations.forms import DelegationForm
        from ngoaivu.delegations.models import Delegation, DelegationMember
        from ngoaivu.delegations.selectors import delegation_attention
        from ngoaivu.delegations.tables import DelegationTable

        register(RecordType(
            model=Delegation,
            url_namespace="delegations:delegation",
            group=NAVIGATION_GROUP,
            search_fields=("name", "head_name", "places", "purpose", "host_unit", "dossier_number", "approval_number"),
            attention=(delegation_attention,),
            url_path="",
            select_related=("province", "partner__country"), prefetch_related=("countries",),
            form=DelegationForm, filterset=DelegationFilterSet, table=DelegationTable, serializer=DelegationSerializer,
            detail_fields=views.DETAIL_FIELDS, detail_template="delegations/delegation_detail.html",
            views={"detail": views.DelegationDetailView},
            create=services.delegation_create, update=services.delegation_update,
            api_path="delegations", api_basename="delegation",
            api_prefetch_related=("status_changes",
                                  Prefetch("members", DelegationMember.objects.select_related("province"))),
            ordering_fields=("start_date", "end_date", "created_at"),
        ))
