from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from ngoaivu.core.roles import Action
from ngoaivu.indicators import charts, services
from ngoaivu.indicators.forms import NationalForm, PeriodForm, unit_and_period
from ngoaivu.indicators.models import Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import (
    change_pct,
    exchange_rate_list,
    figure_for,
    indicator_list,
    indicator_series,
    latest_data_year,
    national_comparison,
)
from ngoaivu.ui.views import records

UI_CHANNEL = records.UI_CHANNEL
SERIES_YEARS = 10


class ObservationListView(records.RecordListView):
    template_name = "indicators/observation_list.html"


class ObservationDetailView(records.RecordDetailView):
    def extra_context(self, obj):
        comparison = figure_for(user=self.request.user, unit=obj.province, indicator=obj.indicator,
                                period=obj.period, counterpart=obj.counterpart)
        part = comparison.current.parts[0] if comparison.current.parts else None
        return {"figure": comparison.current, "alternatives": part.alternatives if part else (),
                "used": part.used if part else ()}


class ObservationCreateView(records.RecordCreateView):
    def get(self, request):
        form = self.build_form()
        for name in ("indicator", "period_start", "period_end", "counterpart"):
            if name in request.GET:
                form.initial[name] = request.GET[name]
        return self.render_form(form)


class ObservationChooseView(records.RecordMixin, View):
    """Make this observation the value that counts for its key."""

    model = Observation

    def post(self, request, pk):
        obj = self.get_object(Action.CHANGE)
        services.observation_choose(obj, actor=request.user, channel=UI_CHANNEL)
        messages.success(request, _("Đã chọn số liệu này làm số được dùng."))
        return HttpResponseRedirect(reverse("indicators:observation_detail", args=[obj.pk]))


class ObservationUseComputedView(records.RecordMixin, View):
    """Store the value computed from the records for this observation's key and make it count."""

    model = Observation

    def post(self, request, pk):
        obj = self.get_object(Action.CHANGE)
        try:
            stored = services.observation_store_computed(actor=request.user, province=obj.province,
                                                         indicator=obj.indicator, period=obj.period, choose=True,
                                                         channel=UI_CHANNEL)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(reverse("indicators:observation_detail", args=[obj.pk]))
        messages.success(request, _("Đã lưu số tính từ hồ sơ và chọn làm số được dùng."))
        return HttpResponseRedirect(reverse("indicators:observation_detail", args=[stored.pk]))


def _series_periods(form: PeriodForm, years: int = SERIES_YEARS) -> list[Period]:
    """The chosen period and the same period in each of the years before it."""
    period = form.period()
    return [period.shifted(-offset) for offset in range(years - 1, -1, -1)]


@login_required
def indicator_page(request, code: str):
    indicator = get_object_or_404(indicator_list(), code=code)
    unit_form, unit, period_form = unit_and_period(request)
    figures = indicator_series(user=request.user, unit=unit, indicator=indicator,
                               periods=_series_periods(period_form))
    rows = [{"figure": figure, "change_pct": _change(figures, index)} for index, figure in enumerate(figures)]
    return render(request, "indicators/indicator_page.html", {
        "indicator": indicator, "unit": unit, "unit_form": unit_form, "period_form": period_form,
        "rows": rows[::-1], "chart": charts.series_chart(indicator, figures),
        "indicators": indicator_list(),
    })


def _change(figures, index):
    return change_pct(figures[index], figures[index - 1]) if index else None


@login_required
def national_page(request):
    # Opens on the catalogue's first indicator, in the latest year with its figures.
    # The indicator by its code, as the API takes it; a numeric id of older links still works.
    data = request.GET.copy()
    given = data.get("indicator", "").strip()
    if given.isdigit():
        by_id = indicator_list().filter(pk=int(given)).first()
        given = data["indicator"] = by_id.code if by_id else given
    indicator = indicator_list().filter(code=given).first() if given else indicator_list().first()
    if indicator is not None and not given:
        data["indicator"] = indicator.code
    default_year = (latest_data_year(user=request.user, indicator=indicator) if indicator else None) \
        or timezone.localdate().year - 1
    form = NationalForm(data, default_year=default_year)
    context = {"form": form, "rows": [], "is_provincial": request.user.province_id is not None}
    if form.is_valid():
        indicator, period = form.cleaned_data["indicator"], form.period()
        rows = national_comparison(user=request.user, indicator=indicator, period=period,
                                   historic=form.cleaned_data["historic"])
        context.update(indicator=indicator, period=period, rows=rows,
                       chart=charts.ranking_chart(indicator, rows))
    return render(request, "indicators/national.html", context)


@login_required
def exchange_rates(request):
    return render(request, "indicators/exchange_rates.html", {"rates": exchange_rate_list()})
