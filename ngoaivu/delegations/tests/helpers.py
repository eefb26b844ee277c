"""Builders of delegations for the tests: rows made directly, in the state a test needs."""
import datetime

from ngoaivu.delegations.choices import DelegationLevel, Direction
from ngoaivu.delegations.models import Delegation, DelegationStatusChange


def make_delegation(province, *, countries=("LA",), **extra) -> Delegation:
    data = {
        "province": province, "direction": Direction.OUTBOUND, "name": "Đoàn hội đàm với tỉnh Hủa Phăn",
        "level": DelegationLevel.PROVINCIAL_LEADERS, "head_title": "Phó Chủ tịch UBND tỉnh",
        "start_date": datetime.date(2023, 5, 8), "end_date": datetime.date(2023, 5, 11),
        "purpose": "Hội đàm thường niên", **extra,
    }
    delegation = Delegation.objects.create(**data)
    delegation.countries.set(countries)
    return delegation


def make_in_status(province, status: str, **extra) -> Delegation:
    """A delegation already in `status`, with the history row a real step would have left."""
    delegation = make_delegation(province, status=status, **extra)
    DelegationStatusChange.objects.create(delegation=delegation, province=province, from_state="", step="create",
                                          to_state=status, actor_name="test",
        happened_on=datetime.date(2000, 1, 1))
    return delegation


def delegation_form(**extra) -> dict:
    return {
        "direction": "outbound", "name": "Đoàn xúc tiến đầu tư tại Hàn Quốc", "level": "provincial_leaders",
        "head_title": "Phó Chủ tịch UBND tỉnh", "start_date": "12/09/2023", "end_date": "16/09/2023",
        "countries": ["KR"], "purpose": "Xúc tiến đầu tư", "funding_source": "provincial_budget",
        "currency": "VND", "in_annual_plan": "on", **extra,
    }


def delegation_payload(**extra) -> dict:
    return {
        "direction": "outbound", "name": "Đoàn xúc tiến đầu tư tại Nhật Bản", "level": "provincial_leaders",
        "head_title": "Phó Chủ tịch UBND tỉnh", "start_date": "2023-10-02", "end_date": "2023-10-07",
        "countries": ["JP"], "purpose": "Xúc tiến đầu tư", "cost": "350000000.00", "currency": "VND", **extra,
    }
