import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.reports.choices import ReportStatus
from ngoaivu.reports.models import Report
from ngoaivu.ui.filtersets import RecordFilterSet, YearFilter


class ReportFilterSet(RecordFilterSet):
    status = django_filters.ChoiceFilter(choices=ReportStatus.choices, label=_("Trạng thái"))
    year = YearFilter(field_name="period_end", lookup_expr="year", label=_("Năm cuối kỳ"))

    class Meta:
        model = Report
        fields = ["q", "status", "year"]
