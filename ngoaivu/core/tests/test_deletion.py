"""Deletion consistency: children go and come back with their parent; a record in use stays."""
import pytest
from django.core.exceptions import ValidationError

from ngoaivu.agreements.tests.helpers import make_agreement, make_partner
from ngoaivu.core.roles import Role
from ngoaivu.core.services import record_delete, record_restore
from ngoaivu.delegations.models import DelegationMember
from ngoaivu.delegations.tests.helpers import make_delegation
from ngoaivu.partners.models import Partner

pytestmark = pytest.mark.django_db


def test_a_deleted_delegations_members_404_and_come_back_with_it(api_client_for, users, own_province):
    delegation = make_delegation(own_province)
    member = DelegationMember.objects.create(province=own_province, delegation=delegation, full_name="Nguyễn Văn A")
    client = api_client_for(users[Role.SPECIALIST])
    assert client.get(f"/api/delegation-members/{member.pk}/").status_code == 200

    record_delete(delegation, actor=users[Role.ADMIN])
    assert client.get(f"/api/delegation-members/{member.pk}/").status_code == 404
    assert member.pk not in [row["id"] for row in client.get("/api/delegation-members/").json()["results"]]

    record_restore(delegation, actor=users[Role.ADMIN])
    assert client.get(f"/api/delegation-members/{member.pk}/").status_code == 200


def test_a_partner_an_agreement_uses_is_not_deleted_and_the_users_are_named(api_client_for, users, own_province):
    partner = make_partner(own_province)
    agreement = make_agreement(own_province, partners=[partner], title="Thỏa thuận với Hủa Phăn")
    with pytest.raises(ValidationError, match="Thỏa thuận với Hủa Phăn"):
        record_delete(partner, actor=users[Role.ADMIN])

    response = api_client_for(users[Role.ADMIN]).delete(f"/api/partners/{partner.pk}/")
    assert response.status_code == 400 and "đang được dùng" in response.json()["non_field_errors"][0]
    assert Partner.objects.filter(pk=partner.pk).exists()
    assert list(agreement.partners.all()) == [partner]


def test_a_partner_only_a_deleted_agreement_named_can_go(users, own_province):
    partner = make_partner(own_province)
    agreement = make_agreement(own_province, partners=[partner])
    record_delete(agreement, actor=users[Role.ADMIN])
    record_delete(partner, actor=users[Role.ADMIN])
    assert not Partner.objects.filter(pk=partner.pk).exists()


def test_children_do_not_block_their_parents_deletion(users, own_province):
    delegation = make_delegation(own_province)
    DelegationMember.objects.create(province=own_province, delegation=delegation, full_name="Nguyễn Văn A")
    record_delete(delegation, actor=users[Role.ADMIN])
    assert not DelegationMember.objects.exists() and DelegationMember.all_objects.count() == 1


def test_a_link_without_a_reverse_name_still_keeps_its_record(users, own_province):
    # Delegation.partner has related_name="+": Django's related_objects leaves it out.
    partner = make_partner(own_province)
    make_delegation(own_province, partner=partner, name="Đoàn làm việc với đối tác")
    with pytest.raises(ValidationError, match="Đoàn làm việc với đối tác"):
        record_delete(partner, actor=users[Role.ADMIN])
    assert Partner.objects.filter(pk=partner.pk).exists()
