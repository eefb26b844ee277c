"""Generic pages of a record type: list, detail, create, edit, delete, history.

Each page is given the type's declaration (`as_view(record_type=…)`, ngoaivu.ui.records):
reads come from `RecordType.queryset`, writes go through the declaration's services. An
app subclasses a page only for what differs (a detail page with more context).
"""
from __future__ import annotations

from django import forms as dj_forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin

from ngoaivu.core.channels import UI_CHANNEL
from ngoaivu.core.collation import order_vietnamese
from ngoaivu.core.errors import StaleRecord
from ngoaivu.core.registry import record_type_for
from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import restrict
from ngoaivu.core.services import VERSION_KEY
from ngoaivu.ui.forms import apply_validation_error
from ngoaivu.ui.records import record_filterset, record_form, record_table
from ngoaivu.ui.selectors import change_list_for_object
from ngoaivu.ui.tables import TablePaginator


class RecordMixin(LoginRequiredMixin):
    record_type = None    # the declaration (ngoaivu.core.registry.RecordType), given by as_view()
    model = None          # a page of a record type's child form may name the model instead

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if self.record_type is None:
            self.record_type = record_type_for(self.model)
        if self.model is None:
            self.model = self.record_type.model

    def url_name(self, view: str) -> str:
        return self.record_type.url_name(view)

    def scoped_queryset(self, action: str = Action.VIEW):
        return self.record_type.queryset(self.request.user, action)

    def get_object(self, action: str = Action.VIEW):
        # A record outside the user's scope is "not found", so its existence is not leaked.
        obj = self.scoped_queryset(Action.VIEW).filter(pk=self.kwargs["pk"]).first()
        if obj is None:
            raise Http404(_("Không tìm thấy bản ghi."))
        if action != Action.VIEW and not restrict(self.model.objects.filter(pk=obj.pk), self.request.user, action).exists():
            raise PermissionDenied(_("Bạn không có quyền thực hiện thao tác này."))
        return obj

    def page_context(self, **extra):
        user = self.request.user
        return {
            "record_type": self.record_type,
            "model_meta": self.model._meta,
            "can_add": can(user, Action.ADD),
            "can_change": can(user, Action.CHANGE),
            "can_delete": can(user, Action.DELETE),
            **extra,
        }


class RecordListView(RecordMixin, SingleTableMixin, FilterView):
    template_name = "ui/record_list.html"
    # Only the table paginates (a `paginate_by` would make the ListView count the rows again),
    # with the capped count shared with the API (ngoaivu.core.pagination).
    table_pagination = {"per_page": 25, "paginator_class": TablePaginator}

    def get_filterset_class(self):
        return record_filterset(self.record_type)

    def get_table_class(self):
        return record_table(self.record_type)

    def get_queryset(self):
        # The unsorted list already follows the Vietnamese alphabet (partners by name).
        return order_vietnamese(self.scoped_queryset())

    def get_table_kwargs(self):
        return {"detail_url_name": self.url_name("detail")}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.page_context())
        return context


class RecordDetailView(RecordMixin, View):
    template_name = None   # default: the declaration's detail_template

    def get_template_names(self) -> str:
        return self.template_name or self.record_type.detail_template

    def get(self, request, pk):
        obj = self.get_object()
        return render(request, self.get_template_names(), self.page_context(object=obj, rows=self.detail_rows(obj),
                                                                     **self.extra_context(obj)))

    def extra_context(self, obj) -> dict:
        return {}

    def detail_rows(self, obj):
        from ngoaivu.ui.display import field_rows

        return field_rows(obj, self.record_type.detail_fields)


class RecordFormView(RecordMixin, View):
    template_name = "ui/record_form.html"

    @property
    def form_class(self):
        return record_form(self.record_type)

    def form_kwargs(self, obj=None) -> dict:
        return {"instance": obj, "user": self.request.user}

    def build_form(self, data=None, files=None, obj=None):
        form = self.form_class(data=data, files=files, **self.form_kwargs(obj))
        user = self.request.user
        if obj is None and user.is_superuser and user.province_id is None and "province" not in form.fields:
            # Only a national administrator chooses the province; everyone else writes in their own.
            from ngoaivu.geo.models import Province

            form.fields["province"] = dj_forms.ModelChoiceField(
                Province.objects.all(), label=_("Tỉnh, thành phố"), widget=dj_forms.Select(attrs={"class": "form-select"})
            )
        return form

    def form_data(self, form) -> dict:
        data = dict(form.cleaned_data)
        return data

    def render_form(self, form, obj=None, status=200):
        return render(self.request, self.template_name, self.page_context(form=form, object=obj), status=status)

    def success(self, obj):
        messages.success(self.request, _("Đã lưu “%(obj)s”.") % {"obj": obj})
        return HttpResponseRedirect(reverse(self.url_name("detail"), args=[obj.pk]))

    def save_or_errors(self, form, save, obj=None):
        if not form.is_valid():
            return self.render_form(form, obj, status=400)
        try:
            saved = save(self.form_data(form))
        except ValidationError as error:
            apply_validation_error(form, error)
            # Someone saved first: 409, the message says who changed what; nothing was saved.
            return self.render_form(form, obj, status=409 if isinstance(error, StaleRecord) else 400)
        return self.success(saved)


class RecordCreateView(RecordFormView):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can(request.user, Action.ADD):
            raise PermissionDenied(_("Bạn không có quyền thêm bản ghi."))
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render_form(self.build_form())

    def post(self, request):
        form = self.build_form(request.POST, request.FILES)

        def save(data):
            data.setdefault("province", request.user.province)
            return self.create(data)

        return self.save_or_errors(form, save)

    def create(self, data):
        return self.record_type.create_service()(actor=self.request.user, data=data, channel=UI_CHANNEL)


class RecordUpdateView(RecordFormView):
    def get(self, request, pk):
        obj = self.get_object(Action.CHANGE)
        return self.render_form(self.build_form(obj=obj), obj)

    def build_form(self, data=None, files=None, obj=None):
        form = super().build_form(data, files, obj)
        if obj is not None and hasattr(obj, VERSION_KEY):
            # The version the user opened travels with the form: a save made after someone
            # else's is refused with what they changed (core.services.check_version).
            form.fields[VERSION_KEY] = dj_forms.IntegerField(widget=dj_forms.HiddenInput, required=False,
                                                             initial=obj.version)
        return form

    def post(self, request, pk):
        obj = self.get_object(Action.CHANGE)
        form = self.build_form(request.POST, request.FILES, obj=obj)
        return self.save_or_errors(form, lambda data: self.update(obj, data), obj)

    def update(self, obj, data):
        return self.record_type.update_service()(obj, actor=self.request.user, data=data, channel=UI_CHANNEL)


class RecordDeleteView(RecordMixin, View):
    template_name = "ui/record_confirm_delete.html"

    def get(self, request, pk):
        return render(request, self.template_name, self.page_context(object=self.get_object(Action.DELETE)))

    def post(self, request, pk):
        obj = self.get_object(Action.DELETE)
        try:
            self.record_type.delete_service()(obj, actor=request.user, channel=UI_CHANNEL)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(reverse(self.url_name("detail"), args=[obj.pk]))
        messages.success(request, _("Đã xóa “%(obj)s”. Có thể khôi phục trong Thùng rác.") % {"obj": obj})
        return HttpResponseRedirect(reverse(self.url_name("list")))


class RecordHistoryView(RecordMixin, View):
    template_name = "ui/record_history.html"

    def get(self, request, pk):
        obj = self.get_object()
        from django.core.paginator import Paginator

        from ngoaivu.ui.history import change_rows

        page = Paginator(change_list_for_object(user=request.user, instance=obj), 25).get_page(request.GET.get("page"))
        return render(request, self.template_name,
                      self.page_context(object=obj, changes=change_rows(page.object_list), page=page))


class DetailFormView(RecordDetailView):
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
        return render(request, self.get_template_names(), context, status=400)


class ChildFormViewMixin:
    """Child rows are added from the parent's page (`?<parent_field>=<id>` preselects it)
    and the user goes back to that page after saving."""

    def form_kwargs(self, obj=None) -> dict:
        kwargs = super().form_kwargs(obj)
        parent_field = self.model.parent_field
        if obj is None and self.request.GET.get(parent_field):
            kwargs["initial"] = {parent_field: self.request.GET[parent_field]}
        return kwargs

    def success(self, obj):
        messages.success(self.request, _("Đã lưu “%(obj)s”.") % {"obj": obj})
        parent = getattr(obj, self.model.parent_field)
        return HttpResponseRedirect(reverse(record_type_for(type(parent)).url_name("detail"), args=[parent.pk]))


class ChildCreateView(ChildFormViewMixin, RecordCreateView):
    pass


class ChildUpdateView(ChildFormViewMixin, RecordUpdateView):
    pass
