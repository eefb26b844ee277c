from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvestmentConfig(AppConfig):
    name = "ngoaivu.investment"
    label = "investment"
    verbose_name = _("Đầu tư nước ngoài, xúc tiến")
    url_prefix = "dau-tu"

    def ready(self):
        from ngoaivu.core.registry import RecordType, register
        from ngoaivu.investment import filtersets as f
        from ngoaivu.investment import forms, services, views
        from ngoaivu.investment import tables as t
        from ngoaivu.investment.api import serializers as s
        from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent

        group = _("Ngoại giao kinh tế")
        register(RecordType(
            model=FdiProject, url_namespace="investment:project", group=group,
            search_fields=("name", "investor_name", "certificate_number", "location"),
            url_path="du-an-fdi", select_related=("investor_country", "province"),
            form=forms.FdiProjectForm, filterset=f.FdiProjectFilterSet, table=t.FdiProjectTable,
            detail_template="investment/fdiproject_detail.html", views={"detail": views.FdiProjectDetailView},
            update=services.fdi_project_update,
            api_path="fdi-projects", api_basename="fdi-project",
            ordering_fields=("name", "certificate_date", "registered_capital", "created_at"),
        ))
        register(RecordType(
            model=PromotionEvent, url_namespace="investment:promotion", group=group,
            search_fields=("title", "organiser", "venue", "outcomes"),
            url_path="xuc-tien", select_related=("country", "partner__country", "province"),
            form=forms.PromotionEventForm, filterset=f.PromotionEventFilterSet, table=t.PromotionEventTable,
            api_path="promotion-events", api_basename="promotion-event",
            ordering_fields=("start_date", "title", "created_at"),
        ))
        # Rows of a project: reached from its page (not in the navigation nor the global search).
        register(RecordType(
            model=FdiCapitalAdjustment, url_namespace="investment:adjustment", group=group,
            in_navigation=False, in_search=False, search_fields=("project__name", "certificate_number", "note"),
            url_path="dieu-chinh-von", select_related=("project", "province"),
            form=forms.FdiCapitalAdjustmentForm, filterset=f.FdiCapitalAdjustmentFilterSet,
            table=t.FdiCapitalAdjustmentTable,
            create=services.fdi_adjustment_create, update=services.fdi_adjustment_update,
            api_path="fdi-capital-adjustments", api_basename="fdi-capital-adjustment",
            ordering_fields=("adjusted_on", "added_capital", "created_at"),
        ))
        register(RecordType(
            model=FdiImplementation, url_namespace="investment:implementation", group=group,
            in_navigation=False, in_search=False, search_fields=("project__name", "note"),
            url_path="von-thuc-hien", select_related=("project", "province"),
            form=forms.FdiImplementationForm, filterset=f.FdiImplementationFilterSet,
            table=t.FdiImplementationTable, serializer=s.FdiImplementationSerializer,
            create=services.fdi_implementation_create, update=services.fdi_implementation_update,
            api_path="fdi-implementations", api_basename="fdi-implementation",
            ordering_fields=("period_end", "amount", "created_at"),
        ))
