"""One partner across spellings: the gazetteer's key, matching, and merging duplicates."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from ngoaivu.agreements.tests.helpers import make_agreement
from ngoaivu.audit.models import ObjectChange
from ngoaivu.core.errors import ScopeDenied
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_restore
from ngoaivu.delegations.tests.helpers import make_delegation
from ngoaivu.partners import selectors, services
from ngoaivu.partners.choices import PartnerType
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def create(actor, province, name, country="LA", partner_type=PartnerType.LOCALITY):
    return services.partner_create(actor=actor, data={
        "province": province, "name": name, "partner_type": partner_type, "country_id": country})


def test_services_give_a_locality_its_place_key(users, own_province):
    actor = users[Role.SPECIALIST]
    assert create(actor, own_province, "Tỉnh At-ta-pư").place_key == "LA-AT"
    assert create(actor, own_province, "Attapeu").place_key == "LA-AT"
    assert create(actor, own_province, "Quỹ Attapư", partner_type=PartnerType.ORGANIZATION).place_key == ""
    assert create(actor, own_province, "Làng Không Tên").place_key == ""
    partner = create(actor, own_province, "Không rõ")
    partner = services.partner_update(partner, actor=actor, data={"name": "Xê-kông"})
    assert partner.place_key == "LA-XE"


def test_matching_knows_spellings_of_one_place(users, own_province, make_user, other_province):
    actor = users[Role.SPECIALIST]
    kept = create(actor, own_province, "Bolikhamxay")
    for spelling in ("Bô-ly-khăm-xay", "Bolikhămxay", "tỉnh Borikhamxay"):
        assert selectors.partner_find_match(user=actor, name=spelling, country_code="LA") == kept
    assert selectors.partner_find_match(user=actor, name="Bô-ly-khăm-xay", country_code="KH") is None
    outsider = make_user(role=Role.SPECIALIST, province=other_province)
    assert selectors.partner_find_match(user=outsider, name="Bô-ly-khăm-xay", country_code="LA") is None


def _pair(users, province):
    """Two records of one Lao province, as the demo had them before the key existed."""
    kept = Partner.objects.create(province=province, name="Xiêm Riệp", partner_type="locality", country_id="KH",
                                  place_key="KH-17")
    duplicate = Partner.objects.create(province=province, name="Siem Reap", partner_type="locality",
                                       country_id="KH", place_key="KH-17", name_original="សៀមរាប")
    return kept, duplicate


def test_merge_moves_every_reference_and_trashes_the_duplicate(users, own_province):
    actor = users[Role.SPECIALIST]
    kept, duplicate = _pair(users, own_province)
    agreement = make_agreement(own_province, partners=[duplicate])
    both = make_agreement(own_province, partners=[kept, duplicate])
    delegation = make_delegation(own_province, partner=duplicate)
    assert list(selectors.partner_duplicates(kept, user=actor)) == [duplicate]

    services.partner_merge(kept, duplicate, actor=actor, channel="test")

    assert list(agreement.partners.all()) == [kept] and list(both.partners.all()) == [kept]
    delegation.refresh_from_db()
    assert delegation.partner == kept
    assert not Partner.objects.filter(pk=duplicate.pk).exists()
    kept.refresh_from_db()
    assert kept.name_original == "សៀមរាប" and "Siem Reap" in kept.notes
    change = ObjectChange.objects.filter(object_id=kept.pk, after__merged_partner__id=duplicate.pk).get()
    assert change.after["merged_partner"]["moved"]["delegations.Delegation.partner"] == [delegation.pk]
    assert ObjectChange.objects.filter(object_id=duplicate.pk, action="delete").exists()
    restored = record_restore(Partner.all_objects.get(pk=duplicate.pk), actor=users[Role.ADMIN])
    assert restored.deleted_at is None  # restorable from the trash


def test_merge_refuses_what_is_not_a_duplicate(users, own_province, other_province):
    actor = users[Role.SPECIALIST]
    kept, duplicate = _pair(users, own_province)
    with pytest.raises(ValidationError):
        services.partner_merge(kept, kept, actor=actor)
    japanese = Partner.objects.create(province=own_province, name="Gifu", partner_type="locality", country_id="JP")
    with pytest.raises(ValidationError) as error:
        services.partner_merge(kept, japanese, actor=actor)
    assert "duplicate" in error.value.message_dict
    foreign = Partner.objects.create(province=other_province, name="Siem Reap", partner_type="locality", country_id="KH")
    with pytest.raises(ScopeDenied):
        services.partner_merge(kept, foreign, actor=actor)
    with pytest.raises(ScopeDenied):
        services.partner_merge(kept, duplicate, actor=users[Role.VIEWER])


def test_merge_page(users, own_province, client_for):
    kept, duplicate = _pair(users, own_province)
    client = client_for(users[Role.SPECIALIST])
    page = client.get(reverse("partners:partner_detail", args=[kept.pk]))
    assert "Có thể trùng với" in page.content.decode() and "Siem Reap" in page.content.decode()
    form = client.get(reverse("partners:partner_merge", args=[kept.pk]))
    assert form.status_code == 200 and form.context["form"].initial == {"duplicate": duplicate.pk}
    response = client.post(reverse("partners:partner_merge", args=[kept.pk]), {"duplicate": duplicate.pk})
    assert response.status_code == 302
    assert not Partner.objects.filter(pk=duplicate.pk).exists()
    empty = client.post(reverse("partners:partner_merge", args=[kept.pk]), {"duplicate": ""})
    assert empty.status_code == 400


def test_merge_page_of_another_province_is_not_found(users, own_province, other_province, make_user, client_for):
    kept, _ = _pair(users, own_province)
    outsider = make_user(role=Role.SPECIALIST, province=other_province)
    assert client_for(outsider).get(reverse("partners:partner_merge", args=[kept.pk])).status_code == 404


def test_merge_api(users, own_province, other_province, api_client_for):
    kept, duplicate = _pair(users, own_province)
    foreign = Partner.objects.create(province=other_province, name="Siem Reap", partner_type="locality", country_id="KH")
    client = api_client_for(users[Role.SPECIALIST])
    url = reverse("partner-merge", args=[kept.pk])
    refused = client.post(url, {"duplicate": foreign.pk}, format="json")
    assert refused.status_code == 400 and "duplicate" in refused.json()
    assert client.post(url, {"duplicate": "abc"}, format="json").status_code == 400
    done = client.post(url, {"duplicate": duplicate.pk}, format="json")
    assert done.status_code == 200 and done.json()["id"] == kept.pk
    assert Partner.all_objects.get(pk=duplicate.pk).deleted_at is not None
    assert api_client_for(users[Role.VIEWER]).post(url, {"duplicate": duplicate.pk}, format="json").status_code == 403


def test_a_name_of_two_places_is_matched_by_its_name_only(users, own_province):
    """"Viêng Chăn" is the capital or the province: neither record takes a fact named so."""
    actor = users[Role.SPECIALIST]
    capital = create(actor, own_province, "Thủ đô Viêng Chăn")
    province = create(actor, own_province, "tỉnh Viêng Chăn")
    assert (capital.place_key, province.place_key) == ("LA-VT", "LA-VI")
    assert create(actor, own_province, "Thành phố Viêng Chăn").place_key == "LA-VT"
    assert selectors.partner_find_match(user=actor, name="Viêng Chăn", country_code="LA") is None
    assert selectors.partner_find_match(user=actor, name="Vientiane Capital", country_code="LA") is None
    bare = create(actor, own_province, "Viêng Chăn")
    assert bare.place_key == "" and selectors.partner_find_match(user=actor, name="Viêng Chăn", country_code="LA") == bare
    assert capital not in selectors.partner_duplicates(bare, user=actor)
    assert selectors.partner_namesakes(bare) == ["tỉnh Viêng Chăn", "Thủ đô Viêng Chăn"]
    assert selectors.partner_namesakes(capital) == []


def test_the_partner_page_and_api_say_which_places_a_name_may_mean(users, own_province, client_for, api_client_for):
    actor = users[Role.SPECIALIST]
    bare = create(actor, own_province, "Viêng Chăn")
    twin = create(actor, own_province, "viêng  chăn")
    page = client_for(actor).get(reverse("partners:partner_detail", args=[bare.pk])).content.decode()
    assert "Tên này có thể chỉ nhiều địa phương" in page and "Thủ đô Viêng Chăn" in page
    body = api_client_for(actor).get(reverse("partner-duplicates", args=[bare.pk])).json()
    assert body == {"duplicates": [{"id": twin.pk, "name": "viêng  chăn"}],
                    "namesakes": ["tỉnh Viêng Chăn", "Thủ đô Viêng Chăn"]}
    clear = create(actor, own_province, "Thủ đô Viêng Chăn")
    assert "Tên này có thể chỉ" not in client_for(actor).get(
        reverse("partners:partner_detail", args=[clear.pk])).content.decode()
    assert api_client_for(actor).get(reverse("partner-duplicates", args=[clear.pk])).json()["namesakes"] == []


def test_the_migration_clears_a_key_a_shared_name_had_been_given(users, own_province):
    from importlib import import_module

    from django.apps import apps

    stale = Partner.objects.create(province=own_province, name="Viêng Chăn", partner_type="locality",
                                   country_id="LA", place_key="LA-VI")
    clear = Partner.objects.create(province=own_province, name="Thủ đô Viêng Chăn", partner_type="locality",
                                   country_id="LA", place_key="")
    import_module("ngoaivu.partners.migrations.0005_place_key_of_namesakes").recompute_place_keys(apps, None)
    stale.refresh_from_db()
    clear.refresh_from_db()
    assert (stale.place_key, clear.place_key) == ("", "LA-VT")
