import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_delete, record_restore
from ngoaivu.partners import services
from ngoaivu.partners.choices import PartnerStatus, PartnerType
from ngoaivu.partners.models import Partner
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db


def make_partner(province, **extra):
    data = {"province": province, "name": "Tỉnh Xiêng Khoảng", "partner_type": PartnerType.LOCALITY,
            "country_id": "LA", "place_key": "LA-XI", **extra}  # the key the services would give
    return Partner.objects.create(**data)


CASE = RecordCase(
    model=Partner,
    api_basename="partner",
    ui_namespace="partners:partner",
    make=make_partner,
    api_payload=lambda: {"name": "Quận Gangnam", "partner_type": "locality", "country": "KR", "status": "planned"},
    form_data=lambda: {"name": "Tỉnh Chăm-pa-sắc", "partner_type": "locality", "country": "LA",
                       "relation_type": "friendship", "status": "active", "established_on": "15/04/2019"},
    api_patch={"notes": "Cập nhật"},
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def test_create_is_audited_with_after_snapshot(users, own_province):
    partner = services.partner_create(actor=users[Role.SPECIALIST], channel="test", data={
        "province": own_province, "name": "Tỉnh Gifu", "partner_type": PartnerType.LOCALITY, "country_id": "JP"})
    change = ObjectChange.objects.get(object_id=partner.pk, action="create")
    assert change.after["name"] == "Tỉnh Gifu"
    assert change.user == users[Role.SPECIALIST]
    assert change.province == own_province


def test_update_records_before_and_after(users, own_province):
    partner = make_partner(own_province)
    services.partner_update(partner, actor=users[Role.SPECIALIST], data={"status": PartnerStatus.PLANNED})
    change = ObjectChange.objects.get(object_id=partner.pk, action="update")
    assert change.before["status"] == "active" and change.after["status"] == "planned"
    assert change.changed_fields() == ["status", "updated_at", "version"]


def test_delete_then_restore(users, own_province):
    partner = make_partner(own_province)
    record_delete(partner, actor=users[Role.SPECIALIST])
    assert not Partner.objects.filter(pk=partner.pk).exists()
    restored = record_restore(Partner.all_objects.get(pk=partner.pk), actor=users[Role.SPECIALIST])
    assert restored.deleted_at is None and Partner.objects.filter(pk=partner.pk).exists()
    assert list(ObjectChange.objects.filter(object_id=partner.pk).values_list("action", flat=True)) == \
        ["restore", "delete"]


def test_invalid_input_changes_nothing(users, own_province):
    with pytest.raises(ValidationError) as error:
        services.partner_create(actor=users[Role.SPECIALIST], data={
            "province": own_province, "name": "Hà Lan?", "partner_type": PartnerType.LOCALITY})
    assert "country" in error.value.message_dict
    assert not Partner.all_objects.exists() and not ObjectChange.objects.exists()


def test_writing_into_another_province_is_refused(users, other_province):
    with pytest.raises(ScopeDenied):
        services.partner_create(actor=users[Role.SPECIALIST], data={
            "province": other_province, "name": "X", "partner_type": PartnerType.ORGANIZATION})
    assert not Partner.all_objects.exists()


def test_form_error_is_shown_beside_the_field_in_vietnamese(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("partners:partner_add"), {
        "name": "Tỉnh Y", "partner_type": "locality", "relation_type": "friendship", "status": "lapsed"})
    assert page.status_code == 400
    body = page.content.decode()
    assert "Địa phương nước ngoài và cơ quan đại diện phải có quốc gia." in body
    assert "Quan hệ đã ngừng cần có ngày chấm dứt." in body
    assert not Partner.all_objects.exists()


def test_api_error_names_the_field(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(
        reverse("partner-list"), {"name": "Z", "partner_type": "embassy"}, format="json")
    assert response.status_code == 400
    assert "country" in response.json()


def test_api_cannot_link_to_another_provinces_record(users, api_client_for, own_province, other_province):
    from ngoaivu.culture.models import CulturalEvent

    api = api_client_for(users[Role.SPECIALIST])
    event = {"title": "Tuần văn hóa Việt Nam tại Lào", "kind": "festival", "start_date": "2024-05-10",
             "venue": "abroad", "country": "LA"}
    theirs = make_partner(other_province, name="Tỉnh Hủa Phăn", place_key="LA-HO")
    response = api.post(reverse("cultural-event-list"), {**event, "partners": [theirs.pk]}, format="json")
    assert response.status_code == 400 and "partners" in response.json()
    assert not CulturalEvent.objects.exists()
    # The same write linking the province's own partner goes through: the link alone was refused.
    ours = make_partner(own_province)
    response = api.post(reverse("cultural-event-list"), {**event, "partners": [ours.pk]}, format="json")
    assert response.status_code == 201, response.content
    assert list(CulturalEvent.objects.get().partners.all()) == [ours]


def test_history_page_lists_changes(users, own_province, client_for):
    partner = services.partner_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Tỉnh Gifu", "partner_type": PartnerType.LOCALITY, "country_id": "JP"})
    services.partner_update(partner, actor=users[Role.SPECIALIST], data={"notes": "Ký biên bản ghi nhớ"})
    page = client_for(users[Role.VIEWER]).get(reverse("partners:partner_history", args=[partner.pk]))
    assert page.status_code == 200
    assert "Ký biên bản ghi nhớ" in page.content.decode()
