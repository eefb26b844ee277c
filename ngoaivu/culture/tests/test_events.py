from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.culture import services
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.culture.tests.helpers import make_event, make_partner
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db

CASE = RecordCase(
    model=CulturalEvent,
    api_basename="cultural-event",
    ui_namespace="culture:event",
    make=make_event,
    api_payload=lambda: {"title": "Tuần văn hóa Việt Nam tại Lào", "kind": "festival", "start_date": "2024-05-10",
                         "venue": "abroad", "country": "LA"},
    form_data=lambda: {"title": "Triển lãm ảnh di sản", "kind": "exhibition", "start_date": "10/05/2024",
                       "venue": "in_province"},
    api_patch={"audience_size": 500},
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def event_data(province, **extra):
    return {"province": province, "title": "Đề án Nghiên cứu và bảo tồn Minh Văn", "kind": "heritage",
            "heritage_name": "Thành Nhà Hồ", "start_date": date(2016, 1, 1), "end_date": date(2020, 12, 31), **extra}


@pytest.mark.parametrize(("extra", "field", "message"), [
    ({"end_date": date(2015, 12, 31)}, "end_date", "Ngày kết thúc không được trước ngày bắt đầu."),
    ({"venue": "abroad"}, "country", "Hoạt động ở nước ngoài cần ghi quốc gia tổ chức."),
    ({"heritage_name": " "}, "heritage_name", "Hoạt động về di sản cần ghi tên di sản."),
    ({"kind": "publication"}, "product", "Cần ghi tên sản phẩm, ấn phẩm."),
])
def test_rules_name_the_field_and_change_nothing(extra, field, message, own_province, users):
    with pytest.raises(ValidationError) as error:
        services.cultural_event_create(actor=users[Role.SPECIALIST], data=event_data(own_province, **extra))
    assert error.value.message_dict[field] == [message]
    assert not CulturalEvent.all_objects.exists() and not ObjectChange.objects.exists()


def test_partners_are_linked_and_logged(own_province, users):
    fund = make_partner(own_province)
    event = services.cultural_event_create(actor=users[Role.SPECIALIST], data=event_data(own_province, partners=[fund]))
    assert list(event.partners.all()) == [fund]
    assert ObjectChange.objects.get(object_id=event.pk).after["partners"] == [fund.pk]


def test_a_partner_of_another_province_is_refused(own_province, other_province, make_user):
    admin = make_user(role="admin", province=None, is_superuser=True)
    with pytest.raises(ValidationError) as error:
        services.cultural_event_create(actor=admin, data=event_data(own_province,
                                                                    partners=[make_partner(other_province)]))
    assert "partners" in error.value.message_dict


def test_list_filters_by_kind_partner_and_a_year_inside_the_dates(own_province, users, client_for):
    fund = make_partner(own_province)
    heritage = make_event(own_province, kind="heritage", heritage_name="Thành Nhà Hồ", start_date=date(2016, 1, 1),
                          end_date=date(2020, 12, 31))
    heritage.partners.set([fund])
    other_heritage = make_event(own_province, kind="heritage", heritage_name="Cố đô Huế", start_date=date(2022, 8, 2))
    page = client_for(users[Role.VIEWER]).get(reverse("culture:event_list"), {
        "kind": "heritage", "partner": fund.pk, "year": 2018}).content.decode()
    assert reverse("culture:event_detail", args=[heritage.pk]) in page
    assert reverse("culture:event_detail", args=[other_heritage.pk]) not in page


def test_create_with_partners_from_the_form(own_province, other_province, users, client_for):
    fund = make_partner(own_province)
    make_partner(other_province, name="Tổ chức CARE", country=None)
    client = client_for(users[Role.SPECIALIST])
    assert "Tổ chức CARE" not in client.get(reverse("culture:event_add")).content.decode()
    response = client.post(reverse("culture:event_add"), {
        "title": "Đề án Minh Văn", "kind": "heritage", "heritage_name": "Thành Nhà Hồ", "start_date": "01/01/2016",
        "venue": "in_province", "country": "NL", "partners": [fund.pk]})
    assert response.status_code == 302
    assert list(CulturalEvent.objects.get().partners.all()) == [fund]


def test_form_error_beside_the_field(users, client_for):
    response = client_for(users[Role.SPECIALIST]).post(reverse("culture:event_add"), {
        "title": "Tuần văn hóa", "kind": "festival", "start_date": "10/05/2024", "venue": "abroad"})
    text = response.content.decode()
    assert response.status_code == 400 and 'id="id_country_errors"' in text
    assert "Hoạt động ở nước ngoài cần ghi quốc gia tổ chức." in text


def test_detail_and_history(own_province, users, client_for):
    event = make_event(own_province)
    services.cultural_event_update(event, actor=users[Role.SPECIALIST], data={"audience_size": 1200})
    client = client_for(users[Role.VIEWER])
    detail = client.get(reverse("culture:event_detail", args=[event.pk])).content.decode()
    assert "Giao lưu thư viện với tỉnh Gifu" in detail
    assert "1.200" in client.get(reverse("culture:event_history", args=[event.pk])).content.decode()


def test_api_filter_and_error(own_province, other_province, users, api_client_for):
    api = api_client_for(users[Role.SPECIALIST])
    make_event(own_province, venue="online", country_id="JP")
    make_event(own_province, country_id="TH")
    assert api.get(reverse("cultural-event-list"), {"country": "JP"}).json()["count"] == 1
    response = api.post(reverse("cultural-event-list"), {
        "title": "Đề án Minh Văn", "kind": "heritage", "heritage_name": "Thành Nhà Hồ", "start_date": "2016-01-01",
        "partners": [make_partner(other_province).pk]}, format="json")
    assert response.status_code == 400 and "partners" in response.json()
