"""A list request naming no filter skips the filterset (ngoaivu.api.filters): for every record
type's filterset an empty form leaves the queryset's SQL as it was, so skipping it changes no
answer; a request naming a filter is still filtered and still refused when the value is wrong."""
import pytest
from django.urls import reverse
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from ngoaivu.api.filters import RecordFilterBackend, _names_a_filter
from ngoaivu.api.records import record_viewset
from ngoaivu.core.roles import Role
from ngoaivu.delegations.tests.helpers import make_in_status

from .record_makers import TYPES


@pytest.mark.django_db
@pytest.mark.parametrize("record_type", TYPES, ids=lambda record_type: record_type.api_basename)
def test_an_empty_filter_form_leaves_the_rows_as_they_are(record_type, users):
    specialist = users[Role.SPECIALIST]
    request = Request(APIRequestFactory().get("/api/", {"page_size": "50", "ordering": "-created_at"}))
    request.user = specialist
    view = record_viewset(record_type)(request=request, format_kwarg=None, action="list")
    queryset = view.get_queryset()
    backend = RecordFilterBackend()
    filterset_class = backend.get_filterset_class(view, queryset)
    assert not _names_a_filter(request.query_params, filterset_class)
    filterset = filterset_class(request.query_params, queryset=queryset, request=request)
    assert filterset.is_valid(), filterset.errors
    assert str(filterset.qs.query) == str(queryset.query)
    assert backend.filter_queryset(request, queryset, view) is queryset


def test_a_parameter_starting_with_a_filters_name_is_read_by_the_filters():
    from ngoaivu.core.registry import record_types
    from ngoaivu.ui.records import record_filterset

    delegations = next(record_type for record_type in record_types() if record_type.api_basename == "delegation")
    filterset_class = record_filterset(delegations)
    assert _names_a_filter({"status": "approved"}, filterset_class)
    assert _names_a_filter({"q": "Lào"}, filterset_class)
    assert _names_a_filter({f"{name}_after": "2024-01-01" for name in list(filterset_class.base_filters)[:1]},
                           filterset_class)
    assert not _names_a_filter({"page": "2", "search": "Lào", "ordering": "name"}, filterset_class)


@pytest.mark.django_db
def test_a_named_filter_still_filters_and_refuses(users, own_province, api_client_for):
    kept, other = make_in_status(own_province, "approved"), make_in_status(own_province, "draft")
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse("delegation-list")
    assert {row["id"] for row in client.get(url).json()["results"]} == {kept.pk, other.pk}
    assert [row["id"] for row in client.get(url, {"status": "approved"}).json()["results"]] == [kept.pk]
    assert client.get(url, {"status": "không-có"}).status_code == 400
