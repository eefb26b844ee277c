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


def _child_models():
    from django.apps import apps

    from ngoaivu.core.models import ChildManager

    return [model for model in apps.get_models() if isinstance(model._default_manager, ChildManager)]


@pytest.mark.parametrize("child", _child_models(), ids=lambda model: model._meta.label)
def test_every_parent_indexes_its_deleted_rows_and_children_join_no_parent(child):
    # The anti-join reads a parent's deleted rows from that index: without it a province's
    # children scan the whole parent table again (issue 13).
    parent = child._meta.get_field(child.parent_field).related_model
    assert any(index.fields == ["id"] and str(index.condition) == "(AND: ('deleted_at__isnull', False))"
               for index in parent._meta.indexes), f"{parent._meta.label} needs deleted_rows_index()"
    sql = str(child.objects.filter(province_id=1).order_by().query)
    assert "NOT EXISTS" in sql and "JOIN" not in sql


def test_children_of_a_deleted_parent_leave_grouped_reads_and_prefetches_and_come_back(users, own_province):
    from django.db.models import Count, Prefetch, prefetch_related_objects

    from ngoaivu.investment.models import FdiImplementation, FdiProject
    from ngoaivu.investment.tests.factories import make_implementation, make_project

    kept, gone = make_project(own_province, name="Dự án còn"), make_project(own_province, name="Dự án xóa")
    make_implementation(kept)
    make_implementation(gone)

    def counted():
        rows = FdiImplementation.objects.filter(province=own_province).values("project").annotate(n=Count("pk"))
        return {row["project"]: row["n"] for row in rows}

    def prefetched():
        projects = list(FdiProject.all_objects.filter(pk__in=[kept.pk, gone.pk]).order_by("pk"))
        prefetch_related_objects(projects, Prefetch("implementations", FdiImplementation.objects.all()))
        return [len(project.implementations.all()) for project in projects]

    assert counted() == {kept.pk: 1, gone.pk: 1} and prefetched() == [1, 1]
    record_delete(gone, actor=users[Role.ADMIN])
    assert counted() == {kept.pk: 1} and prefetched() == [1, 0]
    record_restore(FdiProject.all_objects.get(pk=gone.pk), actor=users[Role.ADMIN])
    assert counted() == {kept.pk: 1, gone.pk: 1} and prefetched() == [1, 1]
