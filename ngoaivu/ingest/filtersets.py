import django_filters
from django.utils.translation import gettext_lazy as _

from ngoaivu.ingest.choices import OPEN_STATUSES, FactKind, FactStatus, SourceFormat
from ngoaivu.ingest.models import ExtractedFact, SourceDocument
from ngoaivu.ingest.selectors import DOUBTFUL
from ngoaivu.ui.filtersets import RecordFilterSet


class SourceDocumentFilterSet(RecordFilterSet):
    source_format = django_filters.ChoiceFilter(choices=SourceFormat.choices, label=_("Dạng văn bản"))
    awaiting_review = django_filters.BooleanFilter(method="filter_awaiting_review", label=_("Còn dữ kiện chờ duyệt"))
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte", label=_("Đăng từ ngày"))
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte", label=_("Đăng đến ngày"))

    class Meta:
        model = SourceDocument
        fields = ["q", "source_format", "awaiting_review", "published_after", "published_before"]

    def filter_awaiting_review(self, queryset, name, value):
        if value is None:
            return queryset
        waiting = ExtractedFact.objects.filter(status__in=OPEN_STATUSES).values("document_id")
        return queryset.filter(pk__in=waiting) if value else queryset.exclude(pk__in=waiting)


class ExtractedFactFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=FactKind.choices, label=_("Loại dữ kiện"))
    status = django_filters.ChoiceFilter(choices=FactStatus.choices, label=_("Trạng thái duyệt"))
    doubtful = django_filters.BooleanFilter(method="filter_doubtful", label=_("Cần kiểm tra kỹ"))

    class Meta:
        model = ExtractedFact
        fields = ["kind", "status", "doubtful"]

    def filter_doubtful(self, queryset, name, value):
        """Figures the learned filter is least sure of (`doubtful=true`), or the others."""
        if value is None:
            return queryset
        return queryset.filter(DOUBTFUL) if value else queryset.exclude(DOUBTFUL)
