"""The base viewset of every record type: scoped reads, writes through services."""
from collections.abc import Mapping

from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError

from ngoaivu.api.exports import EXPORT_RENDERERS, EXPORT_SCHEMA, export_response
from ngoaivu.api.joins import list_joins
from ngoaivu.api.renderers import JSONRenderer
from ngoaivu.api.rows import kept_prefetches, listed_prefetches, prefetch_kept
from ngoaivu.core import services as record_services
from ngoaivu.core.channels import API_CHANNEL
from ngoaivu.core.roles import Action, can
from ngoaivu.core.scoping import restrict, scope_province_ids
from ngoaivu.core.statements import kept_queryset

_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def expected_version(request) -> int | None:
    """The version a PUT/PATCH was made from: `If-Match: "3"` (the ETag of a GET) or the
    body's `version`. None when the client sends neither (the write is then unconditional)."""
    header = request.headers.get("If-Match", "").strip()
    if header and header != "*":
        header = header.removeprefix("W/").strip('"')
        try:
            return int(header)
        except ValueError:
            raise ValidationError({"If-Match": [_("If-Match phải là ETag của bản ghi, ví dụ \"3\".")]}) from None
    value = request.data.get(record_services.VERSION_KEY) if isinstance(request.data, Mapping) else None
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ValidationError({"version": [_("Phiên bản phải là một số nguyên.")]}) from None


class RecordViewSet(viewsets.ModelViewSet):
    # The declaration the viewset is derived from (ngoaivu.api.records.record_viewset): its
    # queryset, serializer, filterset and services.
    record_type = None
    create_service = None
    update_service = None
    delete_service = None
    # The role-table action a route needs when it is not add/change/delete (e.g. "approve");
    # declared here so @action(required_action=...) is accepted by DRF.
    required_action = None

    def get_queryset(self):
        if self.record_type is not None:
            if getattr(self, "action", None) != "list":   # a record, an export: the type's joins
                return self.record_type.queryset(self.request.user, prefetch=self.record_type.api_prefetch_related)
            key = self._list_key()
            if key is None:
                queryset, lookups = self._list_queryset()
            else:
                # Built once per key (viewset, serializer, reader's scope): the same every time.
                queryset, lookups = kept_queryset((*key, "queryset"), self._list_queryset)
            if self.paginator is not None:
                self._kept_prefetches = lookups
            return queryset
        return restrict(super().get_queryset(), self.request.user, Action.VIEW)

    def _list_queryset(self) -> tuple:
        """A list's scoped queryset and the prefetches a page's rows read by kept statements."""
        queryset = self.record_type.queryset(self.request.user, prefetch=self.record_type.api_prefetch_related)
        # The joins the API's rows read, not the page's (ngoaivu.api.joins).
        joins = list_joins(self.get_serializer(), self.record_type.select_related)
        queryset = queryset.select_related(None)
        if joins:
            queryset = queryset.select_related(*joins)
        # A list's rows are serialized by the row plans, which read prefetches as lists;
        # those a page's rows read through kept statements are left to paginate_queryset.
        queryset = listed_prefetches(queryset)
        if self.paginator is None:
            return queryset, ()
        return kept_prefetches(queryset)

    def _list_key(self) -> tuple | None:
        """kept_list_key, asked once per request."""
        if not hasattr(self, "_kept_list_key"):
            self._kept_list_key = self.kept_list_key()
        return self._kept_list_key

    def kept_list_key(self) -> tuple | None:
        """What a list's page and count statements depend on, for a request naming nothing but
        its page and page size (no filter, search or ordering): the viewset, the serializer
        whose fields choose the joins, and the reader's scope (the provinces whose rows they may
        read; None for every province). None otherwise: the statements are compiled as usual.
        Province scoping hangs on this key: tests/api_fuzz/test_kept_pages.py."""
        paginator = self.paginator
        if self.record_type is None or getattr(self, "action", None) != "list" or paginator is None:
            return None
        named = {getattr(paginator, "page_query_param", None), getattr(paginator, "page_size_query_param", None)}
        if not set(self.request.query_params) <= named:
            return None
        user = self.request.user
        if not can(user, Action.VIEW):
            return None
        return ("api list", type(self), self.get_serializer_class(), scope_province_ids(user))

    def paginate_queryset(self, queryset):
        if self.paginator is not None and hasattr(self.paginator, "kept_key"):
            self.paginator.kept_key = self._list_key()
        page = super().paginate_queryset(queryset)
        lookups = getattr(self, "_kept_prefetches", ())
        if page is not None and lookups:
            prefetch_kept(page, lookups, ("api list", self.record_type.api_basename))
        return page

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Every write here (records, steps, merges) takes an object of fields: a JSON list,
        # string or number is the client's mistake (400), not an AttributeError (500).
        if request.method in _BODY_METHODS and not isinstance(request.data, Mapping):
            raise ValidationError({"non_field_errors": [_("Nội dung gửi lên phải là một đối tượng JSON {…}.")]})

    @EXPORT_SCHEMA
    @action(detail=False, methods=["get"], renderer_classes=EXPORT_RENDERERS)
    def export(self, request):
        """The filtered list as a file: `?format=xlsx` (default) or `?format=csv`."""
        return export_response(self, request)

    def _data(self, serializer) -> dict:
        data = dict(serializer.validated_data)
        if "province" not in data and serializer.instance is None:
            data["province"] = self.request.user.province
        if serializer.instance is not None:
            expected = expected_version(self.request)
            if expected is not None:
                data[record_services.VERSION_KEY] = expected
        return data

    def finalize_response(self, request, response, *args, **kwargs):
        renderer = getattr(request, "accepted_renderer", None)
        if getattr(response, "status_code", 200) >= 400 and renderer is not None \
                and not {"json", "html"} & set(renderer.media_type.replace("/", "+").split("+")):
            # An error of a file route (?format=xlsx) is JSON like every API error.
            request.accepted_renderer, request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        response = super().finalize_response(request, response, *args, **kwargs)
        # One record in the answer: its version is the ETag a later If-Match sends back.
        data = getattr(response, "data", None)
        if isinstance(data, Mapping) and "id" in data and data.get("version") is not None:
            response["ETag"] = f'"{data["version"]}"'
        return response

    @transaction.atomic
    def perform_create(self, serializer):
        data = self._data(serializer)
        if self.create_service is not None:
            instance = type(self).create_service(actor=self.request.user, data=data, channel=API_CHANNEL)
        elif self.record_type is not None:
            instance = self.record_type.create_service()(actor=self.request.user, data=data, channel=API_CHANNEL)
        else:
            instance = record_services.record_create(self.queryset.model, actor=self.request.user, data=data,
                                                     channel=API_CHANNEL)
        serializer.instance = instance

    @transaction.atomic
    def perform_update(self, serializer):
        data = self._data(serializer)
        if self.update_service is not None:
            instance = type(self).update_service(serializer.instance, actor=self.request.user, data=data,
                                                 channel=API_CHANNEL)
        elif self.record_type is not None:
            instance = self.record_type.update_service()(serializer.instance, actor=self.request.user, data=data,
                                                         channel=API_CHANNEL)
        else:
            instance = record_services.record_update(serializer.instance, actor=self.request.user, data=data,
                                                     channel=API_CHANNEL)
        serializer.instance = instance

    def perform_destroy(self, instance):
        if self.delete_service is not None:
            type(self).delete_service(instance, actor=self.request.user, channel=API_CHANNEL)
        elif self.record_type is not None:
            self.record_type.delete_service()(instance, actor=self.request.user, channel=API_CHANNEL)
        else:
            record_services.record_delete(instance, actor=self.request.user, channel=API_CHANNEL)
