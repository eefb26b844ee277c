"""The province's settings: "accept all" leaving the doubtful figures by default (ingest's review) is set by
the province's administrator on the settings page and in the API, audited; the other roles only read it."""
import re

import pytest
from django.urls import reverse

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.roles import Role

pytestmark = pytest.mark.django_db
LABEL = "Khi chấp nhận tất cả, bỏ qua số liệu cần kiểm tra"
def _box(page: str) -> str:
    """The setting's checkbox on the settings page."""
    return re.search(r'<input type="checkbox" name="accept_all_skips_doubtful"[^>]*>', page).group(0)


FORM = {"responsible_body": "Sở Ngoại vụ", "responsible_body_abbreviation": "SNgV", "delegation_report_days": "15"}


def test_it_is_off_until_a_province_sets_it(own_province):
    assert ProvinceSettings.objects.create(province=own_province).accept_all_skips_doubtful is False


def test_the_administrator_turns_it_on_and_off_on_the_settings_page(users, client_for, own_province):
    url = reverse("accounts:province_settings")
    admin = client_for(users[Role.ADMIN])
    page = admin.get(url).content.decode()
    assert LABEL in page and "checked" not in _box(page) and "disabled" not in _box(page)
    assert admin.post(url, {**FORM, "accept_all_skips_doubtful": "on"}).status_code == 302
    settings = ProvinceSettings.objects.get(province=own_province)
    assert settings.accept_all_skips_doubtful is True
    change = ObjectChange.objects.filter(object_id=settings.pk, content_type__model="provincesettings").latest("pk")
    assert change.after["accept_all_skips_doubtful"] is True
    assert "checked" in _box(admin.get(url).content.decode())
    assert admin.post(url, FORM).status_code == 302  # the box left unticked
    settings.refresh_from_db()
    assert settings.accept_all_skips_doubtful is False


def test_other_roles_see_it_but_cannot_change_it(users, client_for, own_province):
    url = reverse("accounts:province_settings")
    specialist = client_for(users[Role.SPECIALIST])
    page = specialist.get(url).content.decode()
    assert LABEL in page and "disabled" in _box(page)
    assert specialist.post(url, {**FORM, "accept_all_skips_doubtful": "on"}).status_code == 403
    assert not ProvinceSettings.objects.filter(province=own_province, accept_all_skips_doubtful=True).exists()


def test_the_settings_api_gives_and_changes_it(users, api_client_for, own_province, other_province):
    url = reverse("province-settings")
    admin = api_client_for(users[Role.ADMIN])
    assert admin.get(url).json()["accept_all_skips_doubtful"] is False
    response = admin.patch(url, {"accept_all_skips_doubtful": True}, format="json")
    assert response.status_code == 200 and response.json()["accept_all_skips_doubtful"] is True
    assert ProvinceSettings.objects.get(province=own_province).accept_all_skips_doubtful is True
    assert not ProvinceSettings.objects.filter(province=other_province).exists()  # only the administrator's own
    bad = admin.patch(url, {"accept_all_skips_doubtful": "có lẽ"}, format="json")
    assert bad.status_code == 400 and "accept_all_skips_doubtful" in bad.json()
    refused = api_client_for(users[Role.SPECIALIST]).patch(url, {"accept_all_skips_doubtful": False}, format="json")
    assert refused.status_code == 403
    assert ProvinceSettings.objects.get(province=own_province).accept_all_skips_doubtful is True
