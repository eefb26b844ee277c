"""Partners whose place the gazetteer knows with coordinates are marked on that place."""
import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.geo.models import Country
from ngoaivu.ingest.pipeline.gazetteer import place
from ngoaivu.partners import services
from ngoaivu.ui.map_data import place_coordinates


def test_place_coordinates_climb_to_the_nearest_unit_that_has_them():
    yunnan = place("CN-530000")
    assert place_coordinates("CN-530000") == (yunnan.lon, yunnan.lat)
    assert place_coordinates("") is None and place_coordinates("XX-NOPE") is None


@pytest.mark.parametrize("key, box", [
    ("LA-HO", (103.0, 105.5, 19.5, 21.0)),   # Hủa Phăn, north-east Laos
    ("KH-14", (104.8, 106.0, 10.8, 12.0)),   # Prey Veng, south-east Cambodia
    ("KR-42", (127.0, 129.5, 37.0, 38.7)),   # Gangwon, north-east Korea
    ("JP-09", (139.2, 140.4, 36.2, 37.2)),   # Tochigi, north of Tokyo
    ("TH-34", (104.0, 105.7, 14.2, 16.2)),   # Ubon Ratchathani, east Thailand
])
def test_the_other_neighbours_places_have_coordinates_from_iso3166_2(key, box):
    """Not only China's: ISO 3166-2 subdivisions carry the iso3166-2 package's coordinates,
    each inside its own region (a point swapped to lat/lon would fall far outside)."""
    lon, lat = place_coordinates(key)
    west, east, south, north = box
    assert west <= lon <= east and south <= lat <= north


@pytest.mark.django_db
def test_map_marks_a_chinese_province_on_its_place(users, own_province, client_for):
    actor = users[Role.SPECIALIST]
    china, laos = Country.objects.get(code="CN"), Country.objects.get(code="LA")
    yunnan = services.partner_create(actor=actor, data={"province": own_province, "name": "Tỉnh Vân Nam",
                                                        "partner_type": "locality", "country": china})
    hua_phan = services.partner_create(actor=actor, data={"province": own_province, "name": "Tỉnh Hủa Phăn",
                                                          "partner_type": "locality", "country": laos})
    page = client_for(users[Role.VIEWER]).get(reverse("ui:map"))
    groups = {group["code"]: group for group in page.context["partners"]}
    assert yunnan.place_key == "CN-530000"
    expected = list(place_coordinates("CN-530000"))
    assert groups["CN"]["places"] == [{"at": expected, "names": ["Tỉnh Vân Nam"], "count": 1, "status": "active"}]
    assert hua_phan.place_key == "LA-HO"
    assert groups["LA"]["places"] == [{"at": list(place_coordinates("LA-HO")), "names": ["Tỉnh Hủa Phăn"],
                                       "count": 1, "status": "active"}]
