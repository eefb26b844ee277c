"""A record type declared with fields only gets a working form, table, filterset and serializer."""
import pytest
from django.urls import reverse

from ngoaivu.api.records import record_serializer, record_viewset
from ngoaivu.core.registry import RecordType, record_types
from ngoaivu.core.roles import Role
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.ui.records import record_filterset, record_form, record_table
from ngoaivu.ui.tables import DetailLinkColumn

MINIMAL = RecordType(model=CulturalEvent, url_namespace="culture:minimal", group="Văn hóa",
                     search_fields=("title",), form_fields=("title", "kind", "start_date", "country"),
                     list_fields=("title", "start_date"), filter_fields=("kind", "country"))


def test_defaults_follow_the_declared_fields():
    assert list(record_form(MINIMAL).base_fields) == ["title", "kind", "start_date", "country"]
    table = record_table(MINIMAL)
    assert list(table.base_columns)[:3] == ["title", "start_date", "province"]
    assert isinstance(table.base_columns["title"], DetailLinkColumn)
    assert set(record_filterset(MINIMAL).base_filters) == {"q", "kind", "country"}
    assert record_serializer(MINIMAL).Meta.model is CulturalEvent


@pytest.mark.django_db
def test_the_filterset_searches_the_declared_fields(users, own_province):
    from ngoaivu.core.services import record_create

    record_create(CulturalEvent, actor=users[Role.SPECIALIST], data={
        "province": own_province, "title": "Lễ hội Việt Nam tại Nhật Bản", "kind": "festival",
        "start_date": "2024-03-01"})
    found = record_filterset(MINIMAL)({"q": "nhat ban"}, queryset=CulturalEvent.objects.all()).qs
    assert [event.title for event in found] == ["Lễ hội Việt Nam tại Nhật Bản"]


def test_every_declared_api_has_its_own_description():
    for record_type in record_types():
        if record_type.api_path:
            doc = record_viewset(record_type).__doc__
            assert str(record_type.model._meta.verbose_name_plural)[1:] in doc, record_type.key


@pytest.mark.django_db
def test_a_declared_type_without_its_own_classes_serves_its_pages(client_for, users):
    # Cultural events declare their own form and table; the list page is the generic one.
    page = client_for(users[Role.VIEWER]).get(reverse("culture:event_list"))
    assert page.status_code == 200 and page.resolver_match.func.view_initkwargs["record_type"].model is CulturalEvent
