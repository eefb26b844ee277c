"""Partners whose place the gazetteer knows with coordinates are marked on that place."""
import pytest
from django.urls import reverse

from ngoaivu.accounts.roles import Role
from ngoaivu.geo.models import Country
from ngoaivu.ingest.pipeline.gazetteer import place
from ngoaivu.partners import services
from ngoaivu.ui.map_data import place_coordinates


def test_place_coordinates_climb_to_the_nearest_unit_that_has_them():
    yunnan = place("CN-530000")
    assert place_coordinates("CN-530000") == (yunnan.lon, yunnan.lat)
    assert place_coordinates("LA-HO") is None  # the gazetteer has no coordinates for Laos
    assert place_coordinates("") is None and place_coordinates("XX-NOPE") is None


@pytest.mark.django_db
def test_map_marks_a_chinese_province_on_its_place(users, own_province, client_for):
    actor = users[Role.SPECIALIST]
    china, laos = Country.objects.get(code="CN"), Country.objects.get(code="LA")
    yunnan = services.partner_create(actor=actor, data={"province": own_province, "name": "Tỉnh Vân Nam",
                                                        "partner_type": "locality", "country": china})
    services.partner_create(actor=actor, data={"province": own_province, "name": "Tỉnh Hủa Phăn",
                                               "partner_type": "locality", "country": laos})
    page = client_for(users[Role.VIEWER]).get(reverse("ui:map"))
    groups = {group["code"]: group for group in page.context["partners"]}
    assert yunnan.place_key == "CN-530000"
    expected = list(place_coordinates("CN-530000"))
    assert groups["CN"]["places"] == [{"at": expected, "names": ["Tỉnh Vân Nam"], "count": 1, "status": "active"}]
    assert groups["LA"]["places"] == []  # marked on the country's centre by the page
