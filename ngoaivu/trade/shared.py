"""Generic record pieces the shared layers (ngoaivu.ui) do not offer yet.

The trade, consular and culture apps all need them: drop-downs and filters of other
province records limited to the user's scope, a "year" filter over periods, and small
forms posted from a record's page. Proposed to move to ngoaivu.ui (filtersets, forms,
views.records); ngoaivu.consular and ngoaivu.culture import them from here meanwhile.
"""
import django_filters
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ngoaivu.accounts.roles import Action
from ngoaivu.core.models import ProvinceRecord
from ngoaivu.core.scoping import restrict
from ngoaivu.ui.forms import RecordForm, apply_validation_error
from ngoaivu.ui.views import records


class PeriodYearFilter(django_filters.NumberFilter):
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
    """The choices of a filter on another province record: only rows the requesting user can see."""
    return lambda request: restrict(model.objects.all(), getattr(request, "user", None))


class ScopedRecordForm(RecordForm):
    """A record form whose choices of other province records stay in the user's scope.

    Without it a drop-down of gates or partners would list every province's rows.
    """

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, ProvinceRecord):
                field.queryset = restrict(queryset, user) if user is not None else queryset.none()


class ScopedFormViewMixin:
    """Hands the user to a ScopedRecordForm so its drop-downs stay in the user's scope."""

    def form_kwargs(self, obj=None) -> dict:
        return {**super().form_kwargs(obj), "user": self.request.user}


class DetailFormView(records.RecordDetailView):
    """The POST of a small form shown on a record's page: a status change, a workflow step.

    On success it returns to the page; on error it shows the page again with the
    messages beside the form's fields.
    """

    http_method_names = ["post"]
    form_class = None
    form_context_name = ""
    required_action = Action.CHANGE
    success_message = ""

    def detail_form(self, obj, data=None):
        return self.form_class(data)

    def save(self, obj, data: dict) -> None:
        raise NotImplementedError

    def post(self, request, pk):
        obj = self.get_object(self.required_action)
        form = self.detail_form(obj, request.POST)
        if form.is_valid():
            try:
                self.save(obj, form.cleaned_data)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, self.success_message)
                return HttpResponseRedirect(reverse(self.url_name("detail"), args=[obj.pk]))
        context = self.page_context(object=obj, rows=self.detail_rows(obj), **self.extra_context(obj))
        context[self.form_context_name] = form
        return render(request, self.template_name, context, status=400)
