"""Filters of the change log page: who, which record type, what action, between which dates."""
import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from ngoaivu.audit.choices import ChangeAction
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.registry import record_types
from ngoaivu.ui.forms import DATE_PLACEHOLDER


def _type_choices():
    types = [(ContentType.objects.get_for_model(rt.model).pk, str(rt.label).capitalize()) for rt in record_types()]
    from ngoaivu.core.collation import sort_key
    return sorted(types, key=lambda pair: sort_key(pair[1]))


class ChangeFilterSet(django_filters.FilterSet):
    user_name = django_filters.ChoiceFilter(label=_("Người thực hiện"), empty_label=_("Mọi người"))
    content_type = django_filters.ChoiceFilter(label=_("Loại hồ sơ"), empty_label=_("Mọi loại"))
    action = django_filters.ChoiceFilter(label=_("Thao tác"), choices=ChangeAction.choices,
                                         empty_label=_("Mọi thao tác"))
    since = django_filters.DateFilter(field_name="time", lookup_expr="date__gte", label=_("Từ ngày"),
                                      input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                                      widget=forms.DateInput(attrs={"placeholder": DATE_PLACEHOLDER}))
    until = django_filters.DateFilter(field_name="time", lookup_expr="date__lte", label=_("Đến ngày"),
                                      input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                                      widget=forms.DateInput(attrs={"placeholder": DATE_PLACEHOLDER}))

    class Meta:
        model = ObjectChange
        fields = ()

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        names = queryset.order_by().values_list("user_name", flat=True).distinct() if queryset is not None else []
        self.filters["user_name"].extra["choices"] = [(name, name) for name in sorted(names)]
        self.filters["content_type"].extra["choices"] = _type_choices()
        for field in self.form.fields.values():
            field.widget.attrs["class"] = "form-select form-select-sm" if isinstance(
                field.widget, forms.Select) else "form-control form-control-sm"
