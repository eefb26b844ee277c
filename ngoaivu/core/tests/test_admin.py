"""The admin holds only the national catalogues, written through their services (ADR 0014).

The writes the issue found the admin letting through (deleting a border gate that has trade
figures, citizen cases and agreements without a status-history row, an observation with
source=computed, investment, plans and culture checks skipped, users outside the change
log) have no admin page left to go through: each is tried here and refused with nothing changed.
"""
import pytest
from django.apps import apps
from django.contrib import admin
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.admin import CatalogueAdmin
from ngoaivu.core.roles import Role
from ngoaivu.indicators.models import Indicator
from ngoaivu.trade.models import BorderGate
from ngoaivu.trade.tests.helpers import make_figure, make_gate

pytestmark = pytest.mark.django_db

PROVINCE_MODELS = sorted((model for model in apps.get_models() if any(
    field.name == "province" for field in model._meta.get_fields())), key=lambda model: model._meta.label)
RULED_BY_SERVICES = ("consular.CitizenCase", "agreements.Agreement", "indicators.Observation",
                     "investment.FdiProject", "plans.Plan", "culture.CulturalEvent", "accounts.User",
                     "accounts.ProvinceSettings")


@pytest.fixture
def root(make_user, client_for):
    return client_for(make_user(role=Role.ADMIN, province=None, is_superuser=True, is_staff=True))


def test_every_admin_page_of_the_project_is_a_national_catalogue_written_through_services():
    ours = {model._meta.label: model_admin for model, model_admin in admin.site._registry.items()
            if model.__module__.startswith("ngoaivu.")}
    jobs = ours.pop("jobs.Job")  # the operator's list of every job: read-only
    assert not any(allowed(None) for allowed in (jobs.has_add_permission, jobs.has_change_permission,
                                                 jobs.has_delete_permission))
    assert set(ours) == {"indicators.Indicator", "indicators.ExchangeRate", "agreements.CooperationField"}
    assert all(isinstance(model_admin, CatalogueAdmin) for model_admin in ours.values())
    assert not any(model in PROVINCE_MODELS for model in admin.site._registry if model._meta.label != "jobs.Job")
    assert not any(model._meta.label == "auth.Group" for model in admin.site._registry)


@pytest.mark.parametrize("label", RULED_BY_SERVICES)
def test_records_with_service_rules_cannot_be_added_in_the_admin(root, own_province, label):
    model = apps.get_model(label)
    url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/add/"
    before = model._base_manager.count()
    assert root.get(url).status_code == 404
    assert root.post(url, {"province": own_province.pk, "source": "computed", "title": "x"}).status_code == 404
    assert model._base_manager.count() == before


def test_a_border_gate_with_trade_figures_cannot_be_deleted_in_the_admin(root, own_province):
    gate = make_gate(own_province)
    make_figure(own_province, border_gate=gate)
    response = root.post(f"/admin/trade/bordergate/{gate.pk}/delete/", {"post": "yes"})
    assert response.status_code == 404
    assert BorderGate.objects.get(pk=gate.pk).deleted_at is None


def test_a_system_administrator_writes_the_catalogue_through_its_services(root):
    web = root
    assert reverse("admin:indicators_indicator_changelist") in web.get(reverse("admin:index")).content.decode()
    response = web.post(reverse("admin:indicators_indicator_add"), {
        "code": "khach_du_lich_quoc_te", "name_vi": "Khách du lịch quốc tế", "name_en": "International visitors",
        "unit": "people", "aggregation": "flow", "group": "culture", "position": "40", "is_active": "on"})
    assert response.status_code == 302, response.context and response.context["errors"]
    created = Indicator.objects.get(code="khach_du_lich_quoc_te")
    assert ObjectChange.objects.filter(object_id=created.pk, action="create", channel="admin").exists()
    response = web.post(reverse("admin:indicators_indicator_change", args=[created.pk]), {
        "code": created.code, "name_vi": "Lượt khách du lịch quốc tế", "name_en": created.name_en,
        "unit": "people", "aggregation": "flow", "group": "culture", "position": "40", "is_active": "on"})
    assert response.status_code == 302
    assert ObjectChange.objects.filter(object_id=created.pk, action="update", channel="admin").exists()
    assert web.post(reverse("admin:indicators_indicator_delete", args=[created.pk]), {"post": "yes"}).status_code \
        == 403


@pytest.mark.parametrize("role", [Role.VIEWER, Role.ADMIN])
def test_a_national_user_reads_the_catalogue_and_writes_nothing(make_user, client_for, role):
    web = client_for(make_user(role=role, province=None, is_staff=True))
    assert web.get(reverse("admin:indicators_indicator_changelist")).status_code == 200
    before = Indicator.objects.count()
    assert web.post(reverse("admin:indicators_indicator_add"), {"code": "x", "name_vi": "x"}).status_code == 403
    assert Indicator.objects.count() == before


def test_a_province_administrator_is_led_to_the_users_page_not_to_an_empty_admin(users, client_for):
    province_admin = users[Role.ADMIN]
    province_admin.is_staff = True  # as the demo once made them
    province_admin.save()
    page = client_for(province_admin).get(reverse("ui:home")).content.decode()
    assert reverse("accounts:user_list") in page
    assert reverse("admin:index") not in page
