import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.consular.choices import ActivityStatus, CaseKind, CaseStatus, LabourScheme, OverseasActivityKind
from ngoaivu.consular.models import CitizenCase, LabourDeployment, OverseasActivity
from ngoaivu.consular.workflow import OPEN_STATUSES
from ngoaivu.geo.models import Country
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import PeriodYearFilter, RecordFilterSet, YearFilter, scoped_choices


class CitizenCaseFilterSet(RecordFilterSet):
    status = django_filters.ChoiceFilter(choices=CaseStatus.choices, label=_("Trạng thái"))
    is_open = django_filters.BooleanFilter(method="filter_open", label=_("Đang xử lý"))
    kind = django_filters.ChoiceFilter(choices=CaseKind.choices, label=_("Loại vụ việc"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Quốc gia"))
    year = YearFilter(field_name="opened_on", lookup_expr="year", label=_("Năm tiếp nhận"))

    class Meta:
        model = CitizenCase
        fields = ["q", "status", "is_open", "kind", "country", "year"]

    def filter_open(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(status__in=OPEN_STATUSES) if value else queryset.exclude(status__in=OPEN_STATUSES)


class OverseasActivityFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(choices=OverseasActivityKind.choices, label=_("Loại hoạt động"))
    status = django_filters.ChoiceFilter(choices=ActivityStatus.choices, label=_("Tình trạng"))
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Quốc gia"))
    year = YearFilter(field_name="held_on", lookup_expr="year", label=_("Năm"))

    class Meta:
        model = OverseasActivity
        fields = ["q", "kind", "status", "country", "year"]


class LabourDeploymentFilterSet(RecordFilterSet):
    country = django_filters.ModelChoiceFilter(queryset=Country.objects.all(), label=_("Nước đến"))
    scheme = django_filters.ChoiceFilter(choices=LabourScheme.choices, label=_("Hình thức"))
    partner = django_filters.ModelChoiceFilter(queryset=scoped_choices(Partner), label=_("Đối tác"))
    year = PeriodYearFilter(start_field="period_start", end_field="period_end")

    class Meta:
        model = LabourDeployment
        fields = ["q", "country", "scheme", "partner", "year"]
