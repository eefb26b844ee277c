"""Writes of plans where they differ from the ordinary record services; a target is a plain
child row of its plan (core.services.child_create: it lives in its plan's province, a unit
before 2025 for Kế hoạch 108/KH-UBND). Every channel comes through here."""
from datetime import date

from ngoaivu.core.services import record_create, record_update
from ngoaivu.indicators.units import reporting_unit
from ngoaivu.plans.models import Plan


def plan_create(*, actor, data: dict, channel: str = "") -> Plan:
    """A plan belongs to the unit of its first year (Thái Nguyên 2021–2025: the unit before 2025)."""
    data = dict(data)
    chosen = data.pop("reporting_unit", None)
    if data.get("province") is not None and data.get("start_year"):
        first = date(data["start_year"], 1, 1)
        if chosen is None:
            data["province"] = reporting_unit(data["province"], first)
        else:  # a chosen unit must have existed for some of the plan's years
            last = date(data.get("end_year") or data["start_year"], 12, 31)
            data["province"] = reporting_unit(data["province"], last, chosen, since=first)
    return record_create(Plan, actor=actor, data=data, channel=channel)


def plan_update(plan: Plan, *, actor, data: dict, channel: str = "") -> Plan:
    data = {key: value for key, value in data.items() if key != "reporting_unit"}
    return record_update(plan, actor=actor, data=data, channel=channel)
