"""A read scope narrows what a read sees without a user (a report of one province)."""
import pytest

from ngoaivu.core.roles import Action, Role
from ngoaivu.core.scoping import ReadScope, may_act_in_province, narrowed, restrict


@pytest.fixture
def tuyen_quang(db):
    from ngoaivu.geo.models import Province

    today = Province.objects.get(valid_to__isnull=True, name="Tuyên Quang")
    ha_giang = Province.objects.get(scheme="vn63", name="Hà Giang")
    return today, ha_giang


def _provinces(scope, action=Action.VIEW):
    from ngoaivu.geo.models import Province

    return set(restrict(Province.objects.all(), scope, action, province_field="pk"))


def test_a_unit_s_scope_reads_that_unit_and_the_units_it_succeeded(national_user, tuyen_quang):
    today, ha_giang = tuyen_quang
    scope = narrowed(national_user, today.pk)
    assert isinstance(scope, ReadScope)
    assert {today, ha_giang} <= _provinces(scope)
    assert all(province.pk in scope.province_ids for province in _provinces(scope))
    assert len(_provinces(scope)) < len(_provinces(national_user))


def test_a_historic_unit_s_scope_reads_that_unit_only(national_user, tuyen_quang):
    _today, ha_giang = tuyen_quang
    assert _provinces(narrowed(national_user, ha_giang.pk)) == {ha_giang}


def test_a_read_scope_only_views(national_user, tuyen_quang):
    today, _ha_giang = tuyen_quang
    scope = narrowed(national_user, today.pk)
    assert _provinces(scope, Action.CHANGE) == set()
    assert may_act_in_province(scope, Action.VIEW, today.pk)
    assert not may_act_in_province(scope, Action.ADD, today.pk)


def test_nobody_narrows_to_a_unit_they_may_not_see(make_user, own_province, other_province):
    assert narrowed(make_user(role=Role.SPECIALIST, province=own_province), other_province.pk) is None
    assert narrowed(make_user(role=Role.VIEWER, province=None, is_active=False), own_province.pk) is None
    assert narrowed(make_user(role=Role.VIEWER, province=own_province), own_province.pk) is not None
