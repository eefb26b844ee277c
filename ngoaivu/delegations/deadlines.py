"""The result-report deadline of outbound delegations: N days after return, N per province.

No national text fixes N for provinces (each quy chế does), so it is a province setting
(accounts.ProvinceSettings.delegation_report_days) with a default in the settings.
"""
import datetime

from django.conf import settings

from ngoaivu.accounts.models import ProvinceSettings
from ngoaivu.geo.models import Province
from ngoaivu.geo.selectors import current_province


def report_days(province_id: int) -> int:
    """N for a record of this unit: the setting of the unit that carries it today."""
    today_unit = current_province(Province.objects.get(pk=province_id))
    row = ProvinceSettings.objects.filter(province=today_unit).only("delegation_report_days").first()
    return row.delegation_report_days if row else settings.NGOAIVU_DEFAULT_DELEGATION_REPORT_DAYS


def report_due_on(returned_on: datetime.date, province_id: int) -> datetime.date:
    return returned_on + datetime.timedelta(days=report_days(province_id))
