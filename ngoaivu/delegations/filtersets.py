import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.delegations import selectors
from ngoaivu.delegations.choices import DelegationLevel, DelegationStatus, Direction
from ngoaivu.delegations.models import Delegation
from ngoaivu.geo.models import Country
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import YES_NO_ANY, RecordFilterSet, YearFilter, scoped_choices


class DelegationFilterSet(RecordFilterSet):
    direction = django_filters.ChoiceFilter(choices=Direction.choices, label=_("Loại đoàn"))
    status = django_filters.ChoiceFilter(choices=DelegationStatus.choices, label=_("Trạng thái"))
    level = django_filters.ChoiceFilter(choices=DelegationLevel.choices, label=_("Cấp đoàn"))
    country = django_filters.ModelChoiceFilter(field_name="countries", queryset=Country.objects.all(),
                                               label=_("Quốc gia, vùng lãnh thổ"))
    partner = django_filters.ModelChoiceFilter(queryset=scoped_choices(Partner), label=_("Đối tác"))
    # A delegation matches a date range when its trip overlaps it.
    date_from = django_filters.DateFilter(field_name="end_date", lookup_expr="gte", label=_("Diễn ra từ ngày"))
    date_to = django_filters.DateFilter(field_name="start_date", lookup_expr="lte", label=_("Đến ngày"))
    year = YearFilter(field_name="start_date", lookup_expr="year", label=_("Năm"))
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Quá hạn báo cáo kết quả"),
                                           widget=YES_NO_ANY)

    class Meta:
        model = Delegation
        fields = ["q", "direction", "status", "level", "country", "partner", "date_from", "date_to", "year",
                  "overdue"]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = selectors.report_overdue(queryset).values("pk")
        return queryset.filter(pk__in=overdue) if value else queryset.exclude(pk__in=overdue)
