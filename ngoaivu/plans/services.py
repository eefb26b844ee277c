"""Writes of plans and their targets. Every channel (UI, API, admin, demo) comes through here."""
from datetime import date

from ngoaivu.core.services import child_create, child_update, record_create, record_delete, record_update
from ngoaivu.indicators.units import reporting_unit
from ngoaivu.plans.models import Plan, Target


def plan_create(*, actor, data: dict, channel: str = "") -> Plan:
    """A plan belongs to the unit of its first year (Thái Nguyên 2021–2025: the unit before 2025)."""
    data = dict(data)
    chosen = data.pop("reporting_unit", None)
    if data.get("province") is not None and data.get("start_year"):
        data["province"] = reporting_unit(data["province"], date(data["start_year"], 1, 1), chosen)
    return record_create(Plan, actor=actor, data=data, channel=channel)


def plan_update(plan: Plan, *, actor, data: dict, channel: str = "") -> Plan:
    data = {key: value for key, value in data.items() if key != "reporting_unit"}
    return record_update(plan, actor=actor, data=data, channel=channel)


def plan_delete(plan: Plan, *, actor, channel: str = "") -> None:
    """To the trash; its targets are hidden with it and come back when it is restored."""
    record_delete(plan, actor=actor, channel=channel)


def target_create(*, actor, data: dict, channel: str = "") -> Target:
    """A target lives in its plan's province (a unit before 2025 for Kế hoạch 108/KH-UBND)."""
    return child_create(Target, actor=actor, data=data, channel=channel)


def target_update(target: Target, *, actor, data: dict, channel: str = "") -> Target:
    return child_update(target, actor=actor, data=data, channel=channel)


def target_delete(target: Target, *, actor, channel: str = "") -> None:
    record_delete(target, actor=actor, channel=channel)
