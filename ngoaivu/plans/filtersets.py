import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.indicators.models import Indicator
from ngoaivu.plans.choices import TargetKind, TargetScope
from ngoaivu.plans.models import Plan, Target
from ngoaivu.ui.filtersets import RecordFilterSet, YearFilter, scoped_choices


class PlanFilterSet(RecordFilterSet):
    year = YearFilter(method="filter_year", label=_("Có hiệu lực trong năm"))

    class Meta:
        model = Plan
        fields = ["q", "year"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(start_year__lte=value, end_year__gte=value)


class TargetFilterSet(RecordFilterSet):
    plan = django_filters.ModelChoiceFilter(queryset=scoped_choices(Plan), label=_("Kế hoạch"))
    indicator = django_filters.ModelChoiceFilter(queryset=Indicator.objects.all(), to_field_name="code",
                                                 label=_("Chỉ tiêu"))
    kind = django_filters.ChoiceFilter(choices=TargetKind.choices, label=_("Loại mục tiêu"))
    scope = django_filters.ChoiceFilter(choices=TargetScope.choices, label=_("Áp dụng cho"))

    class Meta:
        model = Target
        fields = ["q", "plan", "indicator", "kind", "scope"]
