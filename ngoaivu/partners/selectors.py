from django.db.models import Q

from ngoaivu.core.scoping import restrict
from ngoaivu.geo.catalog import normalize_name
from ngoaivu.partners.models import Partner


def partner_list(*, user):
    return restrict(Partner.objects.select_related("country", "province"), user)


def partner_find_match(*, user, name: str, country_code: str | None) -> Partner | None:
    """An existing partner of the user's scope with this name (spelling variants aside)."""
    wanted = normalize_name(name)
    candidates = partner_list(user=user).filter(Q(country_id=country_code) if country_code else Q(country__isnull=True))
    for partner in candidates:
        if wanted in (normalize_name(partner.name), normalize_name(partner.name_original)):
            return partner
    return None
