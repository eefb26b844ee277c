"""The result-report deadline of outbound delegations: N days after return, N per province.

No national text fixes N for provinces (each quy chế does), so it is a province setting
(accounts.ProvinceSettings.delegation_report_days) with a default in the settings.
"""
import datetime

from django.conf import settings

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import current_provinces


def report_days(province_id: int) -> int:
    """N for a record of this unit: the setting of the unit that carries it today."""
    return report_days_for([province_id])[province_id]


def report_days_for(province_ids) -> dict[int, int]:
    """`report_days` of several units in three queries, whatever their number (a list of
    delegations reads its rows' deadlines this way, not two queries a row)."""
    today = current_provinces(Province.objects.filter(pk__in=set(province_ids)))
    days = dict(ProvinceSettings.objects.filter(province__in={unit.pk for unit in today.values()})
                .values_list("province_id", "delegation_report_days"))
    default = settings.NGOAIVU_DEFAULT_DELEGATION_REPORT_DAYS
    return {pk: days.get(unit.pk, default) for pk, unit in today.items()}


def report_due_on(returned_on: datetime.date, province_id: int, days: int | None = None) -> datetime.date:
    """`days`: the unit's N when already read (report_days_for)."""
    return returned_on + datetime.timedelta(days=report_days(province_id) if days is None else days)
