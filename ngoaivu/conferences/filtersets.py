import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.conferences import selectors
from ngoaivu.conferences.choices import ConferenceFormat, ConferenceKind, ConferenceStatus, ProvinceRole
from ngoaivu.conferences.models import Conference
from ngoaivu.geo.models import Country
from ngoaivu.partners.models import Partner
from ngoaivu.ui.filtersets import YES_NO_ANY, RecordFilterSet, YearFilter, scoped_choices


class ConferenceFilterSet(RecordFilterSet):
    kind = django_filters.ChoiceFilter(choices=ConferenceKind.choices, label=_("Hình thức"))
    province_role = django_filters.ChoiceFilter(choices=ProvinceRole.choices, label=_("Vai trò của tỉnh"))
    format = django_filters.ChoiceFilter(choices=ConferenceFormat.choices, label=_("Hình thức tổ chức"))
    status = django_filters.ChoiceFilter(choices=ConferenceStatus.choices, label=_("Trạng thái"))
    country = django_filters.ModelChoiceFilter(field_name="countries", queryset=Country.objects.all(),
                                               label=_("Quốc gia, vùng lãnh thổ"))
    partner = django_filters.ModelChoiceFilter(field_name="co_organisers", queryset=scoped_choices(Partner),
                                               label=_("Đối tác đồng tổ chức, tài trợ"))
    # A conference matches a date range when it overlaps it.
    date_from = django_filters.DateFilter(field_name="end_date", lookup_expr="gte", label=_("Diễn ra từ ngày"))
    date_to = django_filters.DateFilter(field_name="start_date", lookup_expr="lte", label=_("Đến ngày"))
    year = YearFilter(field_name="start_date", lookup_expr="year", label=_("Năm"))
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Quá hạn (hồ sơ hoặc báo cáo)"),
                                           widget=YES_NO_ANY)

    class Meta:
        model = Conference
        fields = ["q", "kind", "province_role", "format", "status", "country", "partner", "date_from", "date_to",
                  "year", "overdue"]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        late = Q(pk__in=selectors.report_overdue(queryset).values("pk")) | \
            Q(pk__in=selectors.dossier_late(queryset).values("pk"))
        return queryset.filter(late) if value else queryset.exclude(late)
