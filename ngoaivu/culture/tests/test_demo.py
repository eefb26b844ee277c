import pytest

from ngoaivu.accounts.demo import build_context
from ngoaivu.culture import demo
from ngoaivu.culture.models import CulturalEvent

pytestmark = pytest.mark.django_db


def test_cultural_diplomacy_of_the_seeds():
    context = build_context()
    demo.load(context)
    heritage = CulturalEvent.objects.filter(province=context.historic["thanhhoa"], kind="heritage")
    assert heritage.count() == 3
    minh_van = heritage.get(title__contains="Minh Văn")
    assert [(p.name_original, p.country_id) for p in minh_van.partners.all()] == [("Prince Claus Fund", "NL")]
    library = CulturalEvent.objects.get(title__contains="Gifu")
    assert sorted(p.name_original for p in library.partners.all()) == ["Gifu", "Kyoto", "Nara", "Niigata", "Shiga"]
    assert CulturalEvent.objects.filter(title__contains="Odon Vallet").exists()
