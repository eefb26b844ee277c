import pytest
from django.urls import reverse

from ngoaivu.core.roles import Role
from ngoaivu.delegations.models import Delegation, DelegationMember
from ngoaivu.delegations.tests.helpers import delegation_form, delegation_payload, make_delegation
from ngoaivu.testing.matrix import RecordCase, assert_scoping_matrix

pytestmark = pytest.mark.django_db

CASE = RecordCase(
    model=Delegation,
    api_basename="delegation",
    ui_namespace="delegations:delegation",
    make=make_delegation,
    api_payload=delegation_payload,
    form_data=delegation_form,
    api_patch={"programme": "Ngày 1: hội đàm; ngày 2: khảo sát"},
)


def test_scoping_matrix(own_province, other_province, make_user, api_client_for, client_for):
    assert_scoping_matrix(CASE, own_province=own_province, other_province=other_province, make_user=make_user,
                          api_client_for=api_client_for, client_for=client_for)


def make_member(delegation):
    return DelegationMember.objects.create(delegation=delegation, province=delegation.province,
                                           full_name="Nguyễn Văn A", title="Chuyên viên")


def test_members_of_another_province_are_out_of_reach(users, own_province, other_province, api_client_for,
                                                      client_for):
    other = make_delegation(other_province)
    member = make_member(other)
    api = api_client_for(users[Role.SPECIALIST])
    listed = [row["id"] for row in api.get(reverse("delegation-member-list")).json()["results"]]
    assert member.pk not in listed
    assert api.patch(reverse("delegation-member-detail", args=[member.pk]), {"title": "X"},
                     format="json").status_code == 404
    response = api.post(reverse("delegation-member-list"), {"delegation": other.pk, "full_name": "B"}, format="json")
    assert response.status_code == 400 and "delegation" in response.json()
    web = client_for(users[Role.SPECIALIST])
    assert web.post(reverse("delegations:delegation_member_add", args=[other.pk]),
                    {"full_name": "C", "role": "member"}).status_code == 404
    assert web.post(reverse("delegations:delegation_member_delete", args=[other.pk, member.pk])).status_code == 404
    assert list(other.members.values_list("full_name", "title")) == [("Nguyễn Văn A", "Chuyên viên")]


def test_national_user_reads_members_but_writes_none(national_user, own_province, api_client_for):
    member = make_member(make_delegation(own_province))
    api = api_client_for(national_user)
    assert api.get(reverse("delegation-member-detail", args=[member.pk])).status_code == 200
    assert api.delete(reverse("delegation-member-detail", args=[member.pk])).status_code == 403
    assert DelegationMember.objects.filter(pk=member.pk).exists()
