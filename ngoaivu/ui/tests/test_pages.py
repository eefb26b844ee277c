import pytest
from django.urls import reverse

from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_delete
from ngoaivu.partners import services
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def _partner(actor, province, name):
    return services.partner_create(actor=actor, data={"province": province, "name": name,
                                                      "partner_type": "organization"})


@pytest.fixture
def other_specialist(make_user, other_province):
    return make_user(role=Role.SPECIALIST, province=other_province)


def test_login_required(client):
    response = client.get(reverse("ui:home"))
    assert response.status_code == 302 and "dang-nhap" in response["Location"]


def test_home_counts_only_own_province(users, other_specialist, own_province, other_province, client_for):
    _partner(users[Role.SPECIALIST], own_province, "Tổ chức A")
    _partner(other_specialist, other_province, "Tổ chức B")
    _partner(other_specialist, other_province, "Tổ chức C")
    page = client_for(users[Role.VIEWER]).get(reverse("ui:home"))
    counts = {str(item["type"].label): item["count"] for item in page.context["counts"]}
    assert counts["đối tác"] == 1


def test_home_counts_stop_at_the_cap_as_the_lists_do(users, own_province, national_user, client_for, monkeypatch):
    from ngoaivu.ui import selectors

    monkeypatch.setattr(selectors, "COUNT_CAP", 2)
    for name in ("Tổ chức A", "Tổ chức B", "Tổ chức C"):
        _partner(users[Role.SPECIALIST], own_province, name)
    page = client_for(national_user).get(reverse("ui:home"))
    partners = next(item for item in page.context["counts"] if str(item["type"].label) == "đối tác")
    assert (partners["count"], partners["count_exact"]) == (2, False)
    assert "hơn 2" in page.content.decode()
    Partner.objects.filter(name="Tổ chức C").delete()
    partners = next(item for item in client_for(national_user).get(reverse("ui:home")).context["counts"]
                    if str(item["type"].label) == "đối tác")
    assert (partners["count"], partners["count_exact"]) == (2, True)


def test_search_never_crosses_provinces(users, other_specialist, own_province, other_province, client_for):
    _partner(users[Role.SPECIALIST], own_province, "Quỹ Hữu nghị Alpha")
    _partner(other_specialist, other_province, "Quỹ Hữu nghị Beta")
    body = client_for(users[Role.VIEWER]).get(reverse("ui:search"), {"q": "Hữu nghị"}).content.decode()
    assert "Alpha" in body and "Beta" not in body


def test_national_viewer_searches_everywhere(users, other_specialist, own_province, other_province, client_for,
                                             national_user):
    _partner(users[Role.SPECIALIST], own_province, "Quỹ Hữu nghị Alpha")
    _partner(other_specialist, other_province, "Quỹ Hữu nghị Beta")
    body = client_for(national_user).get(reverse("ui:search"), {"q": "Hữu nghị"}).content.decode()
    assert "Alpha" in body and "Beta" in body


def test_trash_and_restore_are_scoped(users, other_specialist, own_province, other_province, client_for):
    mine = _partner(users[Role.SPECIALIST], own_province, "Của tôi")
    theirs = _partner(other_specialist, other_province, "Của tỉnh khác")
    record_delete(mine, actor=users[Role.SPECIALIST])
    record_delete(theirs, actor=other_specialist)
    client = client_for(users[Role.SPECIALIST])
    body = client.get(reverse("ui:trash")).content.decode()
    assert "Của tôi" in body and "Của tỉnh khác" not in body
    assert client.post(reverse("ui:restore", args=["partners.partner", theirs.pk])).status_code == 404
    assert Partner.all_objects.get(pk=theirs.pk).deleted_at is not None
    assert client.post(reverse("ui:restore", args=["partners.partner", mine.pk])).status_code == 302
    assert Partner.objects.filter(pk=mine.pk).exists()
    assert ObjectChange.objects.filter(object_id=mine.pk, action="restore", channel="ui").exists()


def test_viewer_cannot_restore(users, own_province, client_for):
    mine = _partner(users[Role.SPECIALIST], own_province, "Của tôi")
    record_delete(mine, actor=users[Role.SPECIALIST])
    assert client_for(users[Role.VIEWER]).post(reverse("ui:restore", args=["partners.partner", mine.pk])).status_code == 404
    assert Partner.all_objects.get(pk=mine.pk).deleted_at is not None


def test_change_log_is_scoped(users, other_specialist, own_province, other_province, client_for):
    _partner(users[Role.SPECIALIST], own_province, "Của tôi")
    _partner(other_specialist, other_province, "Của tỉnh khác")
    body = client_for(users[Role.VIEWER]).get(reverse("ui:changes")).content.decode()
    assert "Của tôi" in body and "Của tỉnh khác" not in body


def test_numbers_and_dates_in_vietnamese_format(users, own_province, client_for):
    partner = services.partner_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Tỉnh Gifu", "partner_type": "locality", "country_id": "JP",
        "established_on": "2019-04-05"})
    body = client_for(users[Role.VIEWER]).get(reverse("partners:partner_detail", args=[partner.pk])).content.decode()
    assert "05/04/2019" in body


def test_english_through_i18n(users, client_for):
    client = client_for(users[Role.VIEWER])
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("ui:trash")).content.decode()
    assert "Trash" in body


def test_menu_pages_follow_their_visibility(users, national_user, client_for):
    national_report = reverse("reports:national")
    assert national_report in client_for(national_user).get(reverse("ui:home")).content.decode()
    body = client_for(users[Role.SPECIALIST]).get(reverse("ui:home")).content.decode()
    assert national_report not in body
    assert reverse("plans:dashboard") in body and reverse("indicators:national") in body


def test_ministry_home_names_the_province_of_each_due_item(national_user, client_for):
    from ngoaivu.accounts.demo import load_demo
    from ngoaivu.testing.fixtures import ensure_geography

    ensure_geography()
    load_demo()
    page = client_for(national_user).get(reverse("ui:home"))
    items = [obj for block in page.context["attention"] for obj in block["items"]]
    assert items
    body = page.content.decode()
    for obj in items[:5]:
        assert f'{obj.province.name}</span><a href="' in body


def test_map_groups_partners_and_gates_by_country(users, other_specialist, own_province, other_province,
                                                   client_for):
    from ngoaivu.geo.models import Country

    services.partner_create(actor=users[Role.SPECIALIST], data={
        "province": own_province, "name": "Tỉnh Hủa Phăn", "partner_type": "locality",
        "country": Country.objects.get(code="LA")})
    services.partner_create(actor=other_specialist, data={
        "province": other_province, "name": "Tỉnh Xiêng Khoảng", "partner_type": "locality",
        "country": Country.objects.get(code="LA")})
    page = client_for(users[Role.VIEWER]).get(reverse("ui:map"))
    groups = page.context["partners"]
    assert [(g["code"], g["numeric"], g["status"], len(g["records"])) for g in groups] == [("LA", "418", "active", 1)]
    assert "Tỉnh Xiêng Khoảng" not in page.content.decode()  # another province's partner
