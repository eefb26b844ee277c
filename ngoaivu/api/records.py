"""A record type's API derived from its declaration (ngoaivu.core.registry.RecordType):
one viewset per type, routed at `/api/<api_path>/` with the names `<api_basename>-list`, …"""
from __future__ import annotations

from rest_framework.routers import DefaultRouter

from ngoaivu.api.serializers import RecordSerializer
from ngoaivu.api.viewsets import RecordViewSet


def record_serializer(record_type) -> type[RecordSerializer]:
    if record_type.serializer is not None:
        return record_type.serializer
    model = record_type.model
    return record_type.derived("serializer", lambda: type(
        f"{model.__name__}Serializer", (RecordSerializer,),
        {"Meta": type("Meta", (RecordSerializer.Meta,), {"model": model})}))


def record_viewset(record_type) -> type[RecordViewSet]:
    model = record_type.model

    def build():
        from ngoaivu.ui.records import record_filterset

        bases = (record_type.viewset or RecordViewSet,)
        if hasattr(model, "workflow"):
            from ngoaivu.api.workflow import WorkflowRoutes

            bases = (WorkflowRoutes, *bases)
        queryset = model.objects.all()
        if record_type.select_related:
            queryset = queryset.select_related(*record_type.select_related)
        prefetch = (*record_type.prefetch_related, *record_type.api_prefetch_related)
        if prefetch:
            queryset = queryset.prefetch_related(*prefetch)
        plural = str(model._meta.verbose_name_plural)
        attrs = {"ordering_fields": record_type.ordering_fields} if record_type.ordering_fields else {}
        return type(f"{model.__name__}ViewSet", bases, {**attrs,
            "__module__": model.__module__,
            # The schema's description of every route of the type.
            "__doc__": f"{plural[:1].upper()}{plural[1:]}: danh sách, xem, thêm, sửa, xóa trong phạm vi tỉnh của "
                       "người dùng (người dùng Trung ương: mọi tỉnh).",
            "record_type": record_type,
            "queryset": queryset,  # the schema's model; reads go through RecordType.queryset
            "serializer_class": record_serializer(record_type),
            "filterset_class": record_filterset(record_type),
            "search_fields": record_type.search_fields,
        })

    return record_type.derived("viewset", build)


def record_router() -> DefaultRouter:
    from ngoaivu.core.registry import record_types

    router = DefaultRouter()
    for record_type in record_types():
        if record_type.api_path:
            router.register(record_type.api_path, record_viewset(record_type), basename=record_type.api_basename)
    return router
