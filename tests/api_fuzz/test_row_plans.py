"""A list's rows by the row plan (ngoaivu.api.rows) are DRF's rows, byte for byte, for every
record type with an API, in both languages, for a first request (plan compiled) and a later
one (plan kept), for requests from different hosts (links follow each request), and with the
relations prefetched into lists as the API's lists read them."""
import pytest
from django.utils import timezone, translation
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.serializers import ListSerializer
from rest_framework.test import APIRequestFactory

from ngoaivu.api import rows as row_module
from ngoaivu.api.records import record_serializer
from ngoaivu.api.rows import RowListSerializer, listed_prefetches
from ngoaivu.core.roles import Role

from .record_makers import MAKERS, TYPES, with_partners

COVERED = [record_type for record_type in TYPES if record_type.api_basename in MAKERS]


def _request(user, host: str) -> Request:
    request = Request(APIRequestFactory().get("/api/", HTTP_HOST=host))
    request.user = user
    return request


def _rendered(serializer_class, rows, request) -> bytes:
    return JSONRenderer().render(serializer_class(rows, many=True, context={"request": request}).data)


def _drf_rendered(serializer_class, rows, request, monkeypatch) -> bytes:
    """The same rows through DRF's own ListSerializer (and so its per-field calls), nested lists included."""
    with monkeypatch.context() as patched:
        patched.setattr(RowListSerializer, "to_representation", ListSerializer.to_representation)
        return _rendered(serializer_class, rows, request)


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", COVERED, ids=lambda record_type: record_type.api_basename)
def test_the_row_plan_serializes_every_record_type_as_drf_does(record_type, users, own_province, monkeypatch):
    for serial in range(3):
        with_partners(MAKERS[record_type.api_basename](own_province), serial)
    specialist = users[Role.SPECIALIST]
    queryset = record_type.queryset(specialist, prefetch=record_type.api_prefetch_related)
    rows, listed = list(queryset), list(listed_prefetches(queryset))   # relations as managers, as lists
    assert len(rows) >= 3 and [row.pk for row in listed] == [row.pk for row in rows]
    serializer_class = record_serializer(record_type)
    monkeypatch.setattr(row_module, "_PLANS", {})
    for language in ("vi", "en"):
        with translation.override(language):
            for host in ("localhost", "127.0.0.1", "localhost"):
                request = _request(specialist, host)
                expected = _drf_rendered(serializer_class, rows, request, monkeypatch)
                assert _rendered(serializer_class, rows, request) == expected, (language, host)
                assert _rendered(serializer_class, listed, request) == expected, (language, host)
            served = JSONRenderer().render(serializer_class(rows[0], context={"request": request}).data)
            assert expected.startswith(b"[" + served[:-1])   # the record's own page reads the same
    # Every type but those with a per-request field (a file link made by a serializer method)
    # keeps its plan, once per language.
    kept = {key[1] for key in row_module._PLANS if key[0] is serializer_class}
    per_request = any(name == "file_url" for name in serializer_class().fields)
    assert kept == (set() if per_request else {"vi", "en"})


@pytest.mark.django_db
def test_a_kept_plan_links_files_to_each_requests_host(users, own_province, monkeypatch):
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.delegations.tests.helpers import make_in_status

    delegation = make_in_status(own_province, "approved")
    Delegation.objects.filter(pk=delegation.pk).update(report_file="delegations/bao-cao.pdf")
    specialist = users[Role.SPECIALIST]
    record_type = next(record_type for record_type in COVERED if record_type.model is Delegation)
    rows = list(record_type.queryset(specialist, prefetch=record_type.api_prefetch_related))
    serializer_class = record_serializer(record_type)
    links = []
    for host in ("localhost", "127.0.0.1"):
        data = serializer_class(rows, many=True, context={"request": _request(specialist, host)}).data
        links.append(data[0]["report_file"])
    assert links[0].startswith("http://localhost/") and links[1].startswith("http://127.0.0.1/")
    assert links[0].endswith("delegations/bao-cao.pdf")


@pytest.mark.django_db
def test_times_follow_the_active_time_zone(users, own_province):
    from ngoaivu.delegations.models import Delegation
    from ngoaivu.delegations.tests.helpers import make_in_status

    make_in_status(own_province, "approved")
    specialist = users[Role.SPECIALIST]
    record_type = next(record_type for record_type in COVERED if record_type.model is Delegation)
    rows = list(record_type.queryset(specialist, prefetch=record_type.api_prefetch_related))
    serializer_class = record_serializer(record_type)
    request = _request(specialist, "localhost")
    created = {}
    for zone in ("Asia/Ho_Chi_Minh", "UTC"):
        with timezone.override(zone):
            created[zone] = serializer_class(rows, many=True, context={"request": request}).data[0]["created_at"]
    assert created["Asia/Ho_Chi_Minh"].endswith("+07:00") and created["UTC"].endswith("Z")


@pytest.mark.django_db
def test_listed_prefetches_hold_the_managers_rows_and_leave_nested_paths(users, own_province):
    from ngoaivu.agreements.models import Agreement
    from ngoaivu.delegations.models import Delegation

    for serial in range(2):
        with_partners(MAKERS["delegation"](own_province), serial)
        with_partners(MAKERS["agreement"](own_province), serial)
    specialist = users[Role.SPECIALIST]
    for model in (Delegation, Agreement):
        record_type = next(record_type for record_type in COVERED if record_type.model is model)
        queryset = record_type.queryset(specialist, prefetch=record_type.api_prefetch_related)
        paths = {lookup.prefetch_to: lookup for lookup in listed_prefetches(queryset)._prefetch_related_lookups}
        for row, listed in zip(queryset, listed_prefetches(queryset), strict=True):
            for lookup in queryset._prefetch_related_lookups:
                name = lookup.prefetch_to
                if "__" in name or any(other.startswith(name + "__") for other in paths):
                    assert name in paths   # a nested path stays a prefetch of the manager
                    continue
                assert list(getattr(row, name).all()) == getattr(listed, f"_listed_{name}")
    assert "partners__country" in paths and "_listed_sectors" in paths
