"""Base filterset: a free-text `q` over the record type's search fields."""
import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class RecordFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label=_("Tìm kiếm"))
    search_fields: tuple[str, ...] = ()

    def search(self, queryset, name, value):
        value = (value or "").strip()
        if not value or not self.search_fields:
            return queryset
        condition = Q()
        for field in self.search_fields:
            condition |= Q(**{f"{field}__icontains": value})
        return queryset.filter(condition)
