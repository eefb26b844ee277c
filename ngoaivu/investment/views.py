from ngoaivu.accounts.roles import Action, can
from ngoaivu.investment import selectors, services
from ngoaivu.investment.filtersets import (
    FdiCapitalAdjustmentFilterSet,
    FdiImplementationFilterSet,
    FdiProjectFilterSet,
    PromotionEventFilterSet,
)
from ngoaivu.investment.forms import FdiCapitalAdjustmentForm, FdiImplementationForm, FdiProjectForm, PromotionEventForm
from ngoaivu.investment.models import FdiCapitalAdjustment, FdiImplementation, FdiProject, PromotionEvent
from ngoaivu.investment.tables import (
    FdiCapitalAdjustmentTable,
    FdiImplementationTable,
    FdiProjectTable,
    PromotionEventTable,
)
from ngoaivu.ui.forms import inline_child_form
from ngoaivu.ui.views import records

# ---------------------------------------------------------------- FDI projects


class FdiProjectMixin:
    model = FdiProject
    select_related = ("investor_country", "province")


class FdiProjectListView(FdiProjectMixin, records.RecordListView):
    filterset_class = FdiProjectFilterSet
    table_class = FdiProjectTable


class FdiProjectDetailView(FdiProjectMixin, records.RecordDetailView):
    template_name = "investment/fdiproject_detail.html"

    def extra_context(self, project):
        user = self.request.user
        context = {
            "capital": selectors.fdi_project_capital(project),
            "adjustments": project.adjustments.all(),
            "implementations": project.implementations.all(),
        }
        if can(user, Action.ADD):
            currency = {"currency": project.capital_currency}
            context["adjustment_form"] = inline_child_form(FdiCapitalAdjustmentForm, user, project, **currency)
            context["implementation_form"] = inline_child_form(FdiImplementationForm, user, project, **currency)
        return context


class FdiProjectCreateView(FdiProjectMixin, records.RecordCreateView):
    form_class = FdiProjectForm
    create_service = services.fdi_project_create


class FdiProjectUpdateView(FdiProjectMixin, records.RecordUpdateView):
    form_class = FdiProjectForm
    update_service = services.fdi_project_update


class FdiProjectDeleteView(FdiProjectMixin, records.RecordDeleteView):
    delete_service = services.fdi_project_delete


class FdiProjectHistoryView(FdiProjectMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- capital adjustments


class FdiCapitalAdjustmentMixin:
    model = FdiCapitalAdjustment
    select_related = ("project", "province")


class FdiCapitalAdjustmentListView(FdiCapitalAdjustmentMixin, records.RecordListView):
    filterset_class = FdiCapitalAdjustmentFilterSet
    table_class = FdiCapitalAdjustmentTable


class FdiCapitalAdjustmentDetailView(FdiCapitalAdjustmentMixin, records.RecordDetailView):
    pass


class FdiCapitalAdjustmentCreateView(FdiCapitalAdjustmentMixin, records.ChildFormViewMixin, records.RecordCreateView):
    form_class = FdiCapitalAdjustmentForm
    create_service = services.fdi_adjustment_create


class FdiCapitalAdjustmentUpdateView(FdiCapitalAdjustmentMixin, records.ChildFormViewMixin, records.RecordUpdateView):
    form_class = FdiCapitalAdjustmentForm
    update_service = services.fdi_adjustment_update


class FdiCapitalAdjustmentDeleteView(FdiCapitalAdjustmentMixin, records.RecordDeleteView):
    delete_service = services.fdi_adjustment_delete


class FdiCapitalAdjustmentHistoryView(FdiCapitalAdjustmentMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- implemented capital


class FdiImplementationMixin:
    model = FdiImplementation
    select_related = ("project", "province")


class FdiImplementationListView(FdiImplementationMixin, records.RecordListView):
    filterset_class = FdiImplementationFilterSet
    table_class = FdiImplementationTable


class FdiImplementationDetailView(FdiImplementationMixin, records.RecordDetailView):
    pass


class FdiImplementationCreateView(FdiImplementationMixin, records.ChildFormViewMixin, records.RecordCreateView):
    form_class = FdiImplementationForm
    create_service = services.fdi_implementation_create


class FdiImplementationUpdateView(FdiImplementationMixin, records.ChildFormViewMixin, records.RecordUpdateView):
    form_class = FdiImplementationForm
    update_service = services.fdi_implementation_update


class FdiImplementationDeleteView(FdiImplementationMixin, records.RecordDeleteView):
    delete_service = services.fdi_implementation_delete


class FdiImplementationHistoryView(FdiImplementationMixin, records.RecordHistoryView):
    pass


# ---------------------------------------------------------------- promotion events


class PromotionEventMixin:
    model = PromotionEvent
    select_related = ("country", "partner", "province")


class PromotionEventListView(PromotionEventMixin, records.RecordListView):
    filterset_class = PromotionEventFilterSet
    table_class = PromotionEventTable


class PromotionEventDetailView(PromotionEventMixin, records.RecordDetailView):
    pass


class PromotionEventCreateView(PromotionEventMixin, records.RecordCreateView):
    form_class = PromotionEventForm
    create_service = services.promotion_event_create


class PromotionEventUpdateView(PromotionEventMixin, records.RecordUpdateView):
    form_class = PromotionEventForm
    update_service = services.promotion_event_update


class PromotionEventDeleteView(PromotionEventMixin, records.RecordDeleteView):
    delete_service = services.promotion_event_delete


class PromotionEventHistoryView(PromotionEventMixin, records.RecordHistoryView):
    pass
