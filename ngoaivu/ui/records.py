"""A record type's pages derived from its declaration (ngoaivu.core.registry.RecordType).

The form, table and filterset are the app's own classes when it declares them, or built
from the declaration's `form_fields`, `list_fields` and `filter_fields`; the URLs are the
same six (seven with a workflow) for every type, named `<namespace>_list`, `_add`, …
"""
from __future__ import annotations

from django import forms
from django.urls import path

from ngoaivu.ui.filtersets import RecordFilterSet
from ngoaivu.ui.forms import RecordForm
from ngoaivu.ui.tables import DetailLinkColumn, RecordTable


def record_form(record_type) -> type[forms.ModelForm]:
    if record_type.form is not None:
        return record_type.form
    model = record_type.model
    return record_type.derived("form", lambda: forms.modelform_factory(
        model, form=RecordForm, fields=list(record_type.form_fields)))


def record_table(record_type) -> type[RecordTable]:
    if record_type.table is not None:
        return record_type.table
    model, columns = record_type.model, record_type.list_fields

    def build():
        meta = type("Meta", (RecordTable.Meta,), {"model": model, "fields": (*columns, "province")})
        attrs = {"Meta": meta}
        if columns:
            attrs[columns[0]] = DetailLinkColumn(verbose_name=model._meta.get_field(columns[0]).verbose_name)
        return type(f"{model.__name__}Table", (RecordTable,), attrs)

    return record_type.derived("table", build)


def record_filterset(record_type) -> type[RecordFilterSet]:
    if record_type.filterset is not None:
        return record_type.filterset
    model = record_type.model

    def build():
        meta = type("Meta", (), {"model": model, "fields": ["q", *record_type.filter_fields]})
        return type(f"{model.__name__}FilterSet", (RecordFilterSet,),
                    {"Meta": meta, "search_fields": record_type.search_fields})

    return record_type.derived("filterset", build)


def record_urls(record_type) -> list:
    """The type's pages under its app's prefix; `views` of the declaration replace generic ones."""
    from ngoaivu.ui.views import records

    pages = {"list": records.RecordListView, "add": records.RecordCreateView, "detail": records.RecordDetailView,
             "edit": records.RecordUpdateView, "delete": records.RecordDeleteView,
             "history": records.RecordHistoryView}
    routes = {"list": "", "add": "them/", "detail": "<int:pk>/", "edit": "<int:pk>/sua/",
              "delete": "<int:pk>/xoa/", "history": "<int:pk>/lich-su/"}
    if hasattr(record_type.model, "workflow"):
        from ngoaivu.ui.views.workflow import StepView

        pages["step"], routes["step"] = StepView, "<int:pk>/buoc/<slug:step>/"
    if getattr(record_type.model, "parent_field", ""):
        # A child row is added from its parent's page and the user goes back there.
        pages["add"], pages["edit"] = records.ChildCreateView, records.ChildUpdateView
    pages.update(record_type.views)
    base = f"{record_type.url_path}/" if record_type.url_path else ""
    prefix = record_type.url_namespace.split(":", 1)[1]
    return [path(f"{base}{routes[name]}", view.as_view(record_type=record_type), name=f"{prefix}_{name}")
            for name, view in pages.items() if name in routes]
