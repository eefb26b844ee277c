import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from ngoaivu.geo.models import Province
from ngoaivu.indicators.choices import Source
from ngoaivu.indicators.models import Indicator, Observation
from ngoaivu.indicators.periods import Period
from ngoaivu.indicators.selectors import province_filter
from ngoaivu.ui.filtersets import PeriodYearFilter, RecordFilterSet


class ObservationFilterSet(RecordFilterSet):
    indicator = django_filters.ModelChoiceFilter(queryset=Indicator.objects.all(), to_field_name="code",
                                                 label=_("Chỉ tiêu"))
    province = django_filters.ModelChoiceFilter(
        queryset=Province.objects.all(), to_field_name="key", method="filter_province",
        label=_("Tỉnh, thành phố (mã, ví dụ vn34-42)"))
    source = django_filters.ChoiceFilter(choices=Source.choices, label=_("Nguồn"))
    year = PeriodYearFilter(start_field="period_start", end_field="period_end")
    period = django_filters.CharFilter(
        method="filter_period", label=_("Trong kỳ (2022, 2022-H1, 2022-M7, 2021-2025…)"))
    counts = django_filters.BooleanFilter(label=_("Là số được dùng"), widget=forms.NullBooleanSelect)
    is_estimate = django_filters.BooleanFilter(label=_("Ước tính"), widget=forms.NullBooleanSelect)

    class Meta:
        model = Observation
        fields = ["q", "indicator", "province", "source", "year", "period", "counts", "is_estimate"]

    def filter_province(self, queryset, name, value):
        return province_filter(queryset, value)

    def filter_period(self, queryset, name, value):
        try:
            period = Period.parse(value)
        except ValueError:
            return queryset.none()
        return queryset.filter(period_start__gte=period.start, period_end__lte=period.end)
