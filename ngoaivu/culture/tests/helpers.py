"""Records for the culture tests, written straight to the database (the services are what is tested)."""
from datetime import date

from ngoaivu.culture.choices import CulturalEventKind
from ngoaivu.culture.models import CulturalEvent
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner


def make_event(province, **extra):
    fields = {"title": "Giao lưu thư viện với tỉnh Gifu", "kind": CulturalEventKind.EXCHANGE,
              "start_date": date(2022, 8, 2), **extra}
    return CulturalEvent.objects.create(province=province, **fields)


def make_partner(province, name="Quỹ Prince Claus", country="NL"):
    return Partner.objects.create(province=province, name=name, partner_type=PartnerType.ORGANIZATION,
                                  country_id=country)
