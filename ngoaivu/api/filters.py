"""The filter backend of the API's lists: django-filter's, skipped when the request names none
of the filterset's filters.

Building a record type's filterset (its filters deep-copied, the form, the HTML widgets of
RecordFilterSet) and validating an empty form cost about a millisecond of a 50-row list
request, to return the queryset unchanged: with no value every filter leaves the rows as they
are (django-filter's Filter.filter and method filters return the queryset for an empty value;
tests/api_fuzz/test_row_plans.py checks every record type's filterset does).
"""
from django_filters.rest_framework import DjangoFilterBackend


class RecordFilterBackend(DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and not _names_a_filter(request.query_params, filterset_class):
            return queryset
        return super().filter_queryset(request, queryset, view)


def _names_a_filter(params, filterset_class) -> bool:
    """Whether a parameter could be read by a filter or a required filter needs one: a range
    filter reads `name_min`, `name_after`…, so any parameter starting with a filter's name counts."""
    filters = filterset_class.base_filters
    if any(filter_.extra.get("required") for filter_ in filters.values()):
        return True
    return any(key.startswith(name) for key in params for name in filters)
