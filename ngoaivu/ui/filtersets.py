"""Base filterset: a free-text `q` over the record type's search fields."""
import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import YEAR_MAX, YEAR_MIN
from ngoaivu.core.registry import record_type_for
from ngoaivu.core.scoping import restrict
from ngoaivu.core.search import search_filter

# "Any / yes / no" for a yes-no filter (the default widget offers "unknown" for "any").
YES_NO_ANY = forms.Select(choices=[("", _("Tất cả")), ("true", _("Có")), ("false", _("Không"))])


class RecordFilterSet(django_filters.FilterSet):
    """`q` finds records by any word of their name, text fields and linked records'
    names, with or without diacritics (ngoaivu.core.search)."""

    q = django_filters.CharFilter(method="search", label=_("Tìm kiếm"))
    # Default: the record type's declared search fields (ngoaivu.core.registry).
    search_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from ngoaivu.ui.remote_choices import is_remote, remote_widget
        from ngoaivu.ui.widgets import plain_widget_class

        for choice_filter in self.filters.values():
            if "widget" in choice_filter.extra:
                continue
            model = getattr(getattr(choice_filter, "queryset", None), "model", None)
            # Partners, projects, gates: fetched as the user types, not rendered by the thousand.
            if model is not None and is_remote(model):
                choice_filter.extra["widget"] = remote_widget(choice_filter.field_class, model)
            elif plain := plain_widget_class(choice_filter.field_class):
                choice_filter.extra["widget"] = plain   # countries, statuses: options written in Python

    def search(self, queryset, name, value):
        value = (value or "").strip()
        if not value:
            return queryset
        fields = self.search_fields or getattr(record_type_for(queryset.model), "search_fields", ())
        condition = Q()
        for field in fields:
            condition |= Q(**{f"{field}__icontains": value})
        if hasattr(queryset.model, "search_text"):
            found = search_filter(queryset, value, also=condition if fields else None)
        else:
            found = queryset.filter(condition) if fields else queryset
        # A field across a to-many link (an agreement's partners) would repeat a record per match.
        return found.distinct() if any(_crosses_many(queryset.model, field) for field in fields) else found


def _crosses_many(model, path: str) -> bool:
    for name in path.split("__"):
        field = model._meta.get_field(name)
        if field.many_to_many or field.one_to_many:
            return True
        if not field.is_relation:
            return False
        model = field.related_model
    return False


YEAR_BOUNDS = {"min_value": YEAR_MIN, "max_value": YEAR_MAX}


class YearFilter(django_filters.NumberFilter):
    """A year: a whole number from 1945 to 2100. `?year=0`, `0.5` or `1e300` is a form error
    (400 in the API) instead of a date the database cannot hold. Every year filter is one."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        for key, value in YEAR_BOUNDS.items():
            kwargs.setdefault(key, value)
        super().__init__(*args, **kwargs)


class PeriodYearFilter(YearFilter):
    """Records whose period touches the year: a 2016–2020 figure is listed under 2018.

    A record with no end date covers its start date only.
    """

    def __init__(self, *, start_field: str, end_field: str, **kwargs):
        kwargs.setdefault("label", _("Năm"))
        super().__init__(**kwargs)
        self.start_field, self.end_field = start_field, end_field

    def filter(self, queryset, value):
        if value in (None, ""):
            return queryset
        year = int(value)
        ends_in_or_after = Q(**{f"{self.end_field}__year__gte": year}) | Q(
            **{f"{self.end_field}__isnull": True, f"{self.start_field}__year__gte": year})
        return queryset.filter(Q(**{f"{self.start_field}__year__lte": year}) & ends_in_or_after)


def scoped_choices(model):
    """The choices of a filter on another province record: only rows the requesting user can
    see. `.model` tells RecordFilterSet to load them on demand (ui.remote_choices)."""

    def choices(request):
        return restrict(model.objects.all(), getattr(request, "user", None))

    choices.model = model
    return choices


def year_range_filters(field_name: str) -> tuple[YearFilter, YearFilter]:
    """"Từ năm" and "đến năm" filters on the year of a date field."""
    return (
        YearFilter(field_name=field_name, lookup_expr="year__gte", label=_("Từ năm")),
        YearFilter(field_name=field_name, lookup_expr="year__lte", label=_("Đến năm")),
    )
