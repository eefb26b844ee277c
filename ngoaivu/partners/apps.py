from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "ngoaivu.partners"
    label = "partners"
    verbose_name = _("Đối tác nước ngoài")
    url_prefix = "doi-tac"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.partners import services, views
        from ngoaivu.partners.api.views import PartnerRoutes
        from ngoaivu.partners.filtersets import PartnerFilterSet
        from ngoaivu.partners.forms import PartnerForm
        from ngoaivu.partners.models import Partner
        from ngoaivu.partners.tables import PartnerTable

        register(RecordType(
            model=Partner,
            url_namespace="partners:partner",
            group=_("Đối tác, thỏa thuận"),
            search_fields=("name", "name_original", "country__name_vi", "notes"),
            url_path="",
            select_related=("country", "province"),
            form=PartnerForm, filterset=PartnerFilterSet, table=PartnerTable,
            detail_template="partners/partner_detail.html",
            views={"detail": views.PartnerDetailView},
            create=services.partner_create, update=services.partner_update,
            api_path="partners", api_basename="partner",
            ordering_fields=("name", "established_on", "created_at"),
            viewset=PartnerRoutes,
        ))
