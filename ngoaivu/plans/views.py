from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.indicators.forms import unit_and_period
from ngoaivu.plans.dashboard import dashboard
from ngoaivu.plans.forms import AsOfForm
from ngoaivu.plans.selectors import progress_of
from ngoaivu.ui.views import records


class PlanListView(records.RecordListView):
    template_name = "plans/plan_list.html"


class PlanDetailView(records.RecordDetailView):
    def detail_rows(self, obj):
        return [*super().detail_rows(obj), (_("Kỳ kế hoạch"), obj.period.label)]

    def extra_context(self, obj):
        form = AsOfForm(self.request.GET or None)
        as_of = form.cleaned_data.get("as_of") if form.is_valid() else None
        as_of = as_of or timezone.localdate()
        return {"as_of_form": form, "as_of": as_of, "progress": progress_of(obj, as_of=as_of)}


class TargetDetailView(records.RecordDetailView):
    def detail_rows(self, obj):
        rows = super().detail_rows(obj)
        return [*rows, (_("Năm"), obj.year)] if obj.year else rows


@login_required
def dashboard_page(request):
    unit_form, unit, period_form = unit_and_period(request)
    board = dashboard(user=request.user, unit=unit, period=period_form.period())
    return render(request, "plans/dashboard.html", {"board": board, "unit_form": unit_form,
                                                    "period_form": period_form})
