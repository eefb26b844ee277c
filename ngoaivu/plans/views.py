from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.indicators.views import unit_and_period
from ngoaivu.plans import services
from ngoaivu.plans.dashboard import dashboard
from ngoaivu.plans.filtersets import PlanFilterSet, TargetFilterSet
from ngoaivu.plans.forms import AsOfForm, PlanForm, TargetForm
from ngoaivu.plans.models import Plan, Target
from ngoaivu.plans.selectors import progress_of
from ngoaivu.plans.tables import PlanTable, TargetTable
from ngoaivu.ui.views import records


class PlanMixin:
    model = Plan
    select_related = ("province", "legal_document")


class PlanListView(PlanMixin, records.RecordListView):
    filterset_class = PlanFilterSet
    table_class = PlanTable
    template_name = "plans/plan_list.html"


class PlanDetailView(PlanMixin, records.RecordDetailView):
    template_name = "plans/plan_detail.html"
    detail_fields = ("province", "name", "legal_document", "notes")

    def detail_rows(self, obj):
        return [*super().detail_rows(obj), (_("Kỳ kế hoạch"), obj.period.label)]

    def extra_context(self, obj):
        form = AsOfForm(self.request.GET or None)
        as_of = form.cleaned_data.get("as_of") if form.is_valid() else None
        as_of = as_of or timezone.localdate()
        return {"as_of_form": form, "as_of": as_of, "progress": progress_of(obj, as_of=as_of)}


class PlanCreateView(PlanMixin, records.RecordCreateView):
    form_class = PlanForm
    create_service = services.plan_create


class PlanUpdateView(PlanMixin, records.RecordUpdateView):
    form_class = PlanForm
    update_service = services.plan_update


class PlanDeleteView(PlanMixin, records.RecordDeleteView):
    delete_service = services.plan_delete


class PlanHistoryView(PlanMixin, records.RecordHistoryView):
    pass


class TargetMixin:
    model = Target
    select_related = ("plan", "indicator", "province")


class TargetListView(TargetMixin, records.RecordListView):
    filterset_class = TargetFilterSet
    table_class = TargetTable


class TargetDetailView(TargetMixin, records.RecordDetailView):
    template_name = "plans/target_detail.html"
    detail_fields = ("province", "plan", "indicator", "kind", "value", "value_min", "value_max", "currency", "scope",
                     "counts_increase", "note")

    def detail_rows(self, obj):
        rows = super().detail_rows(obj)
        return [*rows, (_("Năm"), obj.year)] if obj.year else rows


class TargetCreateView(records.ChildFormViewMixin, TargetMixin, records.RecordCreateView):
    """Added from the plan's page (`?plan=<id>`); back to the plan after saving."""

    form_class = TargetForm
    create_service = services.target_create


class TargetUpdateView(records.ChildFormViewMixin, TargetMixin, records.RecordUpdateView):
    form_class = TargetForm
    update_service = services.target_update


class TargetDeleteView(TargetMixin, records.RecordDeleteView):
    delete_service = services.target_delete


class TargetHistoryView(TargetMixin, records.RecordHistoryView):
    pass


@login_required
def dashboard_page(request):
    unit_form, unit, period_form = unit_and_period(request)
    board = dashboard(user=request.user, unit=unit, period=period_form.period())
    return render(request, "plans/dashboard.html", {"board": board, "unit_form": unit_form,
                                                    "period_form": period_form})
