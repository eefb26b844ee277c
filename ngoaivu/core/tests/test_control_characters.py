"""Control characters (invisible, not allowed in XLSX/DOCX XML) are refused at input, and
text stored before the rule still exports."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.core.validators import without_control_characters
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db
MESSAGE = "Văn bản chứa ký tự điều khiển không in được"


def test_api_refuses_control_characters_naming_the_field(users, api_client_for):
    response = api_client_for(users[Role.SPECIALIST]).post(reverse("partner-list"), {
        "name": "Quận\x15 Gangnam", "partner_type": "locality", "country": "KR", "status": "planned"}, format="json")
    assert response.status_code == 400
    assert MESSAGE in response.json()["name"][0]
    assert not Partner.all_objects.exists()


def test_form_refuses_control_characters_beside_the_field(users, client_for):
    page = client_for(users[Role.SPECIALIST]).post(reverse("partners:partner_add"), {
        "name": "Tỉnh\x07 Chăm-pa-sắc", "partner_type": "locality", "country": "LA",
        "relation_type": "friendship", "status": "active"})
    assert page.status_code == 400
    assert MESSAGE in page.content.decode()
    assert not Partner.all_objects.exists()


def test_line_breaks_and_tabs_are_kept():
    assert without_control_characters("a\tb\r\nc\x0bd\x00") == "a\tb\r\ncd"


def test_a_stored_control_character_does_not_break_the_export(users, own_province, api_client_for):
    Partner.objects.create(province=own_province, name="Tỉnh\x15 Xiêng Khoảng", partner_type="locality",
                           country_id="LA", place_key="LA-XI")
    client = api_client_for(users[Role.SPECIALIST])
    for fmt in ("xlsx", "csv"):
        assert client.get(reverse("partner-export") + f"?format={fmt}").status_code == 200
