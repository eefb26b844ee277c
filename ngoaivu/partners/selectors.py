from django.db.models import Q

from ngoaivu.core.registry import records
from ngoaivu.geo.catalog import normalize_name
from ngoaivu.partners.identity import namesakes, place_key
from ngoaivu.partners.models import Partner, PartnerType


def partner_list(*, user):
    return records(Partner, user)


def partner_find_match(*, user, name: str, country_code: str | None,
                       partner_type: str | None = PartnerType.LOCALITY) -> Partner | None:
    """An existing partner of the user's scope that is this one: the same place of the
    gazetteer ("Bô-ly-khăm-xay" is "Bolikhamxay"), else the same name up to spelling."""
    candidates = partner_list(user=user).filter(Q(country_id=country_code) if country_code else Q(country__isnull=True))
    key = place_key(partner_type=partner_type, names=(name,), country_code=country_code)
    if key:
        same_place = candidates.filter(place_key=key).order_by("pk").first()
        if same_place is not None:
            return same_place
    wanted = normalize_name(name)
    for partner in candidates:
        if wanted in (normalize_name(partner.name), normalize_name(partner.name_original)):
            return partner
    return None


def partner_duplicates(partner: Partner, *, user):
    """Partners of the same province and country that are likely the same one: the same
    place of the gazetteer or the same name; the candidates offered for a merge."""
    same = Q(place_key=partner.place_key) if partner.place_key else Q(pk__in=[])
    wanted = normalize_name(partner.name)
    candidates = partner_list(user=user).filter(province_id=partner.province_id, country_id=partner.country_id)
    candidates = candidates.exclude(pk=partner.pk)
    by_name = [p.pk for p in candidates.exclude(same) if normalize_name(p.name) == wanted]
    return candidates.filter(same | Q(pk__in=by_name))


def partner_merge_choices(partner: Partner, *, user):
    """Every partner a merge into `partner` may take: the same province and country."""
    return partner_list(user=user).filter(province_id=partner.province_id, country_id=partner.country_id).exclude(pk=partner.pk)


def partner_namesakes(partner: Partner) -> list[str]:
    """The places the partner's name may mean when the gazetteer cannot tell which ("Viêng Chăn":
    the capital or the province); such a partner has no place key until its name says which."""
    if partner.place_key:
        return []
    return namesakes(partner_type=partner.partner_type, name=partner.name, country_code=partner.country_id)
