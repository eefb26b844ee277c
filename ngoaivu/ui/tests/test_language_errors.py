"""Vietnamese by default whatever the browser says; English when chosen, remembered; error pages."""
import pytest
from django.test import Client
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Country

pytestmark = pytest.mark.django_db


def test_english_browser_gets_vietnamese(client):
    page = client.get(reverse("accounts:login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert page["Content-Language"] == "vi" and 'lang="vi"' in page.content.decode()


def test_chosen_english_is_remembered_for_the_user(users, client_for):
    user = users[Role.VIEWER]
    client = client_for(user)
    response = client.post(reverse("ui:set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "en"
    fresh = Client(HTTP_ACCEPT_LANGUAGE="vi")  # another browser, no cookie
    fresh.force_login(user)
    page = fresh.get(reverse("ui:home"))
    assert page["Content-Language"] == "en"
    from django.utils import translation

    with translation.override("en"):
        assert str(Country.objects.get(code="JP")) == "Japan"
    assert str(Country.objects.get(code="JP")) == "Nhật Bản"


def test_404_in_the_layout_with_the_menu(users, client_for):
    page = client_for(users[Role.VIEWER]).get("/khong-co-trang-nay/")
    body = page.content.decode()
    assert page.status_code == 404 and "Không tìm thấy trang" in body
    assert 'id="mainnav"' in body and reverse("ui:home") in body


def test_403_in_the_layout(users, client_for):
    page = client_for(users[Role.VIEWER]).get(reverse("partners:partner_add"))
    body = page.content.decode()
    assert page.status_code == 403 and "Bạn không có quyền làm việc này" in body and 'id="mainnav"' in body


def test_500_page_renders_without_a_request():
    from django.test import RequestFactory
    from django.views.defaults import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500 and "Hệ thống gặp lỗi" in response.content.decode()
